"""costs: the expenditure standard library gets a code, validity years and the projects it applies to; a cost
item its 测算依据; each project one cost-benefit analysis head (核心成本因素) — RULES §10, issue 18 items 2–3.

Revision ID: costs_standards_analysis
Revises: fd_gui_project_retired
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import perfdesk.core.db.types

revision = "costs_standards_analysis"
down_revision = "exante_findings"  # chained after exante_findings when merging
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMNs: batch mode would copy the tables, and dropping the old one fires its ON DELETE actions
    op.add_column("expenditure_standard", sa.Column("code", sa.String(40), nullable=False, server_default=""))
    op.add_column("expenditure_standard", sa.Column("year_from", sa.Integer(), nullable=True))
    op.add_column("expenditure_standard", sa.Column("year_to", sa.Integer(), nullable=True))
    op.add_column("expenditure_standard", sa.Column("applies_to", sa.Text(), nullable=False, server_default=""))
    op.create_index("ix_expenditure_standard_code", "expenditure_standard", ["code"], unique=True)
    op.add_column("cost_item", sa.Column("basis", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "cost_analysis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("core_driver", sa.String(200), nullable=False),
        sa.Column("driver_quantity", perfdesk.core.db.types.DecimalText(length=40), nullable=True),
        sa.Column("driver_unit", sa.String(40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_cost_analysis_project_id_project"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cost_analysis")),
        sa.UniqueConstraint("project_id", name=op.f("uq_cost_analysis_project_id")),
    )


def downgrade() -> None:
    op.drop_table("cost_analysis")
    op.drop_column("cost_item", "basis")
    op.drop_index("ix_expenditure_standard_code", table_name="expenditure_standard")
    for column in ("applies_to", "year_to", "year_from", "code"):
        op.drop_column("expenditure_standard", column)

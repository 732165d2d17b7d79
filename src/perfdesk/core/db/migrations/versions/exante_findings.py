"""ex-ante assessment: findings per dimension and who last changed it

Revision ID: exante_findings
Revises: fd_gui_project_retired
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import perfdesk.core.db.types

revision = "exante_findings"
down_revision = "lead_document_numbers"  # chained after lead_document_numbers when merging
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMNs: batch mode would copy the table, and dropping the old one fires its ON DELETE actions
    op.add_column("ex_ante_assessment", sa.Column("findings", perfdesk.core.db.types.JSONText(), nullable=True))
    op.add_column("ex_ante_assessment", sa.Column("updated_at", sa.DateTime(), nullable=True))
    op.add_column("ex_ante_assessment", sa.Column("updated_by", sa.String(length=60), nullable=False,
                                                  server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("ex_ante_assessment") as batch_op:
        batch_op.drop_column("updated_by")
        batch_op.drop_column("updated_at")
        batch_op.drop_column("findings")

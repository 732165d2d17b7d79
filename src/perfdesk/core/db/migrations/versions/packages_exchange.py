"""exchange packages: the packages a database sent and received, and what each record looked like when it was
last exchanged with a unit (the common base that tells a change on one side from a change on both)

Revision ID: packages_exchange
Revises: fd_gui_project_retired
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "packages_exchange"
down_revision = "deptwide_performance"  # chained after deptwide_performance when merging
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=40), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("unit_code", sa.String(length=64), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sender", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=60), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_package")),
    )
    op.create_index(op.f("ix_exchange_package_package_id"), "exchange_package", ["package_id"])
    op.create_index(op.f("ix_exchange_package_unit_code"), "exchange_package", ["unit_code"])
    op.create_table(
        "exchange_base",
        sa.Column("peer", sa.String(length=64), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("peer", "record", name=op.f("pk_exchange_base")),
    )


def downgrade() -> None:
    op.drop_table("exchange_base")
    op.drop_index(op.f("ix_exchange_package_unit_code"), table_name="exchange_package")
    op.drop_index(op.f("ix_exchange_package_package_id"), table_name="exchange_package")
    op.drop_table("exchange_package")

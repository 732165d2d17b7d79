"""monitoring: keep the name and unit code of execution rows that match no project (spending without a budget)

Revision ID: mon1
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "mon1"
down_revision = "0002_selfeval"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("monitoring_execution", schema=None) as batch_op:
        batch_op.add_column(sa.Column("project_name", sa.String(length=300), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("agency_code", sa.String(length=64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("monitoring_execution", schema=None) as batch_op:
        batch_op.drop_column("agency_code")
        batch_op.drop_column("project_name")

"""ranking: the group a project was ranked in (its supervising department when ranked within departments)

Revision ID: 3c7e2a91b0d4
Revises: mon1
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "3c7e2a91b0d4"
down_revision = "mon1"  # chained after the monitoring branch's revision when merging it
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ranking_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rank_group", sa.String(length=200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("ranking_entry", schema=None) as batch_op:
        batch_op.drop_column("rank_group")

"""master data: a project can be retired (停用) instead of deleted when anything refers to it

Revision ID: fd_gui_project_retired
Revises: mon2
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "fd_gui_project_retired"
down_revision = "fid_rank_ledger_deadlines"  # chained after fid_rank_ledger_deadlines when merging
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: batch mode would copy the table, and dropping the old one fires its ON DELETE actions
    op.add_column("project", sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("project", "retired")

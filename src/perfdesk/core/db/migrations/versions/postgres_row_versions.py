"""row versions: every record people edit counts its saves, so that two people saving the same record at once
(a shared PostgreSQL server) is detected and the second is told instead of overwriting the first

Revision ID: postgres_row_versions
Revises: fd_gui_project_retired
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "postgres_row_versions"
down_revision = "packages_exchange"  # chained after packages_exchange when merging
branch_labels = None
depends_on = None

TABLES = ('unit', 'project', 'library_indicator', 'performance_target', 'target_indicator', 'monitoring_execution', 'indicator_progress', 'key_monitoring_item', 'self_evaluation', 'self_eval_line', 'spot_check_item', 'spot_check_line', 'key_evaluation', 'ranking_entry', 'rectification_item', 'setting')


def upgrade() -> None:
    # plain ADD COLUMN with a server default (existing rows start at 1): batch mode would copy each table, and
    # dropping the old one fires its ON DELETE actions
    for table in TABLES:
        op.add_column(table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "row_version")

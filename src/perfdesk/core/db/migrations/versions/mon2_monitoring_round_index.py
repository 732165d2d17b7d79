"""monitoring: drop the index on monitoring_execution.round_id, which the unique (round_id, project_id) index
already serves (round_id is its leading column); one index less to update per stored row (about 15 % of the
time of writing a 24,000-row round)

Revision ID: mon2
Revises: 7b5e1d93c4a2
Create Date: 2026-11-21
"""

from __future__ import annotations

from alembic import op

revision = "mon2"
down_revision = "7b5e1d93c4a2"  # the head when written: re-chain after whatever is head when merging
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_monitoring_execution_round_id", table_name="monitoring_execution")


def downgrade() -> None:
    op.create_index("ix_monitoring_execution_round_id", "monitoring_execution", ["round_id"])

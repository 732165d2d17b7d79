"""self-evaluation: the evaluator's score inside a qualitative band

Revision ID: 0002_selfeval
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import perfdesk.core.db.types

revision = "0002_selfeval"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("self_eval_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("qualitative_pick", perfdesk.core.db.types.DecimalText(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("self_eval_line", schema=None) as batch_op:
        batch_op.drop_column("qualitative_pick")

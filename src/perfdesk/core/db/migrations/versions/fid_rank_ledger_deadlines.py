"""ledger: every rectification item has a deadline (RULES §8). Items stored without one get the
rectification-days setting in force (``ranking.rectification_days``, else 90) after the day they were created.
Data only; the schema is unchanged.

Revision ID: fid_rank_ledger_deadlines (branch fid-rank; alembic allows no "-")
Revises: mon2
Create Date: 2026-12-07
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "fid_rank_ledger_deadlines"
down_revision = "fid_checks_deviations"  # chained after fid_checks_deviations when merging
branch_labels = None
depends_on = None

DEFAULT_DAYS = 90  # RankingParams.rectification_days when this was written

item = sa.table("rectification_item", sa.column("id", sa.Integer), sa.column("created_at", sa.DateTime),
                sa.column("deadline", sa.Date))
setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))


def upgrade() -> None:
    conn = op.get_bind()
    stored = conn.execute(sa.select(setting.c.value).where(setting.c.key == "ranking.rectification_days")).scalar()
    days = int(json.loads(stored)) if stored is not None else DEFAULT_DAYS
    rows = conn.execute(sa.select(item.c.id, item.c.created_at).where(item.c.deadline.is_(None))).all()
    for item_id, created in rows:
        created_on = created.date() if isinstance(created, dt.datetime) else dt.date.fromisoformat(str(created)[:10])
        conn.execute(item.update().where(item.c.id == item_id)
                     .values(deadline=created_on + dt.timedelta(days=days)))


def downgrade() -> None:
    """Deadlines given here cannot be told from deadlines set by hand: they are kept."""

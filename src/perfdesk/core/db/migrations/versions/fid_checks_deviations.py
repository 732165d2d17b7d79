"""monitoring: indicator_progress.deviation_category holds every deviation reason ticked on a line
(``funding,staff``: 经费保障 and 人员保障), not only the first; widened from 12 to 64 characters

Revision ID: fid_checks_deviations
Revises: mon2
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "fid_checks_deviations"
down_revision = "mon2"  # the head when written: re-chain after whatever is head when merging
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return  # SQLite does not enforce a VARCHAR length: the codes fit as they are, no table rebuilt
    op.alter_column("indicator_progress", "deviation_category", existing_type=sa.String(length=12),
                    type_=sa.String(length=64), existing_nullable=False)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    first = ("substr(deviation_category, 1, instr(deviation_category || ',', ',') - 1)" if sqlite
             else "split_part(deviation_category, ',', 1)")
    op.execute(f"UPDATE indicator_progress SET deviation_category = {first}")  # the first reason, as before
    if not sqlite:
        op.alter_column("indicator_progress", "deviation_category", existing_type=sa.String(length=64),
                        type_=sa.String(length=12), existing_nullable=False)

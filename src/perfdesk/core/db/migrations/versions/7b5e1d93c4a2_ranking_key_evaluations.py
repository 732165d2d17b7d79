"""ranking: entries for key evaluations without a project (a special fund's or a sector's comprehensive evaluation)

Revision ID: 7b5e1d93c4a2
Revises: 3c7e2a91b0d4
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "7b5e1d93c4a2"
down_revision = "3c7e2a91b0d4"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ranking_entry", schema=None) as batch_op:
        batch_op.alter_column("project_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("key_evaluation_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_ranking_entry_key_evaluation_id"), ["key_evaluation_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_ranking_entry_key_evaluation_id_key_evaluation"), "key_evaluation",
                                    ["key_evaluation_id"], ["id"], ondelete="RESTRICT")


def downgrade() -> None:
    with op.batch_alter_table("ranking_entry", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_ranking_entry_key_evaluation_id_key_evaluation"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_ranking_entry_key_evaluation_id"))
        batch_op.drop_column("key_evaluation_id")
        batch_op.alter_column("project_id", existing_type=sa.Integer(), nullable=False)

"""ranking: entries for key evaluations without a project (a special fund's or a sector's comprehensive evaluation)

``ranking_entry.project_id`` becomes nullable and ``key_evaluation_id`` is added. SQLite cannot relax NOT NULL in
place, so the table is rebuilt here by hand, columns, constraints and indexes in a fixed order: alembic's batch
mode copies them from sets, which made two demo databases of the same seed differ in their schema text.

Revision ID: 7b5e1d93c4a2
Revises: 3c7e2a91b0d4
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from perfdesk.core.db.types import DecimalText

revision = "7b5e1d93c4a2"
down_revision = "3c7e2a91b0d4"
branch_labels = None
depends_on = None

TMP = "_tmp_ranking_entry"
OLD_COLUMNS = ("id", "run_id", "project_id", "category", "score", "score_source", "rank", "category_size", "in_scope",
               "exclusion_reason", "proposed_decision", "decision", "cut_ratio", "budget_fen", "cut_fen",
               "suggested_budget_fen", "rule", "exception_reason", "probation_reason", "rectification_owner",
               "rank_group")


def _columns(with_key: bool) -> list[sa.schema.SchemaItem]:
    items: list[sa.schema.SchemaItem] = [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=with_key),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("score", DecimalText(length=40), nullable=True),
        sa.Column("score_source", sa.String(length=16), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("category_size", sa.Integer(), nullable=False),
        sa.Column("in_scope", sa.Boolean(), nullable=False),
        sa.Column("exclusion_reason", sa.Text(), nullable=False),
        sa.Column("proposed_decision", sa.String(length=16), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("cut_ratio", DecimalText(length=40), nullable=True),
        sa.Column("budget_fen", sa.BigInteger(), nullable=False),
        sa.Column("cut_fen", sa.BigInteger(), nullable=False),
        sa.Column("suggested_budget_fen", sa.BigInteger(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("exception_reason", sa.Text(), nullable=False),
        sa.Column("probation_reason", sa.Text(), nullable=False),
        sa.Column("rectification_owner", sa.String(length=100), nullable=False),
        sa.Column("rank_group", sa.String(length=200), nullable=False, server_default=""),
    ]
    if with_key:
        items.append(sa.Column("key_evaluation_id", sa.Integer(), nullable=True))
    items += [
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name="fk_ranking_entry_project_id_project",
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["run_id"], ["ranking_run.id"], name="fk_ranking_entry_run_id_ranking_run",
                                ondelete="CASCADE"),
    ]
    if with_key:
        items.append(sa.ForeignKeyConstraint(["key_evaluation_id"], ["key_evaluation.id"],
                                             name="fk_ranking_entry_key_evaluation_id_key_evaluation",
                                             ondelete="RESTRICT"))
    return [*items, sa.PrimaryKeyConstraint("id", name="pk_ranking_entry")]


def _rebuild(with_key: bool) -> None:
    op.create_table(TMP, *_columns(with_key))
    cols = ", ".join(OLD_COLUMNS)
    where = "" if with_key else " WHERE project_id IS NOT NULL"  # downgrade: entries without a project go
    op.execute(f"INSERT INTO {TMP} ({cols}) SELECT {cols} FROM ranking_entry{where}")
    op.drop_table("ranking_entry")
    op.rename_table(TMP, "ranking_entry")
    indexes = ["project_id", "run_id"] + (["key_evaluation_id"] if with_key else [])
    for column in sorted(indexes):
        op.create_index(f"ix_ranking_entry_{column}", "ranking_entry", [column], unique=False)


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


KEY_FK = "fk_ranking_entry_key_evaluation_id_key_evaluation"


def upgrade() -> None:
    if _sqlite():
        _rebuild(with_key=True)
        return
    # a server database alters in place (a rebuilt table would leave its id sequence behind the copied ids)
    op.alter_column("ranking_entry", "project_id", existing_type=sa.Integer(), nullable=True)
    op.add_column("ranking_entry", sa.Column("key_evaluation_id", sa.Integer(), nullable=True))
    op.create_foreign_key(KEY_FK, "ranking_entry", "key_evaluation", ["key_evaluation_id"], ["id"],
                          ondelete="RESTRICT")
    op.create_index("ix_ranking_entry_key_evaluation_id", "ranking_entry", ["key_evaluation_id"], unique=False)


def downgrade() -> None:
    if _sqlite():
        _rebuild(with_key=False)
        return
    op.execute("DELETE FROM ranking_entry WHERE project_id IS NULL")
    op.drop_index("ix_ranking_entry_key_evaluation_id", table_name="ranking_entry")
    op.drop_constraint(KEY_FK, "ranking_entry", type_="foreignkey")
    op.drop_column("ranking_entry", "key_evaluation_id")
    op.alter_column("ranking_entry", "project_id", existing_type=sa.Integer(), nullable=False)

"""key evaluation: what is evaluated, money figures, formula lines, the template, agencies, experts and draws

Revision ID: keyeval_registry
Revises: fd_gui_project_retired
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from perfdesk.core.db.types import DecimalText, JSONText

revision = "keyeval_registry"
# the head when written: re-chain after whatever is head when merging
down_revision = "costs_standards_analysis"  # chained after costs_standards_analysis when merging
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "eval_agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("credit_code", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("contact", sa.String(length=60), nullable=False, server_default=""),
        sa.Column("phone", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("rating", sa.String(length=12), nullable=False, server_default=""),
        sa.Column("rating_year", sa.Integer(), nullable=True),
        sa.Column("rating_note", sa.Text(), nullable=False, server_default=""),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eval_agency")),
        sa.UniqueConstraint("name", name=op.f("uq_eval_agency_name")),
    )
    op.create_table(
        "expert",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False, server_default=""),
        sa.Column("title", sa.String(length=60), nullable=False, server_default=""),
        sa.Column("employer", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("conflicts", JSONText(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert")),
    )
    op.create_table(
        "key_eval_template_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("level1", sa.String(length=40), nullable=False),
        sa.Column("level2", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("level3", sa.String(length=120), nullable=False, server_default=""),
        sa.Column("points", DecimalText(length=40), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False, server_default=""),
        sa.Column("criteria", sa.Text(), nullable=False, server_default=""),
        sa.Column("formula", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("target_percent", DecimalText(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_eval_template_line")),
    )
    # plain ADD COLUMNs: batch mode would copy key_evaluation, and dropping the old table fires the ON DELETE
    # CASCADE of its lines and survey results
    _add_reference("unit_id", "unit")
    _add_reference("agency_id", "eval_agency")
    for column in (sa.Column("object_kind", sa.String(length=16), nullable=False, server_default="project"),
                   sa.Column("arrived_fen", sa.BigInteger(), nullable=True),
                   sa.Column("spent_fen", sa.BigInteger(), nullable=True),
                   sa.Column("survey_respondents", sa.Integer(), nullable=True),
                   sa.Column("survey_file", sa.String(length=300), nullable=False, server_default=""),
                   sa.Column("params", JSONText(), nullable=True)):
        op.add_column("key_evaluation", column)
    for column in (sa.Column("formula", sa.String(length=20), nullable=False, server_default=""),
                   sa.Column("target_percent", DecimalText(length=40), nullable=True),
                   sa.Column("numerator", DecimalText(length=40), nullable=True),
                   sa.Column("denominator", DecimalText(length=40), nullable=True),
                   sa.Column("basis", sa.Text(), nullable=False, server_default="")):
        op.add_column("key_evaluation_line", column)
    op.add_column("survey_result", sa.Column("sort_order", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("survey_result", sa.Column("blank", sa.Integer(), nullable=False, server_default="0"))
    # agencies named on earlier evaluations enter the registry, unrated, and the evaluations point to them
    op.execute("INSERT INTO eval_agency (name) SELECT DISTINCT agency FROM key_evaluation WHERE agency != '' "
               "ORDER BY agency")
    op.execute("UPDATE key_evaluation SET agency_id = (SELECT id FROM eval_agency WHERE eval_agency.name = "
               "key_evaluation.agency) WHERE agency != ''")
    op.create_table(
        "expert_draw",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False, server_default=""),
        sa.Column("drawn_at", sa.DateTime(), nullable=False),
        sa.Column("drawn_by", sa.String(length=60), nullable=False, server_default=""),
        sa.Column("experts", JSONText(), nullable=True),
        sa.Column("excluded", JSONText(), nullable=True),
        sa.Column("rule", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(["evaluation_id"], ["key_evaluation.id"],
                                name=op.f("fk_expert_draw_evaluation_id_key_evaluation"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert_draw")),
    )
    op.create_index(op.f("ix_expert_draw_evaluation_id"), "expert_draw", ["evaluation_id"])


def _add_reference(column: str, table: str) -> None:
    """A nullable reference column, set to NULL when what it names is deleted, with its index."""
    if op.get_bind().dialect.name == "sqlite":  # SQLite adds a REFERENCES clause with the column, never after
        op.execute(f"ALTER TABLE key_evaluation ADD COLUMN {column} INTEGER "
                   f"REFERENCES {table} (id) ON DELETE SET NULL")
    else:
        op.add_column("key_evaluation", sa.Column(column, sa.Integer(), nullable=True))
        op.create_foreign_key(f"fk_key_evaluation_{column}_{table}", "key_evaluation", table, [column], ["id"],
                              ondelete="SET NULL")
    op.create_index(f"ix_key_evaluation_{column}", "key_evaluation", [column])


def downgrade() -> None:
    op.drop_index(op.f("ix_expert_draw_evaluation_id"), table_name="expert_draw")
    op.drop_table("expert_draw")
    for name in ("blank", "sort_order"):
        op.drop_column("survey_result", name)
    for name in ("basis", "denominator", "numerator", "target_percent", "formula"):
        op.drop_column("key_evaluation_line", name)
    op.drop_index("ix_key_evaluation_agency_id", table_name="key_evaluation")
    op.drop_index("ix_key_evaluation_unit_id", table_name="key_evaluation")
    for name in ("params", "survey_file", "survey_respondents", "spent_fen", "arrived_fen", "object_kind"):
        op.drop_column("key_evaluation", name)
    with op.batch_alter_table("key_evaluation") as batch:  # a column with a foreign key cannot be dropped in place
        batch.drop_column("agency_id")
        batch.drop_column("unit_id")
    op.drop_table("key_eval_template_line")
    op.drop_table("expert")
    op.drop_table("eval_agency")

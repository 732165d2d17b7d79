"""department-wide performance (部门整体绩效, RULES §11, FORMATS §4) and public disclosure (信息公开, RULES §8)

One record per department and budget year holds its targets (职能职责, 年度总体目标) and, once evaluated, the
self-evaluation (实际完成情况, total, grade, the settings in force); its main tasks (年度主要任务, with 预算数 and
执行数) and annual indicators (年度绩效指标, with 实际完成值 and scores) hang under it. ``disclosure`` records each
publication of the public versions (what, for which department and year, where, by whom).

Revision ID: deptwide_performance
Revises: fd_gui_project_retired
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from perfdesk.core.db.types import DecimalText, JSONText

revision = "deptwide_performance"
down_revision = "keyeval_registry"  # chained after keyeval_registry when merging
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dept_performance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("duties", sa.Text(), nullable=False),
        sa.Column("goal_expected", sa.Text(), nullable=False),
        sa.Column("goal_actual", sa.Text(), nullable=False),
        sa.Column("execution_points", DecimalText(), nullable=True),
        sa.Column("execution_explanation", sa.Text(), nullable=False),
        sa.Column("execution_rate", DecimalText(), nullable=True),
        sa.Column("total_computed", DecimalText(), nullable=True),
        sa.Column("total_final", DecimalText(), nullable=True),
        sa.Column("grade", sa.String(length=4), nullable=False),
        sa.Column("params", JSONText(), nullable=True),
        sa.Column("flags", JSONText(), nullable=True),
        sa.Column("scored_at", sa.DateTime(), nullable=True),
        sa.Column("filled_by", sa.String(length=60), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("review_comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["year_id"], ["budget_year.id"], name=op.f("fk_dept_performance_year_id_budget_year"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_dept_performance_unit_id_unit"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dept_performance")),
        sa.UniqueConstraint("year_id", "unit_id", name="uq_dept_performance_year_unit"),
    )
    op.create_index(op.f("ix_dept_performance_unit_id"), "dept_performance", ["unit_id"])
    op.create_table(
        "dept_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("performance_id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("budget_fen", sa.BigInteger(), nullable=False),
        sa.Column("spent_fen", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["performance_id"], ["dept_performance.id"],
                                name=op.f("fk_dept_task_performance_id_dept_performance"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dept_task")),
    )
    op.create_index(op.f("ix_dept_task_performance_id"), "dept_task", ["performance_id"])
    op.create_table(
        "dept_indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("performance_id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("level1", sa.String(length=40), nullable=False),
        sa.Column("level2", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("target_text", sa.String(length=120), nullable=False),
        sa.Column("points", DecimalText(), nullable=True),
        sa.Column("actual_text", sa.String(length=120), nullable=False),
        sa.Column("computed_score", DecimalText(), nullable=True),
        sa.Column("override_score", DecimalText(), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("deviation_analysis", sa.Text(), nullable=False),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["performance_id"], ["dept_performance.id"],
                                name=op.f("fk_dept_indicator_performance_id_dept_performance"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dept_indicator")),
    )
    op.create_index(op.f("ix_dept_indicator_performance_id"), "dept_indicator", ["performance_id"])
    op.create_table(
        "disclosure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("files", JSONText(), nullable=True),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("published_by", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["year_id"], ["budget_year.id"], name=op.f("fk_disclosure_year_id_budget_year"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_disclosure_unit_id_unit"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure")),
    )
    op.create_index(op.f("ix_disclosure_unit_id"), "disclosure", ["unit_id"])


def downgrade() -> None:
    op.drop_table("disclosure")
    op.drop_table("dept_indicator")
    op.drop_table("dept_task")
    op.drop_table("dept_performance")

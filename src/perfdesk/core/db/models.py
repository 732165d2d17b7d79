"""SQLAlchemy 2 models for the whole budget-performance cycle (RULES §1–§11).

Conventions: money is integer fen in ``*_fen`` columns (never float); scores and ratios are exact decimals
(:class:`DecimalText`); enumerations are stored as the stable codes of :mod:`perfdesk.core.domain.enums`;
indicator level names (成本指标 …) are data, stored as printed. Every change of schema is an Alembic revision
under ``migrations/versions``; never edit a released revision.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from perfdesk.core.db.types import DecimalText, JSONText

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {Decimal: DecimalText(), dict[str, Any]: JSONText(), list[Any]: JSONText()}


def _fk(target: str, ondelete: str = "CASCADE", *, index: bool = True, **kw: Any) -> Any:
    return mapped_column(ForeignKey(target, ondelete=ondelete), index=index, **kw)


Fen = BigInteger  # money in fen


class Versioned:
    """A record people edit, possibly two at once on a shared server: ``row_version`` counts its saves and every
    UPDATE checks it (SQLAlchemy's version counter), so the second of two saves from the same version is refused
    (see :mod:`perfdesk.core.db.concurrency`) instead of silently overwriting the first."""

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a class-level directive
        return {"version_id_col": cls.row_version}


# --------------------------------------------------------------------------------------------------------
# Master data (RULES §1)
# --------------------------------------------------------------------------------------------------------
class Meta(Base):
    """Key/value facts about the database itself (created-by version, last-opened version …)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class BudgetYear(Base):
    __tablename__ = "budget_year"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    locked: Mapped[bool] = mapped_column(Boolean, default=False)


class Unit(Versioned, Base):
    """A 主管部门, 预算单位 or township; a tree through ``parent_id``. Codes are opaque strings."""

    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # UnitKind
    parent_id: Mapped[int | None] = _fk("unit.id", ondelete="RESTRICT", nullable=True)
    mof_div_code: Mapped[str] = mapped_column(String(32), default="")  # 财政区划 MOF_DIV_CODE
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    parent: Mapped[Unit | None] = relationship(remote_side="Unit.id", back_populates="children")
    children: Mapped[list[Unit]] = relationship(back_populates="parent")


class Project(Versioned, Base):
    """A project or policy (or a department-wide budget, kind ``department_wide``) in one budget year.

    Totals (年初预算数, 全年预算数, 执行数) are as the budget system gives them; their split by fund source is in
    :class:`ProjectFund`. A split that does not add up to the total is flagged, never silently corrected.
    """

    __tablename__ = "project"
    __table_args__ = (UniqueConstraint("year_id", "code", name="uq_project_year_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = _fk("budget_year.id", ondelete="RESTRICT")
    code: Mapped[str] = mapped_column(String(64))  # PRO_CODE
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="project")  # ProjectKind
    unit_id: Mapped[int] = _fk("unit.id", ondelete="RESTRICT")  # implementing / owning unit
    department_id: Mapped[int | None] = _fk("unit.id", ondelete="RESTRICT", nullable=True)  # 主管部门
    sector: Mapped[str] = mapped_column(String(40), default="", index=True)
    budget_type: Mapped[str] = mapped_column(String(20), default="general")  # BudgetType
    fund_origin: Mapped[str] = mapped_column(String(24), default="own_level", index=True)  # FundOrigin
    attribute: Mapped[str] = mapped_column(String(12), default="continuing")  # ProjectAttribute
    period_start: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 项目期 from year
    period_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pro_kind_code: Mapped[str] = mapped_column(String(32), default="")  # PRO_KIND_CODE
    exp_func_code: Mapped[str] = mapped_column(String(32), default="")  # EXP_FUNC_CODE
    fund_type_code: Mapped[str] = mapped_column(String(32), default="")  # FUND_TYPE_CODE
    initial_budget_fen: Mapped[int] = mapped_column(Fen, default=0)  # 年初预算数 REPLY_AMT
    full_year_budget_fen: Mapped[int] = mapped_column(Fen, default=0)  # 全年预算数 CUR_AMT
    # 调整后预算数 where a source prints it apart from 全年预算数 (Sichuan); never ADJ_AMT, the change REPLY → CUR
    adjusted_budget_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    spent_fen: Mapped[int] = mapped_column(Fen, default=0)  # 执行数
    negative_externality: Mapped[bool] = mapped_column(Boolean, default=False)
    previous_id: Mapped[int | None] = _fk("project.id", ondelete="SET NULL", nullable=True)  # last year's
    category: Mapped[str] = mapped_column(String(32), default="")  # EvaluationCategory override ('' = derived)
    note: Mapped[str] = mapped_column(Text, default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 停用, kept for history

    year: Mapped[BudgetYear] = relationship()
    unit: Mapped[Unit] = relationship(foreign_keys=[unit_id])
    department: Mapped[Unit | None] = relationship(foreign_keys=[department_id])
    funds: Mapped[list[ProjectFund]] = relationship(back_populates="project", cascade="all, delete-orphan")
    targets: Mapped[list[PerformanceTarget]] = relationship(back_populates="project", cascade="all, delete-orphan",
                                                             order_by="PerformanceTarget.version")


class ProjectFund(Base):
    """Money of a project by source: 当年财政拨款, 上年结转资金, 其他资金."""

    __tablename__ = "project_fund"
    __table_args__ = (UniqueConstraint("project_id", "source", name="uq_project_fund_source"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = _fk("project.id")
    source: Mapped[str] = mapped_column(String(20))  # FundSource
    initial_fen: Mapped[int] = mapped_column(Fen, default=0)
    full_year_fen: Mapped[int] = mapped_column(Fen, default=0)
    spent_fen: Mapped[int] = mapped_column(Fen, default=0)
    project: Mapped[Project] = relationship(back_populates="funds")


# --------------------------------------------------------------------------------------------------------
# Performance targets and the indicator library (RULES §2)
# --------------------------------------------------------------------------------------------------------
class LibraryIndicator(Versioned, Base):
    """An entry of the indicator library (指标库): 共性, 行业 or 部门; valid for a range of years."""

    __tablename__ = "library_indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(12), default="sector")  # LibraryScope
    sector: Mapped[str] = mapped_column(String(40), default="", index=True)
    project_type: Mapped[str] = mapped_column(String(40), default="")  # purchase, training, construction …
    level1: Mapped[str] = mapped_column(String(40))
    level2: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200), index=True)
    comparison: Mapped[str] = mapped_column(String(8), default="")  # Comparison
    typical_value: Mapped[str] = mapped_column(String(60), default="")
    unit: Mapped[str] = mapped_column(String(40), default="")
    value_basis: Mapped[str] = mapped_column(String(20), default="")  # ValueBasis
    measurement: Mapped[str] = mapped_column(Text, default="")  # how it is measured / formula
    source: Mapped[str] = mapped_column(Text, default="")  # where the indicator was published
    department_code: Mapped[str] = mapped_column(String(64), default="")
    year_from: Mapped[int | None] = mapped_column(Integer, nullable=True)
    year_to: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PerformanceTarget(Versioned, Base):
    """One version of a project's targets. Approved versions are locked; an adjustment (目标调整) creates a new
    version that points at the one it replaces. ``is_current`` marks the version in force."""

    __tablename__ = "performance_target"
    __table_args__ = (UniqueConstraint("project_id", "version", name="uq_target_project_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = _fk("project.id")
    version: Mapped[int] = mapped_column(Integer, default=1)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # ReviewStatus
    medium_goal: Mapped[str] = mapped_column(Text, default="")  # 中期目标
    medium_period: Mapped[str] = mapped_column(String(40), default="")  # e.g. 2024年—2026年
    annual_goal: Mapped[str] = mapped_column(Text, default="")  # 年度目标
    medium_total_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)  # 中期资金总额
    medium_fiscal_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    medium_other_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    replaces_id: Mapped[int | None] = _fk("performance_target.id", ondelete="SET NULL", nullable=True)
    adjustment_reason: Mapped[str] = mapped_column(Text, default="")
    filled_by: Mapped[str] = mapped_column(String(60), default="")  # 填报人
    phone: Mapped[str] = mapped_column(String(40), default="")  # 联系电话
    filled_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 填报日期

    project: Mapped[Project] = relationship(back_populates="targets")
    indicators: Mapped[list[TargetIndicator]] = relationship(
        back_populates="target", cascade="all, delete-orphan", order_by="TargetIndicator.sort_order")
    reviews: Mapped[list[TargetReview]] = relationship(cascade="all, delete-orphan", order_by="TargetReview.at")


class TargetIndicator(Versioned, Base):
    """A third-level indicator with its place in the tree (level1/level2 as printed)."""

    __tablename__ = "target_indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = _fk("performance_target.id")
    part: Mapped[str] = mapped_column(String(8), default="annual")  # IndicatorPart
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    level1: Mapped[str] = mapped_column(String(40))
    level2: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    comparison: Mapped[str] = mapped_column(String(8), default="")  # Comparison
    value_text: Mapped[str] = mapped_column(String(120), default="")  # as printed, e.g. ≥95%
    value_num: Mapped[Decimal | None] = mapped_column(nullable=True)
    unit: Mapped[str] = mapped_column(String(40), default="")
    weight: Mapped[Decimal | None] = mapped_column(nullable=True)  # 分值
    value_basis: Mapped[str] = mapped_column(String(20), default="")  # ValueBasis
    library_id: Mapped[int | None] = _fk("library_indicator.id", ondelete="SET NULL", nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    target: Mapped[PerformanceTarget] = relationship(back_populates="indicators")


class TargetReview(Base):
    """One workflow transition of a target version (who, when, comment)."""

    __tablename__ = "target_review"
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = _fk("performance_target.id")
    from_status: Mapped[str] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    comment: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(60))
    at: Mapped[dt.datetime] = mapped_column(DateTime)


# --------------------------------------------------------------------------------------------------------
# In-year monitoring (RULES §3)
# --------------------------------------------------------------------------------------------------------
class MonitoringRound(Base):
    """A monitoring snapshot as of a date; rounds are never overwritten, each import makes a new one."""

    __tablename__ = "monitoring_round"
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = _fk("budget_year.id", ondelete="RESTRICT")
    as_of: Mapped[dt.date] = mapped_column(Date, index=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    source_file: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    params: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)


class MonitoringExecution(Versioned, Base):
    __tablename__ = "monitoring_execution"
    __table_args__ = (UniqueConstraint("round_id", "project_id", name="uq_monitoring_execution_round_project"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = _fk("monitoring_round.id", index=False)  # the unique (round, project) index serves it
    project_id: Mapped[int | None] = _fk("project.id", nullable=True)  # None: spending with no budget line
    project_code: Mapped[str] = mapped_column(String(64), default="")  # as in the source file
    project_name: Mapped[str] = mapped_column(String(300), default="")  # as in the source file (no budget line)
    agency_code: Mapped[str] = mapped_column(String(64), default="")  # AGENCY_CODE as in the source file
    budget_fen: Mapped[int] = mapped_column(Fen, default=0)
    spent_fen: Mapped[int] = mapped_column(Fen, default=0)
    expected_full_year_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)  # 全年预计执行数
    fiscal_budget_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    fiscal_spent_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    other_budget_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    other_spent_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    goal_progress: Mapped[str] = mapped_column(Text, default="")  # 1—N月实际完成情况 of the overall goal
    goal_expected: Mapped[str] = mapped_column(Text, default="")  # 全年预计完成情况


class IndicatorProgress(Versioned, Base):
    __tablename__ = "indicator_progress"
    __table_args__ = (UniqueConstraint("round_id", "indicator_id", name="uq_indicator_progress_round_indicator"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = _fk("monitoring_round.id")
    indicator_id: Mapped[int] = _fk("target_indicator.id")
    progress_text: Mapped[str] = mapped_column(String(120), default="")  # 1—N月执行情况
    progress_num: Mapped[Decimal | None] = mapped_column(nullable=True)
    expected_text: Mapped[str] = mapped_column(String(120), default="")  # 全年预计完成情况
    expected_num: Mapped[Decimal | None] = mapped_column(nullable=True)
    deviation_category: Mapped[str] = mapped_column(String(64), default="")  # DeviationCategory codes: funding,staff
    deviation_reason: Mapped[str] = mapped_column(Text, default="")
    likelihood: Mapped[str] = mapped_column(String(12), default="")  # Likelihood
    remark: Mapped[str] = mapped_column(Text, default="")


class KeyMonitoringItem(Versioned, Base):
    """A project under finance's key monitoring (重点监控): selected by rule or by hand, with measures."""

    __tablename__ = "key_monitoring_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = _fk("monitoring_round.id")
    project_id: Mapped[int] = _fk("project.id")
    selected_by: Mapped[str] = mapped_column(String(24))  # lag, impossible, over_budget, no_budget, history, manual (red_warning: older)
    reason: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(String(16), default="")  # correct, adjust, withdraw
    measure_note: Mapped[str] = mapped_column(Text, default="")
    withdrawn_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")


# --------------------------------------------------------------------------------------------------------
# Self-evaluation and spot checks (RULES §4, §5)
# --------------------------------------------------------------------------------------------------------
class SelfEvaluation(Versioned, Base):
    """A project's self-evaluation (自评). ``params`` stores the settings in force when it was scored;
    ``printed_*`` keep what an imported table printed, beside what the engine computed."""

    __tablename__ = "self_evaluation"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(12), default="draft")  # ReviewStatus
    source: Mapped[str] = mapped_column(String(12), default="entry")  # entry, import
    source_file: Mapped[str] = mapped_column(Text, default="")
    source_sheet: Mapped[str] = mapped_column(String(100), default="")
    goal_expected: Mapped[str] = mapped_column(Text, default="")  # 预期目标
    goal_actual: Mapped[str] = mapped_column(Text, default="")  # 实际完成情况
    initial_budget_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)  # as used for the score
    full_year_budget_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    spent_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    execution_rate: Mapped[Decimal | None] = mapped_column(nullable=True)
    total_computed: Mapped[Decimal | None] = mapped_column(nullable=True)
    total_final: Mapped[Decimal | None] = mapped_column(nullable=True)  # with overrides, used for ranking
    total_printed: Mapped[Decimal | None] = mapped_column(nullable=True)
    grade: Mapped[str] = mapped_column(String(4), default="")
    params: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    flags: Mapped[list[Any] | None] = mapped_column(nullable=True)  # points don't add up, capped, …
    scored_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    reviewed_by: Mapped[str] = mapped_column(String(60), default="")
    review_comment: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_self_evaluation_project", "project_id", unique=True),)
    lines: Mapped[list[SelfEvalLine]] = relationship(back_populates="evaluation", cascade="all, delete-orphan",
                                                     order_by="SelfEvalLine.sort_order")


class SelfEvalLine(Versioned, Base):
    """One scored line: budget execution (kind ``execution``), an indicator (kind ``indicator``) or a 其中
    sub-row of the indicator above it (kind ``sub_row``: scored for information, never counted)."""

    __tablename__ = "self_eval_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = _fk("self_evaluation.id")
    indicator_id: Mapped[int | None] = _fk("target_indicator.id", ondelete="SET NULL", nullable=True)
    kind: Mapped[str] = mapped_column(String(12), default="indicator")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    level1: Mapped[str] = mapped_column(String(40), default="")
    level2: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(300), default="")
    comparison: Mapped[str] = mapped_column(String(8), default="")
    target_text: Mapped[str] = mapped_column(String(120), default="")
    target_num: Mapped[Decimal | None] = mapped_column(nullable=True)
    actual_text: Mapped[str] = mapped_column(String(120), default="")
    actual_num: Mapped[Decimal | None] = mapped_column(nullable=True)
    qualitative_level: Mapped[str] = mapped_column(String(20), default="")
    qualitative_pick: Mapped[Decimal | None] = mapped_column(nullable=True)  # evaluator's score inside the band
    points: Mapped[Decimal | None] = mapped_column(nullable=True)  # 分值
    computed_score: Mapped[Decimal | None] = mapped_column(nullable=True)
    printed_score: Mapped[Decimal | None] = mapped_column(nullable=True)
    override_score: Mapped[Decimal | None] = mapped_column(nullable=True)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    deviation_analysis: Mapped[str] = mapped_column(Text, default="")  # 偏差原因分析及改进措施
    evidence: Mapped[str] = mapped_column(Text, default="")
    flags: Mapped[list[Any] | None] = mapped_column(nullable=True)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)

    evaluation: Mapped[SelfEvaluation] = relationship(back_populates="lines")


class SpotCheck(Base):
    """A reproducible sample of self-evaluations (抽查复核): the rule and seed are recorded."""

    __tablename__ = "spot_check"
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = _fk("budget_year.id", ondelete="RESTRICT")
    seed: Mapped[int] = mapped_column(BigInteger)
    rule: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    items: Mapped[list[SpotCheckItem]] = relationship(cascade="all, delete-orphan")


class SpotCheckItem(Versioned, Base):
    __tablename__ = "spot_check_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    spot_check_id: Mapped[int] = _fk("spot_check.id")
    evaluation_id: Mapped[int] = _fk("self_evaluation.id")
    selected_because: Mapped[str] = mapped_column(String(24))  # sample, excellent_low_execution
    reviewer: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[str] = mapped_column(String(12), default="open")
    review_total: Mapped[Decimal | None] = mapped_column(nullable=True)
    use_for_ranking: Mapped[bool] = mapped_column(Boolean, default=False)
    choice_by: Mapped[str] = mapped_column(String(60), default="")
    choice_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    conclusion: Mapped[str] = mapped_column(Text, default="")
    lines: Mapped[list[SpotCheckLine]] = relationship(cascade="all, delete-orphan")


class SpotCheckLine(Versioned, Base):
    __tablename__ = "spot_check_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = _fk("spot_check_item.id")
    line_id: Mapped[int] = _fk("self_eval_line.id")
    review_score: Mapped[Decimal | None] = mapped_column(nullable=True)
    rule: Mapped[str] = mapped_column(String(32), default="")  # no_evidence, unrelated, no_survey, …
    reason: Mapped[str] = mapped_column(Text, default="")


# --------------------------------------------------------------------------------------------------------
# Key evaluations (RULES §6)
# --------------------------------------------------------------------------------------------------------
class KeyEvaluation(Versioned, Base):
    __tablename__ = "key_evaluation"
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = _fk("budget_year.id", ondelete="RESTRICT")
    project_id: Mapped[int | None] = _fk("project.id", nullable=True)
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(32), default="key_single")  # EvaluationCategory
    agency: Mapped[str] = mapped_column(String(200), default="")  # third-party agency
    lead_evaluator: Mapped[str] = mapped_column(String(60), default="")  # 主评人
    budget_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)
    score: Mapped[Decimal | None] = mapped_column(nullable=True)
    grade: Mapped[str] = mapped_column(String(4), default="")
    status: Mapped[str] = mapped_column(String(12), default="draft")
    report_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    findings: Mapped[str] = mapped_column(Text, default="")
    suggestions: Mapped[str] = mapped_column(Text, default="")
    object_kind: Mapped[str] = mapped_column(String(16), default="project")  # domain.keyeval.ObjectKind
    unit_id: Mapped[int | None] = _fk("unit.id", ondelete="SET NULL", nullable=True)  # the department evaluated
    agency_id: Mapped[int | None] = _fk("eval_agency.id", ondelete="SET NULL", nullable=True)
    arrived_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)  # 实际到位资金
    spent_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)  # 实际支出
    survey_respondents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    survey_file: Mapped[str] = mapped_column(String(300), default="")
    params: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)  # the settings the score was computed with
    lines: Mapped[list[KeyEvaluationLine]] = relationship(cascade="all, delete-orphan",
                                                          order_by="KeyEvaluationLine.sort_order")


class KeyEvaluationLine(Base):
    __tablename__ = "key_evaluation_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = _fk("key_evaluation.id")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    level1: Mapped[str] = mapped_column(String(40))
    level2: Mapped[str] = mapped_column(String(40), default="")
    level3: Mapped[str] = mapped_column(String(120), default="")
    points: Mapped[Decimal] = mapped_column()
    explanation: Mapped[str] = mapped_column(Text, default="")  # 指标解释
    criteria: Mapped[str] = mapped_column(Text, default="")  # 评分标准
    score: Mapped[Decimal | None] = mapped_column(nullable=True)
    deduction_reason: Mapped[str] = mapped_column(Text, default="")
    formula: Mapped[str] = mapped_column(String(20), default="")  # domain.keyeval.Formula, "" = scored by hand
    target_percent: Mapped[Decimal | None] = mapped_column(nullable=True)
    numerator: Mapped[Decimal | None] = mapped_column(nullable=True)  # e.g. 实际产出数
    denominator: Mapped[Decimal | None] = mapped_column(nullable=True)  # e.g. 计划产出数
    basis: Mapped[str] = mapped_column(Text, default="")  # the computation with its numbers


class KeyEvalTemplateLine(Base):
    """The county's key-evaluation framework (决策/过程/产出/效益), copied into each new evaluation."""

    __tablename__ = "key_eval_template_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    sort_order: Mapped[int] = mapped_column(Integer)
    level1: Mapped[str] = mapped_column(String(40))
    level2: Mapped[str] = mapped_column(String(40), default="")
    level3: Mapped[str] = mapped_column(String(120), default="")
    points: Mapped[Decimal] = mapped_column()
    explanation: Mapped[str] = mapped_column(Text, default="")
    criteria: Mapped[str] = mapped_column(Text, default="")
    formula: Mapped[str] = mapped_column(String(20), default="")
    target_percent: Mapped[Decimal | None] = mapped_column(nullable=True)


class EvalAgency(Base):
    """A third-party evaluation agency (第三方机构) with its latest quality rating."""

    __tablename__ = "eval_agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    credit_code: Mapped[str] = mapped_column(String(40), default="")  # 统一社会信用代码
    contact: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    rating: Mapped[str] = mapped_column(String(12), default="")  # domain.keyeval.AgencyRating
    rating_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rating_note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Expert(Base):
    """An expert of the library: field, professional title, employer and the units they may not evaluate."""

    __tablename__ = "expert"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    field: Mapped[str] = mapped_column(String(60), default="")
    title: Mapped[str] = mapped_column(String(60), default="")  # 职称
    employer: Mapped[str] = mapped_column(String(200), default="")
    conflicts: Mapped[list[Any] | None] = mapped_column(nullable=True)  # unit codes or names
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ExpertDraw(Base):
    """A recorded random draw of experts for an evaluation: seed, pool rule, who was drawn and who excluded."""

    __tablename__ = "expert_draw"
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = _fk("key_evaluation.id")
    seed: Mapped[int] = mapped_column(BigInteger)
    count: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(60), default="")
    drawn_at: Mapped[dt.datetime] = mapped_column(DateTime)
    drawn_by: Mapped[str] = mapped_column(String(60), default="")
    experts: Mapped[list[Any] | None] = mapped_column(nullable=True)  # expert ids in the order drawn
    excluded: Mapped[list[Any] | None] = mapped_column(nullable=True)  # expert ids left out for a conflict
    rule: Mapped[str] = mapped_column(Text, default="")


class SurveyResult(Base):
    """Aggregated questionnaire results of a key evaluation (RULES §6, 东营)."""

    __tablename__ = "survey_result"
    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = _fk("key_evaluation.id")
    question: Mapped[str] = mapped_column(Text)
    respondents: Mapped[int] = mapped_column(Integer, default=0)  # who answered the question
    satisfied: Mapped[int] = mapped_column(Integer, default=0)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    blank: Mapped[int] = mapped_column(Integer, default=0)  # who left it blank


# --------------------------------------------------------------------------------------------------------
# Ranking and results application (RULES §7, §8)
# --------------------------------------------------------------------------------------------------------
class RankingRun(Base):
    """A saved, versioned ranking (draft → confirmed). Confirmed runs are immutable."""

    __tablename__ = "ranking_run"
    __table_args__ = (UniqueConstraint("year_id", "version", name="uq_ranking_run_year_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = _fk("budget_year.id", ondelete="RESTRICT")
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # RunStatus
    params: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    confirmed_by: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    entries: Mapped[list[RankingEntry]] = relationship(cascade="all, delete-orphan")


class RankingEntry(Versioned, Base):
    """One project in a ranking run with its decision and the numbers and rule that produced it."""

    __tablename__ = "ranking_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = _fk("ranking_run.id")
    project_id: Mapped[int | None] = _fk("project.id", ondelete="RESTRICT", nullable=True)
    # a key evaluation without a project (专项资金 / 领域资金综合评价) ranked in its category instead of a project
    key_evaluation_id: Mapped[int | None] = _fk("key_evaluation.id", ondelete="RESTRICT", nullable=True)
    category: Mapped[str] = mapped_column(String(32))
    rank_group: Mapped[str] = mapped_column(String(200), default="")  # department when ranked within departments
    score: Mapped[Decimal | None] = mapped_column(nullable=True)
    score_source: Mapped[str] = mapped_column(String(16), default="self")  # self, review, key
    rank: Mapped[int | None] = mapped_column(Integer, nullable=True)
    category_size: Mapped[int] = mapped_column(Integer, default=0)
    in_scope: Mapped[bool] = mapped_column(Boolean, default=True)
    exclusion_reason: Mapped[str] = mapped_column(Text, default="")
    proposed_decision: Mapped[str] = mapped_column(String(16))  # Decision, as the rule proposed it
    decision: Mapped[str] = mapped_column(String(16))  # Decision after finance's adjustment
    cut_ratio: Mapped[Decimal | None] = mapped_column(nullable=True)
    budget_fen: Mapped[int] = mapped_column(Fen, default=0)
    cut_fen: Mapped[int] = mapped_column(Fen, default=0)
    suggested_budget_fen: Mapped[int] = mapped_column(Fen, default=0)
    rule: Mapped[str] = mapped_column(Text, default="")  # human-readable rule and numbers
    exception_reason: Mapped[str] = mapped_column(Text, default="")
    probation_reason: Mapped[str] = mapped_column(Text, default="")
    rectification_owner: Mapped[str] = mapped_column(String(100), default="")


class RectificationItem(Versioned, Base):
    """A ledger item (整改台账) tracked to closure (销号)."""

    __tablename__ = "rectification_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = _fk("budget_year.id", ondelete="RESTRICT")
    unit_id: Mapped[int] = _fk("unit.id", ondelete="RESTRICT")
    project_id: Mapped[int | None] = _fk("project.id", ondelete="SET NULL", nullable=True)
    source: Mapped[str] = mapped_column(String(16))  # RectificationSource
    source_ref: Mapped[str] = mapped_column(String(100), default="")
    problem: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="open")  # RectificationStatus
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    closing_evidence: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    attachments: Mapped[list[Attachment]] = relationship(cascade="all, delete-orphan")


class Attachment(Base):
    """An evidence file copied into the data folder (``stored_path`` is relative to it)."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = _fk("rectification_item.id")
    file_name: Mapped[str] = mapped_column(String(255))
    stored_path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(60), default="")


# --------------------------------------------------------------------------------------------------------
# Ex-ante assessment, cost budgeting and expenditure standards (RULES §9, §10)
# --------------------------------------------------------------------------------------------------------
class ExAnteAssessment(Base):
    __tablename__ = "ex_ante_assessment"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = _fk("project.id")
    kind: Mapped[str] = mapped_column(String(12), default="project")  # project, policy
    assessed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    assessor: Mapped[str] = mapped_column(String(100), default="")
    total_score: Mapped[Decimal | None] = mapped_column(nullable=True)
    conclusion: Mapped[str] = mapped_column(String(12), default="")  # ExAnteConclusion
    enters_library: Mapped[bool] = mapped_column(Boolean, default=False)
    opinion: Mapped[str] = mapped_column(Text, default="")
    params: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    findings: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)  # dimension → what was found
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    updated_by: Mapped[str] = mapped_column(String(60), default="", server_default="")
    scores: Mapped[list[ExAnteScore]] = relationship(cascade="all, delete-orphan", order_by="ExAnteScore.sort_order")


class ExAnteScore(Base):
    __tablename__ = "ex_ante_score"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = _fk("ex_ante_assessment.id")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    dimension: Mapped[str] = mapped_column(String(40))  # 必要性 …
    item: Mapped[str] = mapped_column(String(120), default="")
    points: Mapped[Decimal] = mapped_column()
    grade: Mapped[str] = mapped_column(String(4), default="")  # 优/良/中/差
    score: Mapped[Decimal | None] = mapped_column(nullable=True)


class ExpenditureStandard(Base):
    """济宁-style expenditure standard library: 通用, 行业定额, 部门特色."""

    __tablename__ = "expenditure_standard"
    __table_args__ = (Index("ix_expenditure_standard_code", "code", unique=True),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), default="", server_default="")  # the county's own number
    level: Mapped[str] = mapped_column(String(12))  # StandardLevel
    sector: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200))
    value: Mapped[Decimal] = mapped_column()
    unit: Mapped[str] = mapped_column(String(40), default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    department_code: Mapped[str] = mapped_column(String(64), default="")
    year_from: Mapped[int | None] = mapped_column(Integer, nullable=True)  # valid from (None: always)
    year_to: Mapped[int | None] = mapped_column(Integer, nullable=True)
    applies_to: Mapped[str] = mapped_column(Text, default="", server_default="")  # 适用项目


class CostItem(Base):
    """A line of a project's cost-benefit analysis (分项成本)."""

    __tablename__ = "cost_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = _fk("project.id")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    unit_cost_fen: Mapped[int] = mapped_column(Fen, default=0)
    quantity: Mapped[Decimal] = mapped_column(default=Decimal(0))
    measure_unit: Mapped[str] = mapped_column(String(40), default="")
    amount_fen: Mapped[int] = mapped_column(Fen, default=0)
    standard_id: Mapped[int | None] = _fk("expenditure_standard.id", ondelete="SET NULL", nullable=True)
    standard_source: Mapped[str] = mapped_column(Text, default="")
    is_core_driver: Mapped[bool] = mapped_column(Boolean, default=False)
    basis: Mapped[str] = mapped_column(Text, default="", server_default="")  # 测算依据


class CostAnalysis(Base):
    """A project's cost-benefit analysis head (成本效益分析表): the core cost driver (核心成本因素, 聊城) and its
    quantity, e.g. 受助对象人数 1,200 人; the items are :class:`CostItem` rows."""

    __tablename__ = "cost_analysis"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), unique=True)
    core_driver: Mapped[str] = mapped_column(String(200), default="")
    driver_quantity: Mapped[Decimal | None] = mapped_column(nullable=True)
    driver_unit: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


# --------------------------------------------------------------------------------------------------------
# Department-wide performance (RULES §11, FORMATS §4) and public disclosure (RULES §8)
# --------------------------------------------------------------------------------------------------------
class DeptPerformance(Base):
    """A department's targets for a budget year and, once evaluated, its self-evaluation (部门整体支出绩效自评).
    ``filled_by``, ``phone`` and ``review_comment`` are internal: never published."""

    __tablename__ = "dept_performance"
    __table_args__ = (UniqueConstraint("year_id", "unit_id", name="uq_dept_performance_year_unit"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = _fk("budget_year.id", ondelete="RESTRICT", index=False)
    unit_id: Mapped[int] = _fk("unit.id", ondelete="RESTRICT")
    status: Mapped[str] = mapped_column(String(12), default="draft")  # ReviewStatus
    duties: Mapped[str] = mapped_column(Text, default="")  # 职能职责
    goal_expected: Mapped[str] = mapped_column(Text, default="")  # 年度总体目标: 预期目标
    goal_actual: Mapped[str] = mapped_column(Text, default="")  # 实际完成情况
    execution_points: Mapped[Decimal | None] = mapped_column(nullable=True)  # None: the setting in force
    execution_explanation: Mapped[str] = mapped_column(Text, default="")
    execution_rate: Mapped[Decimal | None] = mapped_column(nullable=True)
    total_computed: Mapped[Decimal | None] = mapped_column(nullable=True)
    total_final: Mapped[Decimal | None] = mapped_column(nullable=True)
    grade: Mapped[str] = mapped_column(String(4), default="")
    params: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    flags: Mapped[list[Any] | None] = mapped_column(nullable=True)
    scored_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    filled_by: Mapped[str] = mapped_column(String(60), default="")  # 填报人
    phone: Mapped[str] = mapped_column(String(40), default="")  # 联系电话
    review_comment: Mapped[str] = mapped_column(Text, default="")  # finance's comment

    tasks: Mapped[list[DeptTask]] = relationship(cascade="all, delete-orphan", order_by="DeptTask.sort_order")
    indicators: Mapped[list[DeptIndicator]] = relationship(cascade="all, delete-orphan",
                                                           order_by="DeptIndicator.sort_order")


class DeptTask(Base):
    """A main task of the year (年度主要任务): name, content, 预算数 and 执行数 (None until evaluated)."""

    __tablename__ = "dept_task"
    id: Mapped[int] = mapped_column(primary_key=True)
    performance_id: Mapped[int] = _fk("dept_performance.id")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text, default="")
    budget_fen: Mapped[int] = mapped_column(Fen, default=0)
    spent_fen: Mapped[int | None] = mapped_column(Fen, nullable=True)


class DeptIndicator(Base):
    """An annual indicator of a department (年度绩效指标) with its actual and score once evaluated."""

    __tablename__ = "dept_indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    performance_id: Mapped[int] = _fk("dept_performance.id")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    level1: Mapped[str] = mapped_column(String(40))
    level2: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    target_text: Mapped[str] = mapped_column(String(120), default="")  # as printed, e.g. ≥95%
    points: Mapped[Decimal | None] = mapped_column(nullable=True)  # 分值
    actual_text: Mapped[str] = mapped_column(String(120), default="")
    computed_score: Mapped[Decimal | None] = mapped_column(nullable=True)
    override_score: Mapped[Decimal | None] = mapped_column(nullable=True)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    deviation_analysis: Mapped[str] = mapped_column(Text, default="")  # 偏差原因分析及改进措施
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)


class Disclosure(Base):
    """One publication of public versions (kind ``budget``: targets; ``accounts``: self-evaluation results)."""

    __tablename__ = "disclosure"
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = _fk("budget_year.id", ondelete="RESTRICT", index=False)
    unit_id: Mapped[int] = _fk("unit.id", ondelete="RESTRICT")
    kind: Mapped[str] = mapped_column(String(12))
    folder: Mapped[str] = mapped_column(Text, default="")
    files: Mapped[list[Any] | None] = mapped_column(nullable=True)
    published_at: Mapped[dt.datetime] = mapped_column(DateTime)
    published_by: Mapped[str] = mapped_column(String(60), default="")


# --------------------------------------------------------------------------------------------------------
# Settings, users and audit
# --------------------------------------------------------------------------------------------------------
class Setting(Versioned, Base):
    """A rule parameter a county changed: key ``group.field``, JSON value. Absent keys use the default."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(60), default="")


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(12), default="finance")  # UserRole
    unit_id: Mapped[int | None] = _fk("unit.id", ondelete="SET NULL", nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # accounts (issue 20): argon2id hash, first-login change, expiry, lockout after repeated failures
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    must_change: Mapped[bool] = mapped_column(Boolean, default=False)
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class DocumentNumber(Base):
    """A 发文字号 given to a printed letter: ``{prefix}〔{year}〕{seq}号``, never given twice; printing the same
    letter (title, recipient, date) again prints the same number."""

    __tablename__ = "document_number"
    __table_args__ = (UniqueConstraint("prefix", "year", "seq", name="uq_document_number_seq"),
                      UniqueConstraint("title", "recipient", "issued", name="uq_document_number_letter"))
    id: Mapped[int] = mapped_column(primary_key=True)
    prefix: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    recipient: Mapped[str] = mapped_column(String(200))
    issued: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AuditLog(Base):
    """Who changed what and when; written by services, never edited. Append-only: ``seq`` counts from 1 without
    gaps and ``hash`` covers the row's content and ``prev_hash`` (the hash of the row before), so an edited,
    deleted or inserted row breaks the chain (:mod:`perfdesk.core.services.audit`)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(60), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    details: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True, index=True)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")



class ExchangePackage(Base):
    """A data package this database sent or received (issue 19): which, when, by whom, with what counts."""

    __tablename__ = "exchange_package"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(40), index=True)
    direction: Mapped[str] = mapped_column(String(8))  # sent, received
    kind: Mapped[str] = mapped_column(String(8))  # up (a unit's work), down (the county's answers and rules)
    unit_code: Mapped[str] = mapped_column(String(64), index=True)
    year: Mapped[int] = mapped_column(Integer)
    sender: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(60))
    file_name: Mapped[str] = mapped_column(Text)
    counts: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    summary: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)


class ExchangeBase(Base):
    """A record's digest as last exchanged with ``peer`` (a unit code): the base of the three-way merge."""

    __tablename__ = "exchange_base"
    peer: Mapped[str] = mapped_column(String(64), primary_key=True)
    record: Mapped[str] = mapped_column(Text, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))

Index("ix_project_unit_year", Project.year_id, Project.unit_id)

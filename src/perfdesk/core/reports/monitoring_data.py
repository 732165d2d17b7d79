"""Plain data of the monitoring outputs (FORMATS §2, RULES §3). Adapters in services build these."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from perfdesk.core.domain.money import Money
from perfdesk.core.reports.data import ProjectInfo, Signature

DEVIATION_HEADS = (("funding", "经费保障"), ("system", "制度保障"), ("staff", "人员保障"),
                   ("hardware", "硬件条件保障"), ("other", "其他"))
LIKELIHOOD_CODES = ("certain", "possible", "impossible")
_DEVIATION_ORDER = {code: k for k, (code, _) in enumerate(DEVIATION_HEADS)}


def deviation_codes(stored: str) -> tuple[str, ...]:
    """The deviation reasons ticked on a line, from the stored ``funding,staff`` (several may be ticked)."""
    return tuple(code for code in stored.split(",") if code) if stored else ()


def join_deviations(codes: Iterable[str]) -> str:
    """Ticked deviation codes as stored: each once, in the order of the table's sub-columns."""
    unique = dict.fromkeys(c.strip() for c in codes if c.strip())
    return ",".join(sorted(unique, key=lambda c: _DEVIATION_ORDER.get(c, len(_DEVIATION_ORDER))))


# -- 项目支出绩效目标执行监控表 ----------------------------------------------------------------------------
@dataclass(frozen=True)
class MonitoringFundRow:
    """A row of 项目资金（万元）: 年初预算数 / 1—N月执行数 / 1—N月执行率 / 全年预计执行数 (None prints blank)."""

    label: str  # 年度资金总额, 其中：财政拨款, 其他资金
    initial: Money | None
    spent: Money | None
    rate: Decimal | None  # fraction: 0.4567 → 45.67%
    expected: Money | None


@dataclass(frozen=True)
class MonitoringLine:
    """One indicator of the monitoring table; ``deviation`` and ``likelihood`` are the stored codes (ticked)."""

    level1: str
    level2: str
    level3: str
    target: str  # 年度指标值 as printed (≥95%)
    progress: str = ""  # 1—N月执行情况
    expected: str = ""  # 全年预计完成情况
    deviation: str = ""  # DeviationCategory codes ticked, joined by commas (:func:`deviation_codes`)
    reason: str = ""  # explanation of the deviation and the measure
    likelihood: str = ""  # Likelihood code
    remark: str = ""


@dataclass(frozen=True)
class MonitoringTable:
    project: ProjectInfo
    period: str  # 1—7月
    funds: tuple[MonitoringFundRow, ...]
    goal_set: str  # 年初设定目标
    goal_progress: str = ""  # 1—N月实际完成情况
    goal_expected: str = ""  # 全年预计完成情况
    lines: tuple[MonitoringLine, ...] = ()
    impossible_wording: str = "完全不可能"  # some cities print 不可能
    signature: Signature | None = None


# -- 监控情况报告 and 提醒函 ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProgressLine:
    """A unit or project line of the summary: money, progress in percent (two places) and warning level."""

    name: str
    budget: Money
    spent: Money
    execution_percent: Decimal | None
    lag_points: Decimal | None
    level: str  # none / yellow / red
    projects: int = 1
    red: int = 0
    yellow: int = 0
    unit: str = ""  # for project lines: the unit's name
    note: str = ""  # for project lines: why it is under key monitoring, measures


@dataclass(frozen=True)
class MonitoringSummary:
    """The figures of a monitoring round for the leadership report (GB/T 9704)."""

    county: str  # 某某县 (may be empty)
    issuer: str  # 某某县财政局
    issued: date
    year: int
    as_of: date
    period: str
    time_percent: Decimal
    time_basis_text: str  # 按日历天数计算 / 按月份计算
    red_points: Decimal
    yellow_points: Decimal
    total: ProgressLine
    counts: dict[str, int]
    units: tuple[ProgressLine, ...]
    red_projects: tuple[ProgressLine, ...]
    key_projects: tuple[ProgressLine, ...]
    over_budget: tuple[ProgressLine, ...] = ()
    no_budget: tuple[ProgressLine, ...] = ()
    key_points: Decimal = Decimal(40)  # the key-monitoring threshold in force (菏泽: 40), apart from the colours
    schedule_text: str = ""  # warnings by an execution schedule: its standard in words (else the lag points)


@dataclass(frozen=True)
class ReminderLetter:
    """提醒函 to one unit listing its red-warning projects."""

    unit: str
    issuer: str
    issued: date
    year: int
    as_of: date
    time_percent: Decimal
    red_points: Decimal
    projects: tuple[ProgressLine, ...] = field(default_factory=tuple)
    reply_days: int = 10
    number: str = ""  # 发文字号, "" while the bureau has set no prefix
    due_text: str = ""  # warnings by an execution schedule: "4月末应达到的25%" (else the lag points)

"""Plain data the report engine prints. The engine never reads the database: adapters build these.

All values are ready to print except money (``Money``, printed in 万元 with two decimals), scores (``Decimal``,
printed as given: round them with the county's rounding setting before), dates (``datetime.date``, printed as
2024年6月30日) and target values (:class:`TargetValue`, printed with sign and unit).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from perfdesk.core.domain.enums import Comparison, ProjectAttribute
from perfdesk.core.domain.money import Money


@dataclass(frozen=True)
class ProjectInfo:
    """The header of every per-project table."""

    code: str  # 项目编码, used for file names in batch output
    name: str  # 项目名称
    year: int  # 预算年度, printed as （2024年度）
    department: str  # 主管部门
    unit: str  # 实施单位
    department_code: str = ""  # printed after the department in 主管部门及代码


@dataclass(frozen=True)
class TargetValue:
    """An indicator value as printed: ``≥95%``, ``≤120万元``, ``=12个``, ``2024年12月31日前``, ``优``."""

    comparison: Comparison
    value: str
    unit: str = ""

    def text(self) -> str:
        if self.comparison is Comparison.QUALITATIVE:
            return f"{self.value}{self.unit}"
        return f"{self.comparison.symbol}{self.value}{self.unit}"


@dataclass(frozen=True)
class Signature:
    """The footer 填报单位（盖章） / 填报人 / 联系电话 / 填报日期; empty fields print as blanks to fill by hand."""

    unit: str = ""
    person: str = ""
    phone: str = ""
    date: date | None = None


# -- 项目支出绩效目标申报表 (FORMATS §1) -----------------------------------------------------------------
@dataclass(frozen=True)
class FundSplit:
    """A 资金总额 with its split 其中：财政拨款 / 其他资金; ``None`` (not declared) prints blank."""

    total: Money | None
    fiscal: Money | None
    other: Money | None


@dataclass(frozen=True)
class TargetIndicator:
    level1: str  # 一级指标, e.g. 产出指标
    level2: str  # 二级指标, e.g. 数量指标
    level3: str  # 三级指标, the concrete indicator
    target: TargetValue


@dataclass(frozen=True)
class TargetDeclaration:
    project: ProjectInfo
    attribute: ProjectAttribute  # 项目属性: 新增 / 延续
    period: str  # 项目期, as printed: "3年", "2024年—2026年"
    medium_start: int  # 中期目标（start年—end年）
    medium_end: int
    medium_funds: FundSplit
    annual_funds: FundSplit
    medium_goals: tuple[str, ...]  # printed 目标1：… 目标2：…
    annual_goals: tuple[str, ...]
    medium_indicators: tuple[TargetIndicator, ...]
    annual_indicators: tuple[TargetIndicator, ...]
    signature: Signature = field(default_factory=Signature)


# -- 项目支出绩效自评表 (FORMATS §3) -----------------------------------------------------------------------
@dataclass(frozen=True)
class FundRow:
    """One row of 项目资金（万元） in the self-evaluation table."""

    initial: Money | None  # 年初预算数 (None: not printed on the imported table, blank)
    full_year: Money | None  # 全年预算数
    executed: Money | None  # 全年执行数
    rate: Decimal | None = None  # 执行率 as a fraction (0.956 → 95.60%); None prints blank


@dataclass(frozen=True)
class SelfEvalFunds:
    total: FundRow  # 年度资金总额
    fiscal_current: FundRow  # 其中：当年财政拨款
    fiscal_carryover: FundRow  # 上年结转资金
    other: FundRow  # 其他资金
    points: Decimal = Decimal(10)  # 分值 of the execution line
    score: Decimal | None = None  # 得分 of the execution line


@dataclass(frozen=True)
class SelfEvalLine:
    """One third-level indicator of the self-evaluation."""

    level1: str
    level2: str
    level3: str
    target: TargetValue  # 年度指标值
    actual: str  # 实际完成值, as printed
    points: Decimal | None  # 分值 (None: the imported table printed none, blank)
    score: Decimal | None  # 得分 printed (the override when there is one)
    deviation: str = ""  # 偏差原因分析及改进措施
    explanation: str = ""  # how the score was computed (formula with numbers), for the notes
    override_reason: str = ""  # non-empty: the score was set by hand, for this reason
    computed_score: Decimal | None = None  # the rule's score beside a manual override
    not_applicable: bool = False  # 不适用: printed as such, not scored, not in the total
    explained: bool = False  # the score rests on reading words or an inferred direction: the note always prints

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


@dataclass(frozen=True)
class SelfEvaluation:
    project: ProjectInfo
    funds: SelfEvalFunds
    goal_expected: str  # 年度总体目标：预期目标
    goal_actual: str  # 实际完成情况
    lines: tuple[SelfEvalLine, ...]
    total_score: Decimal | None  # None: not scored yet, printed blank
    total_points: Decimal | None = Decimal(100)  # None: the table printed no points, blank
    grade: str = ""  # 评价等级 优/良/中/差; empty omits the row
    notes: tuple[str, ...] = ()  # how the table was scored where it differs from the plain rule, always printed
    signature: Signature | None = None


# -- 绩效评价报告 (FORMATS §6) --------------------------------------------------------------------------
@dataclass(frozen=True)
class ScoreSheetLine:
    """A line of the key-evaluation score sheet (FORMATS §5)."""

    level1: str  # 决策 / 过程 / 产出 / 效益
    level2: str
    level3: str
    points: Decimal
    score: Decimal
    reason: str = ""  # 扣分原因
    explanation: str = ""  # 指标解释
    criteria: str = ""  # 评分标准


@dataclass(frozen=True)
class SurveyLine:
    """One question of a satisfaction questionnaire: answers, satisfied, blank."""

    question: str
    answered: int
    satisfied: int
    blank: int


@dataclass(frozen=True)
class EvaluationReport:
    """A 绩效评价报告. Text fields are paragraphs separated by blank lines; empty ones get a stock sentence."""

    project: ProjectInfo
    is_policy: bool  # XX政策绩效评价报告 instead of XX项目绩效评价报告
    issuer: str  # 评价机构 or finance bureau, printed in the signature block and on the cover
    issued: date
    funds: FundRow  # money in and spent (年初预算数 / 全年预算数 / 执行数)
    total_score: Decimal | None  # None: not scored yet
    grade: str
    background: str = ""  # 项目概况
    overall_goal: str = ""  # 总体目标
    phase_goals: tuple[str, ...] = ()  # 阶段性目标
    purpose_scope: str = ""  # 评价目的、对象和范围
    principles_methods: str = ""  # 评价原则、指标体系、方法和标准
    process: str = ""  # 评价工作过程
    analysis: tuple[tuple[str, str], ...] = ()  # (first level 决策/过程/产出/效益, analysis text)
    experience_problems: str = ""  # 主要经验及做法、存在的问题及原因分析
    problems: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    other_matters: str = ""  # 其他需要说明的问题
    score_sheet: tuple[ScoreSheetLine, ...] = ()
    self_evaluation: SelfEvaluation | None = None  # attached when present
    attachments: tuple[str, ...] = ()  # extra attachment titles (e.g. 满意度调查问卷汇总)
    title: str = ""  # the whole title when not XX项目/政策绩效评价报告 (a special fund, a department)
    survey: tuple[SurveyLine, ...] = ()  # 满意度调查问卷汇总, attached when present
    survey_overall: Decimal | None = None  # overall satisfaction rate, fraction

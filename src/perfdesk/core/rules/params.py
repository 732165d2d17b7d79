"""Every rule parameter of RULES.md, declared once with its official (or stated PerfDesk) default.

Each group is a frozen dataclass; a county's own values live in the database ``setting`` table under the key
``"<group>.<field>"`` and are loaded by :mod:`perfdesk.core.services.settings`. Each field's metadata carries a
translatable label, the rule's source and optional choices, so the settings page is generated, not hand-written.
Results store ``snapshot()`` of the groups they used, so a printed result can always be explained later.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from perfdesk.core.domain.enums import EvaluationCategory, FundOrigin, LabelledEnum
from perfdesk.core.domain.score import RoundingMode
from perfdesk.core.i18n import QT_TRANSLATE_NOOP

P = TypeVar("P")
Options = type[LabelledEnum] | tuple[LabelledEnum, ...] | tuple[tuple[str, str], ...]


def param(default: Any, label: str, source: str, *, choices: tuple[tuple[str, str], ...] | None = None,
          unit: str = "", note: str = "", entries: Callable[[], list[tuple[str, str, str]]] | None = None,
          options: Options | None = None, presets: tuple[tuple[str, str], ...] | None = None,
          columns: tuple[str, ...] | None = None) -> Any:
    """Declare a parameter: default, translatable label, where the rule comes from, allowed choices.

    A dict parameter with ``entries`` is a dict of choices: ``entries()`` gives its keys as ``(key, translated
    label, default choice)``; each key takes one of ``choices``; only keys that differ from their default are
    stored (the settings page shows one control per key). A tuple of codes names its ``options`` (an enum, some
    of its members, or ``(code, label)`` pairs): the settings page shows a check list of their labels. A text
    with ``presets`` (``(value, label with an example)``) is chosen from them; any other value is advanced. A
    tuple of rows of numbers names its ``columns``: the settings page shows a small table."""
    meta = {"label": label, "source": source, "choices": choices, "unit": unit, "note": note, "entries": entries,
            "options": options, "presets": presets, "columns": columns}
    if isinstance(default, (dict, list, tuple)):
        return field(default_factory=lambda: default, metadata=meta)
    return field(default=default, metadata=meta)


SRC_2020 = QT_TRANSLATE_NOOP("Params", "MOF 2020 measures (财预〔2020〕10号)")
SRC_MONITORING = QT_TRANSLATE_NOOP("Params", "Monitoring measures (财预〔2019〕136号)")
SRC_PERFDESK = QT_TRANSLATE_NOOP("Params", "PerfDesk default, not a published rule")
SRC_GUANXIAN = QT_TRANSLATE_NOOP("Params", "冠县 last-place elimination (seed 000)")
SRC_HEZE = QT_TRANSLATE_NOOP("Params", "菏泽 practice (seed 002)")
SRC_SCHEDULE = QT_TRANSLATE_NOOP("Params", "Published in one province for 2025 (a preset, not a national rule)")


CODE_PRESETS = (("", QT_TRANSLATE_NOOP("Params", "Any form")),
                (r"\d+", QT_TRANSLATE_NOOP("Params", "Digits only, e.g. 101001")),
                (r"\d{18}", QT_TRANSLATE_NOOP("Params", "18 digits, e.g. 371525000000101001")),
                (r"[A-Za-z]+\d+", QT_TRANSLATE_NOOP("Params", "Letters then digits, e.g. GX101")),
                (r"\d{3}(\d{3})*", QT_TRANSLATE_NOOP("Params", "Groups of three digits per level, e.g. 101001")))


@dataclass(frozen=True)
class GeneralParams:
    GROUP: ClassVar[str] = "general"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "General")
    county_name: str = param("", QT_TRANSLATE_NOOP("Params", "County (issuing authority) name"), SRC_PERFDESK)
    division_code: str = param("", QT_TRANSLATE_NOOP("Params", "Fiscal division code (财政区划 MOF_DIV_CODE)"), SRC_PERFDESK)
    code_pattern: str = param("", QT_TRANSLATE_NOOP("Params", "Form of unit codes"), QT_TRANSLATE_NOOP("Params", "RULES §1: codes are opaque; a county may configure a pattern"), presets=CODE_PRESETS)
    money_places: int = param(2, QT_TRANSLATE_NOOP("Params", "Decimals for amounts in 万元"), QT_TRANSLATE_NOOP("Params", "Official tables"))
    issuing_authority: str = param("", QT_TRANSLATE_NOOP("Params", "Issuing authority of letters and notices (发文机关)"), SRC_PERFDESK,
                                   note=QT_TRANSLATE_NOOP("Params", "Empty: the county's finance bureau (XX县财政局)"))
    document_number_prefix: str = param("", QT_TRANSLATE_NOOP("Params", "Document number prefix (文号, e.g. 冠财绩)"), SRC_PERFDESK)


SEVERITY_CHOICES = (("error", QT_TRANSLATE_NOOP("Params", "Error")), ("warning", QT_TRANSLATE_NOOP("Params", "Warning")),
                    ("info", QT_TRANSLATE_NOOP("Params", "Note")), ("off", QT_TRANSLATE_NOOP("Params", "Off")))


def _target_check_entries() -> list[tuple[str, str, str]]:
    from perfdesk.core.i18n import translate
    from perfdesk.core.rules.target_checks import CHECKS

    return [(spec.id, translate("TargetChecks", spec.label), spec.severity) for spec in CHECKS.values()]


@dataclass(frozen=True)
class TargetParams:
    GROUP: ClassVar[str] = "targets"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "Performance targets")
    require_cost_level: bool = param(True, QT_TRANSLATE_NOOP("Params", "Require the cost first level (成本指标)"), QT_TRANSLATE_NOOP("Params", "齐河 target guideline (seed 002)"))
    weight_total: Decimal = param(Decimal(100), QT_TRANSLATE_NOOP("Params", "Indicator weights must sum to"), SRC_2020)
    weights_leave_execution_points: bool = param(True, QT_TRANSLATE_NOOP("Params", "Indicator weights leave room for the budget execution points"), SRC_2020,
                                                 note=QT_TRANSLATE_NOOP("Params", "On: indicators carry 100 minus the execution points (90 by default)"))
    overrun_warning_percent: Decimal = param(Decimal(0), QT_TRANSLATE_NOOP("Params", "Warn when a target is below last year's actual by more than (%)"), QT_TRANSLATE_NOOP("Params", "齐河: values set strictly and high (seed 002)"))
    checks: dict = param({}, QT_TRANSLATE_NOOP("Params", "Quality checks: severity or off, per check"), SRC_PERFDESK,
                         choices=SEVERITY_CHOICES, entries=_target_check_entries,
                         note=QT_TRANSLATE_NOOP("Params", "Each check shows as an error, a warning or a note, or is off"))
    max_import_mb: int = param(20, QT_TRANSLATE_NOOP("Params", "Largest target workbook accepted for import (MB)"), SRC_PERFDESK)


@dataclass(frozen=True)
class MonitoringParams:
    GROUP: ClassVar[str] = "monitoring"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "In-year monitoring")
    time_basis: str = param("calendar_day", QT_TRANSLATE_NOOP("Params", "Time progress basis"), QT_TRANSLATE_NOOP("Params", "RULES §3: exact calendar-day share by default; months ÷ 12 in much practice"),
                            choices=(("calendar_day", QT_TRANSLATE_NOOP("Params", "Calendar days elapsed / days in year")),
                                     ("month", QT_TRANSLATE_NOOP("Params", "Months elapsed / 12"))))
    red_lag_points: Decimal = param(Decimal(40), QT_TRANSLATE_NOOP("Params", "Red warning when execution lags time progress by at least (points)"), SRC_PERFDESK, unit="pt",
                                    note=QT_TRANSLATE_NOOP("Params", "A colour only: the key-monitoring list follows its own threshold (菏泽: 40 points)"))
    yellow_lag_points: Decimal = param(Decimal(20), QT_TRANSLATE_NOOP("Params", "Yellow warning when execution lags time progress by at least (points)"), SRC_PERFDESK, unit="pt")
    key_monitoring_lag_points: Decimal = param(Decimal(40), QT_TRANSLATE_NOOP("Params", "Key monitoring when the lag is at least (points)"), SRC_HEZE, unit="pt")
    likelihood_wording: str = param("完全不可能", QT_TRANSLATE_NOOP("Params", "Wording of the 'impossible' likelihood"), SRC_MONITORING,
                                    choices=(("完全不可能", "完全不可能"), ("不可能", "不可能")))
    reason_required_unless_certain: bool = param(True, QT_TRANSLATE_NOOP("Params", "Require a reason and measure unless the target is certain to be met"), SRC_MONITORING)
    warning_basis: str = param("lag", QT_TRANSLATE_NOOP("Params", "Warnings by"), SRC_PERFDESK,
                               choices=(("lag", QT_TRANSLATE_NOOP("Params", "Lag behind time progress (red and yellow points above)")),
                                        ("schedule", QT_TRANSLATE_NOOP("Params", "Execution schedule by date (red below the share due)"))))
    schedule: tuple = param(((Decimal(4), Decimal(25)), (Decimal(6), Decimal(40)), (Decimal(8), Decimal(60)), (Decimal(10), Decimal(80))),
                            QT_TRANSLATE_NOOP("Params", "Execution schedule: at the end of month → execution at least (%)"), SRC_SCHEDULE,
                            columns=(QT_TRANSLATE_NOOP("Params", "Month end"), QT_TRANSLATE_NOOP("Params", "Execution at least (%)")))


@dataclass(frozen=True)
class ScoringParams:
    GROUP: ClassVar[str] = "scoring"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "Self-evaluation scoring")
    execution_points: Decimal = param(Decimal(10), QT_TRANSLATE_NOOP("Params", "Points for budget execution"), SRC_2020)
    output_points: Decimal = param(Decimal(50), QT_TRANSLATE_NOOP("Params", "Points for output indicators"), SRC_2020)
    effect_points: Decimal = param(Decimal(30), QT_TRANSLATE_NOOP("Params", "Points for effect indicators"), SRC_2020)
    satisfaction_points: Decimal = param(Decimal(10), QT_TRANSLATE_NOOP("Params", "Points for satisfaction indicators"), SRC_2020)
    cost_points_from: str = param("output", QT_TRANSLATE_NOOP("Params", "Cost indicators take their points from"), SRC_2020,
                                  choices=(("output", QT_TRANSLATE_NOOP("Params", "Output (产出) points")),
                                           ("effect", QT_TRANSLATE_NOOP("Params", "Effect (效益) points")),
                                           ("own", QT_TRANSLATE_NOOP("Params", "Their own first-level points"))))
    execution_denominator: str = param("full_year", QT_TRANSLATE_NOOP("Params", "Execution rate denominator"), SRC_2020,
                                       choices=(("full_year", QT_TRANSLATE_NOOP("Params", "Full-year budget (全年预算数)")),
                                                ("initial", QT_TRANSLATE_NOOP("Params", "Initial budget (年初预算数)")),
                                                ("adjusted", QT_TRANSLATE_NOOP("Params", "Adjusted budget (调整后预算数)"))))
    explanation_below_rate: Decimal = param(Decimal(90), QT_TRANSLATE_NOOP("Params", "Require an explanation when the execution rate is below (%)"), QT_TRANSLATE_NOOP("Params", "Sichuan practice"), unit="%")
    overrun_flag_percent: Decimal = param(Decimal(30), QT_TRANSLATE_NOOP("Params", "Flag an actual above target by at least (%)"), SRC_2020, unit="%")
    overrun_deduction: bool = param(False, QT_TRANSLATE_NOOP("Params", "Deduct points for an over-run"), SRC_2020)
    overrun_deduction_points: Decimal = param(Decimal(2), QT_TRANSLATE_NOOP("Params", "Points deducted for an over-run"), QT_TRANSLATE_NOOP("Params", "One province's rule"))
    qualitative_upper: Decimal = param(Decimal(80), QT_TRANSLATE_NOOP("Params", "Qualitative band edge: achieved (% of points, lower bound)"), SRC_2020, unit="%")
    qualitative_lower: Decimal = param(Decimal(60), QT_TRANSLATE_NOOP("Params", "Qualitative band edge: partly achieved (% of points, lower bound)"), SRC_2020, unit="%",
                                       note=QT_TRANSLATE_NOOP("Params", "80/50 is also published"))
    unsigned_direction: str = param("infer", QT_TRANSLATE_NOOP("Params", "Cost, incidence and time-limit lines typed without a comparison sign"), QT_TRANSLATE_NOOP("Params", "RULES §4: lower-is-better when no sign is printed"),
                                    choices=(("infer", QT_TRANSLATE_NOOP("Params", "Read them as lower-is-better (≤) and say so")),
                                             ("judgement", QT_TRANSLATE_NOOP("Params", "Leave the direction to a person (flagged; the lower of the two readings is scored)"))))
    rescale_not_applicable: bool = param(False, QT_TRANSLATE_NOOP("Params", "Rescale to 100 when indicators are not applicable"), SRC_2020)
    caps_enabled: bool = param(False, QT_TRANSLATE_NOOP("Params", "Cap the total by execution rate"), QT_TRANSLATE_NOOP("Params", "One province's rule"))
    caps: tuple = param(((Decimal(80), Decimal(89)), (Decimal(70), Decimal(79)), (Decimal(60), Decimal(69)), (Decimal(50), Decimal(59))),
                        QT_TRANSLATE_NOOP("Params", "Caps: execution rate below (%) → total at most"), QT_TRANSLATE_NOOP("Params", "One province's rule"),
                        columns=(QT_TRANSLATE_NOOP("Params", "Execution rate below (%)"), QT_TRANSLATE_NOOP("Params", "Total at most")))
    grade_excellent: Decimal = param(Decimal(90), QT_TRANSLATE_NOOP("Params", "Grade 优 from"), SRC_2020)
    grade_good: Decimal = param(Decimal(80), QT_TRANSLATE_NOOP("Params", "Grade 良 from"), SRC_2020)
    grade_fair: Decimal = param(Decimal(60), QT_TRANSLATE_NOOP("Params", "Grade 中 from"), SRC_2020)
    rounding: str = param(RoundingMode.TWO_PLACES.value, QT_TRANSLATE_NOOP("Params", "Rounding of each line"), SRC_PERFDESK,
                          choices=((RoundingMode.TWO_PLACES.value, QT_TRANSLATE_NOOP("Params", "Two decimals, half up")),
                                   (RoundingMode.INTEGER.value, QT_TRANSLATE_NOOP("Params", "Whole numbers, half up")),
                                   (RoundingMode.AS_ENTERED.value, QT_TRANSLATE_NOOP("Params", "As entered"))))
    imported_scores: str = param("keep_printed", QT_TRANSLATE_NOOP("Params", "Scores of imported tables"), QT_TRANSLATE_NOOP("Params", "RULES §4: a kept printed score is an override with a reason"),
                                 choices=(("keep_printed", QT_TRANSLATE_NOOP("Params", "Keep each printed line score (an override with a reason); the total is their sum")),
                                          ("computed", QT_TRANSLATE_NOOP("Params", "Use the computed scores; printed scores are shown beside them"))))


@dataclass(frozen=True)
class SpotCheckParams:
    GROUP: ClassVar[str] = "spotcheck"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "Spot-check review")
    sample_percent: Decimal = param(Decimal(20), QT_TRANSLATE_NOOP("Params", "Sample share per unit (%)"), QT_TRANSLATE_NOOP("Params", "冠县, 菏泽 (seeds 000, 002)"), unit="%")
    minimum_per_unit: int = param(1, QT_TRANSLATE_NOOP("Params", "At least this many per unit"), SRC_PERFDESK)
    excellent_below_execution: Decimal = param(Decimal(80), QT_TRANSLATE_NOOP("Params", "Always include 优 projects with execution below (%)"), SRC_PERFDESK, unit="%")
    overcompletion_no_loss_percent: Decimal = param(Decimal(130), QT_TRANSLATE_NOOP("Params", "Over-completion above (%) of the target loses no points in review"), QT_TRANSLATE_NOOP("Params", "Review practice (RULES §5)"), unit="%")


@dataclass(frozen=True)
class KeyEvaluationParams:
    GROUP: ClassVar[str] = "keyeval"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "Key evaluation")
    min_output_effect_percent: Decimal = param(Decimal(60), QT_TRANSLATE_NOOP("Params", "Output plus effect must carry at least (% of points)"), SRC_2020, unit="%")
    satisfied_from: str = param("satisfied", QT_TRANSLATE_NOOP("Params", "Questionnaire answers counted as satisfied"), SRC_PERFDESK,
                                choices=(("satisfied", QT_TRANSLATE_NOOP("Params", "满意 and 非常满意")),
                                         ("basically", QT_TRANSLATE_NOOP("Params", "基本满意, 满意 and 非常满意"))))
    overall_satisfaction: str = param("mean", QT_TRANSLATE_NOOP("Params", "Overall satisfaction rate of a questionnaire"), SRC_PERFDESK,
                                      choices=(("mean", QT_TRANSLATE_NOOP("Params", "Mean of the questions' rates")),
                                               ("pooled", QT_TRANSLATE_NOOP("Params", "Satisfied answers / all answers"))))
    satisfaction_target_percent: Decimal = param(Decimal(90), QT_TRANSLATE_NOOP("Params", "Satisfaction rate that earns full points in a new evaluation (%)"), SRC_PERFDESK, unit="%",
                                                 note=QT_TRANSLATE_NOOP("Params", "Below it the line earns points × rate / this rate; each evaluation line may set its own"))


@dataclass(frozen=True)
class RankingParams:
    GROUP: ClassVar[str] = "ranking"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "Ranking and last-place elimination")
    rule_set: str = param("last_place", QT_TRANSLATE_NOOP("Params", "Rule set"), SRC_GUANXIAN,
                          choices=(("last_place", QT_TRANSLATE_NOOP("Params", "Last-place elimination (冠县)")),
                                   ("grade", QT_TRANSLATE_NOOP("Params", "By grade (达州)"))))
    categories: tuple = param(("key_single", "key_comprehensive", "self_own_level", "self_county_transfer"),
                              QT_TRANSLATE_NOOP("Params", "Ranking categories"), SRC_GUANXIAN,
                              options=(EvaluationCategory.KEY_SINGLE, EvaluationCategory.KEY_COMPREHENSIVE,
                                       EvaluationCategory.SELF_OWN_LEVEL, EvaluationCategory.SELF_COUNTY_TRANSFER))
    excluded_origins: tuple = param(("central_transfer", "provincial_transfer", "municipal_transfer", "non_fiscal"),
                                    QT_TRANSLATE_NOOP("Params", "Fund origins excluded from elimination"), SRC_GUANXIAN,
                                    options=FundOrigin)
    bottom_percent: Decimal = param(Decimal(20), QT_TRANSLATE_NOOP("Params", "Bottom share whose budget is cut (%)"), SRC_GUANXIAN, unit="%")
    bottom_count_rounding: str = param("ceil", QT_TRANSLATE_NOOP("Params", "Rounding of the bottom count"), SRC_PERFDESK,
                                       choices=(("ceil", QT_TRANSLATE_NOOP("Params", "Round up")), ("round", QT_TRANSLATE_NOOP("Params", "Round half up")),
                                                ("floor", QT_TRANSLATE_NOOP("Params", "Round down"))))
    min_cut_percent: Decimal = param(Decimal(10), QT_TRANSLATE_NOOP("Params", "Minimum cut of this year's budget (%)"), SRC_GUANXIAN, unit="%")
    cancel_last: bool = param(True, QT_TRANSLATE_NOOP("Params", "Cancel the last project of each category"), SRC_GUANXIAN)
    min_category_size_for_cancel: int = param(
        5, QT_TRANSLATE_NOOP("Params", "Smallest list whose last place is cancelled automatically"), SRC_PERFDESK,
        note=QT_TRANSLATE_NOOP("Params", "PerfDesk default 5, not a published rule: below 5 projects the bottom 20% is "
                               "less than one whole project, so a list that small cannot tell a weak project from "
                               "the last of a few good ones; its last place is reported for finance to decide"))
    ties_share_treatment: bool = param(True, QT_TRANSLATE_NOOP("Params", "Projects tied at the cut line share its treatment"), SRC_PERFDESK)
    rank_within_department: bool = param(True, QT_TRANSLATE_NOOP("Params", "Rank each supervising department's projects separately"), SRC_GUANXIAN,
                                         note=QT_TRANSLATE_NOOP("Params", "冠县: each department ranks its own projects by self-evaluation score"))
    separate_policies: bool = param(True, QT_TRANSLATE_NOOP("Params", "Rank policies apart from projects"), SRC_GUANXIAN,
                                    note=QT_TRANSLATE_NOOP("Params", "冠县: 对政策和项目由高到低分别进行排序"))
    separate_transfers: bool = param(False, QT_TRANSLATE_NOOP("Params", "Rank county transfers to lower levels apart from own-level projects"), SRC_PERFDESK,
                                     note=QT_TRANSLATE_NOOP("Params", "Off: a department's own-level projects and the county transfers it supervises are one list, as in 冠县"))
    rank_submitted: bool = param(True, QT_TRANSLATE_NOOP("Params", "Rank self-evaluations submitted but not yet reviewed"), SRC_PERFDESK,
                                 note=QT_TRANSLATE_NOOP("Params", "Drafts and returned self-evaluations are never ranked: they are listed apart as not complete"))
    budget_basis: str = param("full_year", QT_TRANSLATE_NOOP("Params", "This year's budget that cuts are taken from"), SRC_GUANXIAN,
                              choices=(("full_year", QT_TRANSLATE_NOOP("Params", "Full-year budget (全年预算数)")),
                                       ("initial", QT_TRANSLATE_NOOP("Params", "Initial budget (年初预算数)"))))
    rectification_days: int = param(90, QT_TRANSLATE_NOOP("Params", "Days given to rectify a ledger item (its deadline unless one is set)"), SRC_PERFDESK, unit="d")
    closing_account_min_chars: int = param(
        20, QT_TRANSLATE_NOOP("Params", "Shortest written account that closes a ledger item without an evidence file (characters)"), SRC_PERFDESK,
        note=QT_TRANSLATE_NOOP("Params", "PerfDesk default 20: about one sentence saying what was done and which document shows it"))
    grade_fair_cut_percent: Decimal = param(Decimal(10), QT_TRANSLATE_NOOP("Params", "Grade rule: cut for 中 (%)"), QT_TRANSLATE_NOOP("Params", "达州 practice"), unit="%")
    grade_poor_decision: str = param("cancel", QT_TRANSLATE_NOOP("Params", "Grade rule: decision for 差"), QT_TRANSLATE_NOOP("Params", "达州 practice"),
                                     choices=(("cancel", QT_TRANSLATE_NOOP("Params", "Cancel")), ("probation", QT_TRANSLATE_NOOP("Params", "Suspend (probation)"))))


@dataclass(frozen=True)
class ExAnteParams:
    GROUP: ClassVar[str] = "exante"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "Ex-ante assessment")
    support_from: Decimal = param(Decimal(80), QT_TRANSLATE_NOOP("Params", "Support (予以支持) from score"), SRC_PERFDESK)
    adjust_from: Decimal = param(Decimal(60), QT_TRANSLATE_NOOP("Params", "Support after adjustment (调整后支持) from score"), SRC_PERFDESK,
                                 note=QT_TRANSLATE_NOOP("Params", "Below it: do not support (不予支持)"))
    share_excellent: Decimal = param(Decimal(100), QT_TRANSLATE_NOOP("Params", "An item graded 优 earns (% of its points)"), SRC_PERFDESK, unit="%")
    share_good: Decimal = param(Decimal(80), QT_TRANSLATE_NOOP("Params", "An item graded 良 earns (% of its points)"), SRC_PERFDESK, unit="%")
    share_fair: Decimal = param(Decimal(60), QT_TRANSLATE_NOOP("Params", "An item graded 中 earns (% of its points)"), SRC_PERFDESK, unit="%")
    share_poor: Decimal = param(Decimal(0), QT_TRANSLATE_NOOP("Params", "An item graded 差 earns (% of its points)"), SRC_PERFDESK, unit="%")
    no_assessment_no_budget: bool = param(False, QT_TRANSLATE_NOOP("Params", "No assessment, no budget: flag projects without a supporting assessment where budgets and targets are reviewed"),
                                          QT_TRANSLATE_NOOP("Params", "朝阳县 practice (RULES §9)"))
    required_for: str = param("new", QT_TRANSLATE_NOOP("Params", "Projects that need an assessment"), SRC_PERFDESK,
                              choices=(("new", QT_TRANSLATE_NOOP("Params", "New projects and policies (新增)")),
                                       ("all", QT_TRANSLATE_NOOP("Params", "Every project and policy"))))
    required_from_wan: Decimal = param(Decimal(0), QT_TRANSLATE_NOOP("Params", "Only projects with a budget of at least (万元)"), SRC_PERFDESK,
                                       note=QT_TRANSLATE_NOOP("Params", "0: every project of the kind chosen above"))

    @property
    def shares(self) -> tuple[Decimal, Decimal, Decimal, Decimal]:
        """The shares of 优, 良, 中, 差 in that order."""
        return (self.share_excellent, self.share_good, self.share_fair, self.share_poor)


SRC_LIAOCHENG = QT_TRANSLATE_NOOP("Params", "聊城 cost-benefit analysis checks (seed 002)")


@dataclass(frozen=True)
class CostParams:
    GROUP: ClassVar[str] = "cost"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "Cost-benefit analysis")
    budget_basis: str = param("initial", QT_TRANSLATE_NOOP("Params", "Budget the cost items must add up to"), SRC_LIAOCHENG,
                              choices=(("initial", QT_TRANSLATE_NOOP("Params", "Initial budget (年初预算数)")),
                                       ("full_year", QT_TRANSLATE_NOOP("Params", "Full-year budget (全年预算数)"))))
    sum_tolerance_yuan: Decimal = param(Decimal(0), QT_TRANSLATE_NOOP("Params", "Cost items may add up to less than the budget by at most (元)"), SRC_PERFDESK, unit="元",
                                        note=QT_TRANSLATE_NOOP("Params", "PerfDesk default 0: any shortfall is flagged as incomplete, as 聊城 checks"))
    product_tolerance_yuan: Decimal = param(Decimal(0), QT_TRANSLATE_NOOP("Params", "Unit cost × quantity may be below an item's amount by at most (元)"), SRC_PERFDESK, unit="元",
                                            note=QT_TRANSLATE_NOOP("Params", "PerfDesk default 0: any shortfall is flagged as inconsistent, as 聊城 checks"))
    standard_tolerance_percent: Decimal = param(Decimal(0), QT_TRANSLATE_NOOP("Params", "A unit cost may exceed its expenditure standard by at most (%)"), SRC_PERFDESK, unit="%",
                                                note=QT_TRANSLATE_NOOP("Params", "PerfDesk default 0: any unit cost above its standard is over standard"))


@dataclass(frozen=True)
class DeptWideParams:
    GROUP: ClassVar[str] = "deptwide"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "Department-wide performance")
    execution_points: Decimal = param(Decimal(10), QT_TRANSLATE_NOOP("Params", "Points for the department's budget execution (金额合计 of the main tasks)"),
                                      QT_TRANSLATE_NOOP("Params", "RULES §11: the same scoring rules as project self-evaluation"),
                                      note=QT_TRANSLATE_NOOP("Params", "0: the table prints no execution score and the indicators carry all 100 points"))


@dataclass(frozen=True)
class BackupParams:
    GROUP: ClassVar[str] = "backup"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "Backups")
    keep: int = param(20, QT_TRANSLATE_NOOP("Params", "Automatic backups to keep"), SRC_PERFDESK)
    remind_after_days: int = param(7, QT_TRANSLATE_NOOP("Params", "Remind to back up to a folder after (days)"), SRC_PERFDESK)


@dataclass(frozen=True)
class ReportParams:
    GROUP: ClassVar[str] = "reports"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "Printed reports")
    font_body: str = param("", QT_TRANSLATE_NOOP("Params", "Body font file (empty = system 仿宋 or bundled)"), SRC_PERFDESK)
    font_heading: str = param("", QT_TRANSLATE_NOOP("Params", "Heading font file (empty = system 黑体 or bundled)"), SRC_PERFDESK)
    monitoring_likelihood_impossible: str = param("完全不可能", QT_TRANSLATE_NOOP("Params", "Printed wording of 'impossible'"), SRC_MONITORING)


@dataclass(frozen=True)
class ExchangeParams:
    GROUP: ClassVar[str] = "exchange"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "Data packages")
    home_unit: str = param("", QT_TRANSLATE_NOOP("Params", "This database's own unit (code; empty = the whole county)"), SRC_PERFDESK,
                           note=QT_TRANSLATE_NOOP("Params", "Set when a township or department PC is set up from a county package"))
    targets_due: str = param("03-31", QT_TRANSLATE_NOOP("Params", "Targets reported by (month-day of the budget year)"), SRC_PERFDESK)
    monitoring_due: str = param("08-31", QT_TRANSLATE_NOOP("Params", "Monitoring reported by (month-day of the budget year)"), SRC_PERFDESK)
    selfeval_due: str = param("03-31", QT_TRANSLATE_NOOP("Params", "Self-evaluations reported by (month-day of the following year)"), SRC_PERFDESK)
    ledger_due: str = param("12-31", QT_TRANSLATE_NOOP("Params", "Rectification progress reported by (month-day of the following year)"), SRC_PERFDESK)


SRC_DENGBAO = QT_TRANSLATE_NOOP("Params", "GB/T 22239-2019 (等保 2.0) level 2")


@dataclass(frozen=True)
class AccountParams:
    """Accounts and the audit log (used only when the database has accounts, not in single-user mode)."""
    GROUP: ClassVar[str] = "accounts"
    GROUP_LABEL: ClassVar[str] = QT_TRANSLATE_NOOP("Params", "Accounts and audit")
    min_length: int = param(8, QT_TRANSLATE_NOOP("Params", "Minimum password length"), SRC_DENGBAO)
    min_classes: int = param(3, QT_TRANSLATE_NOOP("Params", "Kinds of characters a password needs (of capitals, small letters, digits, symbols)"), SRC_DENGBAO)
    expiry_days: int = param(90, QT_TRANSLATE_NOOP("Params", "Passwords expire after (days, 0 = never)"), SRC_PERFDESK)
    lockout_failures: int = param(5, QT_TRANSLATE_NOOP("Params", "Failed logins before an account is locked"), SRC_DENGBAO)
    lockout_minutes: int = param(30, QT_TRANSLATE_NOOP("Params", "Lockout lasts (minutes)"), SRC_PERFDESK)
    idle_minutes: int = param(15, QT_TRANSLATE_NOOP("Params", "Log out after idle (minutes)"), SRC_DENGBAO)
    audit_keep_months: int = param(6, QT_TRANSLATE_NOOP("Params", "Keep the audit log for (months, at least 6)"), SRC_DENGBAO)


ALL_GROUPS: tuple[type, ...] = (GeneralParams, TargetParams, MonitoringParams, ScoringParams, SpotCheckParams,
                                KeyEvaluationParams, RankingParams, ExAnteParams, CostParams, DeptWideParams, BackupParams,
                                ReportParams, ExchangeParams, AccountParams)


# Parameters declared before any feature acts on them ("group.field"): the settings page leaves them out, so it
# shows no parameter of a feature that does not exist. tests/unit/test_params_used.py checks both ways: every
# parameter shown is read by some feature, and every one listed here is read by none (remove it when it is).
NOT_YET_USED: frozenset[str] = frozenset({"general.code_pattern", "general.money_places",
                                          "reports.font_body", "reports.font_heading"})


def shown_fields(cls: type) -> list[dataclasses.Field]:
    """The parameters of a group the settings page shows: those some feature uses."""
    return [f for f in dataclasses.fields(cls) if f"{cls.GROUP}.{f.name}" not in NOT_YET_USED]  # type: ignore[attr-defined]


def group_by_name(name: str) -> type:
    for cls in ALL_GROUPS:
        if cls.GROUP == name:
            return cls
    raise KeyError(name)


# -- (de)serialisation of values stored as JSON text in the settings table ---------------------------------
def encode(value: Any) -> str:
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def decode(text: str, default: Any) -> Any:
    """Decode ``text`` into the type of ``default`` (Decimal stays Decimal, tuples stay tuples)."""
    return _typed(json.loads(text), default)


def _typed(raw: Any, like: Any) -> Any:
    if isinstance(like, bool):
        return bool(raw)
    if isinstance(like, Decimal):
        return Decimal(str(raw))
    if isinstance(like, int):
        return int(raw)
    if isinstance(like, tuple):
        sample = like[0] if like else None
        return tuple(_typed(v, sample) if sample is not None else v for v in raw)
    if isinstance(like, dict):
        return dict(raw)
    return raw


def option_pairs(f: dataclasses.Field) -> list[tuple[str, str]]:
    """``(code, translated label)`` of a tuple-of-codes parameter's options (empty when it names none)."""
    from perfdesk.core.i18n import translate

    options = f.metadata.get("options") or ()
    return [(o.value, o.label()) if isinstance(o, LabelledEnum) else (o[0], translate("Params", o[1]))
            for o in options]


def fields_of(cls: type) -> list[dataclasses.Field]:
    return [f for f in dataclasses.fields(cls)]


def snapshot(*groups: Any) -> dict[str, Any]:
    """The values in force, JSON-ready, to store with a computed result."""
    return {g.GROUP: {f.name: _plain(getattr(g, f.name)) for f in dataclasses.fields(g)} for g in groups}


def from_snapshot(cls: type[P], snap: dict[str, Any] | None) -> P | None:
    """The group as it was in force when a result was computed (:func:`snapshot`), or None when the result stored
    none of it; parameters added since take their defaults."""
    values = (snap or {}).get(cls.GROUP)  # type: ignore[attr-defined]
    if not values:
        return None
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in values:
            default = f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]
            kwargs[f.name] = _typed(values[f.name], default)
    return cls(**kwargs)


def from_values(cls: type[P], values: dict[str, str]) -> P:
    """Build a parameter group from stored JSON texts keyed by field name (unknown keys ignored)."""
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in values:
            default = f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]
            kwargs[f.name] = decode(values[f.name], default)
    return cls(**kwargs)

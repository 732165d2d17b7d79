"""Automatic quality checks of performance targets (RULES §2).

Each check is a small pure function over plain facts (:class:`TargetFacts`) returning ``(indicator index or
None, message)`` pairs; :data:`CHECKS` registers it with its id, label, default severity and the rule's source.
A county sets each check's severity or turns it off in settings (``targets.checks``: ``{id: severity}``);
:func:`run_checks` applies those and returns :class:`Finding` rows ready to show inline or in a list.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from perfdesk.core.domain.enums import (
    INDICATOR_TREE,
    LEVEL1_COST,
    LEVEL1_EFFECT,
    LEVEL1_OUTPUT,
    LEVEL1_SATISFACTION,
)
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.rules.valuetext import ValueKind, parse_value
from perfdesk.core.rules.valuetext import format_number as _plain

ERROR, WARNING, INFO, OFF = "error", "warning", "info", "off"
SEVERITIES = (ERROR, WARNING, INFO, OFF)
SEVERITY_LABELS = {ERROR: QT_TRANSLATE_NOOP("TargetChecks", "Error"),
                   WARNING: QT_TRANSLATE_NOOP("TargetChecks", "Warning"),
                   INFO: QT_TRANSLATE_NOOP("TargetChecks", "Note"), OFF: QT_TRANSLATE_NOOP("TargetChecks", "Off")}
QUANTITATIVE = (">=", "<=", "=")


class Indicator(Protocol):
    """What the checks read of an indicator: :class:`IndicatorFacts`, or a draft's indicator as it is
    (``domain.targets.IndicatorDraft``, which has these attributes and more)."""

    level1: str
    level2: str
    name: str
    comparison: str  # Comparison code: >=, <=, =, qual, ''
    value_text: str
    value_num: Decimal | None
    unit: str
    weight: Decimal | None
    value_basis: str
    part: str


@dataclass(slots=True)  # not frozen: a city's 30,000 are built per check run, and frozen costs 5× to build
class IndicatorFacts:
    level1: str
    level2: str
    name: str
    comparison: str = ""  # Comparison code: >=, <=, =, qual, ''
    value_text: str = ""
    value_num: Decimal | None = None
    unit: str = ""
    weight: Decimal | None = None
    value_basis: str = ""
    part: str = "annual"


@dataclass(frozen=True)
class TargetFacts:
    project_code: str = ""
    project_name: str = ""
    annual_goal: str = ""
    medium_goal: str = ""
    negative_externality: bool = False
    indicators: Sequence[Indicator] = ()
    last_actuals: Mapping[str, Decimal] = field(default_factory=dict)  # last year's actual by indicator name

    @functools.cached_property
    def annual_weights(self) -> dict[str, Decimal]:
        """The weights of the annual indicators summed per first-level group (indicators without a weight left
        out); both weight checks read them, so a target's weights are added up once."""
        groups: dict[str, list[Decimal]] = {}
        for ind in self.indicators:
            if ind.weight is not None and ind.part == "annual":
                groups.setdefault(ind.level1, []).append(ind.weight)
        return {level: sum(weights, Decimal(0)) for level, weights in groups.items()}


@dataclass(frozen=True)
class CheckSettings:
    """The parameters the checks read (built from TargetParams and ScoringParams by the service)."""

    require_cost_level: bool = True
    weight_total: Decimal = Decimal(90)  # indicator weights (100 minus the budget execution points)
    level_points: dict[str, Decimal] = field(default_factory=lambda: {
        LEVEL1_OUTPUT: Decimal(50), LEVEL1_EFFECT: Decimal(30), LEVEL1_SATISFACTION: Decimal(10)})
    cost_points_from: str = "output"  # output, effect, own
    below_last_year_percent: Decimal = Decimal(0)
    severities: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)  # not frozen: thousands are built per check run of a city (frozen costs 3× to build)
class Finding:
    rule: str
    severity: str
    message: str
    indicator: int | None = None  # index into TargetFacts.indicators
    indicator_name: str = ""
    source: str = ""

    @property
    def severity_label(self) -> str:
        return translate("TargetChecks", SEVERITY_LABELS.get(self.severity, self.severity))


Hit = tuple[int | None, str]
CheckFn = Callable[[TargetFacts, CheckSettings], Iterable[Hit]]


@dataclass(frozen=True)
class CheckSpec:
    id: str
    label: str
    severity: str
    source: str
    fn: CheckFn


SRC_QIHE = QT_TRANSLATE_NOOP("TargetChecks", "RULES §2, 齐河 target guideline (seed 002)")
SRC_2020 = QT_TRANSLATE_NOOP("TargetChecks", "RULES §2, MOF 2020 measures (财预〔2020〕10号)")
SRC_PRACTICE = QT_TRANSLATE_NOOP("TargetChecks", "RULES §2, common target defects found in review practice")


# -- the checks ---------------------------------------------------------------------------------------------
def check_levels_present(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    required = [LEVEL1_OUTPUT, LEVEL1_EFFECT, LEVEL1_SATISFACTION]
    if s.require_cost_level:
        required.insert(0, LEVEL1_COST)
    present = {(ind.part, ind.level1) for ind in facts.indicators}
    present |= {(ind.part, LEVEL1_COST) for ind in facts.indicators  # the 2020 layout: 产出指标/成本指标
                if ind.level2 == OUTPUT_COST and ind.level1 == LEVEL1_OUTPUT}
    for part in sorted({part for part, _level1 in present} | {"annual"}):
        missing = [lvl for lvl in required if (part, lvl) not in present]
        if missing:
            msg = translate("TargetChecks", "The first-level group(s) {levels} are missing ({part} indicators).")
            yield None, msg.format(levels="、".join(missing), part=part_label(part))


_LEVEL2 = {level1: frozenset(level2s) for level1, level2s in INDICATOR_TREE.items()}
OUTPUT_COST = "成本指标"  # a second level under 产出指标 in the 2020 self-evaluation table (FORMATS §3)


def check_level2_matches(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    for i, ind in enumerate(facts.indicators):
        level2s = _LEVEL2.get(ind.level1)
        if level2s is not None and ind.level2 in level2s:
            continue
        allowed = INDICATOR_TREE.get(ind.level1)
        if allowed is None:
            yield i, translate("TargetChecks", "“{level1}” is not a first-level indicator (成本, 产出, 效益, 满意度指标)."
                        ).format(level1=ind.level1)
        elif ind.level2 not in allowed:
            yield i, translate("TargetChecks", "“{level2}” does not belong under {level1} (allowed: {allowed})."
                        ).format(level2=ind.level2, level1=ind.level1, allowed="、".join(allowed))


def is_quantitative(ind: Indicator) -> bool:
    return ind.comparison in QUANTITATIVE or ind.value_num is not None


def check_quantitative_complete(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    for i, ind in enumerate(facts.indicators):
        if not ind.value_text.strip():
            yield i, translate("TargetChecks", "No target value.")
            continue
        compared, numbered = ind.comparison in QUANTITATIVE, ind.value_num is not None
        if not (compared or numbered):  # not quantitative at all
            continue
        if compared and not numbered and is_deadline(ind.value_text):  # ≤ 2025年12月31日: the date is the value
            continue
        has = (compared, numbered, bool(ind.unit.strip()))
        if all(has):
            continue
        labels = (translate("TargetChecks", "comparison"), translate("TargetChecks", "number"),
                  translate("TargetChecks", "unit"))
        missing = [label for label, ok in zip(labels, has, strict=True) if not ok]
        yield i, translate("TargetChecks", "Quantitative indicator without its {missing}.").format(
            missing=translate("TargetChecks", ", ").join(missing))


@functools.lru_cache(maxsize=4096)  # deadlines repeat across a county's projects
def is_deadline(text: str) -> bool:
    """A date or a period (2025年12月31日前, 2020年1月--2020年11月): a complete value without number or unit."""
    return parse_value(text).kind in (ValueKind.DATE, ValueKind.PERIOD)


def check_value_basis(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    for i, ind in enumerate(facts.indicators):
        if not ind.value_basis and is_quantitative(ind):
            yield i, translate("TargetChecks", "The basis of the value (历史/行业/计划标准) is not recorded.")


def check_weights_total(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    unweighted = [i for i, ind in enumerate(facts.indicators) if ind.weight is None and ind.part == "annual"]
    if unweighted:
        message = translate("TargetChecks", "No weight (分值).")
        yield from ((i, message) for i in unweighted)
    elif not facts.annual_weights:
        return  # no annual indicator
    total = sum(facts.annual_weights.values(), Decimal(0))
    if total != s.weight_total:
        yield None, translate("TargetChecks", "Weights add up to {total}, not {expected}.").format(
            total=_plain(total), expected=_plain(s.weight_total))


def level_totals(facts: TargetFacts, s: CheckSettings) -> dict[str, Decimal]:
    """Annual weights per first-level group, cost counted where the settings put its points."""
    owner = {"output": LEVEL1_OUTPUT, "effect": LEVEL1_EFFECT}.get(s.cost_points_from, LEVEL1_COST)
    out: dict[str, Decimal] = {}
    for level, total in facts.annual_weights.items():
        key = owner if level == LEVEL1_COST else level
        out[key] = out[key] + total if key in out else total
    return out


def check_weights_by_level(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    totals = level_totals(facts, s)
    for level, expected in s.level_points.items():
        got = totals.get(level, Decimal(0))
        if got and got != expected:
            yield None, translate("TargetChecks", "{level} weights add up to {total}, the usual share is {expected}."
                           ).format(level=level, total=_plain(got), expected=_plain(expected))


def check_negative_externality(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    if not facts.negative_externality:
        return
    costs = INDICATOR_TREE[LEVEL1_COST][1:]  # 社会成本指标, 生态环境成本指标
    if not any(ind.level2 in costs for ind in facts.indicators):
        yield None, translate("TargetChecks", "The project has negative external effects but no 社会成本指标 or "
                       "生态环境成本指标.")


def check_below_last_year(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    """Every comparison (RULES §2: values set strictly and high): a ≥ or = target below last year's actual of
    the indicator of the same name, or a lower-is-better target (≤; = or no sign on a cost, an incidence or a
    time limit) looser than it. ``below_last_year_percent`` is the tolerance either way."""
    actuals = facts.last_actuals
    if not actuals:
        return
    slack = s.below_last_year_percent / 100
    for i, ind in enumerate(facts.indicators):
        value = ind.value_num
        if value is None or ind.comparison == "qual":
            continue
        last = actuals.get(ind.name)
        if last is None:
            continue
        if lower_is_better(ind):
            if value > (last if not slack else last * (1 + slack)):
                yield i, _below_message(_LOOSER, value, last)
        elif value < (last if not slack else last * (1 - slack)):
            yield i, _below_message(_BELOW, value, last)


_BELOW = QT_TRANSLATE_NOOP("TargetChecks", "Target {value} is below last year's actual {last}.")
_LOOSER = QT_TRANSLATE_NOOP("TargetChecks", "Target {value} allows more than last year's actual {last} of a "
                                            "lower-is-better indicator.")
LOWER_IS_BETTER = re.compile(r"(发生率|发生次数|事故|受害率|成灾率|损失率|投诉|违规|违纪|差错|失误|时限|完成时间|工期|"
                             r"办结天数|办理时间|结余率)")


def lower_is_better(ind: Indicator) -> bool:
    """≤ targets; with = or no sign, costs (成本指标, 产出指标/成本指标) and names of incidence, loss, complaint
    and violation rates and of time limits."""
    if ind.comparison == "<=":
        return True
    if ind.comparison == ">=":
        return False
    return ind.level1 == LEVEL1_COST or ind.level2 == OUTPUT_COST or _reverse_name(ind.name)


@functools.lru_cache(maxsize=16384)  # indicator names repeat across a county's projects
def _reverse_name(name: str) -> bool:
    return bool(LOWER_IS_BETTER.search(name))


@functools.lru_cache(maxsize=16384)  # a county's targets and actuals repeat the same few numbers
def _below_message(message: str, value: Decimal, last: Decimal) -> str:
    return translate("TargetChecks", message).format(value=_plain(value), last=_plain(last))


DIGIT = re.compile(r"\d")
_DATES = re.compile(r"\d{4}\s*(?:年度?|[-./]\d{1,2}(?:[-./]\d{1,2})?)|\d{1,2}\s*(?:[-—~至到]+\s*\d{1,2}\s*)?[月日号]")
_ADVERB = (r"进一步|有所|逐步|逐年|不断|明显|显著|大幅|较大|大力|稳步|持续|积极|努力|力争|尽量|尽可能|全面|切实|"
           r"有效|稳定|巩固|一定程度|较上年|比上年|同比|环比")
_VERB = (r"提高|提升|改善|加强|增强|完善|增加|增长|减少|降低|下降|上升|好转|推进|优化|改进|向好|扩大|缩小|丰富|"
         r"巩固|改观|减轻|带动")
VAGUE = re.compile(rf"(?:{_ADVERB})(?:{_VERB})|^(?:{_VERB})$|持续向好|稳中向好|稳中有升|"
                   r"(?:效果|成效|效益|作用|影响)(?:明显|显著|突出|较好|较大)|^(?:明显|显著)$")


@functools.lru_cache(maxsize=16384)  # value texts repeat across a county's projects
def is_vague(text: str) -> bool:
    """Vague wording (显著提升, 提高, 效果明显…) and no number to check it by: a year or a date alone
    (2025年持续提高, 12月底前明显改善) measures nothing."""
    return bool(VAGUE.search(text)) and not DIGIT.search(_DATES.sub("", text))


def check_vague_wording(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    for i, ind in enumerate(facts.indicators):
        text = ind.value_text.strip()
        if text and is_vague(text):
            yield i, translate("TargetChecks", "“{text}” is vague: state a level or a number that can be checked."
                        ).format(text=text)


QUALITY_WORDS = re.compile(r"(合格率|达标率|优良率|验收|工程质量|完好率|准确率|质量)")
NOT_PRODUCT = re.compile(r"(空气|水质|环境|生态|土壤|大气|水体|生活质量|教育质量|医疗质量)")


@functools.lru_cache(maxsize=16384)  # indicator names repeat across a county's projects
def measures_output_quality(name: str) -> bool:
    return bool(QUALITY_WORDS.search(name)) and not NOT_PRODUCT.search(name)


def check_quality_under_effect(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    for i, ind in enumerate(facts.indicators):
        if ind.level1 == LEVEL1_EFFECT and measures_output_quality(ind.name):
            yield i, translate("TargetChecks", "“{name}” measures the quality of the output: file it under 产出指标/质量指标."
                        ).format(name=ind.name)


QUANTITY, QUALITY, TIMELINESS = "数量指标", "质量指标", "时效指标"
_DEADLINE_NAME = re.compile(r"(完成时间|完成时限|时限|工期|办结时间|办结天数)")
_TIMELY_RATE = re.compile(r"(及时率|及时性|按时|按期)")
_QUALITY_RATE = re.compile(r"(合格率|达标率|优良率|准确率|准确性|完好率|合格性|验收合格)")
_COUNT_NAME = re.compile(r"(人数|个数|户数|人次|次数|场次|件数|台数|套数|项数|批次|数量|面积|里程|长度)")
_INCIDENT = re.compile(r"(事故|事件|案件|发生|差错|投诉|违规|违纪|隐患)")  # counted, they measure quality
_SHARE = re.compile(r"[率比]")


@functools.lru_cache(maxsize=16384)  # indicator names repeat across a county's projects
def output_level2_of(name: str, level2: str = "") -> str | None:
    """The 产出 second level a third-level name filed under ``level2`` clearly measures, else None: a time
    limit (or, under 数量, a timeliness rate), then a quality rate, then a count that is neither a share nor a
    count of incidents (施工安全事故发生次数 is a quality indicator), then the word 质量.

    Published libraries file timeliness rates (法定传染病报告及时率) under 质量 as often as under 时效: only a
    time limit is moved out of 质量."""
    if _DEADLINE_NAME.search(name) or (level2 != QUALITY and _TIMELY_RATE.search(name)):
        return TIMELINESS
    if _QUALITY_RATE.search(name):
        return QUALITY
    if _COUNT_NAME.search(name):
        return None if _SHARE.search(name) or _INCIDENT.search(name) else QUANTITY
    return QUALITY if "质量" in name else None


def check_level3_matches_level2(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    """合格率 under 数量 (→ 质量), 及时率/完成时间 under 数量 (→ 时效), 人数/个数 under 质量 or 时效 (→ 数量) …"""
    for i, ind in enumerate(facts.indicators):
        level2 = ind.level2
        if level2 not in _OUTPUT_LEVEL2 or ind.level1 != LEVEL1_OUTPUT:
            continue
        expected = output_level2_of(ind.name, level2)
        if expected is not None and expected != level2:
            yield i, translate("TargetChecks", "“{name}” measures {what}: file it under 产出指标/{expected}, not "
                               "{level2}.").format(name=ind.name, what=translate("TargetChecks", _WHAT[expected]),
                                                   expected=expected, level2=level2)


_OUTPUT_LEVEL2 = frozenset((QUANTITY, QUALITY, TIMELINESS))
_WHAT = {QUANTITY: QT_TRANSLATE_NOOP("TargetChecks", "a count or an amount of output"),
         QUALITY: QT_TRANSLATE_NOOP("TargetChecks", "the quality of the output"),
         TIMELINESS: QT_TRANSLATE_NOOP("TargetChecks", "timeliness")}


def check_satisfaction_as_effect(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    for i, ind in enumerate(facts.indicators):
        if "满意" in ind.name and ind.level1 != LEVEL1_SATISFACTION:
            yield i, translate("TargetChecks", "Satisfaction “{name}” is filed under {level1}: it belongs under 满意度指标."
                        ).format(name=ind.name, level1=ind.level1)


MONEY_UNIT = re.compile(r"^(元|万元|亿元|千元|百万元)(/.*)?$")
MONEY_NAME = re.compile(r"(金额|资金|经费|投资额|支出额|补助额|发放额)$")


@functools.lru_cache(maxsize=16384)  # units and names repeat across a county's projects
def is_money(unit: str, name: str) -> bool:
    return bool(MONEY_UNIT.match(unit.strip()) or MONEY_NAME.search(name))


def check_quantity_is_money(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    for i, ind in enumerate(facts.indicators):
        if ind.level2 == "数量指标" and is_money(ind.unit, ind.name):
            yield i, translate("TargetChecks", "“{name}” is an amount of money, not a quantity of output: state what "
                        "the money buys, or use a cost indicator.").format(name=ind.name)


_PUNCTUATION = dict.fromkeys(map(ord, "（）()、，,.。:：“”\"'-")) | {  # and whitespace (all of it is below U+3001)
    c: None for c in range(0x3001) if chr(c).isspace()}


@functools.lru_cache(maxsize=16384)  # indicator names repeat across a county's projects
def _key(name: str) -> str:
    """A name without spaces and punctuation, for matching names typed slightly differently."""
    return name.translate(_PUNCTUATION)


def check_duplicate_output_effect(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    outputs = {_key(ind.name) for ind in facts.indicators if ind.level1 == LEVEL1_OUTPUT}
    for i, ind in enumerate(facts.indicators):
        if ind.level1 == LEVEL1_EFFECT and _key(ind.name) in outputs:
            yield i, translate("TargetChecks", "“{name}” is under both 产出指标 and 效益指标; it can score only once."
                        ).format(name=ind.name)


YEAR_SPAN = re.compile(r"\d{4}\s*年?\s*[-—–~～至到]+\s*\d{4}|中长期|[两三四五]年内")


def check_annual_goal_copied(facts: TargetFacts, s: CheckSettings) -> Iterator[Hit]:
    annual_goal, medium = _key(facts.annual_goal), _key(facts.medium_goal)
    if medium and annual_goal and difflib.SequenceMatcher(None, annual_goal, medium).ratio() >= 0.9:
        yield None, translate("TargetChecks", "The annual goal repeats the medium-term goal: state what this year "
                       "achieves.")
    elif YEAR_SPAN.search(facts.annual_goal):
        yield None, translate("TargetChecks", "The annual goal speaks of several years: it looks like the "
                       "medium-term goal.")


def _check(id: str, label: str, severity: str, source: str, fn: CheckFn) -> tuple[str, CheckSpec]:
    return id, CheckSpec(id, label, severity, source, fn)


CHECKS: dict[str, CheckSpec] = dict([
    _check("levels_present", QT_TRANSLATE_NOOP("TargetChecks", "First-level groups present"), ERROR, SRC_QIHE,
           check_levels_present),
    _check("level2_matches", QT_TRANSLATE_NOOP("TargetChecks", "Second level matches the first level"), ERROR,
           SRC_2020, check_level2_matches),
    _check("level3_matches_level2", QT_TRANSLATE_NOOP("TargetChecks", "Third level matches its second level"),
           WARNING, SRC_PRACTICE, check_level3_matches_level2),
    _check("quantitative_complete", QT_TRANSLATE_NOOP("TargetChecks", "Comparison, value and unit complete"),
           ERROR, SRC_QIHE, check_quantitative_complete),
    _check("value_basis", QT_TRANSLATE_NOOP("TargetChecks", "Basis of the value recorded"), WARNING, SRC_2020,
           check_value_basis),
    _check("weights_total", QT_TRANSLATE_NOOP("TargetChecks", "Weights add up to the total"), ERROR, SRC_2020,
           check_weights_total),
    _check("weights_by_level", QT_TRANSLATE_NOOP("TargetChecks", "Weights per first level"), INFO, SRC_2020,
           check_weights_by_level),
    _check("negative_externality", QT_TRANSLATE_NOOP("TargetChecks", "Negative externality has a cost indicator"),
           ERROR, SRC_QIHE, check_negative_externality),
    _check("below_last_year", QT_TRANSLATE_NOOP("TargetChecks", "Target not below last year's actual"), WARNING,
           SRC_QIHE, check_below_last_year),
    _check("vague_wording", QT_TRANSLATE_NOOP("TargetChecks", "No vague wording without a measurable value"),
           WARNING, SRC_PRACTICE, check_vague_wording),
    _check("quality_under_effect", QT_TRANSLATE_NOOP("TargetChecks", "Quality not filed under effect"), WARNING,
           SRC_PRACTICE, check_quality_under_effect),
    _check("satisfaction_as_effect", QT_TRANSLATE_NOOP("TargetChecks", "Satisfaction not used as effect"),
           WARNING, SRC_PRACTICE, check_satisfaction_as_effect),
    _check("quantity_is_money", QT_TRANSLATE_NOOP("TargetChecks", "Quantity indicator is not money"), WARNING,
           SRC_PRACTICE, check_quantity_is_money),
    _check("duplicate_output_effect", QT_TRANSLATE_NOOP("TargetChecks", "Same indicator not under output and effect"),
           WARNING, SRC_PRACTICE, check_duplicate_output_effect),
    _check("annual_goal_copied", QT_TRANSLATE_NOOP("TargetChecks", "Annual goal not copied from the medium-term goal"),
           WARNING, SRC_PRACTICE, check_annual_goal_copied),
])


def severity_of(spec: CheckSpec, settings: CheckSettings) -> str:
    chosen = settings.severities.get(spec.id, spec.severity)
    return chosen if chosen in SEVERITIES else spec.severity


class Checker:
    """The enabled checks with their severities and sources, resolved once for checking many targets; calling
    it checks one target and returns its findings in check order, then indicator order."""

    def __init__(self, settings: CheckSettings, only: Iterable[str] | None = None):
        wanted = set(only) if only is not None else None
        self.settings = settings
        self.checks = [(spec, severity, translate("TargetChecks", spec.source)) for spec in CHECKS.values()
                       if (severity := severity_of(spec, settings)) != OFF and (wanted is None or spec.id in wanted)]

    def __call__(self, facts: TargetFacts) -> list[Finding]:
        out: list[Finding] = []
        indicators, settings = facts.indicators, self.settings
        for spec, severity, source in self.checks:
            for index, message in spec.fn(facts, settings):
                name = indicators[index].name if index is not None else ""
                out.append(Finding(spec.id, severity, message, index, name, source))
        return out


def run_checks(facts: TargetFacts, settings: CheckSettings, only: Iterable[str] | None = None) -> list[Finding]:
    """Every enabled check over one target; findings in check order, then indicator order."""
    return Checker(settings, only)(facts)


def part_label(part: str) -> str:
    return translate("TargetChecks", "medium-term") if part == "medium" else translate("TargetChecks", "annual")


"""Key evaluation (重点绩效评价) scoring — RULES §6 (财预〔2020〕10号, seeds 002 历城/东营, 004 烟台).

Rates, each computed from the figures entered (never typed as a percentage):

* 资金到位率 = 实际到位资金 / 预算资金
* 预算执行率 = 实际支出 / 实际到位资金
* 实际完成率 = 实际产出数 / 计划产出数
* 质量达标率 = 达标产出数 / 实际产出数
* 成本节约率 = (计划成本 − 实际成本) / 计划成本
* 满意度: the questionnaires' satisfaction rate in percent (:mod:`perfdesk.core.rules.survey`), the line's only figure

What the published rule leaves open, PerfDesk states: a rate line earns ``points × min(rate / target, 1)``
(target 100% unless the line sets another, e.g. 90% for satisfaction), the rule of RULES §4 for a quantity that
must reach its target; a cost line is a lower-is-better quantity (RULES §4): a saving rate at or above its target
(0% unless set) earns full points, an overspend earns ``points × allowed cost / actual cost``. A rate whose
denominator is missing or zero cannot be computed: the line stays unscored (never full marks by default).
No national weights exist; 产出 plus 效益 should carry at least 60% of the points (a setting).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from perfdesk.core.domain.keyeval import Formula
from perfdesk.core.domain.score import HUNDRED, ZERO, RoundingMode, round_score
from perfdesk.core.i18n import translate

OUTPUT_EFFECT = ("产出", "效益")
DEFAULT_TARGET = {Formula.COST_SAVING: ZERO}  # every other rate: 100%

# formula → (rate name, numerator, denominator) as printed
NAMES: dict[Formula, tuple[str, str, str]] = {
    Formula.FUNDS_ARRIVAL: ("资金到位率", "实际到位资金", "预算资金"),
    Formula.EXECUTION: ("预算执行率", "实际支出", "实际到位资金"),
    Formula.COMPLETION: ("实际完成率", "实际产出数", "计划产出数"),
    Formula.QUALITY: ("质量达标率", "达标产出数", "实际产出数"),
    Formula.COST_SAVING: ("成本节约率", "实际成本", "计划成本"),
    Formula.SATISFACTION: ("满意度", "问卷满意度", ""),  # one figure: the survey's rate in percent
}
MONEY_FORMULAS = (Formula.FUNDS_ARRIVAL, Formula.EXECUTION)  # figures from the evaluation's money (万元)


def rate(formula: Formula | str, numerator: Decimal | None, denominator: Decimal | None) -> Decimal | None:
    """The rate as a fraction (0.96 for 96%), or None when a figure is missing or the denominator is not positive.
    A satisfaction line has one figure, the survey's rate in percent (0 … 100)."""
    if Formula(formula) is Formula.SATISFACTION:
        return numerator / HUNDRED if numerator is not None and ZERO <= numerator <= HUNDRED else None
    if numerator is None or denominator is None or denominator <= 0 or numerator < 0:
        return None
    if Formula(formula) is Formula.COST_SAVING:
        return (denominator - numerator) / denominator
    return numerator / denominator


def target_of(formula: Formula | str, target_percent: Decimal | None) -> Decimal:
    """The line's target in percent (its own, else 0% for a cost saving and 100% for any other rate)."""
    if target_percent is not None:
        return target_percent
    return DEFAULT_TARGET.get(Formula(formula), HUNDRED)


@dataclass(frozen=True)
class LineScore:
    score: Decimal | None  # None: cannot be computed from the figures
    rate: Decimal | None  # fraction
    basis: str  # the computation with its numbers, or why there is none


def percent(fraction: Decimal) -> str:
    return f"{(fraction * HUNDRED).quantize(Decimal('0.01'))}%"


def plain(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def score_line(formula: Formula | str, points: Decimal, numerator: Decimal | None, denominator: Decimal | None,
               target_percent: Decimal | None = None, rounding: RoundingMode = RoundingMode.TWO_PLACES) -> LineScore:
    """A formula line's score from its figures (module docstring), with the computation spelled out."""
    formula = Formula(formula)
    name, top, bottom = NAMES[formula]
    value = rate(formula, numerator, denominator)
    if value is None and formula is Formula.SATISFACTION:
        return LineScore(None, None, translate("KeyEval", "满意度 needs the survey's rate (0–100%): import the "
                                               "questionnaires or enter it; not scored."))
    if value is None:
        return LineScore(None, None, translate("KeyEval", "{name} needs {top} and a positive {bottom}: not scored.")
                         .format(name=name, top=top, bottom=bottom))
    target = target_of(formula, target_percent)
    share = _cost_share(value, target, numerator, denominator) if formula is Formula.COST_SAVING else \
        _rate_share(value, target)
    score = round_score(points * share, rounding)
    formula_text = _formula_text(formula, top, bottom, numerator, denominator)
    basis = translate("KeyEval", "{name} = {formula} = {rate}; target {target}%; score {points} × {share} = {score}"
                      ).format(name=name, formula=formula_text, rate=percent(value), target=plain(target),
                               points=plain(points), share=percent(share), score=plain(score))
    return LineScore(score, value, basis)


def _formula_text(formula: Formula, top: str, bottom: str, numerator: Decimal | None,
                  denominator: Decimal | None) -> str:
    if formula is Formula.SATISFACTION:
        return f"{top}{plain(numerator)}%"  # type: ignore[arg-type]
    if formula is Formula.COST_SAVING:
        return f"（{bottom}{plain(denominator)} − {top}{plain(numerator)}）÷ {bottom}{plain(denominator)}"  # type: ignore[arg-type]
    return f"{top}{plain(numerator)} ÷ {bottom}{plain(denominator)}"  # type: ignore[arg-type]


def _rate_share(value: Decimal, target: Decimal) -> Decimal:
    """Share of the points a rate earns: 1 at or above its target, else rate / target (never above 1)."""
    if target <= 0:
        return Decimal(1)
    return min(value * HUNDRED / target, Decimal(1))


def _cost_share(value: Decimal, target: Decimal, actual: Decimal | None, planned: Decimal | None) -> Decimal:
    """A saving at or above the target earns all the points; short of it, allowed cost / actual cost (RULES §4's
    lower-is-better rule), where the allowed cost is the planned cost less the target saving."""
    if value * HUNDRED >= target:
        return Decimal(1)
    allowed = planned * (HUNDRED - target) / HUNDRED  # type: ignore[operator]
    return max(min(allowed / actual, Decimal(1)), ZERO) if actual else ZERO  # type: ignore[operator]


def hand_score_problem(points: Decimal, score: Decimal | None) -> str | None:
    """Why a score typed by the evaluator cannot be taken (outside 0 … points), or None."""
    if score is None:
        return None
    if score < 0 or score > points:
        return translate("KeyEval", "The score {score} is outside 0 to {points}.").format(
            score=plain(score), points=plain(points))
    return None


# -- the framework ---------------------------------------------------------------------------------------
def level_points(lines: Iterable[tuple[str, Decimal]]) -> dict[str, Decimal]:
    """First level → its points, in the order the levels appear."""
    out: dict[str, Decimal] = {}
    for level, points in lines:
        out[level] = out.get(level, ZERO) + points
    return out


def output_effect_share(lines: Iterable[tuple[str, Decimal]]) -> Decimal | None:
    """The share (in percent) of all points carried by 产出 and 效益 (any first level starting with either)."""
    totals = level_points(lines)
    total = sum(totals.values(), ZERO)
    if total <= 0:
        return None
    part = sum((p for level, p in totals.items() if level.startswith(OUTPUT_EFFECT)), ZERO)
    return part * HUNDRED / total


def framework_problems(lines: Sequence[tuple[str, Decimal]], min_output_effect: Decimal) -> list[str]:
    """What is wrong with a framework's weights: points not adding up to 100, a negative or empty line, or
    产出 + 效益 carrying less than ``min_output_effect`` percent."""
    problems = []
    if not lines:
        return [translate("KeyEval", "The framework has no indicators.")]
    if any(p <= 0 for _level, p in lines):
        problems.append(translate("KeyEval", "Every indicator needs points above 0."))
    total = sum((p for _level, p in lines), ZERO)
    if total != HUNDRED:
        problems.append(translate("KeyEval", "The points add up to {total}, not 100.").format(total=plain(total)))
    share = output_effect_share(lines)
    if share is not None and share < min_output_effect:
        problems.append(translate("KeyEval", "产出 and 效益 carry {share}% of the points, less than {min}%.").format(
            share=plain(share.quantize(Decimal("0.01"))), min=plain(min_output_effect)))
    return problems


def total_of(scores: Sequence[Decimal | None]) -> Decimal | None:
    """The sum of the (rounded) line scores, or None while any line is unscored."""
    if not scores or any(s is None for s in scores):
        return None
    return sum(scores, ZERO)  # type: ignore[arg-type]


# -- the default framework (PerfDesk's: no national weights exist) ------------------------------------------
# (level1, level2, level3, points, explanation, criteria, formula)
DEFAULT_FRAMEWORK: tuple[tuple[str, str, str, int, str, str, str], ...] = (
    ("决策", "项目立项", "立项依据充分性", 3, "项目立项是否符合法律法规、相关政策、发展规划以及部门职责",
     "依据充分得满分，每发现一处不符扣1分", ""),
    ("决策", "项目立项", "立项程序规范性", 2, "项目申请、设立过程是否符合相关要求", "程序规范得满分，不规范的酌情扣分", ""),
    ("决策", "绩效目标", "绩效目标合理性", 3, "项目所设定的绩效目标是否依据充分、符合客观实际",
     "目标合理得满分，不合理的酌情扣分", ""),
    ("决策", "绩效目标", "绩效指标明确性", 2, "绩效指标是否细化、量化、可衡量", "指标明确得满分，不明确的酌情扣分", ""),
    ("决策", "资金投入", "预算编制科学性", 3, "预算编制是否经过科学论证、有明确标准", "编制科学得满分，否则酌情扣分", ""),
    ("决策", "资金投入", "资金分配合理性", 2, "资金分配是否有测算依据，与实际相适应", "分配合理得满分，否则酌情扣分", ""),
    ("过程", "资金管理", "资金到位率", 4, "实际到位资金与预算资金的比率", "得分＝分值×资金到位率", "funds_arrival"),
    ("过程", "资金管理", "预算执行率", 5, "实际支出资金与实际到位资金的比率", "得分＝分值×预算执行率", "execution"),
    ("过程", "资金管理", "资金使用合规性", 4, "资金使用是否符合财务管理制度和资金管理办法",
     "使用合规得满分，发现违规使用不得分", ""),
    ("过程", "组织实施", "管理制度健全性", 3, "项目实施单位的业务及财务管理制度是否健全",
     "制度健全得满分，否则酌情扣分", ""),
    ("过程", "组织实施", "制度执行有效性", 4, "项目实施是否符合相关管理规定", "执行有效得满分，否则酌情扣分", ""),
    ("产出", "产出数量", "实际完成率", 10, "实际产出数与计划产出数的比率", "得分＝分值×实际完成率", "completion"),
    ("产出", "产出质量", "质量达标率", 10, "达到质量标准的产出数与实际产出数的比率", "得分＝分值×质量达标率", "quality"),
    ("产出", "产出时效", "完成及时性", 8, "项目是否按计划时间完成", "按时完成得满分，每延迟一个月扣2分", ""),
    ("产出", "产出成本", "成本节约率", 7, "完成计划工作目标的实际节约成本与计划成本的比率",
     "未超出计划成本得满分，超支的按计划成本÷实际成本计分", "cost_saving"),
    ("效益", "项目效益", "社会效益", 10, "项目实施对社会发展所带来的直接或间接影响", "效益明显得满分，否则酌情扣分", ""),
    ("效益", "项目效益", "经济效益", 4, "项目实施对经济发展所带来的直接或间接影响", "效益明显得满分，否则酌情扣分", ""),
    ("效益", "项目效益", "生态效益", 4, "项目实施对生态环境所带来的直接或间接影响", "效益明显得满分，否则酌情扣分", ""),
    ("效益", "项目效益", "可持续影响", 4, "项目后续运行及成效发挥的可持续性", "可持续得满分，否则酌情扣分", ""),
    ("效益", "满意度", "服务对象满意度", 8, "服务对象对项目实施效果的满意程度（问卷调查）",
     "满意度达到目标值得满分，未达到的按满意度÷目标值计分", "satisfaction"),
)


def printed_reason(formula: Formula | str, points: Decimal, score: Decimal | None, numerator: Decimal | None,
                   denominator: Decimal | None, target_percent: Decimal | None = None) -> str:
    """The 扣分原因 a score sheet prints for a formula line that lost points, in the words of the figures (no
    formula): ``资金到位率96.00%（实际到位资金480.00万元，预算资金500.00万元）``; empty when nothing was lost."""
    formula = Formula(formula)
    value = rate(formula, numerator, denominator)
    if score is None or score >= points or value is None:
        return ""
    name, top, bottom = NAMES[formula]
    target = plain(target_of(formula, target_percent))
    if formula is Formula.SATISFACTION:
        return f"问卷满意度{percent(value)}，低于目标值{target}%"
    unit = "万元" if formula in MONEY_FORMULAS else ""
    figures = f"{top}{_figure(numerator, unit)}，{bottom}{_figure(denominator, unit)}"
    if formula is Formula.COST_SAVING:
        return f"实际成本超出计划，{name}{percent(value)}（{figures}）"
    below = "" if target == "100" else f"，低于目标值{target}%"
    return f"{name}{percent(value)}{below}（{figures}）"


def _figure(value: Decimal | None, unit: str) -> str:
    if unit:
        return f"{value.quantize(Decimal('0.01'))}{unit}"  # type: ignore[union-attr]
    return plain(value)  # type: ignore[arg-type]

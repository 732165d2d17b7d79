"""Budget execution score (预算执行率) — 财预〔2020〕10号, self-evaluation table: 分值 × min(执行率, 100%).

执行率 = 全年执行数 / the denominator in force (全年预算数 by default; 年初预算数 or 调整后预算数 as some provinces
print, ``ScoringParams.execution_denominator``). Below ``explanation_below_rate`` (Sichuan practice: 90%) an
explanation of the shortfall is required. A zero 年度资金总额 row whose money sits on the 其中 sub-rows falls back
to the sum of the sub-rows, with a note (RULES §4). A table that prints only 年初预算数 (no 全年预算数 nor 调整后预算数)
measures the rate against it, flagged and said in the explanation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from perfdesk.core.domain.money import Money
from perfdesk.core.domain.records import frozen
from perfdesk.core.i18n import translate
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.flags import HUNDRED, ZERO, Flag, FlagCode, clamp, num, pts


@frozen
class ExecutionInput:
    """The 年度资金总额 row. Any amount may be missing (None) when the table leaves it blank."""

    initial_budget: Money | None = None  # 年初预算数
    full_year_budget: Money | None = None  # 全年预算数
    spent: Money | None = None  # 全年执行数
    adjusted_budget: Money | None = None  # 调整后预算数 (Sichuan)
    explanation: str = ""  # the printed reason for a low rate, if any


@frozen
class ExecutionResult:
    """``rate`` is a percentage (exact, e.g. 85.5 means 85.5 %); None when the denominator is missing or 0."""

    rate: Decimal | None
    points: Decimal
    score: Decimal
    explanation: str
    flags: tuple[Flag, ...] = ()


def denominator(execution: ExecutionInput, choice: str) -> Money | None:
    """The budget the rate is measured against: ``full_year`` (default), ``initial`` or ``adjusted``.
    全年预算数 and 调整后预算数 name the same amount in different provinces (Sichuan prints only 调整后预算数), so
    either stands in for the other when left blank."""
    if choice == "initial":
        return execution.initial_budget
    if choice == "adjusted":
        return execution.adjusted_budget or execution.full_year_budget
    return execution.full_year_budget or execution.adjusted_budget


def only_initial(execution: ExecutionInput, choice: str) -> bool:
    """True when the budget chosen is not printed but 年初预算数 is, and no other budget: it stands in."""
    return (choice != "initial" and execution.initial_budget is not None and execution.full_year_budget is None
            and execution.adjusted_budget is None)


def budget_used(execution: ExecutionInput, choice: str) -> Money | None:
    """The denominator in force: :func:`denominator`, or 年初预算数 when it is the only budget printed."""
    return execution.initial_budget if only_initial(execution, choice) else denominator(execution, choice)


def execution_rate(execution: ExecutionInput, choice: str = "full_year") -> Decimal | None:
    """执行率 in percent, exact; None when spending or the denominator is missing, or the denominator is 0."""
    return _percent(execution.spent, budget_used(execution, choice))


def _percent(spent: Money | None, budget: Money | None) -> Decimal | None:
    if budget is None or spent is None:
        return None
    ratio = spent.ratio_to(budget)
    return None if ratio is None else ratio * HUNDRED


def score_execution(execution: ExecutionInput, params: ScoringParams, points: Decimal | None = None) -> ExecutionResult:
    """分值 × min(执行率, 100%). ``points`` is the table's 分值 (None → ``params.execution_points``)."""
    points = params.execution_points if points is None else points
    budget = budget_used(execution, params.execution_denominator)
    rate = _percent(execution.spent, budget)
    if rate is None:
        message = translate("Scoring", "budget execution rate cannot be computed (no budget or no spending): 0 points")
        return ExecutionResult(None, points, ZERO, message, (Flag(FlagCode.NO_BUDGET, message),))
    score = clamp(points * min(rate, HUNDRED) / HUNDRED, points)
    text = translate("Scoring", "spent {spent} / budget {budget} = {rate}%; {points} points × min({rate}%, 100%) = {score}")
    explanation = text.format(spent=_wan(execution.spent), budget=_wan(budget), rate=_rate(rate),
                              points=num(points), score=pts(score))
    flags = _low_rate_flags(rate, execution, params)
    if only_initial(execution, params.execution_denominator):
        note = translate("Scoring", "the table prints only the initial budget (年初预算数): the rate is measured "
                                    "against it")
        explanation = translate("Scoring", "{note}; {explanation}").format(note=note, explanation=explanation)
        flags = (Flag(FlagCode.INITIAL_BUDGET_USED, note), *flags)
    return ExecutionResult(rate, points, score, explanation, flags)


def _low_rate_flags(rate: Decimal, execution: ExecutionInput, params: ScoringParams) -> tuple[Flag, ...]:
    if rate >= params.explanation_below_rate or execution.explanation.strip():
        return ()
    text = translate("Scoring", "execution rate {rate}% is below {threshold}%: an explanation is required")
    return (Flag(FlagCode.EXPLANATION_REQUIRED, text.format(rate=_rate(rate), threshold=num(params.explanation_below_rate))),)


def _rate(rate: Decimal) -> str:
    return pts(rate)


def _wan(amount: Money | None) -> str:
    return "" if amount is None else translate("Scoring", "{amount} 万元").format(amount=amount.format_wan(2))


@dataclass(frozen=True)
class MoneyRowInput:
    """One row of the 项目资金 block, for :func:`execution_input_from_rows`."""

    initial_budget: Money | None = None
    full_year_budget: Money | None = None
    spent: Money | None = None
    adjusted_budget: Money | None = None


def execution_input_from_rows(total: MoneyRowInput, sub_rows: Sequence[MoneyRowInput],
                              explanation: str = "") -> tuple[ExecutionInput, tuple[Flag, ...]]:
    """The 年度资金总额 row, or the sum of its 其中 rows when the total row is zero or blank but they carry money."""
    if _has_money(total) or not any(_has_money(r) for r in sub_rows):
        return ExecutionInput(total.initial_budget, total.full_year_budget, total.spent, total.adjusted_budget,
                              explanation), ()
    summed = ExecutionInput(*(_sum(sub_rows, name) for name in
                              ("initial_budget", "full_year_budget", "spent", "adjusted_budget")), explanation)
    message = translate("Scoring", "年度资金总额 is zero or blank: amounts taken from the sum of its sub-rows")
    return summed, (Flag(FlagCode.MONEY_FROM_SUB_ROWS, message),)


def _has_money(row: MoneyRowInput) -> bool:
    return any(getattr(row, n) for n in ("initial_budget", "full_year_budget", "spent", "adjusted_budget"))


def _sum(rows: Sequence[MoneyRowInput], name: str) -> Money | None:
    values = [getattr(r, name) for r in rows if getattr(r, name) is not None]
    return Money.sum(values) if values else None

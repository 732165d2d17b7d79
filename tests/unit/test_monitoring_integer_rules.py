"""The integer arithmetic of :class:`Assessor` gives exactly what the Fraction formula of RULES §3 gives.

The reference below is the formula as the rules state it, on exact fractions: lag = (time share − spent /
budget) × 100 points, red when lag ≥ red threshold, yellow when ≥ yellow threshold, key monitoring when red or
at or above the key-monitoring threshold, over budget, without a budget, impossible or flagged before.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from perfdesk.core.domain.enums import Likelihood, WarningLevel
from perfdesk.core.domain.money import Money
from perfdesk.core.rules.monitoring import (
    Assessor,
    ExecutionInput,
    KeyReason,
    ProjectMonitoring,
    assess,
    points_shown,
    roll_up_all,
    time_share,
)
from perfdesk.core.rules.params import MonitoringParams

THRESHOLDS = st.sampled_from([Decimal(20), Decimal(40), Decimal("12.5"), Decimal("20.1"), Decimal("39.99"),
                              Decimal(0), Decimal(100)])
SHARES = st.builds(time_share, st.dates(min_value=dt.date(2023, 12, 1), max_value=dt.date(2025, 1, 31)),
                   st.just(2024), st.sampled_from(["calendar_day", "month"]))
LIKELIHOODS = st.sampled_from([None, *Likelihood])


def reference(budget: int, spent: int, share: Fraction, params: MonitoringParams, likelihood: Likelihood | None,
              flagged: bool) -> tuple[Fraction | None, WarningLevel, tuple[KeyReason, ...], Decimal | None]:
    """(lag, level, key reasons, lag as printed) by the Fraction formula."""
    lag = None if budget == 0 else (share - Fraction(spent, budget)) * 100
    red, yellow, key = (Fraction(params.red_lag_points), Fraction(params.yellow_lag_points),
                        Fraction(params.key_monitoring_lag_points))
    level = (WarningLevel.NONE if lag is None else WarningLevel.RED if lag >= red else
             WarningLevel.YELLOW if lag >= yellow else WarningLevel.NONE)
    reasons = []
    if lag is not None and lag >= key:  # the key threshold alone, whatever the colours (菏泽)
        reasons.append(KeyReason.LAG)
    if likelihood is Likelihood.IMPOSSIBLE:
        reasons.append(KeyReason.IMPOSSIBLE)
    if budget > 0 and spent > budget:
        reasons.append(KeyReason.OVER_BUDGET)
    if budget == 0 and spent > 0:
        reasons.append(KeyReason.NO_BUDGET)
    if flagged:
        reasons.append(KeyReason.HISTORY)
    return lag, level, tuple(reasons), points_shown(lag)


def judged(budget: int, spent: int, share: Fraction, params: MonitoringParams, likelihood: Likelihood | None = None,
           flagged: bool = False) -> ProjectMonitoring:
    return Assessor(share, params)("P", "p", "U", "u", "s", Money(budget), Money(spent), likelihood, flagged)


def assert_as_the_formula_says(r: ProjectMonitoring, budget: int, spent: int, share: Fraction,
                               params: MonitoringParams, likelihood: Likelihood | None, flagged: bool) -> None:
    lag, level, reasons, shown = reference(budget, spent, share, params, likelihood, flagged)
    assert (r.lag_points, r.level, r.key_reasons) == (lag, level, reasons)
    assert r.execution_share == (None if budget == 0 else Fraction(spent, budget))
    assert r.over_budget == (budget > 0 and spent > budget) and r.no_budget == (budget == 0 and spent > 0)
    if reasons and reasons[0] is KeyReason.LAG:
        assert r.key_reason_text.startswith(f"lag {shown} points ≥ ")


@settings(max_examples=400, deadline=None)
@given(SHARES, st.integers(0, 10**12), st.integers(0, 10**12), THRESHOLDS, THRESHOLDS, THRESHOLDS, LIKELIHOODS,
       st.booleans())
def test_levels_and_key_reasons_equal_the_fraction_formula_on_random_money(
        share, budget, spent, red, yellow, key, likelihood, flagged):
    params = MonitoringParams(red_lag_points=red, yellow_lag_points=yellow, key_monitoring_lag_points=key)
    r = judged(budget, spent, share, params, likelihood, flagged)
    assert_as_the_formula_says(r, budget, spent, share, params, likelihood, flagged)


@settings(max_examples=400, deadline=None)
@given(SHARES, st.sampled_from([Decimal(20), Decimal(40), Decimal("12.5")]), st.integers(1, 10**4),
       st.sampled_from([-1, 0, 1]), LIKELIHOODS)
def test_a_lag_of_exactly_the_threshold_and_one_fen_either_side_are_judged_as_the_fraction_formula_says(
        share, threshold, k, fen, likelihood):
    limit = Fraction(threshold)
    budget = k * share.denominator * 100 * limit.denominator  # spent for a lag of exactly `threshold` is whole fen
    at = budget * share.numerator // share.denominator - budget * limit.numerator // (100 * limit.denominator)
    assume(at + fen >= 0)
    spent = at + fen
    params = MonitoringParams(key_monitoring_lag_points=Decimal(30))
    r = judged(budget, spent, share, params, likelihood)
    assert_as_the_formula_says(r, budget, spent, share, params, likelihood, False)
    if fen == 0:
        assert r.lag_points == limit
        assert r.level is {Decimal(20): WarningLevel.YELLOW, Decimal(40): WarningLevel.RED}.get(threshold, r.level)
    if fen == 1 and threshold in (20, 40):  # one fen more spent: below the threshold
        assert r.level is {Decimal(20): WarningLevel.NONE, Decimal(40): WarningLevel.YELLOW}[threshold]


def test_a_negative_budget_takes_the_general_path_and_still_follows_the_formula():
    share = Fraction(212, 365)
    r = judged(-100, 50, share, MonitoringParams())
    assert_as_the_formula_says(r, -100, 50, share, MonitoringParams(), None, False)


def test_assess_and_the_assessor_give_the_same_verdict():
    item = ExecutionInput("P1", "项目", Money(1_000_000), Money(180_000), "U1", "单位", "教育",
                          Likelihood.IMPOSSIBLE, True)
    share = time_share(dt.date(2025, 7, 31), 2025)
    assert assess(item, share, MonitoringParams()) == Assessor(share, MonitoringParams()).item(item)


def test_the_county_line_of_no_projects_is_empty():
    empty = roll_up_all([])
    assert (empty.projects, empty.budget, empty.execution_share, empty.level) == (0, Money(0), None,
                                                                                  WarningLevel.NONE)

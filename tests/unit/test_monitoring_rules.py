"""In-year monitoring rules (RULES §3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.domain.enums import Likelihood, WarningLevel
from perfdesk.core.domain.money import Money
from perfdesk.core.rules.monitoring import (
    ExecutionInput,
    KeyReason,
    TimeBasis,
    completed_months,
    monitor,
    percent_shown,
    period_label,
    period_months,
    points_shown,
    roll_up_all,
    roll_up_by_sector,
    roll_up_by_unit,
    time_share,
    warning_level,
)
from perfdesk.core.rules.params import MonitoringParams

D = dt.date


def item(code: str = "P1", budget: str = "100", spent: str = "0", **kw) -> ExecutionInput:
    return ExecutionInput(code=code, name=f"项目{code}", budget=Money.wan(budget), spent=Money.wan(spent), **kw)


# -- time progress ---------------------------------------------------------------------------------------
def test_first_of_january_counts_one_day_of_a_non_leap_year():
    assert time_share(D(2023, 1, 1), 2023) == Fraction(1, 365)
    assert percent_shown(time_share(D(2023, 1, 1), 2023)) == Decimal("0.27")


def test_thirty_first_of_july_is_212_of_365_days_in_a_non_leap_year():
    assert time_share(D(2023, 7, 31), 2023) == Fraction(212, 365)
    assert percent_shown(time_share(D(2023, 7, 31), 2023)) == Decimal("58.08")


def test_thirty_first_of_july_is_213_of_366_days_in_a_leap_year():
    assert time_share(D(2024, 7, 31), 2024) == Fraction(213, 366)
    assert percent_shown(time_share(D(2024, 7, 31), 2024)) == Decimal("58.20")


def test_twenty_ninth_of_february_is_day_60_of_a_leap_year():
    assert time_share(D(2024, 2, 29), 2024) == Fraction(60, 366)
    assert percent_shown(time_share(D(2024, 2, 29), 2024)) == Decimal("16.39")


def test_thirty_first_of_december_is_the_whole_year_in_leap_and_non_leap_years():
    assert time_share(D(2023, 12, 31), 2023) == 1
    assert time_share(D(2024, 12, 31), 2024) == 1


def test_dates_before_the_budget_year_give_zero_and_after_it_give_one_hundred_percent():
    assert time_share(D(2023, 12, 31), 2024) == 0
    assert time_share(D(2025, 1, 1), 2024) == 1
    assert time_share(D(2025, 1, 1), 2024, TimeBasis.MONTH) == 1


def test_month_basis_counts_july_at_its_last_day_as_seven_twelfths():
    assert time_share(D(2024, 7, 31), 2024, "month") == Fraction(7, 12)
    assert percent_shown(time_share(D(2024, 7, 31), 2024, "month")) == Decimal("58.33")


def test_month_basis_does_not_count_an_unfinished_month():
    assert time_share(D(2024, 7, 30), 2024, "month") == Fraction(6, 12)
    assert time_share(D(2024, 1, 1), 2024, "month") == 0


def test_month_basis_counts_february_at_the_29th_of_a_leap_year_and_the_28th_otherwise():
    assert completed_months(D(2024, 2, 29)) == 2
    assert completed_months(D(2024, 2, 28)) == 1
    assert completed_months(D(2023, 2, 28)) == 2


def test_month_basis_reaches_one_hundred_percent_on_the_thirty_first_of_december():
    assert time_share(D(2023, 12, 31), 2023, "month") == 1


def test_a_round_dated_after_the_budget_year_covers_all_twelve_months():
    assert period_months(D(2026, 1, 15), 2025) == 12
    assert period_label(D(2026, 1, 15), 2025) == "1—12月"  # not "1月" of the next year
    assert period_label(D(2026, 1, 15), 2025, "month") == "1—12月"
    assert time_share(D(2026, 1, 15), 2025) == 1
    assert period_months(D(2024, 12, 20), 2025) == 0


def test_under_the_month_basis_the_heading_counts_the_completed_months():
    assert period_label(D(2024, 7, 15), 2024, "month") == "1—6月"  # 6/12 = 50.00 % of time
    assert time_share(D(2024, 7, 15), 2024, "month") == Fraction(6, 12)
    assert period_label(D(2024, 7, 31), 2024, "month") == "1—7月"  # the month ends: 7/12
    assert period_label(D(2024, 2, 10), 2024, "month") == "1月"
    assert period_label(D(2024, 1, 20), 2024, "month") == "年初至1月20日"  # no month completed, none named
    assert period_label(D(2024, 7, 15), 2024) == "1—7月"  # calendar days: the as-of month


def test_period_label_follows_the_as_of_month():
    assert period_label(D(2024, 7, 31)) == "1—7月"
    assert period_label(D(2024, 6, 15)) == "1—6月"
    assert period_label(D(2024, 1, 31)) == "1月"


# -- execution, lag, levels ------------------------------------------------------------------------------
def test_execution_progress_is_spent_over_budget_and_lag_is_time_minus_execution():
    [r] = monitor([item(budget="200", spent="50")], as_of=D(2024, 7, 31), year=2024,
                  params=MonitoringParams(time_basis="month"))
    assert r.execution_share == Fraction(1, 4)
    assert r.execution_percent == Decimal("25.00")
    assert r.lag_points == Fraction(7, 12) * 100 - 25
    assert r.lag_shown == Decimal("33.33")
    assert r.level is WarningLevel.YELLOW


@pytest.mark.parametrize(("lag", "level"), [
    (Fraction(40), WarningLevel.RED),
    (Fraction(40) - Fraction(1, 10**9), WarningLevel.YELLOW),
    (Fraction(20), WarningLevel.YELLOW),
    (Fraction(20) - Fraction(1, 10**9), WarningLevel.NONE),
    (Fraction(-5), WarningLevel.NONE),
])
def test_levels_are_inclusive_at_exactly_forty_and_twenty_points_and_compared_exactly(lag, level):
    assert warning_level(lag, MonitoringParams()) is level


def test_a_lag_of_exactly_forty_points_from_real_money_is_red():
    # 31 Dec → 100% time; 60 of 100 spent → lag exactly 40 points.
    [r] = monitor([item(budget="100", spent="60")], as_of=D(2024, 12, 31), year=2024)
    assert r.lag_points == 40
    assert r.level is WarningLevel.RED


def test_a_lag_just_below_forty_points_is_yellow_even_when_it_prints_as_40_00():
    # 60.004 万元 of 100 → execution 60.004%, lag 39.996 points → shown 40.00 but yellow.
    [r] = monitor([item(budget="100", spent="60.004")], as_of=D(2024, 12, 31), year=2024)
    assert r.lag_shown == Decimal("40.00")
    assert r.level is WarningLevel.YELLOW


def test_a_lag_of_exactly_twenty_points_is_yellow_and_one_fen_more_spent_is_normal():
    at, below = monitor([item("A", budget="100", spent="80"), item("B", budget="100", spent="80.000001")],
                        as_of=D(2024, 12, 31), year=2024)
    assert (at.lag_points, at.level) == (20, WarningLevel.YELLOW)
    assert below.spent.fen - at.spent.fen == 1
    assert below.lag_points == Fraction(19_999_999, 1_000_000)
    assert below.level is WarningLevel.NONE


def test_different_thresholds_give_different_levels_for_the_same_project():
    projects = [item(budget="100", spent="70")]  # lag 30 points at year end
    default = monitor(projects, as_of=D(2024, 12, 31), year=2024)
    strict = monitor(projects, as_of=D(2024, 12, 31), year=2024,
                     params=MonitoringParams(red_lag_points=Decimal(30), yellow_lag_points=Decimal(10)))
    assert default[0].level is WarningLevel.YELLOW
    assert strict[0].level is WarningLevel.RED


def test_changing_the_time_basis_changes_the_level_near_a_threshold():
    # 31 July 2024: day basis 58.20%, month basis 58.33%. Spent 18.25% → lag 39.95 vs 40.08.
    projects = [item(budget="100", spent="18.25")]
    by_day = monitor(projects, as_of=D(2024, 7, 31), year=2024)
    by_month = monitor(projects, as_of=D(2024, 7, 31), year=2024, params=MonitoringParams(time_basis="month"))
    assert by_day[0].level is WarningLevel.YELLOW
    assert by_month[0].level is WarningLevel.RED


def test_spending_above_budget_is_flagged_and_put_under_key_monitoring():
    [r] = monitor([item(budget="100", spent="100.01")], as_of=D(2024, 6, 30), year=2024)
    assert r.over_budget and not r.no_budget
    assert r.lag_points < 0 and r.level is WarningLevel.NONE
    assert r.key_reasons == (KeyReason.OVER_BUDGET,)
    assert r.key_reason_text == "spent 100.01 万元 > budget 100.00 万元"


def test_spending_exactly_the_budget_is_not_over_budget():
    [r] = monitor([item(budget="100", spent="100")], as_of=D(2024, 6, 30), year=2024)
    assert not r.over_budget and not r.key


def test_spending_without_a_budget_is_flagged_and_has_no_execution_progress():
    [r] = monitor([item(budget="0", spent="3")], as_of=D(2024, 6, 30), year=2024)
    assert r.no_budget and not r.over_budget
    assert r.execution_share is None and r.lag_points is None and r.level is WarningLevel.NONE
    assert r.key_reasons == (KeyReason.NO_BUDGET,)
    assert r.key_reason_text == "spent 3.00 万元 with no budget"


def test_a_zero_budget_with_nothing_spent_raises_no_flag():
    [r] = monitor([item(budget="0", spent="0")], as_of=D(2024, 6, 30), year=2024)
    assert not (r.no_budget or r.over_budget or r.key)


# -- key monitoring --------------------------------------------------------------------------------------
def test_key_monitoring_selects_lagging_impossible_and_past_flags_with_reasons():
    results = monitor([
        item("RED", budget="100", spent="10"),
        item("IMP", budget="100", spent="90", likelihood=Likelihood.IMPOSSIBLE),
        item("OLD", budget="100", spent="90", flagged_before=True),
        item("OK", budget="100", spent="90", likelihood=Likelihood.POSSIBLE),
    ], as_of=D(2024, 12, 31), year=2024)
    reasons = {r.code: r.key_reasons for r in results}
    assert reasons == {"RED": (KeyReason.LAG,), "IMP": (KeyReason.IMPOSSIBLE,),
                       "OLD": (KeyReason.HISTORY,), "OK": ()}
    assert results[0].key_reason_text == "lag 90.00 points ≥ 40 (key-monitoring threshold)"
    assert results[1].key_reason_text == "Target reported impossible to meet"


def test_a_key_monitoring_threshold_below_red_selects_lagging_yellow_projects():
    params = MonitoringParams(key_monitoring_lag_points=Decimal(30))
    [r] = monitor([item(budget="100", spent="65")], as_of=D(2024, 12, 31), year=2024, params=params)
    assert r.level is WarningLevel.YELLOW
    assert r.key_reasons == (KeyReason.LAG,)
    assert r.key_reason_text == "lag 35.00 points ≥ 30 (key-monitoring threshold)"


def test_the_key_list_follows_the_key_threshold_not_the_red_colour():
    """菏泽: a lag of 40 points or more; red and yellow are PerfDesk's own colours and a county may move them."""
    params = MonitoringParams(red_lag_points=Decimal(30), yellow_lag_points=Decimal(15))
    lagging, red_only = monitor([item("LAG", budget="100", spent="55"), item("RED", budget="100", spent="65")],
                                as_of=D(2024, 12, 31), year=2024, params=params)
    assert (lagging.level, lagging.key_reasons) == (WarningLevel.RED, (KeyReason.LAG,))  # 45 points
    assert lagging.key_reason_text == "lag 45.00 points ≥ 40 (key-monitoring threshold)"
    assert (red_only.level, red_only.key_reasons) == (WarningLevel.RED, ())  # 35 points: red, not key
    high_red = MonitoringParams(red_lag_points=Decimal(60))
    [r] = monitor([item(budget="100", spent="58")], as_of=D(2024, 12, 31), year=2024, params=high_red)
    assert (r.level, r.key_reasons) == (WarningLevel.YELLOW, (KeyReason.LAG,))  # 42 points: key though not red
    [r] = monitor([item(budget="100", spent="61")], as_of=D(2024, 12, 31), year=2024)
    assert (r.level, r.key_reasons) == (WarningLevel.YELLOW, ())  # 39 points under the defaults


def test_several_reasons_are_all_recorded():
    [r] = monitor([item(budget="0", spent="5", flagged_before=True, likelihood=Likelihood.IMPOSSIBLE)],
                  as_of=D(2024, 12, 31), year=2024)
    assert r.key_reasons == (KeyReason.IMPOSSIBLE, KeyReason.NO_BUDGET, KeyReason.HISTORY)


# -- roll-ups --------------------------------------------------------------------------------------------
def _county() -> list[ExecutionInput]:
    return [
        item("A1", budget="100", spent="10", unit_code="U1", unit_name="教育局", sector="教育"),
        item("A2", budget="300", spent="270", unit_code="U1", unit_name="教育局", sector="教育"),
        item("B1", budget="50", spent="35", unit_code="U2", unit_name="卫健局", sector="卫生"),
        item("B2", budget="0", spent="2", unit_code="U2", unit_name="卫健局", sector="教育"),
    ]


def test_unit_roll_up_sums_money_first_then_computes_progress_from_the_sums():
    results = monitor(_county(), as_of=D(2024, 12, 31), year=2024)
    u1, u2 = roll_up_by_unit(results)
    assert (u1.key, u1.name, u1.projects) == ("U1", "教育局", 2)
    assert u1.budget == Money.wan(400) and u1.spent == Money.wan(280)
    assert u1.execution_percent == Decimal("70.00")  # not the mean of 10% and 90%
    assert (u1.red, u1.yellow, u1.normal, u1.key_projects) == (1, 0, 1, 1)
    assert u1.level is WarningLevel.YELLOW  # the unit's own lag is 30 points
    assert (u2.budget, u2.spent) == (Money.wan(50), Money.wan(37))
    assert (u2.red, u2.yellow, u2.normal, u2.no_budget) == (0, 1, 1, 1)


def test_sector_roll_up_groups_by_sector_and_the_county_line_adds_everything():
    results = monitor(_county(), as_of=D(2024, 12, 31), year=2024)
    edu, health = roll_up_by_sector(results)
    assert (edu.key, edu.projects, edu.budget, edu.spent) == ("教育", 3, Money.wan(400), Money.wan(282))
    assert health.execution_percent == Decimal("70.00")
    county = roll_up_all(results)
    assert (county.projects, county.budget, county.spent) == (4, Money.wan(450), Money.wan(317))
    assert county.execution_percent == Decimal("70.44")


def test_rounding_for_display_is_half_up():
    assert points_shown(Fraction(1, 200)) == Decimal("0.01")
    assert points_shown(Fraction(-1, 200)) == Decimal("-0.01")
    assert points_shown(Fraction(1, 201)) == Decimal("0.00")


# -- properties ------------------------------------------------------------------------------------------
_ORDER = {WarningLevel.NONE: 0, WarningLevel.YELLOW: 1, WarningLevel.RED: 2}


@given(st.dates(min_value=D(2023, 12, 1), max_value=D(2025, 1, 31)), st.integers(1, 10**10),
       st.integers(0, 10**10), st.integers(0, 10**9), st.sampled_from(["calendar_day", "month"]))
def test_spending_more_never_raises_the_warning_level(as_of, budget, spent, extra, basis):
    params = MonitoringParams(time_basis=basis)
    less, more = monitor([ExecutionInput("A", "a", Money(budget), Money(spent)),
                          ExecutionInput("B", "b", Money(budget), Money(spent + extra))],
                         as_of=as_of, year=2024, params=params)
    assert _ORDER[more.level] <= _ORDER[less.level]
    assert less.lag_points == (less.time_share - Fraction(spent, budget)) * 100
    assert 0 <= less.time_share <= 1

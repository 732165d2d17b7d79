"""Each scoring rule of RULES §4 on real numbers, boundaries included."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from perfdesk.core.domain.enums import Comparison
from perfdesk.core.domain.money import Money
from perfdesk.core.domain.score import Grade
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.caps import apply_cap, cap_for
from perfdesk.core.rules.scoring.execution import (
    ExecutionInput,
    MoneyRowInput,
    execution_input_from_rows,
    execution_rate,
    score_execution,
)
from perfdesk.core.rules.scoring.flags import FlagCode
from perfdesk.core.rules.scoring.grades import grade_of, parse_grade
from perfdesk.core.rules.scoring.qualitative import band_points, score_qualitative
from perfdesk.core.rules.scoring.quantitative import score_quantitative
from perfdesk.core.rules.scoring.weights import canonical_level1, check_points, points_group, rescale_factor
from perfdesk.core.rules.valuetext import QualitativeLevel

P = ScoringParams()
GE, LE, EQ, NO = Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.EQUAL, Comparison.NONE


def codes(result) -> set[FlagCode]:
    return {f.code for f in result.flags}


# -- budget execution ---------------------------------------------------------------------------------------------
EXECUTION = [
    # full-year budget 万元, spent 万元, points, rate %, score
    ("100", "85", D(10), D(85), D("8.5")),
    ("100", "100", D(10), D(100), D(10)),
    ("100", "120", D(10), D(120), D(10)),  # over 100% is capped at 100%
    ("100", "0", D(10), D(0), D(0)),
    ("300", "200", D(20), D(200) / D(3), D(20) * D(2) / D(3)),
]


@pytest.mark.parametrize("budget, spent, points, rate, score", EXECUTION)
def test_execution_scores_points_times_the_rate_capped_at_100_percent(budget, spent, points, rate, score):
    result = score_execution(ExecutionInput(full_year_budget=Money.wan(budget), spent=Money.wan(spent)), P, points)
    assert result.rate == rate
    assert result.score == score


def test_execution_rate_uses_the_denominator_in_force():
    execution = ExecutionInput(initial_budget=Money.wan(80), full_year_budget=Money.wan(100), spent=Money.wan(80))
    assert execution_rate(execution, "full_year") == D(80)
    assert execution_rate(execution, "initial") == D(100)
    assert execution_rate(execution, "adjusted") == D(80)  # blank adjusted budget falls back to full-year
    adjusted = replace(execution, adjusted_budget=Money.wan(160))
    assert execution_rate(adjusted, "adjusted") == D(50)


def test_execution_below_the_threshold_requires_an_explanation_unless_one_is_given():
    low = ExecutionInput(full_year_budget=Money.wan(100), spent=Money.wan("89.99"))
    assert FlagCode.EXPLANATION_REQUIRED in codes(score_execution(low, P))
    assert not codes(score_execution(replace(low, explanation="工程款未到结算期"), P))
    exactly = ExecutionInput(full_year_budget=Money.wan(100), spent=Money.wan(90))
    assert not codes(score_execution(exactly, P))


def test_execution_without_a_budget_scores_zero_with_a_flag():
    result = score_execution(ExecutionInput(full_year_budget=Money(0), spent=Money.wan(5)), P)
    assert result.score == 0 and result.rate is None
    assert codes(result) == {FlagCode.NO_BUDGET}


def test_execution_explanation_shows_the_numbers():
    result = score_execution(ExecutionInput(full_year_budget=Money.wan(100), spent=Money.wan(85)), P)
    assert result.explanation == "spent 85.00 万元 / budget 100.00 万元 = 85.00%; 10 points × min(85.00%, 100%) = 8.50"


def test_a_zero_total_row_falls_back_to_its_sub_rows_with_a_note():
    subs = [MoneyRowInput(full_year_budget=Money.wan(60), spent=Money.wan(50)),
            MoneyRowInput(full_year_budget=Money.wan(40), spent=Money.wan(40))]
    execution, flags = execution_input_from_rows(MoneyRowInput(Money(0), Money(0), Money(0)), subs)
    assert (execution.full_year_budget, execution.spent) == (Money.wan(100), Money.wan(90))
    assert [f.code for f in flags] == [FlagCode.MONEY_FROM_SUB_ROWS]
    kept, none = execution_input_from_rows(MoneyRowInput(full_year_budget=Money.wan(7), spent=Money.wan(7)), subs)
    assert kept.full_year_budget == Money.wan(7) and none == ()


# -- quantitative -----------------------------------------------------------------------------------------------
QUANTITATIVE = [
    # comparison, target, actual, points, score, flags
    (GE, "100", "85", "20", "17", set()),
    (GE, "100", "100", "20", "20", set()),  # exactly met
    (GE, "100", "129.99", "20", "20", set()),
    (GE, "100", "130", "20", "20", {FlagCode.OVERRUN}),  # over-run flagged at 30% over
    (EQ, "12", "6", "10", "5", set()),
    (NO, "300", "150", "8", "4", set()),  # no sign reads as ≥/=
    (GE, "95", "0", "10", "0", set()),
    (GE, "0", "0", "10", "10", {FlagCode.ZERO_TARGET}),
    (GE, "0", "-1", "10", "0", {FlagCode.ZERO_TARGET}),
    (GE, "95", None, "10", "0", {FlagCode.MISSING_ACTUAL}),
    (GE, None, "95", "10", "0", {FlagCode.MISSING_TARGET}),
    (GE, "100", "-5", "10", "0", set()),  # never below 0
    (LE, "620", "700", "10", D(6200) / D(700), set()),
    (LE, "620", "620", "10", "10", set()),  # exactly met
    (LE, "620", "300", "10", "10", set()),
    (LE, "5", "0", "10", "10", set()),  # reverse indicator met by 0
    (LE, "0", "0", "10", "10", set()),
    (LE, "0", "2", "10", "0", {FlagCode.ZERO_TARGET}),
    (LE, "5", None, "10", "0", {FlagCode.MISSING_ACTUAL}),
    (LE, "10", "1000", "10", "0.1", set()),  # a far miss scores little, never below 0
]


@pytest.mark.parametrize("comparison, target, actual, points, score, flags", QUANTITATIVE)
def test_quantitative_lines_follow_the_2020_formula(comparison, target, actual, points, score, flags):
    result = score_quantitative(comparison, None if target is None else D(target),
                                None if actual is None else D(actual), D(points), P)
    assert result.score == D(score)
    assert codes(result) == flags


def test_a_missed_target_explains_actual_over_target_times_points():
    result = score_quantitative(GE, D(100), D(85), D(20), P)
    assert result.explanation == "actual 85 / target 100 × 20 points = 17.00"


def test_a_missed_reverse_target_explains_target_over_actual_times_points():
    result = score_quantitative(LE, D(620), D(700), D(10), P)
    assert result.explanation == "target 620 / actual 700 × 10 points = 8.86"


def test_an_over_run_deducts_the_set_points_only_when_the_deduction_is_on():
    on = replace(P, overrun_deduction=True)
    result = score_quantitative(GE, D(100), D(150), D(10), on)
    assert result.score == D(8)
    assert codes(result) == {FlagCode.OVERRUN, FlagCode.OVERRUN_DEDUCTED}
    assert score_quantitative(GE, D(100), D(129), D(10), on).score == D(10)
    assert score_quantitative(GE, D(100), D(150), D(1), on).score == D(0)  # never below 0


# -- qualitative ------------------------------------------------------------------------------------------------
A, PT, N = QualitativeLevel.ACHIEVED, QualitativeLevel.PARTLY, QualitativeLevel.NOT_ACHIEVED


@pytest.mark.parametrize("level, low, high", [(A, "8", "10"), (PT, "6", "8"), (N, "0", "6")])
def test_qualitative_bands_are_80_60_percent_of_points(level, low, high):
    assert band_points(level, D(10), P) == (D(low), D(high))


def test_qualitative_band_edges_come_from_settings():
    assert band_points(PT, D(10), replace(P, qualitative_lower=D(50))) == (D(5), D(8))
    assert band_points(N, D(10), replace(P, qualitative_lower=D(50))) == (D(0), D(5))


@pytest.mark.parametrize("level, pick", [(A, "8"), (A, "10"), (PT, "6"), (PT, "8"), (N, "0"), (N, "6"), (PT, "7.5")])
def test_a_pick_on_or_inside_the_band_limits_is_the_score(level, pick):
    assert score_qualitative(level, D(10), P, D(pick)).score == D(pick)


@pytest.mark.parametrize("level, pick", [(A, "7.99"), (A, "10.01"), (PT, "5.99"), (PT, "8.01"), (N, "6.01"), (N, "-1")])
def test_a_pick_outside_the_band_is_refused(level, pick):
    with pytest.raises(ValueError, match="outside the band"):
        score_qualitative(level, D(10), P, D(pick))


def test_without_a_pick_the_top_of_the_band_is_used_and_lower_bands_ask_for_confirmation():
    assert score_qualitative(A, D(10), P).score == D(10) and not score_qualitative(A, D(10), P).flags
    partly = score_qualitative(PT, D(10), P)
    assert partly.score == D(8) and codes(partly) == {FlagCode.QUALITATIVE_DEFAULT_PICK}
    assert score_qualitative(N, D(10), P).score == D(6)


# -- weights ---------------------------------------------------------------------------------------------------
def test_points_adding_up_to_100_raise_no_warning():
    lines = [("产出指标", D(30)), ("成本指标", D(20)), ("效益指标", D(30)), ("满意度指标", D(10))]
    assert check_points(D(10), lines, P) == ()


def test_points_not_adding_up_to_100_are_flagged_never_normalised():
    flags = check_points(D(10), [("产出指标", D(50)), ("效益指标", D(30)), ("满意度指标", D(5))], P)
    assert [f.code for f in flags] == [FlagCode.POINTS_NOT_100, FlagCode.LEVEL_POINTS_DIFFER]
    assert "95" in flags[0].message


def test_cost_indicators_draw_on_the_first_level_set_in_settings():
    assert points_group("成本指标", P) == "产出指标"
    assert points_group("成本", replace(P, cost_points_from="effect")) == "效益指标"
    assert points_group("成本指标", replace(P, cost_points_from="own")) == "成本指标"
    assert canonical_level1(" 产 出 ") == "产出指标" and canonical_level1("决策") == "决策"


def test_rescaling_without_not_applicable_lines_brings_the_rest_to_100():
    assert rescale_factor(D(100), D(20)) == D("1.25")
    assert rescale_factor(D(100), D(0)) is None
    assert rescale_factor(D(100), D(100)) is None


# -- caps and grades --------------------------------------------------------------------------------------------
CAPS = ScoringParams(caps_enabled=True)


@pytest.mark.parametrize("rate, cap", [("85", None), ("80", None), ("79.99", "89"), ("70", "89"), ("69.9", "79"),
                                       ("60", "79"), ("59", "69"), ("50", "69"), ("49.99", "59"), ("0", "59")])
def test_caps_by_execution_rate_apply_the_strictest_band(rate, cap):
    assert cap_for(D(rate), CAPS) == (None if cap is None else D(cap))


def test_caps_are_off_by_default_and_only_lower_a_total():
    assert cap_for(D(40), P) is None
    assert apply_cap(D(95), D(75), CAPS)[0] == D(89)
    total, cap, flags = apply_cap(D(85), D(75), CAPS)
    assert (total, cap, flags) == (D(85), D(89), ())


@pytest.mark.parametrize("total, grade", [("100", Grade.EXCELLENT), ("90", Grade.EXCELLENT), ("89.99", Grade.GOOD),
                                          ("80", Grade.GOOD), ("79.99", Grade.FAIR), ("60", Grade.FAIR),
                                          ("59.99", Grade.POOR), ("0", Grade.POOR)])
def test_grades_follow_the_90_80_60_scale(total, grade):
    assert grade_of(D(total), P) is grade


@pytest.mark.parametrize("text, grade", [("优", Grade.EXCELLENT), ("良好", Grade.GOOD), ("评价等级：中", Grade.FAIR),
                                         ("差", Grade.POOR), ("", None), ("较好地完成了目标", None)])
def test_printed_grades_are_read_from_their_words(text, grade):
    assert parse_grade(text) is grade

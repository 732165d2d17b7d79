"""百分制折算 (RULES §4): with not-applicable lines dropped, the other lines are rescaled to 100 and rounded by the
rounding setting (never 28-digit numbers), full marks stay full, and the total is the sum of the printed lines."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from perfdesk.core.domain.money import Money
from perfdesk.core.domain.score import RoundingMode
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.engine import EvaluationInput, EvaluationLine, score_evaluation
from perfdesk.core.rules.scoring.execution import ExecutionInput
from perfdesk.core.rules.scoring.flags import FlagCode
from perfdesk.core.rules.scoring.weights import rescaled_points

# A 农村户厕改造 table as counties print it: satisfaction not surveyed this year, so 群众满意度 is not applicable.
EXECUTION = ExecutionInput(full_year_budget=Money.wan(200), spent=Money.wan(190))  # 95% → 9.5 of 10
LINES = (
    EvaluationLine("改造农村户厕数量", D(15), "产出指标", "数量指标", "≥500户", "500户"),
    EvaluationLine("改厕验收合格率", D(15), "产出指标", "质量指标", "≥95%", "96%"),
    EvaluationLine("项目完成率", D(10), "产出指标", "时效指标", "=100%", "100%"),
    EvaluationLine("每户改厕补助标准", D(10), "产出指标", "成本指标", "≤1500元", "1500元"),
    EvaluationLine("受益农户数", D(20), "效益指标", "社会效益指标", "≥500户", "450户"),
    EvaluationLine("卫生厕所普及率", D(10), "效益指标", "社会效益指标", "≥85%", "80%"),
    EvaluationLine("群众满意度", D(10), "满意度指标", "服务对象满意度指标", "≥90%", "", not_applicable=True),
)
RESCALE = ScoringParams(rescale_not_applicable=True)


def _table(*lines: EvaluationLine) -> EvaluationInput:
    return EvaluationInput(lines or LINES, EXECUTION)


def _places(value: D) -> int:
    return -value.as_tuple().exponent  # type: ignore[operator]


def test_rescaled_lines_and_total_are_rounded_to_two_places_and_the_total_is_their_sum():
    result = score_evaluation(_table(), RESCALE)
    scores = [result.execution.final_score, *(ln.final_score for ln in result.lines)]
    # 9.5 × 100/90 = 10.56; a full 15 → 16.67 (was 16.666666666666666666666666667); 18 × 100/90 = 20;
    # 80/85 × 10 = 9.41… × 100/90 = 10.46; the not-applicable line counts 0
    assert scores == [D("10.56"), D("16.67"), D("16.67"), D("11.11"), D("11.11"), D("20.00"), D("10.46"), D(0)]
    assert all(_places(s) <= 2 for s in scores)
    assert result.total == sum(scores) == D("96.58")
    assert [ln.points for ln in result.lines[:6]] == [D("16.67"), D("16.67"), D("11.11"), D("11.11"), D("22.22"),
                                                      D("11.11")]


def test_a_table_with_every_line_at_full_marks_still_totals_exactly_100_after_rescaling():
    full = tuple(ln if ln.not_applicable else replace(ln, actual=ln.target.lstrip("≥≤=")) for ln in LINES)
    execution = ExecutionInput(full_year_budget=Money.wan(200), spent=Money.wan(200))
    result = score_evaluation(EvaluationInput(full, execution), RESCALE)
    assert result.total == D("100.00")  # 11.11 + 16.67 + 16.67 + 11.11 + 11.11 + 22.22 + 11.11
    assert all(ln.final_score == ln.points for ln in result.lines if ln.counted)


def test_whole_number_rounding_rounds_rescaled_lines_to_whole_points():
    result = score_evaluation(_table(), replace(RESCALE, rounding=RoundingMode.INTEGER.value))
    scores = [result.execution.final_score, *(ln.final_score for ln in result.lines if ln.counted)]
    assert scores == [D(11), D(17), D(17), D(11), D(11), D(20), D(10)]
    assert result.total == sum(scores) == D(97)


def test_scores_kept_as_entered_are_still_rounded_to_two_places_once_rescaled():
    result = score_evaluation(_table(), replace(RESCALE, rounding=RoundingMode.AS_ENTERED.value))
    assert result.lines[0].final_score == D("16.67") and result.total == D("96.58")


def test_without_a_not_applicable_line_or_with_the_setting_off_nothing_is_rescaled():
    applicable = LINES[:6]
    plain = score_evaluation(_table(*applicable), RESCALE)
    assert [ln.final_score for ln in plain.lines] == [D(15), D(15), D(10), D(10), D(18), D("9.41")]
    assert FlagCode.RESCALED not in {f.code for f in plain.flags}
    off = score_evaluation(_table(), ScoringParams())
    assert off.total == D("86.91")  # 9.50 + 15 + 15 + 10 + 10 + 18 + 9.41, 满意度 not counted
    assert FlagCode.RESCALED not in {f.code for f in off.flags}


def test_the_explanation_says_in_chinese_why_a_line_scores_more_than_its_printed_points(chinese):
    result = score_evaluation(_table(), RESCALE)
    line = result.lines[0]
    assert "剔除不适用指标后按百分制折算" in line.explanation and "×100/90" in line.explanation
    assert "16.67" in line.explanation
    assert "不适用，不计分" in result.lines[6].explanation
    rescaled = next(f for f in result.flags if f.code is FlagCode.RESCALED)
    assert "群众满意度" in rescaled.message and "100/90" in rescaled.message


@pytest.mark.parametrize(("points", "quantum", "expected"), [
    ([D(10), D(15), D(15), D(10), D(10), D(20), D(10)], D("0.01"),
     [D("11.11"), D("16.67"), D("16.67"), D("11.11"), D("11.11"), D("22.22"), D("11.11")]),
    ([D(30), D(30), D(30)], D(1), [D(34), D(33), D(33)]),  # 100/90 each: 33.33…; the earlier line gets the unit
])
def test_rescaled_points_add_up_to_the_whole(points, quantum, expected):
    factor = D(100) / D(90)
    assert rescaled_points(points, factor, quantum) == expected
    assert sum(expected) == D(100)

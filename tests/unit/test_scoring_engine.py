"""Scoring a whole self-evaluation: totals, overrides, printed differences, sub-rows, rescaling, caps."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.domain.enums import Comparison
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.domain.score import Grade, RoundingMode
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.engine import EvaluationInput, EvaluationLine, score_evaluation
from perfdesk.core.rules.scoring.execution import ExecutionInput
from perfdesk.core.rules.scoring.flags import FlagCode
from perfdesk.core.rules.valuetext import QualitativeLevel

EXEC_85 = ExecutionInput(full_year_budget=Money.wan(100), spent=Money.wan(85), explanation="工程未完工")


def table(*lines: EvaluationLine, **kw) -> EvaluationInput:
    return EvaluationInput(lines=lines, execution=kw.pop("execution", EXEC_85), **kw)


STANDARD = (
    EvaluationLine("培训人次", D(20), "产出指标", "数量指标", "≥100人次", "85人次", printed_score=D(17)),
    EvaluationLine("合格率", D(20), "产出指标", "质量指标", "≥95%", "98%"),
    EvaluationLine("人工成本", D(10), "产出指标", "成本指标", "≤620万元/月", "700万元/月", printed_score=D(10)),
    EvaluationLine("社会效益", D(30), "效益指标", "社会效益指标", "有效", "达成年度指标"),
    EvaluationLine("满意度", D(10), "满意度指标", "服务对象满意度指标", "≥90%", "0.95"),
)


def test_a_whole_table_scores_each_line_and_sums_the_rounded_lines():
    result = score_evaluation(table(*STANDARD))
    assert [ln.final_score for ln in result.lines] == [D("17.00"), D("20.00"), D("8.86"), D("30.00"), D("10.00")]
    assert result.execution.final_score == D("8.50")
    assert result.lines_total == result.total == D("94.36")
    assert result.grade is Grade.EXCELLENT
    assert result.lines[0].explanation == "actual 85 / target 100 × 20 points = 17.00"
    assert result.params["scoring"]["execution_points"] == "10"


def test_integer_rounding_rounds_each_line_before_summing():
    result = score_evaluation(table(*STANDARD), ScoringParams(rounding=RoundingMode.INTEGER.value))
    assert [ln.final_score for ln in result.lines] == [D(17), D(20), D(9), D(30), D(10)]
    assert result.execution.final_score == D(9)  # 8.5 half-up
    assert result.total == D(95)


def test_every_printed_score_that_differs_is_listed_with_its_explanation():
    result = score_evaluation(table(*STANDARD, printed_total=D(90)))
    subjects = [(d.subject, d.printed, d.computed) for d in result.differences]
    assert subjects == [("人工成本", "10", "8.86"), ("total", "90", "94.36")]
    assert result.differences[0].explanation == "target 620 / actual 700 × 10 points = 8.86"
    assert FlagCode.PRINTED_DIFFERS in {f.code for f in result.flags}


def test_a_printed_total_that_is_not_the_sum_of_printed_lines_is_flagged():
    lines = [replace(ln, printed_score=s) for ln, s in zip(STANDARD, (D(17), D(20), D(9), D(30), D(10)), strict=True)]
    result = score_evaluation(table(*lines, printed_execution_score=D("8.5"), printed_total=D(96)))
    assert result.printed_lines_total == D("94.5")
    mismatch = [f for f in result.flags if f.code is FlagCode.PRINTED_TOTAL_MISMATCH]
    assert len(mismatch) == 1 and "94.5" in mismatch[0].message


def test_a_printed_grade_that_differs_from_the_computed_grade_is_listed():
    result = score_evaluation(table(*STANDARD, printed_grade="良"))
    assert [(d.subject, d.printed, d.computed) for d in result.differences] == [("人工成本", "10", "8.86"),
                                                                                ("grade", "良", "优")]


def test_an_override_with_a_reason_wins_over_the_rule():
    lines = list(STANDARD)
    lines[2] = replace(lines[2], override_score=D(10), override_reason="成本超支系政策性调价，经审核认可")
    result = score_evaluation(table(*lines))
    assert result.lines[2].rule_score == D("8.86") and result.lines[2].final_score == D(10)
    assert result.total == D("95.50")
    assert FlagCode.OVERRIDDEN in {f.code for f in result.lines[2].flags}


def test_an_override_without_a_reason_or_above_the_points_is_refused_with_its_row():
    lines = [replace(STANDARD[0], override_score=D(18), row=12),
             replace(STANDARD[1], override_score=D(25), override_reason="x", row=13)]
    with pytest.raises(UserErrors) as caught:
        score_evaluation(table(*lines, sheet="项目1"))
    assert [(e.row, e.sheet) for e in caught.value.errors] == [(12, "项目1"), (13, "项目1")]
    assert "needs a reason" in caught.value.errors[0].message
    assert "outside 0–20" in caught.value.errors[1].message


def test_a_qualitative_pick_outside_its_band_is_refused():
    line = EvaluationLine("社会效益", D(30), "效益指标", target="有效", actual="部分达成", qualitative_pick=D(25), row=20)
    with pytest.raises(UserErrors, match="outside the band 18.00–24.00"):
        score_evaluation(table(line))


def test_the_evaluator_level_and_pick_score_a_qualitative_line():
    line = EvaluationLine("社会效益", D(30), "效益指标", target="显著提升", actual="",
                          qualitative_level=QualitativeLevel.PARTLY, qualitative_pick=D(20))
    assert score_evaluation(table(line)).lines[0].final_score == D(20)


def test_points_on_a_sub_row_are_not_counted_twice():
    lines = (EvaluationLine("发放补贴户数", D(20), "产出指标", target="≥100户", actual="100户"),
             EvaluationLine("其中：脱贫户", D(20), "产出指标", target="≥50户", actual="50户", sub_row=True))
    result = score_evaluation(table(*lines))
    assert result.lines_total == D("8.50") + D(20)
    assert not result.lines[1].counted and result.lines[1].final_score == 0
    assert FlagCode.SUB_ROW_POINTS_IGNORED in {f.code for f in result.lines[1].flags}


def test_not_applicable_lines_are_dropped_and_rescaled_only_when_the_setting_is_on():
    lines = (*STANDARD[:4], replace(STANDARD[4], not_applicable=True))
    off = score_evaluation(table(*lines))
    assert off.total == D("84.36")
    on = score_evaluation(table(*lines), ScoringParams(rescale_not_applicable=True))
    # remaining 90 points rescaled to 100: factor 10/9 applied to each counted line, then rounded
    assert on.execution.final_score == D("9.44") and on.lines[0].final_score == D("18.89")
    assert on.total == sum((ln.final_score for ln in on.lines if ln.counted), on.execution.final_score)
    # the rescaled points 11.11 + 22.22 + 22.22 + 11.11 + 33.34 add up to 100 (the 0.01 left by rounding each down
    # goes to the largest remainder, 30 × 10/9 = 33.333…), and the full 30 points of 社会效益 stay full: 33.34
    assert on.total == D("93.73")  # 9.44 + 18.89 + 22.22 + 9.84 + 33.34


def test_a_cap_lowers_the_total_and_keeps_the_sum_of_lines():
    low = ExecutionInput(full_year_budget=Money.wan(100), spent=Money.wan(75), explanation="x")
    full = [replace(ln, actual=ln.target.lstrip("≥≤")) for ln in STANDARD]
    result = score_evaluation(table(*full, execution=low), ScoringParams(caps_enabled=True))
    assert result.lines_total == D("97.50") and result.total == D(89) and result.cap_applied
    assert result.grade is Grade.GOOD


def test_a_deadline_met_scores_full_and_a_missed_one_needs_a_judgement():
    lines = (EvaluationLine("完工时间", D(10), "产出指标", target="2024年12月31日前", actual="2024年11月完成"),
             EvaluationLine("验收时间", D(10), "产出指标", target="2024年6月底前", actual="2024年8月"),
             EvaluationLine("开工时间", D(10), "产出指标", target="2024年3月前", actual="按时完成"))
    result = score_evaluation(table(*lines))
    assert [ln.final_score for ln in result.lines] == [D(10), D(0), D(10)]
    assert FlagCode.DATE_MISSED in {f.code for f in result.lines[1].flags}


def test_an_explicit_comparison_column_wins_over_the_text():
    line = EvaluationLine("结余率", D(10), "效益指标", target="5", actual="8", comparison=Comparison.AT_MOST, unit="%")
    result = score_evaluation(table(line))
    assert result.lines[0].final_score == D("6.25")
    assert result.lines[0].target.unit == "%"


def test_points_not_adding_to_100_are_flagged_on_the_evaluation():
    result = score_evaluation(table(*STANDARD[:2]))
    assert FlagCode.POINTS_NOT_100 in {f.code for f in result.flags}


# -- properties ---------------------------------------------------------------------------------------------------
decimals = st.decimals(min_value=-1000, max_value=100000, places=2, allow_nan=False, allow_infinity=False)
points = st.decimals(min_value=0, max_value=50, places=1, allow_nan=False, allow_infinity=False)
signs = st.sampled_from(["≥", "≤", "=", ""])


@st.composite
def lines(draw):
    return EvaluationLine("指标", draw(points), "产出指标", target=f"{draw(signs)}{draw(decimals)}",
                          actual=str(draw(decimals)), sub_row=draw(st.booleans()), not_applicable=draw(st.booleans()))


params = st.builds(ScoringParams, rounding=st.sampled_from([m.value for m in RoundingMode]),
                   overrun_deduction=st.booleans(), rescale_not_applicable=st.booleans())


@given(st.lists(lines(), max_size=8), params, decimals, decimals)
def test_a_line_never_scores_below_0_or_above_its_points_and_the_total_is_the_sum_of_lines(lines, params, budget, spent):
    execution = ExecutionInput(full_year_budget=Money.wan(abs(budget)), spent=Money.wan(abs(spent)))
    result = score_evaluation(EvaluationInput(tuple(lines), execution), params)
    for line in (*result.lines, result.execution):
        assert 0 <= line.final_score <= line.points
    counted = sum((ln.final_score for ln in result.lines if ln.counted), result.execution.final_score)
    assert result.lines_total == counted == result.total


def test_lines_with_the_same_values_score_alike_but_keep_their_own_points_text_and_settings() -> None:
    as_entered = ScoringParams(rounding=RoundingMode.AS_ENTERED.value)
    line = EvaluationLine("受益人数", D("10"), "产出指标", "数量指标", "≥100人", "200人")
    wide = replace(line, points=D("10.00"))
    first, second = score_evaluation(table(line, wide), as_entered).lines
    assert (str(first.rule_score), str(second.rule_score)) == ("10", "10.00")
    assert "10.00" not in first.explanation
    deducting = ScoringParams(overrun_deduction=True, overrun_deduction_points=D(2))
    assert score_evaluation(table(line), deducting).lines[0].rule_score == D(8)
    assert score_evaluation(table(line)).lines[0].rule_score == D(10)

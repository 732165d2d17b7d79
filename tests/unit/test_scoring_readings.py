"""Lines scored from people's words and from values typed without a sign (RULES §4): nothing that is not certainly
achieved scores full, a saving never loses points, an overrun never scores full, and each line says how it read."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.rules.direction import ReverseKind, reverse_kind
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.engine import EvaluationInput, EvaluationLine, score_evaluation
from perfdesk.core.rules.scoring.flags import FlagCode

P = ScoringParams()
JUDGEMENT = replace(P, unsigned_direction="judgement")


def one(line: EvaluationLine, params: ScoringParams = P):  # type: ignore[no-untyped-def]
    return score_evaluation(EvaluationInput((line,)), params).lines[0]


def codes(result) -> set[FlagCode]:  # type: ignore[no-untyped-def]
    return {f.code for f in result.flags}


# -- qualitative lines ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("actual, score", [
    ("未按时完成", D(8)), ("未按期完成", D(8)), ("部分完成", D(8)), ("延期完成", D(8)),  # partly band, top, flagged
    ("无明显改善", D(6)), ("没有改善", D(6)), ("未提高", D(6)), ("不显著", D(6)),  # not-achieved band, flagged
])
def test_negated_late_or_partial_words_never_score_full(actual, score):
    line = one(EvaluationLine("工作成效", D(10), "效益指标", target="达成年度指标", actual=actual))
    assert line.rule_score == score
    assert FlagCode.QUALITATIVE_DEFAULT_PICK in codes(line)
    assert line.explanation.startswith(f"“{actual}”")


def test_a_target_of_excellent_with_an_actual_of_good_is_partly_achieved():
    line = one(EvaluationLine("工程质量", D(10), "产出指标", target="优", actual="良"))
    assert line.rule_score == D(8) and FlagCode.QUALITATIVE_DEFAULT_PICK in codes(line)
    assert "“优”" in line.explanation and "良" in line.explanation
    assert one(EvaluationLine("工程质量", D(10), "产出指标", target="良", actual="优")).rule_score == D(10)


def test_some_improvement_against_a_marked_improvement_is_partly_achieved():
    line = one(EvaluationLine("群众健康水平", D(20), "效益指标", target="显著提高", actual="有所提高"))
    assert line.rule_score == D(16) and "“有所”" in line.explanation


@pytest.mark.parametrize("actual", ["无调查数据", "未开展满意度调查", "年底前完成", "预计12月完成"])
def test_no_data_or_a_plan_scores_nothing_until_a_person_decides(actual):
    line = one(EvaluationLine("群众满意度", D(10), "满意度指标", target="满意", actual=actual))
    assert line.rule_score == D(0) and FlagCode.READING_UNCERTAIN in codes(line)
    assert f"“{actual}”" in line.explanation


def test_an_achieved_reading_scores_full_and_says_why():
    line = one(EvaluationLine("群众满意度", D(10), "满意度指标", target="满意", actual="群众满意度较高"))
    assert line.rule_score == D(10) and not codes(line) - {FlagCode.VALUE_INTERPRETED}  # the target's level noted
    assert "“满意”" in line.explanation


def test_an_evaluators_pick_inside_the_band_the_words_read_as_is_the_score():
    line = one(EvaluationLine("工作成效", D(10), "效益指标", target="达成", actual="未按时完成",
                              qualitative_level=None, qualitative_pick=D(7)))
    assert line.rule_score == D(7)  # a pick inside the partly band the words read as


# -- deadlines --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("actual", ["未按时完成", "延期完成", "2024年11月尚未完成", "推迟至次年完成", "2025年2月"])
def test_late_or_negated_words_and_later_dates_do_not_meet_a_deadline(actual):
    line = one(EvaluationLine("完工时间", D(10), "产出指标", target="2024年12月31日前", actual=actual))
    assert line.rule_score == D(0) and FlagCode.DATE_MISSED in codes(line)


@pytest.mark.parametrize("actual", ["按时完成", "提前完成", "2024年11月完成", "如期完成"])
def test_on_time_words_and_earlier_dates_meet_a_deadline(actual):
    line = one(EvaluationLine("完工时间", D(10), "产出指标", target="2024年12月31日前", actual=actual))
    assert line.rule_score == D(10) and not codes(line) - {FlagCode.VALUE_INTERPRETED}


@pytest.mark.parametrize("actual", ["已完成", "预计2024年12月完成", "无数据"])
def test_done_without_saying_when_or_a_plan_is_left_to_a_person(actual):
    line = one(EvaluationLine("完工时间", D(10), "产出指标", target="2024年12月31日前", actual=actual))
    assert line.rule_score == D(0) and FlagCode.READING_UNCERTAIN in codes(line)


# -- lines typed without a comparison sign ---------------------------------------------------------------------------
@pytest.mark.parametrize("name, level1, level2, kind", [
    ("办公所需成本", "成本指标", "经济成本指标", ReverseKind.COST), ("人均培训费用", "产出指标", "数量指标", ReverseKind.COST),
    ("道路硬化单价", "产出指标", "成本指标", ReverseKind.COST), ("补助标准", "成本指标", "经济成本指标", ReverseKind.COST),
    ("森林火灾受害率", "效益指标", "生态效益指标", ReverseKind.INCIDENCE),
    ("安全事故发生次数", "产出指标", "质量指标", ReverseKind.INCIDENCE),
    ("农作物成灾率", "效益指标", "经济效益指标", ReverseKind.INCIDENCE), ("群众投诉次数", "满意度指标", "", ReverseKind.INCIDENCE),
    ("任务完成时限", "产出指标", "时效指标", ReverseKind.TIME_LIMIT), ("办结天数", "产出指标", "时效指标", ReverseKind.TIME_LIMIT),
    ("项目工期", "产出指标", "时效指标", ReverseKind.TIME_LIMIT),
    # higher is better: left alone
    ("补助标准", "产出指标", "数量指标", None), ("投诉处理率", "满意度指标", "", None), ("资金拨付及时率", "产出指标", "时效指标", None),
    ("成本节约额", "成本指标", "经济成本指标", None), ("受益人数", "效益指标", "社会效益指标", None),
    ("事故下降率", "效益指标", "社会效益指标", None), ("合格率", "产出指标", "质量指标", None),
])
def test_the_name_and_level_say_which_lines_are_lower_is_better(name, level1, level2, kind):
    assert reverse_kind(name, level1, level2) is kind


@pytest.mark.parametrize("name, level1, target, actual, score", [
    ("办公所需成本", "成本指标", "15万元", "18万元", D("8.33")),  # overrun: 15 / 18 × 10
    ("办公所需成本", "成本指标", "15万元", "12万元", D(10)),  # saving: full
    ("森林火灾受害率", "效益指标", "0.9%", "1.2%", D("7.50")),  # 0.9 / 1.2 × 10
    ("森林火灾受害率", "效益指标", "0.9%", "0.5%", D(10)),
    ("任务完成时限", "产出指标", "10月", "12月", D("8.33")),
    ("任务完成时限", "产出指标", "10月", "9月", D(10)),
    ("办结天数", "产出指标", "5天", "7天", D("7.14")),
    ("安全事故发生次数", "产出指标", "0次", "0次", D(10)),
])
def test_an_unsigned_reverse_line_never_scores_an_overrun_full_nor_costs_a_saving(name, level1, target, actual, score):
    line = one(EvaluationLine(name, D(10), level1, target=target, actual=actual))
    assert line.rule_score == score
    assert FlagCode.DIRECTION_INFERRED in codes(line)
    assert "no comparison sign" in line.explanation


def test_an_unsigned_higher_is_better_line_is_scored_as_before():
    line = one(EvaluationLine("受益人数", D(10), "效益指标", target="1000人", actual="900人"))
    assert line.rule_score == D(9) and FlagCode.DIRECTION_INFERRED not in codes(line)


def test_a_printed_sign_wins_over_the_name():
    line = one(EvaluationLine("办公所需成本", D(10), "成本指标", target="≥15万元", actual="18万元"))
    assert line.rule_score == D(10) and FlagCode.DIRECTION_INFERRED not in codes(line)


@pytest.mark.parametrize("target, actual, score", [("15万元", "18万元", D("8.33")), ("15万元", "12万元", D(8)),
                                                   ("15万元", "15万元", D(10))])
def test_left_for_judgement_the_lower_of_both_ways_is_scored_and_flagged(target, actual, score):
    line = one(EvaluationLine("办公所需成本", D(10), "成本指标", target=target, actual=actual), JUDGEMENT)
    assert line.rule_score == score and FlagCode.DIRECTION_UNCERTAIN in codes(line)
    assert "left for a person" in line.explanation


def test_the_setting_is_stored_with_the_result():
    result = score_evaluation(EvaluationInput((EvaluationLine("x", D(10), target="1", actual="1"),)), JUDGEMENT)
    assert result.params["scoring"]["unsigned_direction"] == "judgement"



@given(st.dates(min_value=date(2023, 1, 1), max_value=date(2026, 12, 31)),
       st.dates(min_value=date(2023, 1, 1), max_value=date(2026, 12, 31)),
       st.sampled_from(["", "完成", "已完成", "竣工"]))
def test_a_date_meets_a_deadline_exactly_when_it_is_not_later(deadline, done, suffix):
    target = f"{deadline.year}年{deadline.month}月{deadline.day}日前"
    actual = f"{done.year}年{done.month}月{done.day}日{suffix}"
    line = one(EvaluationLine("完工时间", D(10), "产出指标", target=target, actual=actual))
    assert line.rule_score == (D(10) if done <= deadline else D(0))

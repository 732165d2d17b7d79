"""Key evaluation rules (RULES §6): the five rates, line scores at their boundaries, the weight check, the
questionnaire arithmetic and the expert draw."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from perfdesk.core.domain.keyeval import Formula
from perfdesk.core.domain.score import RoundingMode
from perfdesk.core.rules import experts as X
from perfdesk.core.rules import keyeval as K
from perfdesk.core.rules import survey as S


@pytest.mark.parametrize(("formula", "num", "den", "expected"), [
    (Formula.FUNDS_ARRIVAL, D(480), D(500), D("0.96")),  # 实际到位资金 / 预算资金
    (Formula.EXECUTION, D(450), D(480), D("0.9375")),  # 实际支出 / 实际到位资金
    (Formula.COMPLETION, D(95), D(100), D("0.95")),  # 实际产出数 / 计划产出数
    (Formula.QUALITY, D(90), D(95), D(90) / D(95)),  # 达标产出数 / 实际产出数
    (Formula.COST_SAVING, D(90), D(100), D("0.1")),  # (计划成本 − 实际成本) / 计划成本
    (Formula.COST_SAVING, D(110), D(100), D("-0.1")),  # overspent: a negative saving
])
def test_each_rate_follows_its_published_formula(formula, num, den, expected) -> None:  # type: ignore[no-untyped-def]
    assert K.rate(formula, num, den) == expected


@pytest.mark.parametrize("den", [None, D(0), D(-5)])
def test_a_rate_without_a_positive_denominator_is_not_computed(den) -> None:  # type: ignore[no-untyped-def]
    assert K.rate(Formula.COMPLETION, D(5), den) is None
    line = K.score_line(Formula.COMPLETION, D(10), D(5), den)
    assert line.score is None and "计划产出数" in line.basis


def test_a_rate_line_earns_points_times_rate_over_target_and_never_more_than_its_points() -> None:
    assert K.score_line(Formula.COMPLETION, D(10), D(95), D(100)).score == D("9.50")
    assert K.score_line(Formula.COMPLETION, D(10), D(100), D(100)).score == D("10.00")  # exactly met
    assert K.score_line(Formula.COMPLETION, D(10), D(130), D(100)).score == D("10.00")  # over-run capped
    assert K.score_line(Formula.COMPLETION, D(10), D(0), D(100)).score == D("0.00")
    # 99.9% is not 100%: 4 × 0.999 = 3.996 rounds to 4.00, but 99% earns 3.96
    assert K.score_line(Formula.FUNDS_ARRIVAL, D(4), D("9990"), D("10000")).score == D("4.00")
    assert K.score_line(Formula.FUNDS_ARRIVAL, D(4), D("9900"), D("10000")).score == D("3.96")
    line = K.score_line(Formula.FUNDS_ARRIVAL, D(4), D(480), D(500))
    assert line.score == D("3.84")
    assert line.basis.startswith("资金到位率 = 实际到位资金480 ÷ 预算资金500 = 96.00%")


def test_a_rate_line_with_its_own_target_is_full_at_that_target() -> None:
    assert K.score_line(Formula.SATISFACTION, D(8), D(90), None, D(90)).score == D("8.00")
    assert K.score_line(Formula.SATISFACTION, D(8), D(72), None, D(90)).score == D("6.40")
    assert K.score_line(Formula.SATISFACTION, D(8), D(101), None, D(90)).score is None  # not a rate


def test_satisfaction_just_below_its_target_loses_points() -> None:
    line = K.score_line(Formula.SATISFACTION, D(8), D("89.5"), None, D(90))
    assert line.score == D("7.96")  # 8 × 89.5/90 = 7.9555… → 7.96


def test_cost_saving_full_when_not_overspent_else_planned_over_actual() -> None:
    assert K.score_line(Formula.COST_SAVING, D(7), D(100), D(100)).score == D("7.00")  # saving 0% = target 0%
    assert K.score_line(Formula.COST_SAVING, D(7), D(80), D(100)).score == D("7.00")
    over = K.score_line(Formula.COST_SAVING, D(7), D(125), D(100))
    assert over.score == D("5.60")  # 7 × 100/125
    assert "-25.00%" in over.basis
    # a required saving of 10%: a 5% saving earns 7 × 90/95
    assert K.score_line(Formula.COST_SAVING, D(7), D(95), D(100), D(10)).score == D("6.63")


def test_line_scores_follow_the_rounding_setting() -> None:
    assert K.score_line(Formula.COMPLETION, D(10), D(956), D(1000), rounding=RoundingMode.INTEGER).score == D(10)
    assert K.score_line(Formula.COMPLETION, D(10), D(954), D(1000), rounding=RoundingMode.INTEGER).score == D(10)
    assert K.score_line(Formula.COMPLETION, D(10), D(949), D(1000), rounding=RoundingMode.INTEGER).score == D(9)


def test_a_hand_score_must_lie_between_zero_and_the_points() -> None:
    assert K.hand_score_problem(D(3), D(3)) is None
    assert K.hand_score_problem(D(3), D(0)) is None
    assert K.hand_score_problem(D(3), D("3.01")) is not None
    assert K.hand_score_problem(D(3), D("-0.5")) is not None


def test_the_default_framework_adds_up_and_passes_the_output_effect_check() -> None:
    lines = [(row[0], D(row[3])) for row in K.DEFAULT_FRAMEWORK]
    assert sum(p for _l, p in lines) == 100
    assert K.output_effect_share(lines) == D(65)
    assert K.framework_problems(lines, D(60)) == []
    assert {row[6] for row in K.DEFAULT_FRAMEWORK} >= {f.value for f in Formula}


def test_the_weight_check_at_its_boundary() -> None:
    exactly = [("决策", D(20)), ("过程", D(20)), ("产出", D(30)), ("效益", D(30))]
    assert K.framework_problems(exactly, D(60)) == []  # 60% is enough
    short = [("决策", D(21)), ("过程", D(20)), ("产出", D(30)), ("效益", D(29))]
    problems = K.framework_problems(short, D(60))
    assert len(problems) == 1 and "59" in problems[0]
    wrong_total = [("决策", D(20)), ("产出", D(50)), ("效益", D(29))]
    assert any("99" in p for p in K.framework_problems(wrong_total, D(60)))
    assert K.framework_problems([], D(60))
    assert K.framework_problems([("产出", D(0)), ("效益", D(100))], D(60))


def test_the_total_waits_for_every_line() -> None:
    assert K.total_of([D(1), D("2.5")]) == D("3.5")
    assert K.total_of([D(1), None]) is None
    assert K.total_of([]) is None


# -- questionnaires --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("cell", "level"), [(5, 5), (1, 1), ("非常满意", 5), (" 满意 ", 4), ("基本满意", 3),
                                             ("不满意", 2), ("非常不满意", 1), ("4", 4), (4.0, 4), (None, None), ("", None),
                                             ("  ", None)])
def test_answers_read_as_words_or_numbers_and_blank_is_no_answer(cell, level) -> None:  # type: ignore[no-untyped-def]
    assert S.parse_answer(cell) == level


@pytest.mark.parametrize("cell", [0, 6, 3.5, "6", "好", "-1", True, "5分"])
def test_answers_outside_the_five_levels_are_refused(cell) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(S.BadAnswer):
        S.parse_answer(cell)


def test_each_question_rate_counts_only_its_answers() -> None:
    answers = [[5, 3], [4, None], [2, 4], [None, None], [3, 5]]
    results = S.question_results(["Q1", "Q2"], answers, "satisfied")
    assert [(r.answered, r.satisfied, r.blank) for r in results] == [(4, 2, 1), (3, 2, 2)]
    assert results[0].rate == D("0.5")
    assert results[1].rate == D(2) / D(3)
    basically = S.question_results(["Q1", "Q2"], answers, "basically")
    assert [r.satisfied for r in basically] == [3, 3]


def test_the_overall_rate_is_the_mean_of_questions_or_all_answers_pooled() -> None:
    results = S.question_results(["Q1", "Q2", "Q3"], [[5, 5, None], [2, None, None], [4, None, None]], "satisfied")
    assert S.overall_rate(results, "mean") == (D(2) / D(3) + D(1)) / 2  # Q3 unanswered: not in the mean
    assert S.overall_rate(results, "pooled") == D(3) / D(4)
    assert S.overall_rate(S.question_results(["Q"], [[None]], "satisfied"), "mean") is None


# -- the expert draw -------------------------------------------------------------------------------------
def pool(n: int = 12) -> list[X.Candidate]:
    return [X.Candidate(i, f"专家{i}", "教育" if i % 2 else "农业", f"某大学{i}", ("101001",) if i % 3 == 0 else ())
            for i in range(1, n + 1)]


def test_the_same_seed_gives_the_same_panel_and_another_seed_usually_another() -> None:
    a = X.draw_panel(pool(), ["101001"], 4, seed=7)
    assert a == X.draw_panel(list(reversed(pool())), ["101001"], 4, seed=7)  # the pool's order does not matter
    panels = {X.draw_panel(pool(), ["101001"], 4, seed=s).chosen for s in range(20)}
    assert len(panels) > 5


def test_a_draw_never_picks_a_conflicted_expert() -> None:
    candidates = pool()
    conflicted = {c.id for c in candidates if c.conflicts}
    for seed in range(300):
        d = X.draw_panel(candidates, ["101001", "县教育局"], 8, seed=seed)
        assert not conflicted & set(d.chosen)
        assert set(d.excluded) == conflicted
        assert len(set(d.chosen)) == 8


def test_conflicts_match_codes_names_and_the_employer_whatever_the_width() -> None:
    c = X.Candidate(1, "张", "教育", "县第一中学", ("（县）教育局",))
    assert X.conflicted(c, ["(县)教育局"])
    assert X.conflicted(c, ["县第一中学"])
    assert not X.conflicted(c, ["县卫健局", ""])


def test_a_draw_larger_than_the_eligible_pool_is_refused() -> None:
    with pytest.raises(ValueError, match="8"):
        X.draw_panel(pool(), ["101001"], 9, seed=1)  # 12 − 4 conflicted = 8 eligible
    assert len(X.draw_panel(pool(), ["101001"], 8, seed=1).chosen) == 8
    with pytest.raises(ValueError):
        X.draw_panel(pool(), [], 0, seed=1)


def test_a_field_limits_the_pool_and_inactive_experts_are_never_drawn() -> None:
    candidates = pool() + [X.Candidate(99, "停用", "教育", "", (), active=False)]
    d = X.draw_panel(candidates, [], 6, seed=3, field="教育")
    assert set(d.chosen) == {1, 3, 5, 7, 9, 11}

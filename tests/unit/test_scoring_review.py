"""Spot-check review rules (RULES §5)."""

from __future__ import annotations

from decimal import Decimal as D

from perfdesk.core.domain.score import RoundingMode
from perfdesk.core.rules.params import ScoringParams, SpotCheckParams
from perfdesk.core.rules.scoring.review import (
    ReviewLine,
    mean_absolute_difference,
    review_lines,
    review_total,
)


def one(**kw) -> ReviewLine:
    base = {"name": "培训人次", "level1": "产出指标", "points": D(20), "score": D(17), "self_score": D(20)}
    return ReviewLine(**{**base, **kw})


def test_an_indicator_without_evidence_scores_zero():
    (reviewed,) = review_lines([one(has_evidence=False)])
    assert reviewed.score == 0 and reviewed.difference == D(-20)
    assert reviewed.reasons == ("no evidence: 0 points",)


def test_an_indicator_unrelated_to_the_project_scores_zero():
    assert review_lines([one(related=False)])[0].score == 0


def test_satisfaction_without_a_survey_scores_zero_but_other_levels_ignore_the_survey():
    reviewed = review_lines([one(level1="满意度指标", survey_done=False), one(survey_done=False)])
    assert [r.score for r in reviewed] == [D(0), D(17)]


def test_over_completion_above_130_percent_loses_no_points():
    reviewed = review_lines([one(score=D(18), completion_percent=D(150)), one(score=D(18), completion_percent=D(130))])
    assert [r.score for r in reviewed] == [D(20), D(18)]
    custom = review_lines([one(score=D(18), completion_percent=D(130))], SpotCheckParams(overcompletion_no_loss_percent=D(120)))
    assert custom[0].score == D(20)


def test_the_same_indicator_under_output_and_effect_scores_once():
    reviewed = review_lines([one(name="道路养护里程", score=D(10)), one(name="道路 养护里程", level1="效益指标", score=D(10)),
                             one(name="群众出行便利度", level1="效益指标", score=D(10))])
    assert [r.score for r in reviewed] == [D(10), D(0), D(10)]


def test_self_evaluation_quality_is_the_mean_absolute_difference():
    reviewed = review_lines([one(score=D(17), self_score=D(20)), one(score=D(10), self_score=D(9)), one(self_score=None)])
    assert mean_absolute_difference(reviewed) == D(2)
    assert mean_absolute_difference(review_lines([one(self_score=None)])) is None


def test_a_kept_self_score_is_not_raised_by_the_over_completion_rule():
    # the self-evaluation deducted 2 points for an over-run (a province's setting); the reviewer found nothing
    kept = review_lines([one(score=D(18), self_score=D(18), completion_percent=D(150), kept=True)])
    assert kept[0].score == D(18) and kept[0].difference == 0 and kept[0].reasons == ()
    rescored = review_lines([one(score=D(16), self_score=D(18), completion_percent=D(150))])
    assert rescored[0].score == D(20)  # a reviewer's own deduction for over-completion is given back


def test_the_review_total_is_capped_and_rounded_as_the_self_score_was():
    lines = [D("8.5"), D("19.67"), D(20), D(30), D(10)]  # 88.17 before the cap
    assert review_total(lines, D(65), ScoringParams(caps_enabled=True)) == (D(79), D(79))  # 65% → at most 79
    assert review_total(lines, D(75), ScoringParams(caps_enabled=True)) == (D("88.17"), D(89))
    assert review_total(lines, D(75), ScoringParams()) == (D("88.17"), None)
    assert review_total(lines, D(85), ScoringParams(caps_enabled=True)) == (D("88.17"), None)
    whole = ScoringParams(rounding=RoundingMode.INTEGER.value)
    assert review_total(lines, D(85), whole) == (D(9) + D(20) + D(20) + D(30) + D(10), None)

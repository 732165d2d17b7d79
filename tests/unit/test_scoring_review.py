"""Spot-check review rules (RULES §5)."""

from __future__ import annotations

from decimal import Decimal as D

from perfdesk.core.rules.params import SpotCheckParams
from perfdesk.core.rules.scoring.review import ReviewLine, mean_absolute_difference, review_lines


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

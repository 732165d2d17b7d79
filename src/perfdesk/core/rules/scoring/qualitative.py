"""Qualitative indicators (定性指标) — 财预〔2020〕10号: 达成年度指标 → 80%–100% of the points;
部分达成并具有一定效果 → 60%–80%; 未达成且效果较差 → 0–60%. The evaluator picks a value inside the band.
The band edges are settings (``qualitative_upper`` 80, ``qualitative_lower`` 60; 80/50 is also published).

Band limits are inclusive on both ends (80% of the points is inside both the achieved and the partly band).

Default pick (PerfDesk's choice, documented here): when the evaluator gives no value, the line scores the TOP of
its band — full points for 达成, the same "met → full points" as a quantitative line, and what county tables
print. Below 达成 a default pick is flagged (``QUALITATIVE_DEFAULT_PICK``) so a person confirms the value, since
the top of a lower band is the most generous reading.
"""

from __future__ import annotations

from decimal import Decimal

from perfdesk.core.i18n import translate
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.flags import HUNDRED, ZERO, Flag, FlagCode, LineScore, num, pts
from perfdesk.core.rules.valuetext import QualitativeLevel


def band_percent(level: QualitativeLevel, params: ScoringParams) -> tuple[Decimal, Decimal]:
    """The band (low, high) in percent of the line's points."""
    if level is QualitativeLevel.ACHIEVED:
        return params.qualitative_upper, HUNDRED
    if level is QualitativeLevel.PARTLY:
        return params.qualitative_lower, params.qualitative_upper
    return ZERO, params.qualitative_lower


def band_points(level: QualitativeLevel, points: Decimal, params: ScoringParams) -> tuple[Decimal, Decimal]:
    """The band (low, high) in points for a line worth ``points``."""
    low, high = band_percent(level, params)
    return points * low / HUNDRED, points * high / HUNDRED


def pick_error(level: QualitativeLevel, points: Decimal, pick: Decimal, params: ScoringParams) -> str | None:
    """A translated message when ``pick`` (in points) lies outside the level's band, else None."""
    low, high = band_points(level, points, params)
    if low <= pick <= high:
        return None
    text = translate("Scoring", "score {pick} is outside the band {low}–{high} for level {level}")
    return text.format(pick=num(pick), low=pts(low), high=pts(high), level=level.label())


def score_qualitative(level: QualitativeLevel, points: Decimal, params: ScoringParams,
                      pick: Decimal | None = None) -> LineScore:
    """Score a qualitative line. Raises ValueError (translated message) for a pick outside the band."""
    low, high = band_points(level, points, params)
    if pick is not None:
        error = pick_error(level, points, pick, params)
        if error:
            raise ValueError(error)
        text = translate("Scoring", "level {level}: band {low}–{high} of {points} points, evaluator's score {score}")
        return LineScore(pick, text.format(level=level.label(), low=pts(low), high=pts(high), points=num(points), score=pts(pick)))
    text = translate("Scoring", "level {level}: band {low}–{high} of {points} points, top of band {score}")
    explanation = text.format(level=level.label(), low=pts(low), high=pts(high), points=num(points), score=pts(high))
    if level is QualitativeLevel.ACHIEVED:
        return LineScore(high, explanation)
    flag_text = translate("Scoring", "no score picked inside the band for level {level}: top of band used, please confirm")
    return LineScore(high, explanation, (Flag(FlagCode.QUALITATIVE_DEFAULT_PICK, flag_text.format(level=level.label())),))

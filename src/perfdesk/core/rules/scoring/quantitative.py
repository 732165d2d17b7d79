"""Quantitative indicators (定量指标) — 财预〔2020〕10号, 项目支出绩效自评表 scoring note.

- ≥ or = (and a value printed with no sign): met → full points; not met → points × actual / target.
- ≤ (reverse indicators: cost, time, incidence rates): met → full points, also when the actual is 0;
  not met → points × target / actual.
- A score is never above the line's points and never below 0.
- Zero target: for ≥/= any actual ≥ 0 meets it; for ≤ an actual above 0 misses it and scores 0 (target / actual
  = 0). Both are flagged, because a zero target usually means the target was not really set.
- Missing actual → 0 with a flag. Missing target → 0 with a flag.
- Over-run: an actual at or above target × (1 + ``overrun_flag_percent``) (30% by default) on a ≥/= indicator is
  flagged for review (the target may have been set too low); the 2020 measures allow reducing points by the degree
  of deviation: when ``overrun_deduction`` is on, ``overrun_deduction_points`` are taken off (one province: 2).
  ≤ indicators are not flagged for being far below target (an actual of 0 on an incidence rate is the aim).
"""

from __future__ import annotations

from decimal import Decimal

from perfdesk.core.domain.enums import Comparison
from perfdesk.core.i18n import translate
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.flags import HUNDRED, ZERO, Flag, FlagCode, LineScore, clamp, num, pts

_AT_MOST = Comparison.AT_MOST  # read for every line: a module name costs a tenth of ``EnumType.__getattr__``


def score_quantitative(comparison: Comparison, target: Decimal | None, actual: Decimal | None, points: Decimal,
                       params: ScoringParams) -> LineScore:
    """Score one quantitative line (exact, unrounded; the engine rounds)."""
    if actual is None:
        text = translate("Scoring", "no actual value: 0 of {points} points")
        return LineScore(ZERO, text.format(points=num(points)), (Flag(FlagCode.MISSING_ACTUAL, text.format(points=num(points))),))
    if target is None:
        text = translate("Scoring", "no target value: 0 of {points} points")
        return LineScore(ZERO, text.format(points=num(points)), (Flag(FlagCode.MISSING_TARGET, text.format(points=num(points))),))
    if comparison is _AT_MOST:
        return _at_most(target, actual, points)
    return _at_least(target, actual, points, params)


def _full(sign: str, target: Decimal, actual: Decimal, points: Decimal) -> str:
    text = translate("Scoring", "actual {actual} {sign} target {target}: met, full {points} points")
    return text.format(actual=num(actual), sign=sign, target=num(target), points=num(points))


def _at_least(target: Decimal, actual: Decimal, points: Decimal, params: ScoringParams) -> LineScore:
    if target <= 0:
        return _zero_target_at_least(target, actual, points)
    if actual >= target:
        return _overrun(LineScore(points, _full("≥", target, actual, points)), target, actual, points, params)
    score = clamp(points * actual / target, points)
    text = translate("Scoring", "actual {actual} / target {target} × {points} points = {score}")
    return LineScore(score, text.format(actual=num(actual), target=num(target), points=num(points), score=pts(score)))


def _zero_target_at_least(target: Decimal, actual: Decimal, points: Decimal) -> LineScore:
    flag_text = translate("Scoring", "target is {target}: check that the target was really set")
    flag = Flag(FlagCode.ZERO_TARGET, flag_text.format(target=num(target)))
    if actual >= target:
        return LineScore(points, _full("≥", target, actual, points), (flag,))
    text = translate("Scoring", "actual {actual} below target {target}: 0 points")
    return LineScore(ZERO, text.format(actual=num(actual), target=num(target)), (flag,))


def _at_most(target: Decimal, actual: Decimal, points: Decimal) -> LineScore:
    if actual <= target:
        return LineScore(points, _full("≤", target, actual, points))
    if target <= 0:
        text = translate("Scoring", "target {target} / actual {actual} × {points} points = {score}")
        flag_text = translate("Scoring", "target is {target}: check that the target was really set")
        explanation = text.format(target=num(target), actual=num(actual), points=num(points), score=pts(ZERO))
        return LineScore(ZERO, explanation, (Flag(FlagCode.ZERO_TARGET, flag_text.format(target=num(target))),))
    score = clamp(points * target / actual, points)
    text = translate("Scoring", "target {target} / actual {actual} × {points} points = {score}")
    return LineScore(score, text.format(target=num(target), actual=num(actual), points=num(points), score=pts(score)))


def overrun_percent(target: Decimal, actual: Decimal) -> Decimal | None:
    """How far the actual is above the target, in percent of the target (None for a target ≤ 0)."""
    if target <= 0:
        return None
    return (actual - target) / target * HUNDRED


def _overrun(met: LineScore, target: Decimal, actual: Decimal, points: Decimal, params: ScoringParams) -> LineScore:
    over = overrun_percent(target, actual)
    if over is None or over < params.overrun_flag_percent:
        return met
    text = translate("Scoring", "actual {actual} is {over}% above target {target} (flag at {threshold}%): the target may have been set too low")
    flag = Flag(FlagCode.OVERRUN, text.format(actual=num(actual), over=pts(over), target=num(target),
                                              threshold=num(params.overrun_flag_percent)))
    if not params.overrun_deduction:
        return LineScore(met.score, met.explanation, (flag,))
    score = clamp(points - params.overrun_deduction_points, points)
    deducted = translate("Scoring", "{points} points − {deduction} for over-run = {score}")
    explanation = deducted.format(points=num(points), deduction=num(params.overrun_deduction_points), score=pts(score))
    note = Flag(FlagCode.OVERRUN_DEDUCTED, explanation)
    return LineScore(score, f"{met.explanation}; {explanation}", (flag, note))

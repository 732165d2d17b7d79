"""Spot-check review rules (抽查复核) as used in practice — RULES §5 (seeds 000 冠县, 002 菏泽):

- no evidence (佐证材料) for an indicator → 0 for that indicator;
- an indicator unrelated to the project → 0;
- satisfaction claimed without a survey → 0;
- over-completion above ``overcompletion_no_loss_percent`` (130%) of the target loses no points: the reviewer
  may flag the target, never deduct (unlike the optional over-run deduction of self-scoring);
- the same indicator counted under output and effect scores once (the first occurrence keeps its score).

The review total stands on the self score's basis (:func:`review_total`): only the lines the self score counts (no
not-applicable line, no 其中 sub-row), each rounded as the self score's settings round, and the same execution-rate
cap. A review with no findings therefore totals exactly the self score: a difference of 0.

A department's self-evaluation quality is the mean absolute difference between self-score and review score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from perfdesk.core.domain.enums import LEVEL1_EFFECT, LEVEL1_OUTPUT
from perfdesk.core.domain.score import RoundingMode, round_score
from perfdesk.core.i18n import translate
from perfdesk.core.rules.params import ScoringParams, SpotCheckParams
from perfdesk.core.rules.scoring.caps import apply_cap
from perfdesk.core.rules.scoring.flags import HUNDRED, ZERO, num
from perfdesk.core.rules.scoring.weights import canonical_level1
from perfdesk.core.rules.valuetext import normalise


@dataclass(frozen=True)
class ReviewLine:
    """One indicator as the reviewer sees it. ``score`` is the score before the review rules (the reviewer's
    own re-score, or the self-score when the reviewer keeps it)."""

    name: str
    level1: str
    points: Decimal
    score: Decimal
    self_score: Decimal | None = None
    has_evidence: bool = True
    related: bool = True
    survey_done: bool = True  # only read for satisfaction indicators
    completion_percent: Decimal | None = None  # actual / target × 100 for ≥/= indicators
    kept: bool = False  # True: the reviewer kept the self score (no re-score of their own)


@dataclass(frozen=True)
class ReviewedLine:
    line: ReviewLine
    score: Decimal
    reasons: tuple[str, ...]

    @property
    def difference(self) -> Decimal | None:
        """Review score minus self-score."""
        return None if self.line.self_score is None else self.score - self.line.self_score


def no_evidence(score: Decimal, has_evidence: bool) -> tuple[Decimal, str | None]:
    if has_evidence:
        return score, None
    return ZERO, translate("Review", "no evidence: 0 points")


def unrelated(score: Decimal, related: bool) -> tuple[Decimal, str | None]:
    if related:
        return score, None
    return ZERO, translate("Review", "indicator unrelated to the project: 0 points")


def satisfaction_without_survey(score: Decimal, level1: str, survey_done: bool) -> tuple[Decimal, str | None]:
    if survey_done or "满意" not in canonical_level1(level1):
        return score, None
    return ZERO, translate("Review", "satisfaction claimed without a survey: 0 points")


def overcompletion(score: Decimal, points: Decimal, completion_percent: Decimal | None,
                   params: SpotCheckParams) -> tuple[Decimal, str | None]:
    """Over-completion loses no points: above the threshold the line keeps (or gets back) its full points."""
    if completion_percent is None or completion_percent <= params.overcompletion_no_loss_percent:
        return score, None
    text = translate("Review", "completion {percent}% is above {threshold}%: over-completion loses no points")
    return points, text.format(percent=num(completion_percent), threshold=num(params.overcompletion_no_loss_percent))


def indicator_key(name: str) -> str:
    """Names compared for 'the same indicator': full-width folded, spaces and punctuation dropped."""
    return "".join(ch for ch in normalise(name) if ch.isalnum())


def duplicates_across_output_and_effect(lines: Sequence[ReviewLine]) -> set[int]:
    """Indexes of effect-level lines repeating an output-level indicator (they score 0)."""
    output_keys = {indicator_key(ln.name) for ln in lines if canonical_level1(ln.level1) == LEVEL1_OUTPUT}
    return {i for i, ln in enumerate(lines)
            if canonical_level1(ln.level1) == LEVEL1_EFFECT and indicator_key(ln.name) in output_keys}


def review_lines(lines: Sequence[ReviewLine], params: SpotCheckParams | None = None) -> tuple[ReviewedLine, ...]:
    """Apply every review rule to each line; the reasons say which rules changed the score."""
    params = params or SpotCheckParams()
    repeated = duplicates_across_output_and_effect(lines)
    return tuple(_review(ln, i in repeated, params) for i, ln in enumerate(lines))


def _review(line: ReviewLine, repeated: bool, params: SpotCheckParams) -> ReviewedLine:
    """The over-completion rule protects a reviewer's own re-score; a kept self score is not a deduction."""
    score, reason = line.score, None
    if not line.kept:
        score, reason = overcompletion(line.score, line.points, line.completion_percent, params)
    reasons = [reason] if reason else []
    zeroing = (no_evidence(score, line.has_evidence), unrelated(score, line.related),
               satisfaction_without_survey(score, line.level1, line.survey_done))
    for new, reason in zeroing:
        if reason:
            score, reasons = new, [*reasons, reason]
    if repeated:
        score = ZERO
        reasons.append(translate("Review", "same indicator already scored under output: counted once"))
    return ReviewedLine(line, score, tuple(reasons))


def review_total(scores: Sequence[Decimal], rate: Decimal | None, basis: ScoringParams) -> tuple[Decimal, Decimal | None]:
    """``(total, cap in force)`` of the counted lines' review scores on the self score's ``basis`` (the settings
    it was scored with): each line rounded per its rounding setting, added up, then capped by execution rate."""
    mode = RoundingMode(basis.rounding)
    total = sum((round_score(s, mode) for s in scores), ZERO)
    capped, cap, _flags = apply_cap(total, rate, basis)
    return capped, cap


def mean_absolute_difference(lines: Sequence[ReviewedLine]) -> Decimal | None:
    """Self-evaluation quality of a department: mean |review − self| over lines with a self-score."""
    diffs = [abs(d) for d in (ln.difference for ln in lines) if d is not None]
    return sum(diffs, ZERO) / len(diffs) if diffs else None


__all__ = ["HUNDRED", "ReviewLine", "ReviewedLine", "mean_absolute_difference", "review_lines", "review_total"]

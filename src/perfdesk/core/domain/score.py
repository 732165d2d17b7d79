"""Scores: Decimal, rounded per a setting (two places half-up by default), and grades."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from perfdesk.core.i18n import QT_TRANSLATE_NOOP

ZERO = Decimal(0)
HUNDRED = Decimal(100)


class RoundingMode(StrEnum):
    """How each score line is rounded (RULES §4); the total is the sum of the rounded lines."""

    TWO_PLACES = "two_places"
    INTEGER = "integer"
    AS_ENTERED = "as_entered"


ROUNDING_LABELS = {
    RoundingMode.TWO_PLACES: QT_TRANSLATE_NOOP("Score", "Two decimals, half up"),
    RoundingMode.INTEGER: QT_TRANSLATE_NOOP("Score", "Whole numbers, half up"),
    RoundingMode.AS_ENTERED: QT_TRANSLATE_NOOP("Score", "As entered (no rounding)"),
}


_QUANTUM = {RoundingMode.TWO_PLACES: Decimal("0.01"), RoundingMode.INTEGER: Decimal(1)}
_AS_ENTERED = RoundingMode.AS_ENTERED  # read for every score: a module name costs a tenth of EnumType.__getattr__


def score_quantum(mode: RoundingMode) -> Decimal:
    """The smallest step of a score rounded per ``mode`` (two places where numbers are kept as entered)."""
    return _QUANTUM.get(mode, _QUANTUM[RoundingMode.TWO_PLACES])


def round_score(value: Decimal, mode: RoundingMode = RoundingMode.TWO_PLACES) -> Decimal:
    if mode is _AS_ENTERED:
        return value
    return value.quantize(_QUANTUM[mode], ROUND_HALF_UP)


class Grade(StrEnum):
    EXCELLENT = "优"
    GOOD = "良"
    FAIR = "中"
    POOR = "差"


def grade_for(total: Decimal, excellent: Decimal = Decimal(90), good: Decimal = Decimal(80),
              fair: Decimal = Decimal(60)) -> Grade:
    """优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 by default (RULES §4); thresholds come from settings."""
    if total >= excellent:
        return Grade.EXCELLENT
    if total >= good:
        return Grade.GOOD
    if total >= fair:
        return Grade.FAIR
    return Grade.POOR

"""Flags and line scores shared by the scoring rules: what a person should look at, and why."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from perfdesk.core.domain.records import frozen
from perfdesk.core.rules.valuetext import format_number

ZERO = Decimal(0)
HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


class FlagCode(StrEnum):
    """Stable codes (stored by the service); the message carries the translated text with the numbers."""

    EXPLANATION_REQUIRED = "explanation_required"  # execution rate below the threshold (Sichuan: 90%)
    NO_BUDGET = "no_budget"  # execution rate cannot be computed
    MONEY_FROM_SUB_ROWS = "money_from_sub_rows"  # 年度资金总额 zero, money taken from the 其中 rows
    MISSING_ACTUAL = "missing_actual"
    MISSING_TARGET = "missing_target"
    ZERO_TARGET = "zero_target"
    OVERRUN = "overrun"  # actual ≥ 130% of target: the target may have been set too low
    OVERRUN_DEDUCTED = "overrun_deducted"
    VALUE_INTERPRETED = "value_interpreted"  # the value parser had to interpret a cell (see its note)
    VALUE_NOT_UNDERSTOOD = "value_not_understood"
    UNIT_MISMATCH = "unit_mismatch"
    DATE_MISSED = "date_missed"
    QUALITATIVE_NO_LEVEL = "qualitative_no_level"
    QUALITATIVE_DEFAULT_PICK = "qualitative_default_pick"
    READING_UNCERTAIN = "reading_uncertain"  # words that say no data, a plan, or too little: a person decides
    DIRECTION_INFERRED = "direction_inferred"  # no comparison sign on a cost / incidence / time-limit line
    DIRECTION_UNCERTAIN = "direction_uncertain"  # the same, left for a person by the setting
    SUB_ROW_POINTS_IGNORED = "sub_row_points_ignored"
    NOT_APPLICABLE = "not_applicable"
    RESCALED = "rescaled"
    POINTS_NOT_100 = "points_not_100"
    LEVEL_POINTS_DIFFER = "level_points_differ"
    PRINTED_DIFFERS = "printed_differs"
    PRINTED_TOTAL_MISMATCH = "printed_total_mismatch"
    PRINTED_GRADE_DIFFERS = "printed_grade_differs"
    OVERRIDDEN = "overridden"
    CAP_APPLIED = "cap_applied"
    # a table read as printed (issue 15 item 3)
    NO_POINTS = "no_points"  # no 分值 printed: the printed score is kept, not recomputed
    INITIAL_BUDGET_USED = "initial_budget_used"  # only 年初预算数 printed: the execution rate is measured against it


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"


@frozen
class Flag:
    """Something to look at. ``line`` is the index of the line in the evaluation (None: the whole evaluation)."""

    code: FlagCode
    message: str
    line: int | None = None
    severity: Severity = Severity.WARNING


@frozen
class LineScore:
    """A rule's result for one line: the exact (unrounded) score within [0, points], the formula with its
    numbers, and the flags raised."""

    score: Decimal
    explanation: str
    flags: tuple[Flag, ...] = ()


def clamp(score: Decimal, points: Decimal) -> Decimal:
    """Never below 0, never above the line's points."""
    return max(ZERO, min(score, max(points, ZERO)))


def num(value: Decimal | None) -> str:
    """A number in an explanation: ``100``, ``85.5``."""
    return format_number(value)


def pts(value: Decimal) -> str:
    """A score in an explanation, two places: ``17.00``."""
    return str(value.quantize(_CENT, ROUND_HALF_UP))

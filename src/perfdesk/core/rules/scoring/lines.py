"""Scoring one indicator line from its values as typed: picks the rule (quantitative, reverse, deadline,
qualitative) from the comparison and the values, and records every interpretation as a flag.
Rules: 财预〔2020〕10号 (see :mod:`.quantitative`, :mod:`.qualitative`); deadlines are PerfDesk's reading below.

Deadline lines (时效, ``2024年12月31日前``): met when the actual date (or period end) is on or before the
deadline, or when the actual says the work was done on time (``按时完成``) → full points. A missed deadline has no
published formula: it scores 0 and is flagged ``DATE_MISSED`` for a person's judgement (override with a reason).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from perfdesk.core.domain.enums import Comparison
from perfdesk.core.domain.records import frozen
from perfdesk.core.i18n import translate
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.flags import ZERO, Flag, FlagCode, LineScore, Severity, num
from perfdesk.core.rules.scoring.qualitative import score_qualitative
from perfdesk.core.rules.scoring.quantitative import score_quantitative
from perfdesk.core.rules.valuetext import (
    ParsedValue,
    QualitativeLevel,
    ValueKind,
    align_actual,
    parse_value,
    units_differ,
)

# Members read for every line, as module names (on Python 3.11 ``ValueKind.NUMBER`` goes through
# ``EnumType.__getattr__``, about ten times the cost of a global).
_NUMBER, _QUALITATIVE, _EMPTY, _TEXT = ValueKind.NUMBER, ValueKind.QUALITATIVE, ValueKind.EMPTY, ValueKind.TEXT
_WORDS_OR_NOTHING, _DEADLINES = (ValueKind.EMPTY, ValueKind.TEXT), (ValueKind.DATE, ValueKind.PERIOD)
_NO_COMPARISON, _QUALITATIVE_COMPARISON = Comparison.NONE, Comparison.QUALITATIVE


@frozen
class LineValues:
    """The parsed target and actual of a line, after the explicit columns and unit alignment were applied."""

    target: ParsedValue
    actual: ParsedValue
    comparison: Comparison
    flags: tuple[Flag, ...]


def read_values(target_text: object, actual_text: object, comparison: Comparison | None = None,
                unit: str = "") -> LineValues:
    """Parse both cells; an explicit 指标性质 (``comparison``) and 度量单位 (``unit``) column win over the text."""
    target = parse_value(target_text, role="target")
    if unit and target.kind is _NUMBER and not target.unit:
        target = replace(target, unit=unit.strip())
    actual = parse_value(actual_text, role="actual")
    if unit and actual.kind is _NUMBER and not actual.unit:
        actual = replace(actual, unit=unit.strip())
    actual = align_actual(actual, target)
    used = comparison if comparison is not None else target.comparison
    flags = _value_flags(target, actual)
    if comparison is not None and target.comparison not in (_NO_COMPARISON, comparison) and target.kind is _NUMBER:
        text = translate("Scoring", "the 指标性质 column says {column} but the value says {value}: the column is used")
        flags += (Flag(FlagCode.VALUE_INTERPRETED, text.format(column=comparison.symbol or comparison.value,
                                                                 value=target.comparison.symbol), severity=Severity.INFO),)
    return LineValues(target, actual, used, flags)


def _value_flags(target: ParsedValue, actual: ParsedValue) -> tuple[Flag, ...]:
    flags: list[Flag] = []
    for role, value in (("target", target), ("actual", actual)):
        if value.notes:
            code = FlagCode.VALUE_NOT_UNDERSTOOD if value.kind is ValueKind.TEXT else FlagCode.VALUE_INTERPRETED
            severity = Severity.WARNING if value.kind is ValueKind.TEXT else Severity.INFO
            text = translate("Scoring", "{role} “{raw}”: {note}")
            flags.append(Flag(code, text.format(role=_role_label(role), raw=value.raw, note=value.note), severity=severity))
    if units_differ(actual, target):
        text = translate("Scoring", "units differ: target in {target_unit}, actual in {actual_unit}")
        flags.append(Flag(FlagCode.UNIT_MISMATCH, text.format(target_unit=target.unit, actual_unit=actual.unit)))
    return tuple(flags)


def _role_label(role: str) -> str:
    return translate("Scoring", "target") if role == "target" else translate("Scoring", "actual")


def is_qualitative(values: LineValues, level: QualitativeLevel | None) -> bool:
    if level is not None or values.comparison is _QUALITATIVE_COMPARISON:
        return True
    return values.target.kind is _QUALITATIVE or (
        values.target.kind in _WORDS_OR_NOTHING and values.actual.kind is _QUALITATIVE)


def score_values(values: LineValues, points: Decimal, params: ScoringParams, level: QualitativeLevel | None = None,
                 pick: Decimal | None = None) -> LineScore:
    """The rule's exact score for one line. Raises ValueError for a qualitative pick outside its band."""
    if is_qualitative(values, level):
        return _qualitative(values, points, params, level, pick)
    if values.target.kind in _DEADLINES:
        return _deadline(values, points)
    target = values.target.number if values.target.kind is _NUMBER else None
    actual = values.actual.number if values.actual.kind is _NUMBER else None
    if actual is None and values.actual.kind is _QUALITATIVE and target is not None:
        return _word_for_number(values, points)
    return score_quantitative(values.comparison, target, actual, points, params)


def _qualitative(values: LineValues, points: Decimal, params: ScoringParams, level: QualitativeLevel | None,
                 pick: Decimal | None) -> LineScore:
    level = level or values.actual.level
    if level is None:
        text = translate("Scoring", "qualitative line without a level (达成 / 部分达成 / 未达成): 0 of {points} points")
        code = FlagCode.MISSING_ACTUAL if values.actual.kind is ValueKind.EMPTY else FlagCode.QUALITATIVE_NO_LEVEL
        return LineScore(ZERO, text.format(points=num(points)), (Flag(code, text.format(points=num(points))),))
    return score_qualitative(level, points, params, pick)


def _word_for_number(values: LineValues, points: Decimal) -> LineScore:
    text = translate("Scoring", "numeric target {target} but the actual is the word “{actual}”: 0 of {points} points, needs a judgement")
    message = text.format(target=values.target.text, actual=values.actual.text, points=num(points))
    return LineScore(ZERO, message, (Flag(FlagCode.QUALITATIVE_NO_LEVEL, message),))


def _deadline(values: LineValues, points: Decimal) -> LineScore:
    target, actual = values.target, values.actual
    deadline = target.date_value.isoformat() if target.date_value else ""
    if actual.kind is ValueKind.EMPTY:
        text = translate("Scoring", "no actual value: 0 of {points} points").format(points=num(points))
        return LineScore(ZERO, text, (Flag(FlagCode.MISSING_ACTUAL, text),))
    on_time = actual.level is QualitativeLevel.ACHIEVED or (
        actual.date_value is not None and target.date_value is not None and actual.date_value <= target.date_value)
    if on_time:
        text = translate("Scoring", "actual “{actual}” meets the deadline {deadline}: full {points} points")
        return LineScore(points, text.format(actual=actual.text, deadline=deadline, points=num(points)))
    text = translate("Scoring", "actual “{actual}” does not meet the deadline {deadline}: 0 of {points} points, needs a judgement")
    message = text.format(actual=actual.text, deadline=deadline, points=num(points))
    return LineScore(ZERO, message, (Flag(FlagCode.DATE_MISSED, message),))

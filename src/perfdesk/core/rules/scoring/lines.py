"""Scoring one indicator line from its values as typed: picks the rule (quantitative, reverse, deadline,
qualitative) from the comparison and the values, and records every interpretation as a flag.
Rules: 财预〔2020〕10号 (see :mod:`.quantitative`, :mod:`.qualitative`); deadlines are PerfDesk's reading below.

Qualitative lines: the actual's words are read against the target's by :mod:`perfdesk.core.rules.qualitative_text`
(negation, delay, degree, level); the reading decides the band and opens the line's explanation. Words that say
there is no data, or only a plan, or too little to tell, have no band: 0 points, flagged for a person.

Deadline lines (时效, ``2024年12月31日前``): met when the actual date (or period end) is on or before the
deadline, or when the actual says the work was done on time (``按时完成``, ``提前完成``) → full points. Words that
say it was late, not done or only partly done never meet it, whatever date they carry. A missed deadline has no
published formula: it scores 0 and is flagged ``DATE_MISSED`` for a person's judgement (override with a reason);
"done" without saying when (``已完成``) is flagged ``READING_UNCERTAIN`` and scores 0 until a person decides.

Lines typed without a comparison sign whose name reads as a cost, an incidence rate or a time limit
(:mod:`perfdesk.core.rules.direction`) are scored as ≤ (setting ``unsigned_direction`` "infer") or, left to a
person ("judgement"), scored the lower of the two ways and flagged; the explanation says which.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from perfdesk.core.domain.enums import Comparison
from perfdesk.core.domain.records import frozen
from perfdesk.core.i18n import translate
from perfdesk.core.rules.direction import ReverseKind, inferred_text, judgement_text
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.qualitative_text import Reading, TextReading, read_actual
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
        if value.notes and not (role == "actual" and value.kind is _QUALITATIVE):  # its reading: the explanation
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
                 pick: Decimal | None = None, reverse: ReverseKind | None = None) -> LineScore:
    """The rule's exact score for one line. Raises ValueError for a qualitative pick outside its band.
    ``reverse``: what the line's name says it is when lower is better (see :mod:`perfdesk.core.rules.direction`)."""
    if is_qualitative(values, level):
        return _qualitative(values, points, params, level, pick)
    if values.target.kind in _DEADLINES:
        return _deadline(values, points)
    target = values.target.number if values.target.kind is _NUMBER else None
    actual = values.actual.number if values.actual.kind is _NUMBER else None
    if actual is None and values.actual.kind is _QUALITATIVE and target is not None:
        return _word_for_number(values, points)
    if reverse is not None and values.comparison is _NO_COMPARISON and target is not None and actual is not None:
        return _unsigned_reverse(target, actual, points, params, reverse)
    return score_quantitative(values.comparison, target, actual, points, params)


def _unsigned_reverse(target: Decimal, actual: Decimal, points: Decimal, params: ScoringParams,
                      kind: ReverseKind) -> LineScore:
    """A cost, incidence or time-limit line typed without a sign: ≤ when the setting infers it; else the lower of
    the two readings, flagged for a person (never full marks unless both agree)."""
    reverse = score_quantitative(Comparison.AT_MOST, target, actual, points, params)
    if params.unsigned_direction == "infer":
        text = inferred_text(kind)
        flag = Flag(FlagCode.DIRECTION_INFERRED, text, severity=Severity.INFO)
        return LineScore(reverse.score, _joined(text, reverse.explanation), (flag, *reverse.flags))
    forward = score_quantitative(Comparison.AT_LEAST, target, actual, points, params)
    lower = min((reverse, forward), key=lambda s: s.score)
    text = judgement_text(kind)
    return LineScore(lower.score, _joined(text, lower.explanation), (Flag(FlagCode.DIRECTION_UNCERTAIN, text), *lower.flags))


def _joined(first: str, then: str) -> str:
    """How the line was read, then how it was scored."""
    return translate("Scoring", "; ").join((first, then))


def read_line(values: LineValues) -> TextReading | None:
    """How the actual's words read against the target's (None for an empty actual)."""
    if values.actual.kind is _EMPTY:
        return None
    return read_actual(values.actual.text, values.target.text)


def line_level(values: LineValues, level: QualitativeLevel | None) -> QualitativeLevel | None:
    """The band a qualitative line scores in: the evaluator's level, else the reading of its words (None: a
    person decides)."""
    if level is not None:
        return level
    reading = read_line(values)
    return QualitativeLevel(reading.band) if reading is not None and reading.band else None


def _qualitative(values: LineValues, points: Decimal, params: ScoringParams, level: QualitativeLevel | None,
                 pick: Decimal | None) -> LineScore:
    if level is not None:
        return score_qualitative(level, points, params, pick)
    reading = read_line(values)
    if reading is None or reading.band is None:
        return _no_level(values, points, reading)
    scored = score_qualitative(QualitativeLevel(reading.band), points, params, pick)
    return LineScore(scored.score, _joined(reading.explanation, scored.explanation), scored.flags)


def _no_level(values: LineValues, points: Decimal, reading: TextReading | None) -> LineScore:
    if reading is None or reading.reading is None:
        text = translate("Scoring", "qualitative line without a level (达成 / 部分达成 / 未达成): 0 of {points} points")
        code = FlagCode.MISSING_ACTUAL if values.actual.kind is ValueKind.EMPTY else FlagCode.QUALITATIVE_NO_LEVEL
        return LineScore(ZERO, text.format(points=num(points)), (Flag(code, text.format(points=num(points))),))
    text = translate("Scoring", "{reading}; 0 of {points} points until a person sets the level")
    message = text.format(reading=reading.explanation, points=num(points))
    return LineScore(ZERO, message, (Flag(FlagCode.READING_UNCERTAIN, message),))


def _word_for_number(values: LineValues, points: Decimal) -> LineScore:
    text = translate("Scoring", "numeric target {target} but the actual is the word “{actual}”: 0 of {points} points, needs a judgement")
    message = text.format(target=values.target.text, actual=values.actual.text, points=num(points))
    reading = read_line(values)
    if reading is not None and reading.explanation:
        message = _joined(reading.explanation, message)
    return LineScore(ZERO, message, (Flag(FlagCode.QUALITATIVE_NO_LEVEL, message),))


def _deadline(values: LineValues, points: Decimal) -> LineScore:
    target, actual = values.target, values.actual
    deadline = target.date_value.isoformat() if target.date_value else ""
    if actual.kind is ValueKind.EMPTY:
        text = translate("Scoring", "no actual value: 0 of {points} points").format(points=num(points))
        return LineScore(ZERO, text, (Flag(FlagCode.MISSING_ACTUAL, text),))
    reading = read_actual(actual.text)
    words = reading.reading
    if words is not None and words is not Reading.ACHIEVED:
        return _deadline_by_words(reading, deadline, points)
    dated = actual.date_value is not None and target.date_value is not None
    if (dated and actual.date_value <= target.date_value) or (not dated and reading.on_time):  # type: ignore[operator]
        text = translate("Scoring", "actual “{actual}” meets the deadline {deadline}: full {points} points")
        return LineScore(points, text.format(actual=actual.text, deadline=deadline, points=num(points)))
    if not dated and words is Reading.ACHIEVED:
        text = translate("Scoring", "actual “{actual}” says the work was done but not whether it was done by the deadline {deadline}: 0 of {points} points until a person decides")
        message = text.format(actual=actual.text, deadline=deadline, points=num(points))
        return LineScore(ZERO, message, (Flag(FlagCode.READING_UNCERTAIN, message),))
    return _missed(actual.text, deadline, points, "")


def _deadline_by_words(reading: TextReading, deadline: str, points: Decimal) -> LineScore:
    if reading.band is None:  # no data, a plan: a person decides
        text = translate("Scoring", "{reading}; the deadline {deadline} cannot be judged from it: 0 of {points} points until a person decides")
        message = text.format(reading=reading.explanation, deadline=deadline, points=num(points))
        return LineScore(ZERO, message, (Flag(FlagCode.READING_UNCERTAIN, message),))
    return _missed(reading.text, deadline, points, reading.explanation)


def _missed(actual: str, deadline: str, points: Decimal, reading: str) -> LineScore:
    text = translate("Scoring", "actual “{actual}” does not meet the deadline {deadline}: 0 of {points} points, needs a judgement")
    message = text.format(actual=actual, deadline=deadline, points=num(points))
    if reading:
        message = _joined(reading, message)
    return LineScore(ZERO, message, (Flag(FlagCode.DATE_MISSED, message),))

"""Indicator values as people type them into the official tables (FORMATS §3 "values as people type them").

``parse_value("≥95%")`` gives the comparison, the number, the unit and the normalised text. Everything the parser
had to interpret (a strict sign read as ≥, 百分比 read as %, a sign on an actual value, a word read as a
qualitative level, a month read as its last day) is reported in ``notes``: nothing is guessed silently.
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation, getcontext
from enum import StrEnum

from perfdesk.core.domain.enums import Comparison
from perfdesk.core.domain.records import frozen
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.rules.qualitative_text import read_actual


class ValueKind(StrEnum):
    EMPTY = "empty"
    NUMBER = "number"
    DATE = "date"  # a deadline: 2024年12月31日前
    PERIOD = "period"  # 2020年1月--2020年11月 (compared by its end)
    QUALITATIVE = "qualitative"  # a word mapped to a level
    TEXT = "text"  # not understood: needs a person


class QualitativeLevel(StrEnum):
    """The three bands of the 2020 measures (财预〔2020〕10号, qualitative indicators)."""

    ACHIEVED = "achieved"  # 达成年度指标 → 80–100 % of points
    PARTLY = "partly"  # 部分达成并具有一定效果 → 60–80 %
    NOT_ACHIEVED = "not_achieved"  # 未达成且效果较差 → 0–60 %

    def label(self) -> str:
        return translate("Enum", _LEVEL_LABELS[self])


_LEVEL_LABELS = {
    QualitativeLevel.ACHIEVED: QT_TRANSLATE_NOOP("Enum", "Achieved"),
    QualitativeLevel.PARTLY: QT_TRANSLATE_NOOP("Enum", "Partly achieved"),
    QualitativeLevel.NOT_ACHIEVED: QT_TRANSLATE_NOOP("Enum", "Not achieved"),
}


@frozen
class ParsedValue:
    """One value cell. ``number`` is exact; ``date_value`` is the deadline (the end of a period or month)."""

    raw: str
    kind: ValueKind
    comparison: Comparison = Comparison.NONE
    number: Decimal | None = None
    unit: str = ""
    text: str = ""
    level: QualitativeLevel | None = None
    date_value: date | None = None
    period_start: date | None = None
    notes: tuple[str, ...] = ()

    @property
    def note(self) -> str:
        """All interpretations in one line (empty when the value was read literally)."""
        return translate("ValueText", "; ").join(self.notes)

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"


# Members the per-cell code reads, as module names: on Python 3.11 each ``ValueKind.NUMBER`` goes through
# ``EnumType.__getattr__``, about ten times the cost of a global, and scoring a city reads them ~200,000 times.
_NUMBER_KIND, _EMPTY_KIND = ValueKind.NUMBER, ValueKind.EMPTY
_NO_COMPARISON = Comparison.NONE


# -- normalisation --------------------------------------------------------------------------------------------
_CHAR_MAP = str.maketrans({"≧": "≥", "≦": "≤", "═": "=", "〓": "=", "＝": "=", "﹦": "=", "≮": "≥", "≯": "≤",
                           "％": "%", "﹪": "%", "～": "~", "〜": "~", "－": "-", "—": "-", "–": "-", "―": "-",
                           "\u3000": " ", "\xa0": " ", "：": ":"})
_MAPPED = re.compile("[" + re.escape("".join(map(chr, _CHAR_MAP))) + "]")  # str.translate on a non-ASCII text costs ~2 µs


def normalise(text: object) -> str:
    """Full-width to half-width (NFKC), the look-alike signs of real tables to ≥ ≤ =, spaces collapsed."""
    if text is None:
        return ""
    if isinstance(text, float):
        text = repr(text)
    text = unicodedata.normalize("NFKC", str(text))
    if _MAPPED.search(text):
        text = text.translate(_CHAR_MAP)
    return " ".join(text.split())  # \s+ → " ", stripped


_SIGNS: tuple[tuple[str, Comparison, str | None], ...] = (
    (">=", Comparison.AT_LEAST, None), ("=>", Comparison.AT_LEAST, None), ("≥", Comparison.AT_LEAST, None),
    ("<=", Comparison.AT_MOST, None), ("=<", Comparison.AT_MOST, None), ("≤", Comparison.AT_MOST, None),
    ("大于等于", Comparison.AT_LEAST, None), ("不低于", Comparison.AT_LEAST, None),
    ("不少于", Comparison.AT_LEAST, None), ("至少", Comparison.AT_LEAST, None),
    ("小于等于", Comparison.AT_MOST, None), ("不高于", Comparison.AT_MOST, None),
    ("不超过", Comparison.AT_MOST, None), ("不大于", Comparison.AT_MOST, None), ("控制在", Comparison.AT_MOST, None),
    (">", Comparison.AT_LEAST, QT_TRANSLATE_NOOP("ValueText", "strict sign > read as ≥")),
    ("<", Comparison.AT_MOST, QT_TRANSLATE_NOOP("ValueText", "strict sign < read as ≤")),
    ("大于", Comparison.AT_LEAST, QT_TRANSLATE_NOOP("ValueText", "大于 read as ≥")),
    ("小于", Comparison.AT_MOST, QT_TRANSLATE_NOOP("ValueText", "小于 read as ≤")),
    ("=", Comparison.EQUAL, None), ("等于", Comparison.EQUAL, None),
)
_SUFFIX_SIGNS: tuple[tuple[str, Comparison], ...] = (
    ("以上", Comparison.AT_LEAST), ("及以上", Comparison.AT_LEAST), ("以内", Comparison.AT_MOST),
    ("以下", Comparison.AT_MOST), ("及以下", Comparison.AT_MOST),
)

_NUMBER = re.compile(r"(?:^[-+])?\d+(?:,\d{3})*(?:\.\d+)?")
_UNIT_ALIASES = {"百分比": "%", "百分之": "%", "个百分点": "%", "百分点": "%"}


# -- qualitative words -----------------------------------------------------------------------------------------
# The band names of the 2020 measures, read without a note when typed exactly.
_CANONICAL = frozenset({"未达成且效果较差", "部分达成并具有一定效果", "未达成", "未达到", "部分达成", "部分达到",
                        "达成年度指标", "达成预期指标", "达成"})


def qualitative_level(text: str) -> tuple[QualitativeLevel | None, str | None]:
    """The level a text stands for, read by :mod:`perfdesk.core.rules.qualitative_text` (negation and degree
    understood: 未按时完成 is not 达成), and, unless it is one of the band names, a note saying how it was read.
    Words that say there is no data or only a plan have no level: a person decides."""
    s = normalise(text).replace(" ", "")
    reading = read_actual(s)
    if reading.reading is None:
        return None, None
    level = QualitativeLevel(reading.band) if reading.band else None
    return level, None if s in _CANONICAL else reading.explanation


# -- dates -----------------------------------------------------------------------------------------------------
_DATE = re.compile(r"(\d{4})\s*[年.\-/]\s*(\d{1,2})(?!\d)(?:\s*(?:月|[.\-/])\s*(\d{1,2})(?!\d)\s*[日号]?|\s*月)?")
_DEADLINE_WORDS = ("前", "之前", "以前", "底", "末", "完成", "止", "截止")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _date_of(match: re.Match[str], *, end: bool) -> date | None:
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        return None
    if match.group(3):
        try:
            return date(year, month, int(match.group(3)))
        except ValueError:
            return None
    return _month_end(year, month) if end else date(year, month, 1)


def _parse_dates(raw: str, s: str) -> ParsedValue | None:
    found = list(_DATE.finditer(s))
    if not found or not re.search(r"\d{4}\s*年|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}", s):
        return None
    if len(found) >= 2:
        start, end = _date_of(found[0], end=False), _date_of(found[-1], end=True)
        if start is None or end is None:
            return None
        note = translate("ValueText", "period compared by its end {end}").format(end=end.isoformat())
        return ParsedValue(raw, ValueKind.PERIOD, Comparison.AT_MOST, text=s, date_value=end,
                           period_start=start, notes=(note,))
    return _single_date(raw, s, found[0])


def _single_date(raw: str, s: str, match: re.Match[str]) -> ParsedValue | None:
    day = _date_of(match, end=True)
    if day is None:
        return None
    notes: list[str] = []
    if not match.group(3):
        notes.append(translate("ValueText", "month read as its last day {day}").format(day=day.isoformat()))
    rest = s[match.end():]
    sign = _leading_sign(s[: match.start()])
    comparison = sign[0] if sign else Comparison.AT_MOST
    if not sign and not any(w in rest for w in _DEADLINE_WORDS):
        notes.append(translate("ValueText", "date without 前 read as a deadline (≤)"))
    return ParsedValue(raw, ValueKind.DATE, comparison, text=s, date_value=day, notes=tuple(notes))


# -- numbers ---------------------------------------------------------------------------------------------------
_SIGN_STARTS = frozenset(sign[0] for sign, _c, _n in _SIGNS)


def _leading_sign(s: str) -> tuple[Comparison, str | None, int] | None:
    if not s or s[0] not in _SIGN_STARTS:
        return None
    for sign, comparison, note in _SIGNS:
        if s.startswith(sign):
            return comparison, note, len(sign)
    return None


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _unit_of(before: str, after: str, notes: list[str]) -> str:
    unit = after.strip()
    for word, _ in _SUFFIX_SIGNS:
        if unit.endswith(word):
            unit = unit[: -len(word)].strip()
            break
    for alias, canonical in _UNIT_ALIASES.items():
        if unit.startswith(alias):
            notes.append(translate("ValueText", "unit {alias} read as {unit}").format(alias=alias, unit=canonical))
            unit = canonical + unit[len(alias):]
    if before.startswith("每") and len(before) > 1:
        per = before[1:].strip()
        notes.append(translate("ValueText", "每{per} read as the unit per {per}").format(per=per))
        unit = f"{unit}/{per}" if unit else f"/{per}"
    return unit


def _parse_number(raw: str, s: str, role: str) -> ParsedValue | None:
    compact = s.replace(" ", "")
    notes: list[str] = []
    sign = _leading_sign(compact)
    comparison = Comparison.NONE
    if sign:
        comparison, note, length = sign
        compact = compact[length:]
        if note:
            notes.append(translate("ValueText", note))
    numbers = list(_NUMBER.finditer(compact))
    if not numbers:
        return None
    first = numbers[0]
    before, after = compact[: first.start()], compact[first.end():]
    if before and not before.startswith("每"):
        return None  # words before the number: not a plain value
    number = _decimal(first.group())
    if number is None:
        return None
    if len(numbers) > 1 and re.match(r"^%?[-~至到]+$", compact[first.end(): numbers[1].start()]):
        notes.append(translate("ValueText", "range read as at least its lower end {low}").format(low=first.group()))
        comparison, after = Comparison.AT_LEAST, compact[numbers[1].end():]
    for word, suffix_comparison in _SUFFIX_SIGNS:
        if after.endswith(word) and comparison is Comparison.NONE:
            comparison = suffix_comparison
            notes.append(translate("ValueText", "{word} read as {sign}").format(word=word, sign=suffix_comparison.symbol))
            break
    unit = _unit_of(before, after, notes)
    if role == "actual" and comparison is not Comparison.NONE:
        notes.append(translate("ValueText", "sign {sign} on an actual value ignored").format(sign=comparison.symbol))
    return ParsedValue(raw, ValueKind.NUMBER, comparison, number=number, unit=unit, text=s, notes=tuple(notes))


# Most cells hold a plain value: an optional ≥ ≤ = sign, a number, a unit with nothing to interpret (no digit,
# space, 年, range sign, 以上/以下/以内, 百分比…, 每). Read directly, as the general reading would (tested).
_PLAIN = re.compile(r"(≥|≤|=|>=|<=)?(\d+(?:\.\d+)?)([^\d\s.,~至到\-+年以百每]*)")
_PLAIN_SIGNS = {"≥": Comparison.AT_LEAST, ">=": Comparison.AT_LEAST, "≤": Comparison.AT_MOST,
                "<=": Comparison.AT_MOST, "=": Comparison.EQUAL}


def _parse_plain(raw: str, s: str, role: str) -> ParsedValue | None:
    match = _PLAIN.fullmatch(s)
    if match is None:
        return None
    sign, number, unit = match.groups()
    if sign and role == "actual":
        return None  # noted by the general reading
    comparison = _PLAIN_SIGNS[sign] if sign else _NO_COMPARISON
    return ParsedValue(raw, _NUMBER_KIND, comparison, Decimal(number), unit, s)


def _from_number(raw: object) -> ParsedValue:
    number = Decimal(str(raw)) if not isinstance(raw, Decimal) else raw
    return ParsedValue(str(raw), ValueKind.NUMBER, number=number, text=str(raw))


def parse_value(raw: object, *, role: str = "target") -> ParsedValue:
    """Read one value cell. ``role`` is ``"target"`` or ``"actual"`` (a sign on an actual is noted and dropped
    from the meaning, the number is kept). Numbers stored as numbers by Excel come back unchanged.
    Texts are cached (values repeat a lot across projects: ``=100%``); the cache is per language."""
    if isinstance(raw, str):
        return _parse_text(raw, role, translate("Enum", "Achieved"))  # the language in force, as a cache key
    return _parse_value(raw, role)


@functools.lru_cache(maxsize=65536)
def _parse_text(raw: str, role: str, _language: str) -> ParsedValue:
    return _parse_str(raw, normalise(raw), role)


def _parse_value(raw: object, role: str) -> ParsedValue:
    if isinstance(raw, bool):
        raw = str(raw)
    if isinstance(raw, (int, float, Decimal)):
        return _from_number(raw)
    return _parse_str("" if raw is None else str(raw), normalise(raw), role)


_NOTHING = frozenset({"-", "/", "无", "—"})


def _parse_str(raw: str, s: str, role: str) -> ParsedValue:
    """A cell as typed (``raw``) and normalised (``s``)."""
    if not s or s in _NOTHING:
        return ParsedValue(raw, _EMPTY_KIND, text=s)
    return _parse_plain(raw, s, role) or _parse_general(raw, s, role)


def _parse_general(raw: str, s: str, role: str) -> ParsedValue:
    """A normalised, non-empty cell: a date or period, a number with whatever surrounds it, or words."""
    for parse in (_parse_dates, lambda r, t: _parse_number(r, t, role)):
        parsed = parse(raw, s)
        if parsed is not None:
            return parsed
    return _parse_words(raw, s, role)


def _parse_words(raw: str, s: str, role: str) -> ParsedValue:
    """Words: an actual's note is how the reader read them; a target's says the level it stands for."""
    reading = read_actual(s)
    if reading.reading is None:
        note = translate("ValueText", "value not understood: “{text}” needs a person").format(text=s)
        return ParsedValue(raw, ValueKind.TEXT, text=s, notes=(note,))
    level = QualitativeLevel(reading.band) if reading.band else None
    if s.replace(" ", "") in _CANONICAL:
        notes: tuple[str, ...] = ()
    elif role == "actual":
        notes = (reading.explanation,)
    elif level is None:
        notes = (translate("ValueText", "“{text}” read as a qualitative value").format(text=s),)
    else:
        notes = (translate("ValueText", "“{text}” read as level {level}").format(text=s, level=level.label()),)
    return ParsedValue(raw, ValueKind.QUALITATIVE, Comparison.QUALITATIVE, text=s, level=level, notes=notes)


# -- comparing an actual with its target -------------------------------------------------------------------------
_UNIT_FACTORS = {("万元", "元"): Decimal("0.0001"), ("元", "万元"): Decimal(10000), ("万", ""): Decimal(1)}


def align_actual(actual: ParsedValue, target: ParsedValue) -> ParsedValue:
    """Bring ``actual`` to ``target``'s unit where that is unambiguous, with a note: a ratio ``1`` or ``0.98``
    against a target in % is read as 100 % / 98 %; 元 against 万元 is converted. Other units are left alone."""
    if actual.kind is not _NUMBER_KIND or target.kind is not _NUMBER_KIND or actual.number is None:
        return actual
    if target.is_percent and not actual.unit and abs(actual.number) <= 1 and (target.number or 0) > 1:
        note = translate("ValueText", "ratio {ratio} read as {percent}%")
        percent = actual.number * 100
        return _with(actual, number=percent, unit="%", note=note.format(ratio=actual.number, percent=_plain(percent)))
    factor = _UNIT_FACTORS.get((target.unit, actual.unit))
    if factor is not None and factor != 1:
        note = translate("ValueText", "{value}{unit} converted to {target_unit}")
        return _with(actual, number=actual.number * factor, unit=target.unit,
                     note=note.format(value=_plain(actual.number), unit=actual.unit, target_unit=target.unit))
    return actual


def units_differ(actual: ParsedValue, target: ParsedValue) -> bool:
    """Both carry a unit and they are not the same (after :func:`align_actual`)."""
    return bool(actual.unit and target.unit and actual.unit != target.unit)


def _with(value: ParsedValue, *, number: Decimal, unit: str, note: str) -> ParsedValue:
    return ParsedValue(value.raw, value.kind, value.comparison, number, unit, value.text, value.level,
                       value.date_value, value.period_start, (*value.notes, note))


def _plain(number: Decimal) -> str:
    """``format(number.normalize(), "f")``. A number whose own text has no exponent, no trailing zero after its
    point and no more digits than the context keeps is already written so (its text costs a quarter)."""
    text = str(number)
    if "E" not in text and len(text) <= getcontext().prec and (
            text[-1] in "123456789" or (text[-1] == "0" and "." not in text)):
        return text
    return format(number.normalize(), "f")


def format_number(number: Decimal | None) -> str:
    """A number as people write it: no exponent, no trailing zeros (``100``, ``85.5``)."""
    return "" if number is None else _plain(number)

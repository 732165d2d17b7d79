"""An indicator's target value as stored and as split into the columns 指标性质 / 指标值 / 度量单位.

The database keeps the comparison code, the unit and the value as printed (``≥95%``). A numeric value prints as
sign + number + unit; anything else (a deadline, a level such as 优, a sentence) prints as typed. Splitting a
printed value back gives the core (``95``), so the grid and the Excel layouts round-trip exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from perfdesk.core.domain.enums import Comparison
from perfdesk.core.rules.valuetext import ParsedValue, ValueKind, format_number, normalise, parse_value

SYMBOLS = {">=": "≥", "<=": "≤", "=": "=", "qual": "定性", "": ""}
FROM_SYMBOL = {"≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", "=": "=", "定性": "qual", "": "",
               ">": ">=", "<": "<=", "≧": ">=", "≦": "<=", "＝": "="}


@dataclass(frozen=True)
class IndicatorValue:
    comparison: str  # Comparison code
    core: str  # what the 指标值 column shows
    unit: str
    number: Decimal | None
    text: str = ""  # as printed: made by :meth:`of`

    @classmethod
    def of(cls, comparison: str, core: str, unit: str, number: Decimal | None) -> IndicatorValue:
        return cls(comparison, core, unit, number, compose(comparison, core, unit))


PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")  # most 指标值 cells of a big workbook: 95, 100, 12.5


def numeric_core(core: str) -> Decimal | None:
    if PLAIN_NUMBER.fullmatch(core):
        return Decimal(core)  # what the general reader gives for these, without its cost
    return plain_number(parse_value(core) if core.strip() else None)


def plain_number(parsed: ParsedValue | None) -> Decimal | None:
    """The number of a value read as a bare number (no sign, no unit), else None."""
    if parsed is None or parsed.kind is not ValueKind.NUMBER or parsed.unit or parsed.comparison.value:
        return None
    return parsed.number


def compose(comparison: str, core: str, unit: str) -> str:
    """The printed value: sign + number + unit for numbers; the core as typed otherwise."""
    core = core.strip()
    if numeric_core(core) is None:
        return core
    sign = "" if comparison == "qual" else SYMBOLS.get(comparison, "")
    return f"{sign}{core}{unit.strip()}"


def split(value_text: str, comparison: str, unit: str) -> str:
    """The core of a printed value (inverse of :func:`compose` on its own output)."""
    text = value_text.strip()
    sign = SYMBOLS.get(comparison, "") if comparison != "qual" else ""
    rest = text[len(sign):] if sign and text.startswith(sign) else text
    if unit and rest.endswith(unit):
        rest = rest[: -len(unit)]
    return rest if numeric_core(rest) is not None and compose(comparison, rest, unit) == text else text


def comparison_code(symbol: str) -> str | None:
    """The comparison code of a 指标性质 cell (≥ ≤ = 定性 or empty); None when not understood."""
    return FROM_SYMBOL.get(normalise(symbol).replace(" ", ""))


def read(core: str, comparison: str = "", unit: str = "") -> IndicatorValue:
    """Read what a person typed in the 指标值 cell: ``95`` with the other columns, or ``≥95%`` in one cell
    (then the sign and unit come from the text; the columns fill what the text does not say)."""
    typed = core.strip()
    if PLAIN_NUMBER.fullmatch(typed):
        return IndicatorValue.of(comparison, typed, unit, Decimal(typed))
    return read_general(typed, comparison, unit)


def read_general(typed: str, comparison: str = "", unit: str = "") -> IndicatorValue:
    """:func:`read` of any text, through the full value reader."""
    parsed = parse_value(typed) if typed else None
    if parsed is not None and parsed.kind is ValueKind.NUMBER and (parsed.comparison.value or parsed.unit):
        comp = parsed.comparison.value or comparison
        number_text = format_number(parsed.number)
        return IndicatorValue.of(comp, number_text, parsed.unit or unit, parsed.number)
    number = plain_number(parsed)
    if parsed is not None and parsed.kind is ValueKind.QUALITATIVE and not comparison:
        comparison = Comparison.QUALITATIVE.value
    return IndicatorValue.of(comparison, typed, unit, number)

"""Exact money: an integer number of fen (分). Never a float.

Amounts are stored in fen, computed exactly, and shown in 万元 with two decimals as the official tables do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from perfdesk.core.i18n import translate

_FEN_PER_YUAN = 100
_FEN_PER_WAN = 1_000_000
_CENT = Decimal("0.01")


class MoneyUnit(StrEnum):
    """The unit a table prints its amounts in (read from headers such as 项目资金（万元）)."""

    YUAN = "元"
    WAN = "万元"

    @property
    def fen(self) -> int:
        return _FEN_PER_YUAN if self is MoneyUnit.YUAN else _FEN_PER_WAN


def _to_decimal(value: Decimal | int | str) -> Decimal:
    if isinstance(value, float):  # pragma: no cover - guarded by type hints, kept as a safety net
        raise TypeError("money must not be built from a float; pass a str or Decimal")
    if isinstance(value, Decimal):
        return value
    text = str(value).strip().replace(",", "").replace("，", "")
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(translate("Money", "not an amount: {text}").format(text=value)) from exc


MAX_FEN = 10**15  # 10万亿元: above any budget line, and sums of many stay far inside SQLite's 64-bit integers


class AmountTooLarge(ValueError):
    """An amount beyond :data:`MAX_FEN` (a typing slip such as 1e17): refused, never stored or rounded."""

    def __init__(self, text: object):
        super().__init__(translate("Money", "{text} is larger than any amount PerfDesk accepts (at most "
                                   "10,000,000,000,000 元): check the number and its unit").format(text=text))


def check_size(fen: int, text: object) -> int:
    """``fen`` when within :data:`MAX_FEN` either way, else :class:`AmountTooLarge` naming ``text``."""
    if -MAX_FEN <= fen <= MAX_FEN:
        return fen
    raise AmountTooLarge(text)


@dataclass(frozen=True, order=True, slots=True)
class Money:
    """An exact amount of money in fen."""

    fen: int = 0

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def from_amount(cls, value: Decimal | int | str, unit: MoneyUnit = MoneyUnit.YUAN) -> Money:
        """``value`` in ``unit`` (元 or 万元), rounded half-up to the fen."""
        amount = _to_decimal(value)
        if not amount.is_finite() or abs(amount) * unit.fen > MAX_FEN:
            raise AmountTooLarge(value) if amount.is_finite() or amount.is_infinite() else ValueError(value)
        fen = (amount * unit.fen).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return cls(int(fen))

    @classmethod
    def yuan(cls, value: Decimal | int | str) -> Money:
        return cls.from_amount(value, MoneyUnit.YUAN)

    @classmethod
    def wan(cls, value: Decimal | int | str) -> Money:
        return cls.from_amount(value, MoneyUnit.WAN)

    @classmethod
    def sum(cls, amounts: object) -> Money:
        return cls(sum(m.fen for m in amounts))  # type: ignore[attr-defined]

    # -- views --------------------------------------------------------------------------------
    @property
    def as_yuan(self) -> Decimal:
        return Decimal(self.fen) / _FEN_PER_YUAN

    @property
    def as_wan(self) -> Decimal:
        return Decimal(self.fen) / _FEN_PER_WAN

    def format_wan(self, places: int = 2) -> str:
        """万元 with ``places`` decimals, half-up: ``Money.yuan(123456)`` → ``"12.35"``."""
        quantum = _CENT if places == 2 else Decimal(1).scaleb(-places)
        return str(Decimal(self.fen).scaleb(-6).quantize(quantum, ROUND_HALF_UP))  # fen / 1,000,000, exact

    def format_yuan(self) -> str:
        return str(self.as_yuan.quantize(Decimal("0.01")))

    # -- arithmetic ---------------------------------------------------------------------------
    def __add__(self, other: Money) -> Money:
        return Money(self.fen + other.fen)

    def __sub__(self, other: Money) -> Money:
        return Money(self.fen - other.fen)

    def __neg__(self) -> Money:
        return Money(-self.fen)

    def __bool__(self) -> bool:
        return self.fen != 0

    def times(self, ratio: Decimal | int | str) -> Money:
        """This amount times an exact ratio, rounded half-up to the fen."""
        fen = (Decimal(self.fen) * _to_decimal(ratio)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return Money(int(fen))

    def ratio_to(self, other: Money) -> Decimal | None:
        """``self / other`` as an exact Decimal, or None when ``other`` is zero."""
        if other.fen == 0:
            return None
        return Decimal(self.fen) / Decimal(other.fen)

    def __str__(self) -> str:
        return f"{self.format_yuan()}元"


_UNIT_IN_TEXT = re.compile(r"(万元|万|元)\s*$")


def parse_amount(text: str, default_unit: MoneyUnit) -> Money:
    """Parse an amount cell as people type it: ``"1,234.5"``, ``"30万元"``, ``"12000元"``, ``" 12.3 "``.

    A unit typed in the cell wins over the table's unit. Raises ValueError with a translated message.
    """
    cleaned = str(text).strip().replace("\u3000", "").replace(" ", "")
    unit = default_unit
    match = _UNIT_IN_TEXT.search(cleaned)
    if match:
        unit = MoneyUnit.YUAN if match.group(1) == "元" else MoneyUnit.WAN
        cleaned = cleaned[: match.start()]
    cleaned = cleaned.translate(str.maketrans("０１２３４５６７８９．－，", "0123456789.-,"))
    return Money.from_amount(cleaned, unit)

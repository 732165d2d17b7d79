from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.domain.money import Money, MoneyUnit, parse_amount


def test_money_is_kept_in_fen_from_yuan_and_wan() -> None:
    assert Money.yuan("1234.56").fen == 123456
    assert Money.wan("1.5").fen == 1_500_000
    assert Money.wan(Decimal("3037")).as_wan == Decimal("3037")


def test_money_rounds_half_up_to_the_fen() -> None:
    assert Money.yuan("0.005").fen == 1
    assert Money.yuan("0.004").fen == 0
    assert Money.yuan(100).times("0.1005").fen == 1005


def test_money_refuses_floats() -> None:
    with pytest.raises(TypeError):
        Money.yuan(1.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(("fen", "shown"), [(0, "0.00"), (123456, "0.12"), (1_005_000, "1.01"),
                                            (30_370_000_000, "30370.00"), (-1_500_000, "-1.50")])
def test_money_shows_in_wan_with_two_decimals(fen: int, shown: str) -> None:
    assert Money(fen).format_wan() == shown


def test_money_adds_and_subtracts_exactly() -> None:
    total = Money.sum([Money.yuan("0.10")] * 3)
    assert total == Money.yuan("0.30")
    assert Money.wan(10) - Money.wan("2.5") == Money.wan("7.5")


def test_ratio_is_exact_and_none_for_zero_denominator() -> None:
    assert Money.wan(85).ratio_to(Money.wan(100)) == Decimal("0.85")
    assert Money.wan(1).ratio_to(Money(0)) is None


@pytest.mark.parametrize(("text", "unit", "fen"), [
    ("1,234.5", MoneyUnit.YUAN, 123450),
    ("30万元", MoneyUnit.YUAN, 30_000_000),
    ("12000元", MoneyUnit.WAN, 1_200_000),
    (" １２.３ ", MoneyUnit.WAN, 12_300_000),
    ("5万", MoneyUnit.YUAN, 5_000_000),
])
def test_amounts_parse_as_people_type_them(text: str, unit: MoneyUnit, fen: int) -> None:
    assert parse_amount(text, unit).fen == fen


def test_a_non_amount_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="abc"):
        parse_amount("abc", MoneyUnit.YUAN)


@given(st.integers(min_value=-10**20, max_value=10**20), st.integers(min_value=0, max_value=6))
def test_wan_are_shown_as_the_exact_quotient_rounded_half_up(fen: int, places: int) -> None:
    quantum = Decimal(1).scaleb(-places)
    assert Money(fen).format_wan(places) == str(Money(fen).as_wan.quantize(quantum, rounding=ROUND_HALF_UP))

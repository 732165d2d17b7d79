"""Reading an indicator's 指标值 cell: the fast path for bare numbers agrees with the full value reader."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.rules import target_values as tv
from perfdesk.core.rules.valuetext import parse_value

plain_numbers = st.from_regex(r"\A[0-9]{1,7}(\.[0-9]{1,4})?\Z")
comparisons = st.sampled_from([">=", "<=", "=", "qual", ""])
units = st.sampled_from(["", "%", "万元", "人次", "平方米", "个"])


def same(a: Decimal | None, b: Decimal | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and str(a) == str(b) and a == b)


@given(plain_numbers, comparisons, units)
def test_a_bare_number_reads_as_the_full_reader_reads_it(core: str, comparison: str, unit: str) -> None:
    fast, general = tv.read(core, comparison, unit), tv.read_general(core, comparison, unit)
    assert (fast.comparison, fast.core, fast.unit, fast.text) == (general.comparison, general.core, general.unit,
                                                                   general.text)
    assert same(fast.number, general.number)


@given(plain_numbers)
def test_a_bare_number_core_is_the_number_the_full_reader_finds(core: str) -> None:
    assert same(tv.numeric_core(core), tv.plain_number(parse_value(core)))


def test_a_value_with_its_sign_and_unit_in_the_cell_still_goes_through_the_full_reader() -> None:
    value = tv.read("≥95%", "", "")
    assert (value.comparison, value.core, value.unit, value.number) == (">=", "95", "%", Decimal(95))
    assert value.text == "≥95%"


def test_leading_zeros_and_trailing_decimals_are_kept_as_typed() -> None:
    value = tv.read("080.50", ">=", "%")
    assert value.core == "080.50" and str(value.number) == "80.50" and value.text == "≥080.50%"

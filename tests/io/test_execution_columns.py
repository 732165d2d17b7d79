"""The column-by-column reading of an execution export gives, cell for cell, what the per-cell rules give."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import MAX_FEN, Money, MoneyUnit
from perfdesk.core.io.execution_file import (
    Where,
    _parse_grid,
    cell_text,
    fen_from_cell,
    read_execution_file,
)

HEADER = ["PRO_CODE", "PRO_NAME", "AGENCY_CODE", "CUR_AMT", "PAY_AMT（万元）"]
AMOUNT_CELLS = st.one_of(
    st.floats(min_value=0, max_value=1e12, allow_nan=False),  # whole fen, sub-fen digits, huge values
    st.integers(0, 10**9).map(lambda fen: fen / 100),  # the usual two decimals
    st.integers(0, 10**9).map(lambda fen: fen / 100 + 0.005),  # half a fen: rounded half-up from the text
    st.integers(0, 10**13).map(lambda fen: fen / 100),  # up to and past the one-pass limit of 10¹³ fen
    st.floats(min_value=-4e-9, max_value=0),  # a negative zero, or less than half a fen below it: zero
    st.integers(0, 10**9),
    st.sampled_from(["", " 1,234.50 ", "12.5万元", "0"]),
)


def parse(rows: list[list[object]]):  # type: ignore[no-untyped-def]
    """What an xlsx with these cells (as python-calamine returns them) reads as."""
    return _parse_grid([HEADER, *rows], Where("t.xlsx", "执行数据"), MoneyUnit.YUAN, None, set)


def accepted(value: object, fen_per_unit: int) -> bool:
    """Within the largest amount accepted (:data:`MAX_FEN`; beyond it the cell is refused)."""
    return not isinstance(value, (int, float)) or value * fen_per_unit <= MAX_FEN


def per_cell_fen(value: object, fen_per_unit: int) -> int:
    return 0 if value == "" else fen_from_cell(value, fen_per_unit)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(AMOUNT_CELLS, AMOUNT_CELLS), min_size=1, max_size=30))
def test_amount_columns_read_at_once_equal_the_per_cell_reading(amounts):
    assume(all(accepted(b, 100) and accepted(s, 1_000_000) for b, s in amounts))  # larger ones are refused
    rows = [[f"P{i}", "", "101", budget, spent] for i, (budget, spent) in enumerate(amounts)]
    table = parse(rows).table
    assert table.amounts["budget"] == [per_cell_fen(b, 100) for b, _ in amounts]
    assert table.amounts["spent"] == [per_cell_fen(s, 1_000_000) for _, s in amounts]
    assert table.rows == list(range(2, len(amounts) + 2))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=8), st.integers(0, 10**8), st.floats(0, 1e8, allow_nan=False),
                          st.booleans()), min_size=1, max_size=20))
def test_text_columns_read_at_once_equal_the_per_cell_reading(agencies):
    rows = [[f"P{i}", "", agency, 1.0, 0.0] for i, agency in enumerate(agencies)]
    table = parse(rows).table
    assert table.agency_codes == [a.strip() if isinstance(a, str) else cell_text(a) for a in agencies]


def test_codes_typed_as_numbers_and_repeated_unit_codes_are_read_as_text(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in ([*HEADER], [371525240000001, "甲", 101001, 100, 0.5], [371525240000002, "乙", 101001, 200, 1]):
        sheet.append(row)
    book.save(tmp_path / "n.xlsx")
    parsed = read_execution_file(tmp_path / "n.xlsx")
    assert parsed.table.codes == ["371525240000001", "371525240000002"]
    assert parsed.table.agency_codes == ["101001", "101001"]
    assert [(r.code, r.budget, r.spent) for r in parsed.rows] == [
        ("371525240000001", Money(10_000), Money(500_000)), ("371525240000002", Money(20_000), Money(1_000_000))]


def test_a_bad_cell_among_thousands_of_good_ones_is_reported_at_its_row_and_column() -> None:
    rows: list[list[object]] = [[f"P{i}", "", "101", 1234.5, 0.25] for i in range(5000)]
    rows[3210][4] = -0.25
    rows[4000][3] = float("inf")
    with pytest.raises(UserErrors) as caught:
        parse(rows)
    assert [(e.row, e.column, e.message) for e in caught.value.errors] == [
        (3212, "E", "negative amount: -0.25"), (4002, "D", "not an amount: inf")]

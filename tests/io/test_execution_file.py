"""Reading the budget system's execution export (RULES §1, §3; FORMATS §2)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.money import Money, MoneyUnit
from perfdesk.core.io.execution_file import column_letter, normalise_header, read_execution_file


def write_xlsx(path: Path, rows: list[list[object]], title: str = "执行数据") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def errors_of(path: Path) -> list[UserError]:
    with pytest.raises(UserErrors) as caught:
        read_execution_file(path)
    return caught.value.errors


def where(error: UserError) -> tuple[str | None, int | None, str | None]:
    return error.sheet, error.row, error.column


GOOD = [
    ["PRO_CODE", "PRO_NAME", "AGENCY_CODE", "CUR_AMT", "PAY_AMT"],
    ["371525240000001", "农村道路养护", "101001", 1_200_000, 655_432.1],
    ["371525240000002", "义务教育营养餐", "102001", "350,000.50", 0],
    ["371525240000003", "乡村医生补助", "103001", 80000, None],
]


def test_a_good_xlsx_gives_exact_amounts_in_fen(tmp_path):
    parsed = read_execution_file(write_xlsx(tmp_path / "exec.xlsx", GOOD))
    assert (parsed.sheet, parsed.header_row, parsed.columns["budget"]) == ("执行数据", 1, "D")
    first, second, third = parsed.rows
    assert (first.code, first.name, first.agency_code, first.row) == ("371525240000001", "农村道路养护", "101001", 2)
    assert first.budget == Money(120_000_000) and first.spent == Money(65_543_210)
    assert second.budget == Money(35_000_050) and second.spent == Money(0)
    assert third.spent == Money(0)  # blank means zero
    assert first.fiscal_budget is None and first.expected_full_year is None


def test_chinese_headers_with_wan_yuan_units_and_a_period_prefix_are_understood(tmp_path):
    rows = [
        ["2024年项目支出执行情况表"],
        ["项目编码", "项目名称", "全年预算数（万元）", "1—7月执行数（万元）", "全年预计执行数（万元）",
         "财政拨款预算数（万元）", "其他资金预算数（万元）"],
        ["P001", "道路", 120.5, "60.25", 118, 100, 20.5],
    ]
    parsed = read_execution_file(write_xlsx(tmp_path / "wan.xlsx", rows))
    [row] = parsed.rows
    assert parsed.header_row == 2 and row.row == 3
    assert parsed.units["budget"] is MoneyUnit.WAN
    assert (row.budget, row.spent, row.expected_full_year) == (Money.wan("120.5"), Money.wan("60.25"), Money.wan(118))
    assert (row.fiscal_budget, row.other_budget) == (Money.wan(100), Money.wan("20.5"))


def test_a_title_row_saying_unit_wan_yuan_applies_to_headers_without_a_unit(tmp_path):
    rows = [["单位：万元"], ["项目编码", "预算数", "支出数"], ["P1", 10, 2.5]]
    [row] = read_execution_file(write_xlsx(tmp_path / "t.xlsx", rows)).rows
    assert (row.budget, row.spent) == (Money(10_000_000), Money(2_500_000))


def test_a_second_header_row_of_chinese_names_under_the_keys_is_skipped(tmp_path):
    rows = [["PRO_CODE", "PRO_NAME", "CUR_AMT", "PAY_AMT"], ["项目编码", "项目名称", "全年预算数", "执行数"],
            ["P1", "甲", 100, 50]]
    parsed = read_execution_file(write_xlsx(tmp_path / "two.xlsx", rows))
    assert [r.code for r in parsed.rows] == ["P1"] and parsed.rows[0].row == 3


def test_blank_spacer_rows_and_a_total_row_are_skipped(tmp_path):
    rows = [GOOD[0], GOOD[1], [None] * 5, GOOD[2], ["", "合计", "", 1_550_000.5, 655_432.1]]
    parsed = read_execution_file(write_xlsx(tmp_path / "s.xlsx", rows))
    assert [r.row for r in parsed.rows] == [2, 4]
    assert parsed.skipped_rows == (3, 5)


def test_a_code_in_front_of_the_name_is_split_off_when_there_is_no_code_column(tmp_path):
    rows = [["项目名称", "预算数", "执行数"], ["51000021R000000019951-工资性支出", 100, 10]]
    [row] = read_execution_file(write_xlsx(tmp_path / "sc.xlsx", rows)).rows
    assert (row.code, row.name) == ("51000021R000000019951", "工资性支出")


def test_a_gbk_csv_is_detected_and_read(tmp_path):
    path = tmp_path / "exec.csv"
    path.write_bytes("项目编码,项目名称,预算数（万元）,执行数（万元）\nP1,农村道路,12.5,3\nP2,营养餐,\"1,000\",0\n"
                     .encode("gbk"))
    parsed = read_execution_file(path)
    assert parsed.encoding == "gb18030" and parsed.sheet is None
    assert [(r.code, r.name, r.budget, r.spent, r.row) for r in parsed.rows] == [
        ("P1", "农村道路", Money.wan("12.5"), Money.wan(3), 2), ("P2", "营养餐", Money.wan(1000), Money(0), 3)]


def test_a_utf8_csv_with_a_bom_is_read(tmp_path):
    path = tmp_path / "exec.csv"
    path.write_bytes("\ufeffPRO_CODE,CUR_AMT,PAY_AMT\r\nP1,100.01,0.5\r\n".encode())
    parsed = read_execution_file(path)
    assert parsed.encoding == "utf-8-sig"
    assert (parsed.rows[0].budget, parsed.rows[0].spent) == (Money(10001), Money(50))


# -- rejected files --------------------------------------------------------------------------------------
def test_missing_required_columns_are_all_reported_at_the_header_row(tmp_path):
    errors = errors_of(write_xlsx(tmp_path / "m.xlsx", [["标题"], ["PRO_CODE", "PRO_NAME"], ["P1", "甲"]]))
    assert [(e.file, *where(e)) for e in errors] == [(str(tmp_path / "m.xlsx"), "执行数据", 2, None)] * 2
    assert "budget (CUR_AMT" in errors[0].message and "amount spent (PAY_AMT" in errors[1].message


def test_a_file_without_any_code_header_is_rejected(tmp_path):
    [error] = errors_of(write_xlsx(tmp_path / "n.xlsx", [["a", "b"], [1, 2]]))
    assert "no header row" in error.message


def test_every_bad_cell_is_reported_with_its_sheet_row_and_column(tmp_path):
    rows = [
        ["PRO_CODE", "PRO_NAME", "CUR_AMT", "PAY_AMT"],
        ["P1", "甲", "一百", 5],  # row 2: non-numeric budget in C
        ["P2", "乙", 100, -3],  # row 3: negative spent in D
        [None, "丙", 100, 3],  # row 4: blank code in A
        ["P1", "丁", 100, 3],  # row 5: duplicate of row 2
        ["P5", "戊", 100, "=C6/2"],  # row 6: formula without a cached value in D
    ]
    errors = errors_of(write_xlsx(tmp_path / "bad.xlsx", rows))
    assert [where(e) for e in errors] == [("执行数据", 2, "C"), ("执行数据", 3, "D"), ("执行数据", 4, "A"),
                                         ("执行数据", 5, "A"), ("执行数据", 6, "D")]
    assert [e.message for e in errors] == [
        "not an amount: 一百", "negative amount: -3", "the project code is blank",
        "duplicate project code P1 (first on row 2)",
        "the formula has no saved value: open the file in Excel and save it again"]
    assert str(errors[0]) == "file bad.xlsx, sheet 执行数据, row 2, column C: not an amount: 一百"


def test_two_columns_for_the_same_field_are_rejected(tmp_path):
    [error] = errors_of(write_xlsx(tmp_path / "d.xlsx", [["PRO_CODE", "CUR_AMT", "预算数", "PAY_AMT"], ["P1", 1, 1, 1]]))
    assert where(error) == ("执行数据", 1, "C") and "B and C" in error.message


def test_csv_errors_give_the_line_and_column_letter(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("PRO_CODE,CUR_AMT,PAY_AMT\nP1,abc,1\nP1,1,1\n", encoding="utf-8")
    errors = errors_of(path)
    assert [(e.sheet, e.row, e.column) for e in errors] == [(None, 2, "B"), (None, 3, "A")]


def test_an_unsupported_file_type_is_rejected(tmp_path):
    path = tmp_path / "x.xls"
    path.write_bytes(b"")
    [error] = errors_of(path)
    assert "unsupported file type .xls" in error.message


# -- helpers ---------------------------------------------------------------------------------------------
def test_headers_are_normalised_and_column_letters_follow_excel():
    assert normalise_header(" 1-7月 执行数(万元) ") == ("执行数", MoneyUnit.WAN)
    assert normalise_header("pro_code") == ("PRO_CODE", None)
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]

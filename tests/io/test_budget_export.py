"""Reading the budget system's project exports in every shape counties get (RULES §1)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import MoneyUnit
from perfdesk.core.io import budget_export as be
from tests.io import budget_exports as books


def errors_of(path: Path, **kw: object) -> list[tuple[int | None, str | None, str]]:
    with pytest.raises(UserErrors) as caught:
        be.read_budget_export(path, **kw)  # type: ignore[arg-type]
    return [(e.row, e.column, e.message) for e in caught.value.errors]


def test_the_field_code_export_in_yuan_gives_every_project_exact_to_the_fen(tmp_path: Path) -> None:
    read = be.read_budget_export(books.field_code_xlsx(tmp_path / "export.xlsx"))
    assert (read.sheet, read.header_row, read.units["initial"]) == ("项目明细", 1, MoneyUnit.YUAN)
    assert {ln.code: (ln.initial, ln.full_year) for ln in read.lines} == books.FIELD_FEN
    second = read.lines[1]
    assert (second.row, second.year, second.dept_code, second.dept_name, second.agency_code, second.agency_name,
            second.name, second.func_code, second.budget_type, second.origin, second.adjustment) == (
        3, 2025, "101", "冠县教育局", "101002", "冠县实验小学", "学生营养餐补助", "2050202", "general", "own_level",
        5_000_026)
    assert [ln.origin for ln in read.lines] == ["own_level", "own_level", "central_transfer", "provincial_transfer",
                                                "county_transfer"]
    assert read.lines[3].budget_type == "fund" and read.lines[4].division == "371525001"
    assert read.warnings == [] and read.total_row is None


def test_a_gbk_csv_with_chinese_headers_title_unit_and_total_rows_reads_wan_to_the_fen(tmp_path: Path) -> None:
    read = be.read_budget_export(books.gbk_csv(tmp_path / "县级项目.csv"))
    assert (read.encoding, read.header_row, read.units["full_year"], read.year_from) == ("gb18030", 3, MoneyUnit.WAN,
                                                                                         "title")
    assert [(ln.row, ln.year, ln.code, ln.name, ln.dept_code, ln.dept_name, ln.agency_code, ln.agency_name)
            for ln in read.lines][:2] == [
        (4, 2025, "37152525R000000000001", "校舍维修改造", "101", "冠县教育局", "101001", "冠县第一中学"),
        (5, 2025, "37152525R000000000002", "学生营养餐补助", "101", "冠县教育局", "101002", "冠县实验小学")]
    assert [(ln.initial, ln.full_year) for ln in read.lines] == [
        (80_000_000, 80_000_000), (120_000_000, 1_250_005_100), (300_000_000, 280_000_000), (40_000_000, 40_000_000)]
    assert [ln.budget_type for ln in read.lines] == ["general", "general", "fund", "general"]
    assert read.lines[1].origin == "own_level"  # " 本级 " with spaces around
    assert (read.total_row, read.totals) == (10, {"initial": 540_000_000, "full_year": 1_650_005_100})
    assert read.warnings == []  # the 合计 row is the sum


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_the_encoding_is_detected_never_asked(tmp_path: Path, encoding: str) -> None:
    read = be.read_budget_export(books.gbk_csv(tmp_path / "x.csv", encoding=encoding))
    assert [ln.name for ln in read.lines][-1] == "街道道路硬化"


def test_money_is_exact_to_the_fen_over_a_whole_file_in_yuan_and_in_wan(tmp_path: Path) -> None:
    rng = random.Random(5)
    fen = [rng.randrange(1, 10**11) for _ in range(3000)]
    rows = [[2025, "", "101", "局", "101", "局", f"P{k:05d}", f"项目{k}", "", "", "", "", "本级", f / 100, 0, f / 100]
            for k, f in enumerate(fen)]
    read = be.read_budget_export(books.field_code_xlsx(tmp_path / "yuan.xlsx", rows))
    assert [ln.initial for ln in read.lines] == fen and sum(ln.full_year for ln in read.lines) == sum(fen)
    wan = [[f"P{k:05d}", "101", f"{f // 1_000_000:,}.{f % 1_000_000:06d}"] for k, f in enumerate(fen)]
    csv_rows = [["单位：万元"], ["项目编码", "单位编码", "全年预算数"], *wan]
    read = be.read_budget_export(books.gbk_csv(tmp_path / "wan.csv", csv_rows), year=2025)
    assert [ln.full_year for ln in read.lines] == fen and read.lines[0].initial is None


def test_sums_that_do_not_agree_are_warnings_naming_the_row(tmp_path: Path) -> None:
    rows = [list(r) for r in books.FIELD_ROWS]
    rows[1][15] = 1250000.52  # REPLY + ADJ = 1,250,000.51
    rows.append(["合计", "", "", "", "", "", "", "", "", "", "", "", "", 5900000.5, -149999.74, 5750000.52])
    read = be.read_budget_export(books.field_code_xlsx(tmp_path / "x.xlsx", rows))
    assert [(w.row, w.column) for w in read.warnings] == [(3, "P"), (7, "N")]
    assert "1200000.25" in read.warnings[0].message and "1250000.52" in read.warnings[0].message
    assert "5900000.50" in read.warnings[1].message and "5900000.25" in read.warnings[1].message
    assert "0.25" in read.warnings[1].message.split("5900000.25")[1]  # the difference


@pytest.mark.parametrize(("row", "column", "value", "expected"), [
    (2, 12, "省级财政", ("M", "省级财政")),
    (3, 13, "八十万", ("N", "八十万")),
    (4, 15, 12.345, ("P", "12.345")),
])
def test_a_bad_cell_is_named_by_row_and_column(tmp_path: Path, row: int, column: int, value: object,
                                               expected: tuple[str, str]) -> None:
    rows = [list(r) for r in books.FIELD_ROWS]
    rows[row - 2][column] = value
    problems = errors_of(books.field_code_xlsx(tmp_path / "x.xlsx", rows))
    assert [(r, c) for r, c, _m in problems] == [(row, expected[0])]
    assert expected[1] in problems[0][2]


def test_an_unknown_fund_origin_lists_the_accepted_values(tmp_path: Path) -> None:
    rows = [list(r) for r in books.FIELD_ROWS]
    rows[0][12] = "上级补助"
    (_r, _c, message), = errors_of(books.field_code_xlsx(tmp_path / "x.xlsx", rows))
    assert "上级补助" in message
    assert all(word in message for word in ("本级", "县对下转移支付", "中央转移支付", "省转移支付", "市转移支付", "非财政拨款资金"))


def test_the_same_project_code_twice_and_a_blank_code_are_refused(tmp_path: Path) -> None:
    rows = [list(r) for r in books.FIELD_ROWS]
    rows[3][6] = rows[0][6]
    rows[4][6] = ""
    problems = errors_of(books.field_code_xlsx(tmp_path / "x.xlsx", rows))
    assert [(r, c) for r, c, _m in problems] == [(5, "G"), (6, "G")]
    assert "37152525R000000000001" in problems[0][2] and "2" in problems[0][2]


def test_a_file_without_a_project_column_is_refused(tmp_path: Path) -> None:
    header = [h for h in books.FIELD_HEADER if h not in ("PRO_CODE", "PRO_NAME")]
    rows = [[c for h, c in zip(books.FIELD_HEADER, r, strict=True) if h in header] for r in books.FIELD_ROWS]
    (problem,) = errors_of(books.field_code_xlsx(tmp_path / "x.xlsx", rows, header=header))
    assert problem[0] is None or problem[0] <= 1


def test_a_file_without_year_is_refused_unless_the_year_is_given(tmp_path: Path) -> None:
    rows = [["项目编码", "项目名称", "单位编码", "全年预算数"], ["P1", "甲", "101", "100"]]
    path = books.gbk_csv(tmp_path / "x.csv", rows)
    assert "year" in errors_of(path)[0][2]
    assert be.read_budget_export(path, year=2026).lines[0].year == 2026


def test_a_fiscal_year_other_than_the_one_asked_is_refused(tmp_path: Path) -> None:
    assert [(r, c) for r, c, _m in errors_of(books.field_code_xlsx(tmp_path / "x.xlsx"), year=2026)] == [
        (k, "A") for k in range(2, 7)]


def test_the_written_export_reads_back_as_it_was(tmp_path: Path) -> None:
    read = be.read_budget_export(books.field_code_xlsx(tmp_path / "in.xlsx"))
    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"out{suffix}"
        assert be.write_budget_export(out, read.lines) == len(read.lines)
        again = be.read_budget_export(out)
        assert [ln._replace(row=0, fund_type_code="") for ln in again.lines] == [
            ln._replace(row=0, fund_type_code="") for ln in read.lines]
        assert again.header_row == 1 and again.warnings == []


def test_the_template_is_an_empty_form_in_the_export_layout(tmp_path: Path) -> None:
    be.write_template(tmp_path / "t.xlsx")
    read = be.read_budget_export(tmp_path / "t.xlsx")
    assert read.lines == [] and set(read.columns) >= {"year", "code", "name", "origin", "initial", "full_year"}

"""Reading cost-benefit and standard workbooks as people fill them: header spellings, amounts typed with units
and separators, the driver given once per project; cells that cannot be believed are refused."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from perfdesk.core.io import cost_xlsx as cx
from perfdesk.core.io import standards_xlsx as sx
from tests.services import cost_books as cb


def test_header_spellings_and_typed_amounts_are_read(tmp_path: Path) -> None:
    head = ["项目编码", "分项成本", "单位成本(元)", "数量规模", "计量单位", "分项成本预算金额", "依据来源", "成本核心因素",
            "核心因素数量", "核心因素单位"]
    rows = [["LD01", "路灯维修费", "300", "3,200", "盏·年", "96万元", "市住建局", "路灯基数", "3200", "盏"],
            ["LD01", "电费", "０．６５", "1,000,000", "千瓦时", "650,000.00", "", "", "", ""],
            ["JZ01", "", "", "", "", "", "", "受助对象人数", "25", "人"]]
    tables, sheet = cx.read_tables(cb.book(tmp_path / "c.xlsx", head, rows, "成本效益分析表"))
    assert sheet.problems.items == []
    lamps, care = tables
    assert [(row, i["name"], i["unit_cost_fen"], i["quantity"], i["amount_fen"]) for row, i in lamps.items] == [
        (2, "路灯维修费", 30000, Decimal(3200), 96000000), (3, "电费", 65, Decimal(1000000), 65000000)]
    assert lamps.driver == {"core_driver": "路灯基数", "driver_quantity": Decimal(3200), "driver_unit": "盏"}
    assert lamps.items[0][1]["source"] == "市住建局"
    assert care.items == [] and care.driver["core_driver"] == "受助对象人数"  # a row holding only the driver


def test_the_sheet_is_found_by_name_and_a_hidden_sheet_is_not_read(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "说明"
    wb.active.append(["请在“支出标准库”表中填写"])
    hidden = wb.create_sheet("草稿")
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("支出标准库")
    ws.append(cb.STANDARD_HEAD)
    ws.append(cb.STANDARDS[0])
    wb.save(tmp_path / "s.xlsx")
    parsed, sheet = sx.read_standards(tmp_path / "s.xlsx")
    assert sheet.problems.items == [] and [s["code"] for _r, s in parsed] == ["TY-001"]


def test_merged_cells_and_missing_columns_are_refused_with_their_place(tmp_path: Path) -> None:
    path = cb.cost_book(tmp_path / "m.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active.merge_cells("B2:B3")
    wb.save(path)
    tables, sheet = cx.read_tables(path)
    assert tables == [] and [(e.row, e.column) for e in sheet.problems.items] == [(2, "B")]
    head = [h for h in cb.COST_HEAD if h != "成本项目"]
    tables, sheet = cx.read_tables(cb.book(tmp_path / "h.xlsx", head, [], "成本效益分析表"))
    assert tables == [] and "成本项目" in sheet.problems.items[0].message and sheet.problems.items[0].row == 1


def test_a_text_too_long_for_its_column_is_refused(tmp_path: Path) -> None:
    rows = [list(r) for r in cb.STANDARDS]
    rows[0][1] = "住" * 201
    _parsed, sheet = sx.read_standards(cb.standards_book(tmp_path / "long.xlsx", rows))
    assert [(e.row, e.column) for e in sheet.problems.items] == [(2, "B")]

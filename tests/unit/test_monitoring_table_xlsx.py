"""Reading 项目支出绩效目标执行监控表 workbooks as counties fill them in (FORMATS §2), built by hand here."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.io.monitoring_table_xlsx import read_progress_workbook

DEVIATION = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"]


def monitoring_sheet(ws, *, period: str = "1—7月", impossible: str = "完全不可能", merged: bool = True,  # type: ignore[no-untyped-def]
                     explanation: bool = False, name: str = "370925250001-乡村道路养护", code: str = "",
                     lines: list[list[object]] | None = None) -> None:
    """A monitoring table: header block, goal, two-row indicator header, lines given as
    [一级, 二级, 三级, 指标值, 执行, 预计, *deviation ticks, (explanation,) *likelihood ticks, 备注]."""
    ws.append(["项目支出绩效目标执行监控表"])
    ws.append(["（2025年度）"])
    ws.append(["项目名称", name, None, None, "项目编码", code])
    ws.append(["主管部门及代码", "县交通运输局（101）", None, None, "实施单位", "县公路站"])
    ws.append(["年度总体目标", "年初设定目标", f"{period}实际完成情况", "全年预计完成情况"])
    ws.append([None, "养护道路100公里", "已养护60公里", "可完成"])
    dev = DEVIATION + (["原因说明"] if explanation else [])
    likely = ["确定能", "有可能", impossible]
    top = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", f"{period}执行情况", "全年预计完成情况",
           "偏差原因分析", *[None] * (len(dev) - 1), "完成目标可能性", None, None, "备注"]
    ws.append(top)
    ws.append([None] * 7 + dev + likely + [None])
    header = ws.max_row - 1
    if merged:
        ws.merge_cells(start_row=header, start_column=8, end_row=header, end_column=7 + len(dev))
        ws.merge_cells(start_row=header, start_column=8 + len(dev), end_row=header, end_column=10 + len(dev))
        for c in (*range(2, 8), 11 + len(dev)):
            ws.merge_cells(start_row=header, start_column=c, end_row=header + 1, end_column=c)
    for line in lines or []:
        ws.append([None, *line])
    if merged and lines:
        first = header + 2
        ws.merge_cells(start_row=first, start_column=2, end_row=first + len(lines) - 1, end_column=2)
    ws.append(["说明：请在“偏差原因分析”中勾选，并说明偏差原因及改进措施。"])


def line(name: str, dev: int | None = None, likely: int = 0, mark: str = "√", remark: str = "",
         level1: str = "产出指标", level2: str = "数量指标", explanation: str | None = None) -> list[object]:
    ticks = [mark if i == dev else None for i in range(5)]
    chosen = [mark if i == likely else None for i in range(3)]
    extra = [] if explanation is None else [explanation]
    return [level1, level2, name, "≥100公里", "60公里", "100公里", *ticks, *extra, *chosen, remark]


def book(path: Path, *sheets: dict) -> Path:  # type: ignore[type-arg]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for i, options in enumerate(sheets):
        monitoring_sheet(wb.create_sheet(f"S{i + 1}"), **options)
    wb.save(path)
    return path


def errors_of(path: Path) -> list:  # type: ignore[type-arg]
    with pytest.raises(UserErrors) as caught:
        read_progress_workbook(path)
    return caught.value.errors


def test_a_merged_official_table_reads_ticks_reason_and_the_period(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = book(tmp_path / "a.xlsx", {"lines": [
        line("养护里程", likely=0),
        line("优良路率", dev=0, likely=1, remark="偏差原因及改进措施：资金未到位，已申请调度\n另见附件", level2="质量指标")]})
    (sheet,) = read_progress_workbook(path)
    assert (sheet.code, sheet.name, sheet.year, sheet.month) == ("370925250001", "乡村道路养护", 2025, 7)
    assert (sheet.goal_progress, sheet.goal_expected) == ("已养护60公里", "可完成")
    first, second = sheet.lines
    assert (first.row, first.level1, first.name, first.progress, first.likelihood, first.deviation) == (
        9, "产出指标", "养护里程", "60公里", "certain", "")
    assert (second.level1, second.level2, second.deviation, second.likelihood) == ("产出指标", "质量指标", "funding", "possible")
    assert (second.reason, second.remark) == ("资金未到位，已申请调度", "另见附件")


def test_a_1_to_6_table_with_the_short_impossible_wording_and_yes_ticks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = book(tmp_path / "b.xlsx", {"period": "1-6月", "impossible": "不可能", "merged": False, "lines": [
        line("受益人数", dev=3, likely=2, mark="是", remark="设备未到货，催交中"),
        line("满意度", likely=0, mark="是", remark="无偏差")]})
    (sheet,) = read_progress_workbook(path)
    assert sheet.month == 6
    a, b = sheet.lines
    assert (a.deviation, a.likelihood, a.reason, a.remark) == ("hardware", "impossible", "设备未到货，催交中", "")
    assert (b.deviation, b.likelihood, b.reason, b.remark) == ("", "certain", "", "无偏差")


def test_an_explanation_column_and_other_tick_marks_are_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = book(tmp_path / "c.xlsx", {"explanation": True, "name": "乡村道路养护", "code": "P001", "lines": [
        line("养护里程", dev=1, likely=1, mark="✔", explanation="制度未出台，本月印发", remark="备"),
        line("优良路率", dev=4, likely=1, mark="x", explanation="天气"),
        line("时效", likely=0, mark="1", explanation="")]})
    (sheet,) = read_progress_workbook(path)
    assert sheet.code == "P001"
    assert [(ln.deviation, ln.likelihood, ln.reason, ln.remark) for ln in sheet.lines] == [
        ("system", "possible", "制度未出台，本月印发", "备"), ("other", "possible", "天气", ""), ("", "certain", "", "")]


def test_two_likelihoods_ticked_and_an_unknown_mark_are_errors_with_their_cells(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = line("养护里程", likely=0)
    bad[13] = "√"  # 完全不可能 as well
    odd = line("优良路率", likely=0)
    odd[6] = "?"
    path = book(tmp_path / "d.xlsx", {"lines": [bad, odd]})
    errors = errors_of(path)
    found = {(e.sheet, e.row, e.column) for e in errors}
    assert found == {("S1", 9, "M"), ("S1", 10, "H")}
    assert all(e.file == str(path) for e in errors)


def test_a_sheet_without_the_likelihood_columns_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "旧表"
    ws.append(["项目名称", "乡村道路养护"])
    ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "1—7月执行情况", "偏差原因分析"])
    ws.append([None] * 5 + ["经费保障"])
    ws.append(["产出指标", "数量指标", "养护里程", "100", "60", "√"])
    wb.save(tmp_path / "e.xlsx")
    errors = errors_of(tmp_path / "e.xlsx")
    assert len(errors) == 1 and errors[0].sheet == "旧表" and errors[0].row == 2
    assert "全年预计完成情况" in errors[0].message and "完成目标可能性" in errors[0].message


def test_a_file_that_is_not_a_workbook_is_one_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "f.xlsx"
    path.write_text("not a workbook")
    (error,) = errors_of(path)
    assert error.file == str(path)


def test_every_deviation_reason_ticked_on_a_line_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    both = line("养护里程", dev=0, likely=1, remark="资金未到位，养护人员不足")
    both[8] = "√"  # 人员保障 as well
    every = line("优良路率", dev=4, likely=2, remark="多方面原因")
    every[6:10] = ["√"] * 4
    path = book(tmp_path / "d.xlsx", {"lines": [both, every]})
    (sheet,) = read_progress_workbook(path)
    assert [ln.deviation for ln in sheet.lines] == ["funding,staff", "funding,system,staff,hardware,other"]
    assert sheet.lines[0].reason == "资金未到位，养护人员不足"

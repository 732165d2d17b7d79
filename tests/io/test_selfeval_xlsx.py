"""Reading real-layout 项目支出绩效自评表 workbooks (FORMATS §3) and scoring them."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money, MoneyUnit
from perfdesk.core.domain.score import Grade
from perfdesk.core.io.selfeval_flat import read_flat_selfeval
from perfdesk.core.io.selfeval_scoring import to_evaluation_input
from perfdesk.core.io.selfeval_xlsx import read_selfeval_workbook
from perfdesk.core.rules.scoring.engine import score_evaluation
from perfdesk.core.rules.scoring.flags import FlagCode
from tests.io import selfeval_books as books


@pytest.fixture
def workbook(tmp_path):
    path = books.save(tmp_path / "自评表.xlsx", ("项目1", books.official()), ("云南", books.yunnan()),
                      ("四川", books.sichuan()), ("衔接", books.xianjie()))
    return {p.sheet: p for p in read_selfeval_workbook(path)}


def test_the_official_layout_gives_project_code_name_units_and_money_in_wan(workbook):
    p = workbook["项目1"]
    assert (p.code, p.name, p.department, p.unit, p.year) == ("51000021R000000019951", "工资性支出", "县教育局", "县第一中学", 2023)
    assert p.money_unit is MoneyUnit.WAN
    total = p.total_row
    assert (total.initial_budget, total.full_year_budget, total.spent, total.points, total.score) == (
        Money.wan(100), Money.wan(120), Money.wan(102), D(10), D("8.5"))
    assert [(r.label, r.kind, r.spent) for r in p.money_rows[1:]] == [
        ("当年财政拨款", "fiscal_current", Money.wan(95)), ("上年结转资金", "fiscal_carryover", Money.wan(7)),
        ("其他资金", "other", None)]
    assert (p.goal_expected, p.goal_actual) == ("保障教师工资按时足额发放", "已按时足额发放")


def test_indicator_rows_read_through_merges_skip_spacers_and_keep_their_cells(workbook):
    lines = workbook["项目1"].lines
    assert [ln.row for ln in lines] == [15, 16, 17, 18, 20, 21]
    assert [(ln.level1, ln.level2) for ln in lines[:2]] == [("产出指标", "数量指标")] * 2
    assert (lines[0].target, lines[0].actual, lines[0].points, lines[0].score) == ("≥ 120人", "118人", D(20), D(19))
    assert lines[1].sub_row and lines[1].name == "其中：特岗教师"
    assert lines[5].actual == "96%"  # a number formatted as a percentage in Excel
    assert lines[0].cells == {"level1": "B15", "level2": "C15", "name": "D15", "target": "E15", "actual": "F15",
                              "points": "G15", "score": "H15", "reason": "I15"}


def test_the_printed_total_and_grade_are_read_with_their_cells(workbook):
    p = workbook["项目1"]
    assert (p.printed_total, p.printed_total_points, p.printed_grade) == (D(96), D(100), "优")
    assert (p.cells["total"], p.cells["grade"], p.cells["name"]) == ("H22", "C23", "B4")


def test_scoring_the_official_sheet_lists_judgement_scores_and_a_total_that_does_not_add_up(workbook):
    result = score_evaluation(to_evaluation_input(workbook["项目1"]))
    assert result.total == D("98.17")  # 8.50 + 19.67 + 15 + 15 + 30 + 10; the sub-row's 20 points not counted
    assert result.grade is Grade.EXCELLENT
    assert [(d.subject, d.printed, d.computed, d.row) for d in result.differences] == [
        ("保障教师人数", "19", "19.67", 15), ("教师队伍稳定性", "28", "30", 20), ("total", "96", "98.17", None)]
    assert result.printed_lines_total == D("95.5")
    assert FlagCode.PRINTED_TOTAL_MISMATCH in {f.code for f in result.flags}


def test_the_yunnan_variant_reads_yuan_split_value_columns_and_full_width_signs(workbook):
    p = workbook["云南"]
    assert p.money_unit is MoneyUnit.YUAN and p.total_row.spent == Money.yuan(1425000)
    first, cost = p.lines[0], p.lines[2]
    assert (first.comparison, first.target, first.unit, first.actual, first.points) == ("≧", "12", "公里", "≧12.5公里", D("22.5"))  # as typed
    assert (cost.comparison, cost.target, cost.unit) == ("≦", "11.5", "万元")
    result = score_evaluation(to_evaluation_input(p))
    assert result.lines[2].final_score == D("14.38")  # 11.5 / 12 × 15 (reverse)
    assert result.total == D("98.88") and not result.differences


def test_the_sichuan_variant_reads_adjusted_budget_weights_and_its_closing_rows(workbook):
    p = workbook["四川"]
    assert (p.code, p.name, p.printed_total, p.printed_grade) == ("51122421R000000123456", "乡村道路养护", D(88), "良")
    assert [r.label for r in p.money_rows] == ["财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    assert p.money_rows[0].adjusted_budget == Money.wan(300) and p.money_rows[0].points == D(10)
    result = score_evaluation(to_evaluation_input(p))
    assert result.execution.rate == D("81.25")  # (240 + 20) / (300 + 20) from the sub-rows, no total row
    assert FlagCode.MONEY_FROM_SUB_ROWS in {f.code for f in result.flags}
    assert FlagCode.EXPLANATION_REQUIRED not in {f.code for f in result.flags}  # the 原因 column explains
    assert [ln.final_score for ln in result.lines] == [D(36), D(10), D(24), D(10)]


def test_the_xianjie_variant_reads_points_printed_before_values(workbook):
    p = workbook["衔接"]
    assert [(ln.name, ln.points, ln.target, ln.actual, ln.score) for ln in p.lines][2] == (
        "带动农户增收", D(30), "≥2000元", "1800元", D(27))
    assert score_evaluation(to_evaluation_input(p)).total == D(97)


def test_a_flat_export_groups_indicator_rows_by_pro_code(tmp_path):
    projects = read_flat_selfeval(books.flat(tmp_path / "flat.xlsx"))
    assert [(p.code, p.name, len(p.lines)) for p in projects] == [("P001", "农村饮水安全维修", 3), ("P002", "乡镇卫生院设备购置", 1)]
    assert [ln.row for ln in projects[0].lines] == [2, 3, 5]
    assert projects[0].money_unit is MoneyUnit.YUAN and projects[0].total_row.spent == Money.yuan(450000)
    assert projects[0].lines[1].cells["score"] == "J3"


def test_a_flat_export_with_bad_cells_reports_each_with_row_and_column(tmp_path):
    rows = [["P001", "农村饮水", "水务局", "产出指标", "数量指标", "维修供水点", "≥40处", "42处", "五十", 50, None, None],
            [None, "无编码", None, "产出指标", "数量指标", "x", "1", "1", 10, 10, None, None],
            ["P001", "农村饮水维修", None, "效益指标", "社会效益指标", "受益人口", "≥1万人", "1万人", 30, 30, None, None]]
    with pytest.raises(UserErrors) as caught:
        read_flat_selfeval(books.flat(tmp_path / "bad.xlsx", rows))
    assert [(e.row, e.column) for e in caught.value.errors] == [(2, "I"), (3, "A"), (4, "B")]


def test_a_broken_workbook_reports_every_problem_with_its_place(tmp_path):
    formula_and_text = books.official(G17="十分", H22="=SUM(H15:H21)")
    missing_actual = books.official(name="51000021R000000099999-办公设备", F14="完成情况说明")
    path = books.save(tmp_path / "坏表.xlsx", ("项目1", books.official()), ("空白", ({}, [])),
                      ("项目2", formula_and_text), ("项目3", missing_actual))
    with pytest.raises(UserErrors) as caught:
        read_selfeval_workbook(path)
    found = sorted((e.sheet, e.row or 0, e.column or "", e.message.split(":")[0]) for e in caught.value.errors)
    assert found == [
        ("空白", 0, "", "the sheet is blank"),
        ("项目2", 4, "B", "project code 51000021R000000019951 already used on sheet 项目1"),
        ("项目2", 17, "G", "“十分” is not a number"),
        ("项目2", 22, "H", "formula =SUM(H15"),
        ("项目3", 14, "", "required columns missing from the header"),
    ]
    assert all(e.file == str(path) for e in caught.value.errors)


def test_blank_sheets_can_be_skipped_on_request(tmp_path):
    path = books.save(tmp_path / "a.xlsx", ("项目1", books.official()), ("Sheet2", ({}, [])))
    assert len(read_selfeval_workbook(path, skip_blank_sheets=True)) == 1


def test_a_sheet_that_is_not_a_self_evaluation_table_says_so(tmp_path):
    path = books.save(tmp_path / "a.xlsx", ("说明", ({"A1": "填表说明", "A2": "请按要求填写"}, [])))
    with pytest.raises(UserErrors, match="no indicator header"):
        read_selfeval_workbook(path)


def test_a_money_unit_in_yuan_is_read_from_the_official_header(tmp_path):
    path = books.save(tmp_path / "a.xlsx", ("项目1", books.official(A6="项目资金（元）", E7=1200000, F7=1020000)))
    (p,) = read_selfeval_workbook(path)
    assert p.money_unit is MoneyUnit.YUAN and p.total_row.full_year_budget == Money.wan(120)

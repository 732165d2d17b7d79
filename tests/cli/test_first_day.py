"""A real county's first day, without the demo (issue 14): a new database, the budget system's project export,
the targets form sent to a department and brought back filled in, a budget-execution export as a monitoring round,
the self-evaluation tables, the ranking, and the 自评表 and ranking PDFs — all through the command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from perfdesk.cli import main
from tests.reports.conftest import pdf_text

YEAR = 2025
HEADER = ["FISCAL_YEAR", "MOF_DIV_CODE", "DEPT_CODE", "DEPT_NAME", "AGENCY_CODE", "AGENCY_NAME", "PRO_CODE",
          "PRO_NAME", "资金来源", "REPLY_AMT", "ADJ_AMT", "CUR_AMT"]
# (dept, dept name, agency, agency name, code, name, origin, 年初 元, 全年 元)
PROJECTS = [
    ("101", "冠县教育局", "101001", "冠县第一中学", "37152525R000000000001", "校舍维修改造", "本级", 800_000, 800_000),
    ("101", "冠县教育局", "101002", "冠县实验小学", "37152525R000000000002", "学生营养餐补助", "本级", 1_200_000, 1_250_000.5),
    ("102", "冠县卫生健康局", "102", "冠县卫生健康局", "37152525R000000000003", "基层医疗设备购置", "本级", 500_000, 500_000),
    ("102", "冠县卫生健康局", "102001", "冠县人民医院", "37152525R000000000004", "公共卫生服务", "本级", 300_000, 300_000),
    ("901", "清泉街道", "901", "清泉街道", "37152525R000000000005", "街道道路硬化", "县对下转移支付", 400_000, 400_000),
    ("902", "烟庄乡", "902", "烟庄乡", "37152525R000000000006", "农村饮水维修", "县对下转移支付", 200_000, 200_000),
]
# per project: spent by 31 July and over the year (元), and the self-evaluation's scores of the four indicators
SPENT = [(500_000, 790_000), (700_000, 1_250_000.5), (100_000, 300_000), (200_000, 295_000), (300_000, 400_000),
         (20_000, 120_000)]
INDICATORS = (("产出指标", "数量指标", "完成任务数", "≥", "10", "项", 20), ("产出指标", "时效指标", "完成时间", "≤", "12", "月", 10),
              ("成本指标", "经济成本指标", "项目成本", "≤", "100", "万元", 20),
              ("效益指标", "社会效益指标", "受益人数", "≥", "1000", "人", 30),
              ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", 10))
ACTUALS = ("10项", "12月", "80万元", "1000人", "95%")
SCORES = [(20, 10, 20, 30, 10), (20, 10, 20, 30, 10), (15, 5, 15, 20, 8), (18, 10, 20, 28, 10), (20, 10, 20, 30, 9),
          (10, 5, 10, 15, 6)]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "zh_CN", *args])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def write_export(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.append(HEADER)
    for dept, dept_name, agency, agency_name, code, name, origin, initial, full in PROJECTS:
        ws.append([YEAR, "371525", dept, dept_name, agency, agency_name, code, name, origin, initial,
                   full - initial, full])
    book.save(path)
    return path


def fill_targets_form(form: Path, filled: Path) -> int:
    """What a department does with the form: five indicators per project (90 points, 10 left for execution)."""
    rows = list(load_workbook(form).active.iter_rows(values_only=True))
    header, body = list(rows[0]), rows[1:]
    at = {h: i for i, h in enumerate(header)}
    book = Workbook()
    ws = book.active
    ws.append(header)
    for row in body:
        for level1, level2, name, sign, value, unit, weight in INDICATORS:
            cells = list(row) + [None] * (len(header) - len(row))
            for column, v in (("指标类型", "年度"), ("一级指标", level1), ("二级指标", level2), ("三级指标", name),
                              ("指标性质", sign), ("指标值", value), ("度量单位", unit), ("分值", weight),
                              ("指标值确定依据", "历史标准"), ("年度目标", "按期完成项目建设任务，群众满意。")):
                cells[at[column]] = v
            ws.append(cells)
    book.save(filled)
    return len(body)


def write_execution_csv(path: Path) -> Path:
    with path.open("w", encoding="gbk", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["项目编码", "项目名称", "全年预算数", "执行数"])
        for (*_u, code, name, _o, _i, full), (spent, _year_end) in zip(PROJECTS, SPENT, strict=True):
            writer.writerow([code, name, full, spent])
    return path


def write_selfeval(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.append(["PRO_CODE", "PRO_NAME", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
               "全年预算数（元）", "全年执行数（元）"])
    for (*_u, code, name, _o, _i, full), (_m, spent), scores in zip(PROJECTS, SPENT, SCORES, strict=True):
        for k, ((l1, l2, l3, sign, value, unit, points), actual, score) in enumerate(zip(INDICATORS, ACTUALS, scores,
                                                                                           strict=True)):
            ws.append([code, name, l1, l2, l3, f"{sign}{value}{unit}", actual, points, score,
                       full if k == 0 else None, spent if k == 0 else None])
    book.save(path)
    return path


def test_a_new_county_runs_its_first_year_without_the_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "冠县.db")
    assert "冠县" not in str(tmp_path)
    ok(capsys, "--db", db, "init", "--region", "冠县", "--division", "371525", "--year", str(YEAR))

    # the budget system's export: years, the unit tree and the projects with their budgets
    out = ok(capsys, "--db", db, "projects", "import", str(write_export(tmp_path / "项目.xlsx")), "--json")
    summary: dict[str, Any] = json.loads(out)
    assert (summary["projects_created"], sorted(summary["units_created"])) == (
        6, ["101", "101001", "101002", "102", "102001", "901", "902"])
    assert summary["warnings"] == [] and summary["notes"] == []

    # the targets form for the education department (its own projects and its units'), filled in and imported
    form = tmp_path / "教育局绩效目标.xlsx"
    ok(capsys, "--db", db, "targets", "export", "--unit", "101", "--year", str(YEAR), "--out", str(form))
    assert [r[3] for r in load_workbook(form).active.iter_rows(min_row=2, values_only=True)] == [
        "37152525R000000000001", "37152525R000000000002"]
    everyone = tmp_path / "全部绩效目标.xlsx"
    ok(capsys, "--db", db, "targets", "export", "--year", str(YEAR), "--out", str(everyone))
    assert fill_targets_form(everyone, tmp_path / "填好的绩效目标.xlsx") == 6
    out = ok(capsys, "--db", db, "targets", "import", str(tmp_path / "填好的绩效目标.xlsx"))
    assert "新增 6 个" in out and "30 条指标" in out and "错误 0 个" in out

    # a budget-execution export (GBK CSV) as the July monitoring round
    ok(capsys, "--db", db, "monitor", "import", str(write_execution_csv(tmp_path / "执行.csv")), "--as-of",
       "2025-07-31", "--year", str(YEAR))
    warnings = json.loads(ok(capsys, "--db", db, "monitor", "warnings", "--json"))
    by_code = {w["project"]: w for w in warnings}
    assert by_code["37152525R000000000006"]["level"] == "red"  # 2 of 20 万元 spent by July: 10%

    # the self-evaluation tables, then the ranking and the printed documents
    out = ok(capsys, "--db", db, "selfeval", "import", str(write_selfeval(tmp_path / "自评.xlsx")), "--json")
    assert len(json.loads(out)) == 6
    ranking = json.loads(ok(capsys, "--db", db, "rank", "--year", str(YEAR), "--json"))
    ranked = {p["project"][-1]: (p["category"], p["rank"], p["decision"]) for p in ranking["projects"]}
    assert ranked == {  # own-level projects and the county's transfers to its townships ranked apart (资金来源)
        "2": ("self_own_level", 1, "keep"), "1": ("self_own_level", 2, "keep"), "4": ("self_own_level", 3, "keep"),
        "3": ("self_own_level", 4, "cancel"), "5": ("self_county_transfer", 1, "keep"),
        "6": ("self_county_transfer", 2, "cancel")}
    assert next(p["budget"] for p in ranking["projects"] if p["project"].endswith("2")) == "1250000.50"
    table = tmp_path / "自评表.pdf"
    ok(capsys, "--db", db, "report", "selfeval", "--project", "37152525R000000000002", "--out", str(table))
    text = "".join(pdf_text(table.read_bytes())).replace("\n", "").replace(" ", "")
    assert "项目支出绩效自评表" in text and "学生营养餐补助" in text and "125.00" in text
    report = tmp_path / "排名.pdf"
    ok(capsys, "--db", db, "report", "ranking", "--year", str(YEAR), "--out", str(report))
    text = "".join(pdf_text(report.read_bytes())).replace("\n", "").replace(" ", "")
    assert "冠县财政局" in text


@pytest.mark.parametrize("layout", ["flat", "official"])
def test_the_targets_form_of_a_new_county_has_a_blank_form_per_project_and_comes_back_unfilled_harmlessly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], layout: str) -> None:
    db = str(tmp_path / "new.db")
    ok(capsys, "--db", db, "init", "--year", str(YEAR))
    ok(capsys, "--db", db, "projects", "import", str(write_export(tmp_path / "项目.xlsx")))
    form = tmp_path / "form.xlsx"
    out = ok(capsys, "--db", db, "targets", "export", "--layout", layout, "--unit", "102", "--out", str(form))
    assert "2" in out  # the health department's own project and its hospital's
    book = load_workbook(form)
    if layout == "flat":
        assert [r[:5] for r in book.active.iter_rows(min_row=2, values_only=True)] == [
            (YEAR, "102", "冠县卫生健康局", "37152525R000000000003", "基层医疗设备购置"),
            (YEAR, "102001", "冠县人民医院", "37152525R000000000004", "公共卫生服务")]
    else:
        assert book.sheetnames == ["37152525R000000000003", "37152525R000000000004"]
    out = ok(capsys, "--db", db, "targets", "import", str(form))
    assert "新增 0 个" in out and "0 条指标" in out

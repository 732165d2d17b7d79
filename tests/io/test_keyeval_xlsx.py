"""A key evaluation in and out of Excel: the export imports back to the same evaluation; a new one is created
from a filled-in workbook; a bad workbook is refused with its cells and the database is unchanged."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from perfdesk.core.db import models as m
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.io import keyeval_xlsx as kx
from perfdesk.core.services import keyeval, keyeval_io
from tests.services.keyeval_helpers import WAN, count, fill_figures, free_project, work


def scored(db) -> int:  # type: ignore[no-untyped-def]
    code, _ = free_project(db)
    with work(db) as uow:
        kid = keyeval.create_evaluation(uow, year=2025, title="测试项目重点绩效评价", object_kind="project",
                                        project_code=code, lead_evaluator="王主评", report_date=dt.date(2026, 5, 10),
                                        findings="资金拨付滞后", suggestions="加快拨付")
    fill_figures(db, kid)
    return kid


def snapshot(db, kid: int) -> tuple:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        d = keyeval.detail(s, kid)
    lines = [{k: v for k, v in ln.items() if k != "id"} for ln in d["lines"]]
    head = {k: d["header"][k] for k in ("title", "object_kind", "project_code", "budget_fen", "arrived_fen",
                                        "spent_fen", "lead_evaluator", "report_date", "findings", "score", "grade")}
    return head, lines


def test_an_exported_evaluation_imports_back_unchanged(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kid = scored(demo_db)
    before = snapshot(demo_db, kid)
    with demo_db.sessions() as s:
        keyeval_io.export_evaluation(s, kid, tmp_path / "评价.xlsx")
    ws = load_workbook(tmp_path / "评价.xlsx")["评分表"]
    assert [c.value for c in ws[1]][:4] == ["一级指标", "二级指标", "三级指标", "分值"]
    with work(demo_db) as uow:
        result = keyeval_io.import_evaluation(uow, tmp_path / "评价.xlsx", backup=False)
    assert result.evaluation_id == kid and not result.created and result.differences == ()
    assert snapshot(demo_db, kid) == before
    assert before[0]["score"] == Decimal("96.32")


def test_a_filled_in_workbook_without_an_id_creates_an_evaluation_and_lists_printed_differences(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kid = scored(demo_db)
    with demo_db.sessions() as s:
        keyeval_io.export_evaluation(s, kid, tmp_path / "评价.xlsx")
    wb = load_workbook(tmp_path / "评价.xlsx")
    wb["评价信息"]["B1"] = None  # 评价编号
    wb["评价信息"]["B2"] = "第二次评价"
    wb["评价信息"]["B10"] = 490  # 实际到位资金（万元）
    sheet = wb["评分表"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 3).value == "实际完成率")
    sheet.cell(row, 9).value = 80  # 实际产出数
    sheet.cell(row, 11).value = 10  # printed full points: differs from the formula
    wb.save(tmp_path / "新.xlsx")
    n = count(demo_db, m.KeyEvaluation)
    with work(demo_db) as uow:
        result = keyeval_io.import_evaluation(uow, tmp_path / "新.xlsx", backup=False)
    assert result.created and count(demo_db, m.KeyEvaluation) == n + 1
    # the printed money lines were computed from 480 万元; 实际完成率 was printed as full points
    assert [d.split(":")[0] for d in result.differences] == ["Row 8 资金到位率", "Row 9 预算执行率", "Row 13 实际完成率"]
    assert "printed 10, computed 8.00" in result.differences[2]
    with demo_db.sessions() as s:
        k = s.get(m.KeyEvaluation, result.evaluation_id)
        lines = {ln.level3: ln for ln in k.lines}
    assert k.arrived_fen == 490 * WAN and lines["实际完成率"].score == Decimal("8.00")
    assert lines["资金到位率"].score == Decimal("3.92")  # 4 × 490/500


def test_a_bad_workbook_is_refused_with_its_cells_and_changes_nothing(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kid = scored(demo_db)
    before = snapshot(demo_db, kid)
    with demo_db.sessions() as s:
        keyeval_io.export_evaluation(s, kid, tmp_path / "评价.xlsx")
    wb = load_workbook(tmp_path / "评价.xlsx")
    wb["评价信息"]["B3"] = "工程"  # not a kind
    sheet = wb["评分表"]
    sheet.cell(2, 4).value = "三分"  # points not a number
    sheet.cell(3, 7).value = "好评率"  # not a formula
    sheet.cell(4, 11).value = 99  # a hand score above its points
    wb.save(tmp_path / "bad.xlsx")
    with work(demo_db) as uow, pytest.raises(UserErrors) as caught:
        keyeval_io.import_evaluation(uow, tmp_path / "bad.xlsx", backup=False)
    where = {(e.sheet, e.row, e.column) for e in caught.value.errors}
    assert {("评价信息", 3, "B"), ("评分表", 2, "D"), ("评分表", 3, "G")} <= where
    assert snapshot(demo_db, kid) == before


def test_a_workbook_missing_its_sheets_or_an_unknown_id_is_refused(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    Workbook().save(tmp_path / "empty.xlsx")
    with pytest.raises(UserErrors, match="评分表"):
        with work(demo_db) as uow:
            keyeval_io.import_evaluation(uow, tmp_path / "empty.xlsx", backup=False)
    kid = scored(demo_db)
    with demo_db.sessions() as s:
        keyeval_io.export_evaluation(s, kid, tmp_path / "评价.xlsx")
    wb = load_workbook(tmp_path / "评价.xlsx")
    wb[kx.INFO]["B1"] = 9999
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(UserErrors, match="9999"):
        with work(demo_db) as uow:
            keyeval_io.import_evaluation(uow, tmp_path / "x.xlsx", backup=False)

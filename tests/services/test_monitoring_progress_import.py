"""Indicator progress through the official monitoring table in Excel: export, fill in, import (FORMATS §2)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_monitoring as qm
from perfdesk.core.db.backup import backups_dir
from perfdesk.core.db.sqlite_files import table_counts
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import monitoring as svc
from perfdesk.core.services import monitoring_progress as mp

JULY = dt.date(2025, 7, 31)


@pytest.fixture
def july(demo_db):  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        rid = svc.find_round(s, as_of=JULY).id
        pids = [r.project_id for r in qm.executions(s, rid) if r.project_id is not None][:2]
    return rid, pids


def export(db, rid: int, pids: list[int], path: Path) -> Path:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        assert mp.export_progress_table(s, rid, path, project_ids=pids) == len(pids)
    return path


def first_line_row(ws) -> int:  # type: ignore[no-untyped-def]
    """The first indicator line, its ticks and remark cleared (the demo round has entries already)."""
    r = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 8).value == "经费保障") + 1
    for row in (r, r + 1):
        for c in range(8, 17):
            ws.cell(row, c).value = None
    return r


def do_import(db, path: Path, rid: int) -> mp.ProgressImport:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, "tester") as uow:
        return mp.import_progress_table(uow, path, rid)


def progress_count(db) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(m.IndicatorProgress))


def test_an_exported_table_filled_in_comes_back_into_the_round(demo_db, july, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rid, pids = july
    path = export(demo_db, rid, pids, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    r = first_line_row(ws)
    assert ws.cell(r - 2, 6).value == "1—7月执行情况" and ws.cell(r - 1, 15).value == "完全不可能"
    ws.cell(r, 6).value, ws.cell(r, 7).value = "58处", "90处"
    ws.cell(r, 9).value, ws.cell(r, 14).value = "√", "√"  # 制度保障, 有可能
    ws.cell(r, 16).value = "偏差原因及改进措施：制度未出台，8月印发"
    ws.cell(r + 1, 6).value, ws.cell(r + 1, 13).value = "全部", "是"
    goal = next(rr for rr in range(1, r) if ws.cell(rr, 3).value == "年初设定目标") + 1
    ws.cell(goal, 7).value = "已完成六成"
    wb.save(path)
    on_file = demo_db.path is not None  # a server database is backed up by its server (and pg_dump), not here
    assert not on_file or not list(backups_dir(demo_db.path).glob("*-before-import.db"))
    done = do_import(demo_db, path, rid)
    assert (done.projects, done.unmatched) == (2, ())
    if on_file:
        [made] = backups_dir(demo_db.path).glob("*-before-import.db")  # the database as it stood before, kept
        assert table_counts(made)["indicator_progress"] == progress_count(demo_db)
        con = sqlite3.connect(made)
        assert con.execute("SELECT count(*) FROM indicator_progress WHERE progress_text = '58处'").fetchone() == (0,)
        con.close()
    with demo_db.sessions() as s:
        rows = qm.indicator_progress(s, rid, pids[0])
        execution = s.scalar(select(m.MonitoringExecution).where(m.MonitoringExecution.round_id == rid,
                                                                 m.MonitoringExecution.project_id == pids[0]))
        audits = s.scalar(select(func.count()).select_from(m.AuditLog)
                          .where(m.AuditLog.action == "monitoring.indicator_progress"))
    first, second = rows[0], rows[1]
    assert (first.progress_text, first.expected_text, first.deviation_category, first.likelihood) == (
        "58处", "90处", "system", "possible")
    assert first.deviation_reason == "制度未出台，8月印发" and first.progress_num == 58
    assert (second.progress_text, second.likelihood) == ("全部", "certain")
    assert execution.goal_progress == "已完成六成" and audits == 1
    again = export(demo_db, rid, pids[:1], tmp_path / "again.xlsx")
    ws = openpyxl.load_workbook(again).worksheets[0]
    assert (ws.cell(r, 6).value, ws.cell(r, 9).value, ws.cell(r, 14).value) == ("58处", "√", "√")
    assert ws.cell(r, 16).value == "偏差原因及改进措施：制度未出台，8月印发"


def test_a_missing_reason_or_unknown_project_rejects_the_whole_file(demo_db, july, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rid, pids = july
    path = export(demo_db, rid, pids, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    good, bad = wb.worksheets
    r = first_line_row(good)
    first_line_row(bad)
    good.cell(r, 6).value, good.cell(r, 13).value = "10处", "√"
    bad.cell(r, 15).value = "√"  # 完全不可能 without a reason
    other = wb.copy_worksheet(bad)
    other["D3"], other["N3"] = "不存在的项目", "999999999999"
    wb.save(path)
    before = progress_count(demo_db)
    with pytest.raises(UserErrors) as caught:
        do_import(demo_db, path, rid)
    errors = caught.value.errors
    assert progress_count(demo_db) == before
    assert not demo_db.path or not list(backups_dir(demo_db.path).glob("*-before-import.db"))  # no backup left
    assert {(e.sheet, e.row) for e in errors if e.row} == {(bad.title, r)}
    assert len([e for e in errors if e.sheet == bad.title]) == 2  # reason category and explanation
    assert any(e.sheet == other.title and "999999999999" in e.message for e in errors)


def test_lines_naming_no_indicator_are_reported_and_the_period_must_match(demo_db, july, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rid, pids = july
    path = export(demo_db, rid, pids[:1], tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    r = first_line_row(ws)
    ws.cell(r, 4).value = "自创指标"
    wb.save(path)
    done = do_import(demo_db, path, rid)
    assert done.unmatched == (mp.Unmatched(ws.title, r, "自创指标"),)
    ws.cell(r - 2, 6).value = "1—6月执行情况"
    wb.save(path)
    with pytest.raises(UserErrors) as caught:
        do_import(demo_db, path, rid)
    assert "1—6月" in caught.value.errors[0].message and "1—7月" in caught.value.errors[0].message


def test_every_ticked_deviation_reason_is_stored_exported_and_printed(demo_db, july, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """经费保障 and 人员保障 both ticked: both kept (only the first was, with a note), both back in Excel and the PDF."""
    from perfdesk.core.reports.monitoring_table import build_monitoring_table
    from perfdesk.core.services import monitoring_reports as adapt
    from tests.reports.conftest import pdf_text

    rid, pids = july
    path = export(demo_db, rid, pids[:1], tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    r = first_line_row(ws)
    assert [ws.cell(r - 1, c).value for c in (8, 10)] == ["经费保障", "人员保障"]
    ws.cell(r, 8).value, ws.cell(r, 10).value, ws.cell(r, 14).value = "√", "√", "√"  # 经费, 人员, 有可能
    ws.cell(r, 16).value = "偏差原因及改进措施：资金8月到位，专管员已补齐"
    ws.cell(r + 1, 13).value = "√"
    wb.save(path)
    done = do_import(demo_db, path, rid)
    assert done.notes == ()
    with demo_db.sessions() as s:
        first = qm.indicator_progress(s, rid, pids[0])[0]
        table = adapt.monitoring_table(s, rid, pids[0])
    assert first.deviation_category == "funding,staff"
    again = openpyxl.load_workbook(export(demo_db, rid, pids[:1], tmp_path / "again.xlsx")).worksheets[0]
    assert [again.cell(r, c).value for c in range(8, 13)] == ["√", None, "√", None, None]
    pdf = build_monitoring_table(table).pdf
    line = next(ln for ln in pdf_text(pdf)[0].splitlines() if first.name[:6] in ln)
    assert line.count("√") == 3  # 经费保障, 人员保障 and 有可能


def test_an_unknown_reason_among_several_is_refused(demo_db, july) -> None:  # type: ignore[no-untyped-def]
    rid, pids = july
    with demo_db.sessions() as s:
        indicator = qm.indicator_progress(s, rid, pids[0])[0].indicator_id
    entry = svc.ProgressEntry(indicator, "5处", "10处", "funding,luck", "资金未到位", "possible", row=9)
    with pytest.raises(UserErrors) as caught, UnitOfWork(demo_db.sessions, "tester") as uow:
        svc.save_indicator_progress(uow, rid, [entry])
    assert [e.message for e in caught.value.errors] == ["unknown deviation reason luck"]


def test_a_month_basis_round_exports_and_accepts_the_months_completed(demo_db, july, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """15 July on the month basis: six months completed, so the table is 1—6月 and a 1—7月 table is refused."""
    from decimal import Decimal

    from perfdesk.core.rules.params import MonitoringParams
    from perfdesk.core.services import settings

    rid, pids = july
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        settings.save(uow, MonitoringParams(time_basis="month"))
        uow.commit()
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        mid = svc.create_round(uow, year=2025, as_of=dt.date(2025, 7, 15), copy_from=rid)
    path = export(demo_db, mid, pids[:1], tmp_path / "mid.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    r = first_line_row(ws)
    assert ws.cell(r - 2, 6).value == "1—6月执行情况"
    ws.cell(r, 13).value = ws.cell(r + 1, 13).value = "√"
    wb.save(path)
    assert do_import(demo_db, path, mid).saved >= 2
    ws.cell(r - 2, 6).value = "1—7月执行情况"
    wb.save(path)
    with pytest.raises(UserErrors) as caught:
        do_import(demo_db, path, mid)
    assert any("1—7月" in e.message and "1—6月" in e.message for e in caught.value.errors)
    with demo_db.sessions() as s:
        assert svc.warnings(s, mid).rows[0].result.time_percent == Decimal("50.00")


def test_export_and_import_report_their_progress_sheet_by_sheet(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        rid = svc.find_round(s, as_of=JULY).id
        pids = [r.project_id for r in qm.executions(s, rid) if r.project_id is not None][:60]
    heard: list[float] = []
    with demo_db.sessions() as s:
        mp.export_progress_table(s, rid, tmp_path / "t.xlsx", project_ids=pids, progress=lambda f, m: heard.append(f))
    assert heard[0] == 0 and heard[-1] == 1 and heard == sorted(heard)
    assert len({round(f, 3) for f in heard if 0.2 <= f < 0.8}) >= 5  # the sheets as they are laid out
    read: list[float] = []
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        done = mp.import_progress_table(uow, tmp_path / "t.xlsx", rid, progress=lambda f, m: read.append(f))
    assert done.projects == len(pids) and read == sorted(read) and read[-1] == 1
    assert len({round(f, 3) for f in read if 0 < f < 0.8}) >= 4

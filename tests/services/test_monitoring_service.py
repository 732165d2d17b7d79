"""In-year monitoring use cases over the tiny demo database (RULES §3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_monitoring as qm
from perfdesk.core.db.backup import list_backups
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import WarningLevel
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.rules.params import MonitoringParams
from perfdesk.core.services import monitoring as svc
from perfdesk.core.services import settings

JULY = dt.date(2025, 7, 31)  # 212/365 of 2025 = 58.0822 % time progress


def codes(db, n: int = 4) -> list[str]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return list(s.scalars(select(m.Project.code).join(m.BudgetYear).where(m.BudgetYear.year == 2025)
                              .order_by(m.Project.code).limit(n)))


def write_export(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["PRO_CODE", "PRO_NAME", "AGENCY_CODE", "CUR_AMT", "PAY_AMT"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def do_import(db, path: Path, as_of: dt.date = JULY) -> svc.ImportSummary:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, "tester") as uow:
        return svc.import_execution(uow, path, as_of=as_of)


def table_counts(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return (s.scalar(select(func.count()).select_from(m.MonitoringRound)),
                s.scalar(select(func.count()).select_from(m.MonitoringExecution)))


def row_of(w: svc.Warnings, code: str) -> svc.WarningRow:
    return next(r for r in w.rows if r.result.code == code)


@pytest.fixture
def july_file(demo_db, tmp_path):  # type: ignore[no-untyped-def]
    a, b, c, d = codes(demo_db)
    # lag = 58.0822 − execution: a 40.08 (red), b 20.08 (yellow), c over budget, d 19.9 (normal)
    return write_export(tmp_path / "july.xlsx", [
        [a, "甲", "", 1_000_000, 180_000], [b, "乙", "", 1_000_000, 380_000], [c, "丙", "", 100_000, 120_000],
        [d, "丁", "", 1_000_000, 381_822.01], ["9999OUTSIDE", "人员经费", "", 500_000, 100_000],
        ["9999NOBUDGET", "无预算支出", "101", 0, 30_000]])


def test_an_import_makes_a_new_round_with_levels_from_the_stored_amounts(demo_db, july_file) -> None:  # type: ignore[no-untyped-def]
    a, b, c, d = codes(demo_db)
    done = do_import(demo_db, july_file)
    assert (done.rows, done.matched, done.no_budget_line, done.unmatched) == (5, 4, 1, ("9999OUTSIDE",))
    with demo_db.sessions() as s:
        w = svc.warnings(s, done.round_id)
    assert row_of(w, a).result.level is WarningLevel.RED and row_of(w, a).result.lag_shown == Decimal("40.08")
    assert row_of(w, b).result.level is WarningLevel.YELLOW
    assert row_of(w, c).result.over_budget and row_of(w, c).result.level is WarningLevel.NONE
    assert row_of(w, d).result.level is WarningLevel.NONE
    nobudget = row_of(w, "9999NOBUDGET")
    assert nobudget.project_id is None and nobudget.result.no_budget and nobudget.result.name == "无预算支出"
    assert w.counts() == {"projects": 5, "red": 1, "yellow": 1, "over_budget": 1, "no_budget": 1, "key": 3}


def test_every_import_is_kept_as_its_own_snapshot(demo_db, july_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = codes(demo_db)[0]
    first = do_import(demo_db, july_file)
    second = do_import(demo_db, write_export(tmp_path / "aug.xlsx", [[a, "甲", "", 1_000_000, 900_000]]),
                       dt.date(2025, 8, 31))
    with demo_db.sessions() as s:
        ids = [r.id for r in qm.rounds(s, 2025)]
        old = svc.warnings(s, first.round_id)
        assert {first.round_id, second.round_id} <= set(ids) and len(ids) == 5  # with the demo's 3 rounds
        assert row_of(old, a).result.spent == Money.yuan(180_000)  # the July snapshot is unchanged
        assert svc.find_round(s, as_of=dt.date(2025, 8, 31)).id == second.round_id
        assert svc.find_round(s, as_of=JULY).id == first.round_id
        assert s.get(m.MonitoringRound, first.round_id).params["monitoring"]["red_lag_points"] == "40"


def test_a_bad_execution_file_is_rejected_with_located_errors_and_nothing_changes(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b = codes(demo_db, 2)
    bad = write_export(tmp_path / "bad.xlsx", [[a, "甲", "", "一百万", 5], [b, "乙", "", 100, -3]])
    before = table_counts(demo_db)
    with pytest.raises(UserErrors) as caught:
        do_import(demo_db, bad)
    assert [(e.row, e.column) for e in caught.value.errors] == [(2, "D"), (3, "E")]
    assert "一百万" in caught.value.errors[0].message
    assert table_counts(demo_db) == before


def test_an_unknown_budget_year_is_rejected(demo_db, july_file) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserErrors, match="2031"):
        do_import(demo_db, july_file, dt.date(2031, 7, 31))


@pytest.mark.sqlite_only
def test_an_import_takes_a_backup_of_the_database_file_first(demo_db, july_file) -> None:  # type: ignore[no-untyped-def]
    done = do_import(demo_db, july_file)
    assert done.backup is not None and done.backup.exists()
    assert [b.reason for b in list_backups(demo_db.path)] == ["before-import"]


def test_changing_the_thresholds_in_settings_changes_the_levels_of_a_stored_round(demo_db, july_file) -> None:  # type: ignore[no-untyped-def]
    a, b = codes(demo_db, 2)
    done = do_import(demo_db, july_file)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        settings.save(uow, MonitoringParams(red_lag_points=Decimal(45), yellow_lag_points=Decimal("20.1")))
        uow.commit()
    with demo_db.sessions() as s:
        w = svc.warnings(s, done.round_id)
    assert row_of(w, a).result.level is WarningLevel.YELLOW
    assert row_of(w, b).result.level is WarningLevel.NONE


def test_a_round_after_the_year_and_a_month_basis_round_print_the_months_they_count(demo_db, july_file) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.services import monitoring_reports as adapt

    with UnitOfWork(demo_db.sessions, "tester") as uow:
        late = svc.import_execution(uow, july_file, as_of=dt.date(2026, 1, 15), year=2025)
    with demo_db.sessions() as s:
        summary = adapt.summary(s, late.round_id, issued=dt.date(2026, 1, 20))
        name = svc.find_round(s, round_id=late.round_id).name
    assert (summary.year, summary.period, summary.time_percent) == (2025, "1—12月", Decimal("100.00"))
    assert name == "2025年1—12月运行监控（截至2026年1月15日）"
    mid = do_import(demo_db, july_file, dt.date(2025, 7, 15))
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        settings.save(uow, MonitoringParams(time_basis="month"))
        uow.commit()
    with demo_db.sessions() as s:
        summary = adapt.summary(s, mid.round_id, issued=dt.date(2025, 7, 20))
        table = adapt.monitoring_table(s, mid.round_id, _project_id(demo_db, codes(demo_db, 1)[0]))
    assert (summary.period, summary.time_percent, table.period) == ("1—6月", Decimal("50.00"), "1—6月")


def test_the_month_basis_setting_changes_the_time_progress(demo_db, july_file) -> None:  # type: ignore[no-untyped-def]
    done = do_import(demo_db, july_file, dt.date(2025, 7, 30))
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        settings.save(uow, MonitoringParams(time_basis="month"))
        uow.commit()
    with demo_db.sessions() as s:
        w = svc.warnings(s, done.round_id)
    assert w.rows[0].result.time_percent == Decimal("50.00")  # 30 July: six completed months


def test_key_selection_takes_lagging_over_budget_and_impossible_projects_once(demo_db, july_file) -> None:  # type: ignore[no-untyped-def]
    a, b, c, _ = codes(demo_db)
    done = do_import(demo_db, july_file)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        added = svc.select_key_projects(uow, done.round_id)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        assert svc.select_key_projects(uow, done.round_id) == []
    with demo_db.sessions() as s:
        items = {k.code: k for k in qm.key_items(s, done.round_id)}
    assert len(added) == 2 and set(items) == {a, c}
    assert items[a].selected_by == "lag" and items[c].selected_by == "over_budget"
    assert items[a].reason == "lag 40.08 points ≥ 40 (key-monitoring threshold)"


def test_the_key_list_follows_the_key_threshold_whatever_the_colours(demo_db, july_file) -> None:  # type: ignore[no-untyped-def]
    """Red moved to 20 points: b (20.08) turns red but lags less than 菏泽's 40 and stays off the key list."""
    a, b, c, _ = codes(demo_db)
    done = do_import(demo_db, july_file)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        settings.save(uow, MonitoringParams(red_lag_points=Decimal(20), yellow_lag_points=Decimal(10)))
        uow.commit()
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        svc.select_key_projects(uow, done.round_id)
    with demo_db.sessions() as s:
        w = svc.warnings(s, done.round_id)
        items = {k.code: k.selected_by for k in qm.key_items(s, done.round_id)}
    assert row_of(w, b).result.level is WarningLevel.RED and w.counts()["red"] >= 2
    assert items == {a: "lag", c: "over_budget"}
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        settings.save(uow, MonitoringParams(red_lag_points=Decimal(50)))  # a (40.08) only yellow now, still key
        uow.commit()
    with demo_db.sessions() as s:
        r = row_of(svc.warnings(s, done.round_id), a).result
    assert (r.level, [k.value for k in r.key_reasons]) == (WarningLevel.YELLOW, ["lag"])


def test_a_project_flagged_in_an_earlier_round_is_selected_again_for_its_history(demo_db, july_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, _, _, d = codes(demo_db)
    first = do_import(demo_db, july_file)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        svc.pick_project(uow, first.round_id, _project_id(demo_db, d), "重大民生项目")
    later = do_import(demo_db, write_export(tmp_path / "aug.xlsx", [[d, "丁", "", 1_000_000, 600_000]]),
                      dt.date(2025, 8, 31))
    with demo_db.sessions() as s:
        w = svc.warnings(s, later.round_id)
    assert [k.value for k in row_of(w, d).result.key_reasons] == ["history"]


def _project_id(db, code: str) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalar(select(m.Project.id).where(m.Project.code == code))


def test_a_measure_is_recorded_and_withdrawing_needs_an_amount(demo_db, july_file) -> None:  # type: ignore[no-untyped-def]
    done = do_import(demo_db, july_file)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        item_id = svc.select_key_projects(uow, done.round_id)[0]
    with UnitOfWork(demo_db.sessions, "tester") as uow, pytest.raises(UserErrors, match="amount"):
        svc.record_measure(uow, item_id, measure="withdraw")
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        svc.record_measure(uow, item_id, measure="withdraw", withdrawn=Money.wan(30), follow_up="已收回",
                           status="closed")
    with demo_db.sessions() as s:
        item = s.get(m.KeyMonitoringItem, item_id)
        audited = s.scalar(select(func.count()).select_from(m.AuditLog).where(m.AuditLog.action == "monitoring.key.measure"))
    assert (item.measure, item.withdrawn_fen, item.status, audited) == ("withdraw", 30_000_000, "closed", 1)


def test_indicator_progress_needs_a_reason_unless_the_target_is_certain(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        rid = svc.find_round(s, as_of=JULY).id
        pid = s.scalar(select(m.Project.id).join(m.BudgetYear).where(m.BudgetYear.year == 2025).limit(1))
        rows = qm.indicator_progress(s, rid, pid)
    first = rows[0].indicator_id
    bad = [svc.ProgressEntry(first, "5处", "12处", likelihood="impossible", row=1)]
    with UnitOfWork(demo_db.sessions, "tester") as uow, pytest.raises(UserErrors) as caught:
        svc.save_indicator_progress(uow, rid, bad)
    assert len(caught.value.errors) == 2 and all(e.row == 1 for e in caught.value.errors)
    good = [svc.ProgressEntry(first, "5处", "10处", "funding", "资金未到位，已申请调度", "impossible")]
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        svc.save_indicator_progress(uow, rid, good)
    with demo_db.sessions() as s:
        saved = qm.indicator_progress(s, rid, pid)[0]
        worst = qm.worst_likelihoods(s, rid)
    assert (saved.progress_text, saved.expected_text, saved.likelihood) == ("5处", "10处", "impossible")
    assert worst[pid] == "impossible"


def test_a_manual_round_copies_the_amounts_and_a_correction_keeps_the_old_round(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        july = svc.find_round(s, as_of=JULY)
        pid = qm.executions(s, july.id)[0].project_id
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        rid = svc.create_round(uow, year=2025, as_of=dt.date(2025, 8, 15), copy_from=july.id)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        svc.set_execution(uow, rid, pid, budget=Money.wan(100), spent=Money.wan(10))
    with demo_db.sessions() as s:
        new = {r.project_id: r for r in qm.executions(s, rid)}
        old = {r.project_id: r for r in qm.executions(s, july.id)}
    assert len(new) == len(old) and new[pid].spent_fen == 10_000_000 and old[pid].spent_fen != 10_000_000


def test_the_summary_states_the_key_threshold_in_force_apart_from_the_colours(demo_db, july_file) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.reports.monitoring_summary import build_monitoring_summary
    from perfdesk.core.services import monitoring_reports as adapt
    from tests.reports.conftest import pdf_text

    a, b, _, _ = codes(demo_db)
    done = do_import(demo_db, july_file)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        settings.save(uow, MonitoringParams(key_monitoring_lag_points=Decimal(20)))
        uow.commit()
    with demo_db.sessions() as s:
        summary = adapt.summary(s, done.round_id, issued=dt.date(2025, 8, 5))
        w = svc.warnings(s, done.round_id)
    text = "".join(pdf_text(build_monitoring_summary(summary).pdf)).replace("\n", "")
    assert "落后时间进度20个百分点及以上的项目列入财政重点监控" in text and "40个百分点及以上为红色预警" in text
    name_a, name_b = row_of(w, a).result.name, row_of(w, b).result.name
    assert {p.name for p in summary.key_projects} >= {name_a, name_b}  # b lags 20.08: yellow, and key at 20
    assert [p.name for p in summary.red_projects if p.name in (name_a, name_b)] == [name_a]

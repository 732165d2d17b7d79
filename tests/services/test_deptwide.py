"""Department-wide targets and self-evaluation: workbooks in (all or nothing) and out, scoring, settings kept."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.io.deptwide_xlsx import read_departments
from perfdesk.core.services import deptwide
from tests.services.deptwide_books import CODE, YEAR, book, department, sheet


def _uow(db) -> UnitOfWork:  # type: ignore[no-untyped-def]
    return UnitOfWork(db.sessions, user="tester")


def _counts(db) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in  # type: ignore[return-value]
                     (m.DeptPerformance, m.DeptTask, m.DeptIndicator, m.AuditLog))


@pytest.mark.sqlite_only  # the backup before the import is a copy of the database file
def test_an_imported_department_is_scored_on_the_project_rules(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    department(db)
    with _uow(db) as uow:
        summary = deptwide.import_workbook(uow, book(tmp_path / "dept.xlsx"))
    assert summary.departments == (CODE,) and summary.scored == (CODE,)
    assert summary.backup is not None and summary.backup.exists()
    with db.sessions() as s:
        dp = deptwide.get(s, YEAR, CODE)
        # execution 900/1000 = 90% → 9; 农田 met → 30; 培训 90/95 × 30 = 28.42; 达成 → 20 (top of the band); 满意度 → 10
        assert [i.computed_score for i in dp.indicators] == [Decimal(30), Decimal("28.42"), Decimal(20), Decimal(10)]
        assert dp.execution_rate == Decimal(90)
        assert dp.total_final == Decimal("97.42") and dp.grade == "优"
        assert dp.params["deptwide"] == {"execution_points": "10"} and dp.params["scoring"]["rounding"] == "two_places"
        assert "90" in dp.indicators[1].explanation and "95" in dp.indicators[1].explanation


def test_targets_without_actuals_are_kept_unscored(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    department(db)
    with _uow(db) as uow:
        summary = deptwide.import_workbook(uow, book(tmp_path / "targets.xlsx", actuals=False))
    assert summary.scored == ()
    with db.sessions() as s:
        row, = deptwide.list_departments(s, YEAR)
    assert (row.tasks, row.indicators, row.total, row.spent) == (2, 4, None, None)


def test_export_then_import_gives_back_the_same_workbook(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    department(db)
    with _uow(db) as uow:
        deptwide.import_workbook(uow, book(tmp_path / "in.xlsx"))
    with db.sessions() as s:
        assert deptwide.export_workbook(s, tmp_path / "out.xlsx", YEAR) == 1
    first = read_departments(tmp_path / "out.xlsx")
    assert first[0].tasks == sheet().tasks and first[0].indicators == sheet().indicators
    with _uow(db) as uow:
        deptwide.import_workbook(uow, tmp_path / "out.xlsx")
    with db.sessions() as s:
        deptwide.export_workbook(s, tmp_path / "again.xlsx", YEAR)
    values = [[list(r) for r in load_workbook(p).worksheets[i].iter_rows(values_only=True)]
              for p in (tmp_path / "out.xlsx", tmp_path / "again.xlsx") for i in range(3)]
    assert values[:3] == values[3:]


def _spoil(path: Path, sheet: str, cell: str, value: object) -> Path:
    wb = load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)
    return path


@pytest.mark.parametrize(("sheet_name", "cell", "value", "where"), [
    ("年度绩效指标", "F3", "三十", "sheet 年度绩效指标, row 3, column F"),
    ("年度主要任务", "D2", "六百万美元", "sheet 年度主要任务, row 2, column D"),
    ("年度绩效指标", "I2", 35, "sheet 年度绩效指标, row 2, column"),  # a hand score without its reason
    ("部门", "A2", 2031, "sheet 部门, row 2, column A"),  # no such budget year
    ("年度主要任务", "A3", "777", "sheet 年度主要任务, row 3, column A"),  # a task of a department not on 部门
    ("年度绩效指标", "E4", "=1+1", "sheet 年度绩效指标, row 4, column E")])
def test_a_bad_workbook_is_refused_with_its_place_and_nothing_changes(db, tmp_path: Path, sheet_name: str, cell: str,
                                                                      value: object, where: str) -> None:  # type: ignore[no-untyped-def]
    department(db)
    with _uow(db) as uow:
        deptwide.import_workbook(uow, book(tmp_path / "good.xlsx", actuals=False))
    before = _counts(db)
    bad = _spoil(book(tmp_path / "bad.xlsx"), sheet_name, cell, value)
    with _uow(db) as uow, pytest.raises(UserErrors) as caught:
        deptwide.import_workbook(uow, bad)
    assert where in str(caught.value)
    assert _counts(db) == before
    with db.sessions() as s:
        assert deptwide.get(s, YEAR, CODE).goal_actual == ""  # the earlier targets stand, untouched


def test_a_department_the_database_does_not_know_is_refused(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from perfdesk.core.io.deptwide_xlsx import write_departments

    department(db)
    write_departments(tmp_path / "other.xlsx", [dataclasses.replace(sheet(), unit_code="888")])
    with _uow(db) as uow, pytest.raises(UserErrors) as caught:
        deptwide.import_workbook(uow, tmp_path / "other.xlsx")
    assert "sheet 部门, row 2, column B" in str(caught.value) and "888" in str(caught.value)
    assert _counts(db)[:3] == (0, 0, 0)


def test_a_workbook_without_its_sheets_is_refused(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    department(db)
    from openpyxl import Workbook

    Workbook().save(tmp_path / "empty.xlsx")
    with _uow(db) as uow, pytest.raises(UserErrors) as caught:
        deptwide.import_workbook(uow, tmp_path / "empty.xlsx")
    assert "部门" in str(caught.value) and "年度绩效指标" in str(caught.value)
    assert _counts(db)[:3] == (0, 0, 0)


def test_scoring_again_uses_the_settings_in_force(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.rules.params import ScoringParams
    from perfdesk.core.services import settings

    department(db)
    with _uow(db) as uow:
        deptwide.import_workbook(uow, book(tmp_path / "dept.xlsx"))
    with _uow(db) as uow:
        settings.save(uow, ScoringParams(rounding="integer"))
        uow.commit()
    with _uow(db) as uow:
        result = deptwide.score(uow, YEAR, CODE)
    assert result.lines[1].final_score == Decimal(28)  # 28.42 → 28 under whole-number rounding
    with db.sessions() as s:
        dp = deptwide.get(s, YEAR, CODE)
        assert dp.total_final == Decimal(97) and dp.params["scoring"]["rounding"] == "integer"


def test_the_demo_county_evaluates_every_department_on_the_same_engine(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        rows = deptwide.list_departments(s, 2025)
        assert len(rows) == 6 and {r.grade for r in rows} >= {"优", "良"}
        for row in rows:
            dp = deptwide.get(s, 2025, row.unit_code)
            again = deptwide.result_of(s, dp)
            assert again.total == dp.total_final and again.execution.rate == dp.execution_rate
            assert 1 <= row.tasks <= 4 and row.indicators == 5


def test_a_file_that_is_not_a_workbook_is_refused_and_nothing_changes(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    department(db)
    fake = tmp_path / "部门整体绩效.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a workbook")
    with _uow(db) as uow, pytest.raises(UserErrors) as caught:
        deptwide.import_workbook(uow, fake)
    assert "部门整体绩效.xlsx" in str(caught.value)
    assert _counts(db) == (0, 0, 0, 0)


def test_blank_forms_sent_back_unfilled_import_nothing(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    department(db)
    with db.sessions() as s:
        assert deptwide.export_workbook(s, tmp_path / "blank.xlsx", YEAR, blank_forms=True) == 2
    with _uow(db) as uow, pytest.raises(UserErrors) as caught:
        deptwide.import_workbook(uow, tmp_path / "blank.xlsx")
    assert "Nothing is filled in" in str(caught.value) or "没有" in str(caught.value)
    import openpyxl

    wb = openpyxl.load_workbook(tmp_path / "blank.xlsx")  # one department fills its form in, the other does not
    filled = sheet()
    wb["部门"]["D2"] = filled.duties
    wb["年度主要任务"].append([CODE, "高标准农田建设", "", 600, None])
    wb.save(tmp_path / "blank.xlsx")
    with _uow(db) as uow:
        assert deptwide.import_workbook(uow, tmp_path / "blank.xlsx").departments == (CODE,)
    assert _counts(db)[:2] == (1, 1)


def test_the_printed_table_shows_the_score_given_even_after_the_settings_change(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.rules.params import ScoringParams
    from perfdesk.core.services import deptwide_reports, settings

    department(db)
    with _uow(db) as uow:
        deptwide.import_workbook(uow, book(tmp_path / "dept.xlsx"))
    with db.sessions() as s:
        given = deptwide.get(s, YEAR, CODE).total_final
    with _uow(db) as uow:
        settings.save(uow, ScoringParams(rounding="integer"))
        uow.commit()
    with db.sessions() as s:
        printed = deptwide_reports.dept_table(s, YEAR, CODE)
        now = deptwide.result_of(s, deptwide.get(s, YEAR, CODE)).total
    assert now == Decimal(97) != given  # scoring again would give another total …
    assert printed.total_score == given  # … but the table prints the one given, with the settings of that scoring

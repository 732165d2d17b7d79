"""What an execution import stores, column by column, and what a rejected import leaves behind (nothing)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.backup import list_backups
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import monitoring as svc

JULY = dt.date(2025, 7, 31)


def two_codes(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return list(s.scalars(select(m.Project.code).join(m.BudgetYear).where(m.BudgetYear.year == 2025)
                              .order_by(m.Project.code).limit(2)))


def export(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [header, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def stored(db, round_id: int) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    e = m.MonitoringExecution
    with db.sessions() as s:
        return [tuple(r) for r in s.execute(
            select(e.project_code, e.project_name, e.agency_code, e.budget_fen, e.spent_fen,
                   e.expected_full_year_fen, e.fiscal_budget_fen, e.fiscal_spent_fen, e.other_budget_fen,
                   e.other_spent_fen, e.goal_progress, e.goal_expected, e.project_id.is_(None))
            .where(e.round_id == round_id).order_by(e.id))]


def test_every_column_of_the_file_is_stored_and_the_columns_it_lacks_are_null(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b = two_codes(demo_db)
    path = export(tmp_path / "full.xlsx",
                  ["PRO_CODE", "PRO_NAME", "AGENCY_CODE", "CUR_AMT", "PAY_AMT", "财政拨款预算数", "财政拨款执行数"],
                  [[a, "甲", "101", 1000, 400.5, 800, 300], ["NOLINE1", "无预算支出", "102", 0, 7, 0, 7],
                   [b, "乙", "", 50, 0, 50, 0], ["OUTSIDE1", "人员经费", "", 10, 1, 10, 1]])
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        done = svc.import_execution(uow, path, as_of=JULY)
    assert (done.rows, done.matched, done.no_budget_line, done.unmatched) == (3, 2, 1, ("OUTSIDE1",))
    assert stored(demo_db, done.round_id) == [
        (a, "", "101", 100_000, 40_050, None, 80_000, 30_000, None, None, "", "", False),
        (b, "", "", 5_000, 0, None, 5_000, 0, None, None, "", "", False),
        ("NOLINE1", "无预算支出", "102", 0, 700, None, 0, 700, None, None, "", "", True),
    ]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("as_of", [JULY, dt.date(2031, 7, 31)], ids=["bad cells", "unknown year"])
def test_a_rejected_import_leaves_no_backup_behind(demo_db, tmp_path, as_of) -> None:  # type: ignore[no-untyped-def]
    a, _ = two_codes(demo_db)
    amount = "一百" if as_of == JULY else 100
    path = export(tmp_path / "bad.xlsx", ["PRO_CODE", "CUR_AMT", "PAY_AMT"], [[a, amount, 5]])
    with pytest.raises(UserErrors), UnitOfWork(demo_db.sessions, "tester") as uow:
        svc.import_execution(uow, path, as_of=as_of)
    assert list_backups(demo_db.path) == []

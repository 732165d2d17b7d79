"""Issue 17 items 5 and 8 at the service: the execution import reads the visible sheet and names it; a file
matching no project of the year makes no (empty, newest) round."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import monitoring as svc

AS_OF = dt.date(2025, 8, 31)


def _codes(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return list(s.scalars(select(m.Project.code).join(m.BudgetYear).where(m.BudgetYear.year == 2025)))


def _workbook(path, codes, *, hidden_zero_first: bool = False):  # type: ignore[no-untyped-def]
    wb = Workbook()
    first = wb.active
    if hidden_zero_first:  # last month's copy, every amount 0, kept hidden in front
        first.title, first.sheet_state = "上月", "hidden"
        first.append(["PRO_CODE", "PRO_NAME", "CUR_AMT", "PAY_AMT"])
        for code in codes:
            first.append([code, "项目", 0, 0])
        data = wb.create_sheet("执行数据")
        wb.active = 1
    else:
        data, data.title = first, "执行数据"
    data.append(["PRO_CODE", "PRO_NAME", "CUR_AMT", "PAY_AMT"])
    for code in codes:
        data.append([code, "项目", 100000, 45000])
    wb.save(path)
    return path


def _rounds(db) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(m.MonitoringRound))


def test_a_hidden_first_sheet_is_not_read_and_the_sheet_read_is_named(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(demo_db)
    path = _workbook(tmp_path / "执行.xlsx", codes, hidden_zero_first=True)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        done = svc.import_execution(uow, path, as_of=AS_OF)
    assert done.file.sheet == "执行数据" and done.matched == len(codes)
    with demo_db.sessions() as s:
        spent = set(s.scalars(select(m.MonitoringExecution.spent_fen)
                              .where(m.MonitoringExecution.round_id == done.round_id)))
    assert spent == {4_500_000}


def test_an_execution_file_matching_no_project_makes_no_round(demo_db, tmp_path, chinese) -> None:  # type: ignore[no-untyped-def]
    path = _workbook(tmp_path / "执行.xlsx", [f"X{c}" for c in _codes(demo_db)])
    before = _rounds(demo_db)
    with pytest.raises(UserErrors) as caught, UnitOfWork(demo_db.sessions, "tester") as uow:
        svc.import_execution(uow, path, as_of=AS_OF)
    assert _rounds(demo_db) == before
    assert "没有一行" in str(caught.value) and "未创建监控批次" in str(caught.value)

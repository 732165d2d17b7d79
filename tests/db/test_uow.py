"""The unit of work rolls back unless the use case commits: the basis of all-or-nothing imports."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from perfdesk.core.db.models import AuditLog, BudgetYear
from perfdesk.core.db.uow import UnitOfWork


def count_years(db) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(BudgetYear))


def test_uncommitted_work_is_rolled_back_by_default(db) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions) as uow:
        uow.session.add(BudgetYear(year=2030))
        uow.session.flush()
    assert count_years(db) == 0


def test_work_is_rolled_back_on_error(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), UnitOfWork(db.sessions) as uow:
        uow.session.add(BudgetYear(year=2030))
        uow.session.flush()
        raise RuntimeError("bad row")
    assert count_years(db) == 0


def test_committed_work_and_its_audit_entry_persist(db) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, user="李娜") as uow:
        uow.session.add(BudgetYear(year=2030))
        uow.audit("year.create", "budget_year", None, year=2030)
        uow.commit()
    assert count_years(db) == 1
    with db.sessions() as s:
        entry = s.scalars(select(AuditLog)).one()
    assert (entry.user, entry.action, entry.details) == ("李娜", "year.create", {"year": 2030})

"""``perfdesk report deptwide [--unit CODE]``: 部门整体支出绩效自评表 of one department, or of every department
of the year in one PDF (FORMATS §4)."""

from __future__ import annotations

from pathlib import Path

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP
from perfdesk.core.progress import Progress
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds import scope

KIND = "deptwide"
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "department-wide self-evaluation table (部门整体支出绩效自评表), per department")
SCOPES = ("unit", "year")


@guard(Right.READ)
def department(uow: UnitOfWork, unit: str | None, year: int | None) -> tuple[str | None, int]:
    """The department's code (None: every department of the year) and the year."""
    return unit, scope(uow.session, unit=unit, year=year).year


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None) -> list[str]:
    from perfdesk.core.services.deptwide_reports import write_table

    code, year = department(uow, unit, year)
    return list(write_table(uow.session, out, year, code).warnings)

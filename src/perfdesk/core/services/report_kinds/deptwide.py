"""``perfdesk report deptwide --unit CODE``: 部门整体支出绩效自评表 of one department (FORMATS §4)."""

from __future__ import annotations

from pathlib import Path

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.services.report_kinds import scope

KIND = "deptwide"
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "department-wide self-evaluation table (部门整体支出绩效自评表), one department")
SCOPES = ("unit", "year")


def department(uow: UnitOfWork, unit: str | None, year: int | None) -> tuple[str, int]:
    if not unit:
        raise UserErrors(translate("ReportKinds", "Name the department with --unit."))
    return unit, scope(uow.session, unit=unit, year=year).year


def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None) -> list[str]:
    from perfdesk.core.services.deptwide_reports import write_table

    code, year = department(uow, unit, year)
    return list(write_table(uow.session, out, year, code).warnings)

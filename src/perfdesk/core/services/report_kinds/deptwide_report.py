"""``perfdesk report deptwide-report [--unit CODE]``: a department's self-evaluation report (部门整体支出绩效自评报告)
with its table attached."""

from __future__ import annotations

from pathlib import Path

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP
from perfdesk.core.progress import Progress
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds.deptwide import department

KIND = "deptwide-report"
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "department-wide self-evaluation report (部门整体支出绩效自评报告), per department")
SCOPES = ("unit", "year")


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None) -> list[str]:
    from perfdesk.core.services.deptwide_reports import write_report

    code, year = department(uow, unit, year)
    return list(write_report(uow.session, out, year, code).warnings)

"""``perfdesk report monitoring-summary``: the monitoring summary report for leadership (GB/T 9704)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP
from perfdesk.core.progress import Progress
from perfdesk.core.reports.monitoring_summary import build_monitoring_summary
from perfdesk.core.services import monitoring_reports as adapt
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds import scope
from perfdesk.core.services.report_kinds.monitoring import add_arguments, round_in_scope

KIND = "monitoring-summary"
SCOPES = ("unit", "year")  # what it can be limited to: --project is refused, never ignored
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "monitoring summary report with the execution vs time progress chart")
__all__ = ["KIND", "DESCRIPTION", "add_arguments", "build"]


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None, as_of: dt.date | None = None) -> list[str]:
    where = scope(uow.session, unit=unit, year=year)
    rnd = round_in_scope(uow.session, where, as_of)
    data = adapt.summary(uow.session, rnd.id, unit_ids=where.unit_ids)
    return list(build_monitoring_summary(data, out).warnings)

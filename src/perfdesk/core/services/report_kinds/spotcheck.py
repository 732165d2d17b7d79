"""``perfdesk report spotcheck``: 绩效自评抽查复核情况表, the latest spot check of the year, one section per unit."""

from __future__ import annotations

from pathlib import Path

from perfdesk.core.db import queries as q
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP
from perfdesk.core.progress import Progress
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds import scope

KIND = "spotcheck"
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "self-evaluation spot-check review (绩效自评抽查复核情况表), per unit")
SCOPES = ("unit", "year")


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None) -> list[str]:
    from perfdesk.core.services.selfeval_reports import write_spotcheck_pdf

    where = scope(uow.session, unit=unit, year=year)
    names = () if where.unit_ids is None else tuple(n.name for n in q.units(uow.session) if n.id in where.unit_ids)
    return list(write_spotcheck_pdf(uow.session, out, year=where.year, units=names).warnings)

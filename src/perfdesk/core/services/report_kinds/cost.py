"""``perfdesk report cost``: the 项目成本效益分析表 of one project, or of every project of a unit or a year that has
one, with the review findings."""

from __future__ import annotations

from pathlib import Path

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.reports.cost_table import build_cost_batch, build_cost_table
from perfdesk.core.services import costs
from perfdesk.core.services import report_data as rd
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds import scope

KIND = "cost"
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "cost-benefit analysis table (项目成本效益分析表), per project or batch")


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None) -> list[str]:
    where = scope(uow.session, project=project, unit=unit, year=year)
    ids = [where.project_id] if where.project_id is not None else None
    tables = costs.printed_tables(uow.session, year=where.year, unit_ids=where.unit_ids, project_ids=ids)
    if not tables:
        raise rd.nothing_to_print(translate("ReportKinds", "cost-benefit analysis table"))
    if where.project_id is not None:
        return list(build_cost_table(tables[0], out).warnings)
    return list(build_cost_batch(tables, out, progress=progress).warnings)

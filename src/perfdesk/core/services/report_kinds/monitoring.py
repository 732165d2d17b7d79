"""``perfdesk report monitoring``: the 项目支出绩效目标执行监控表 of one project, or of every project in scope."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from perfdesk.core.db import queries_monitoring as qm
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.reports.monitoring_table import build_monitoring_batch, build_monitoring_table
from perfdesk.core.services import monitoring as svc
from perfdesk.core.services import monitoring_reports as adapt
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds import Scope, scope

KIND = "monitoring"
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "project monitoring table (项目支出绩效目标执行监控表), per project or batch")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as-of", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help=translate("ReportKinds", "monitoring round as of this date (default: the latest)"))


def round_in_scope(session: Any, where: Scope, as_of: dt.date | None) -> qm.RoundRow:
    return svc.find_round(session, year=where.year, as_of=as_of)


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None, as_of: dt.date | None = None) -> list[str]:
    where = scope(uow.session, project=project, unit=unit, year=year)
    rnd = round_in_scope(uow.session, where, as_of)
    if where.project_id is not None:
        return list(build_monitoring_table(adapt.monitoring_table(uow.session, rnd.id, where.project_id),
                                           out).warnings)
    ids = [r.project_id for r in qm.executions(uow.session, rnd.id, where.unit_ids) if r.project_id is not None]
    tables = adapt.monitoring_tables(uow.session, rnd.id, ids)
    return list(build_monitoring_batch(tables, out, progress=progress).warnings)

"""Kind ``exante``: 事前绩效评估意见, one letter per project with an ex-ante assessment (the one in force)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.services import exante
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds import scope

KIND = "exante"
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "Ex-ante assessment opinions (事前绩效评估意见)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--issued", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help=translate("ReportKinds", "date of the letters (default: today)"))


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None, **options: Any) -> list[str]:
    where = scope(uow.session, project=project, unit=unit, year=year)
    rows = exante.rows(uow.session, year=where.year, unit_ids=where.unit_ids)
    ids = [r["assessment_id"] for r in rows if r["assessment_id"] is not None
           and (where.project_id is None or r["project_id"] == where.project_id)]
    issued = options.get("issued") or dt.date.today()
    return list(exante.write_opinions(uow.session, ids, out, issued=issued).warnings)

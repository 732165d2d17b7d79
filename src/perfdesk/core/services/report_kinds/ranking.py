"""Kind ``ranking``: the GB/T 9704 ranking and last-place elimination report for leadership."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.services import results_outputs as out_svc
from perfdesk.core.services.access import Right, guard

KIND = "ranking"
SCOPES = ("year",)  # what it can be limited to: --project is refused, never ignored
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "Ranking and last-place elimination report for leadership")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--run", type=int, metavar="ID", help=translate(
        "ReportKinds", "ranking run id (default: the year's newest run)"))


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None, **options: Any) -> list[str]:
    view = out_svc.run_for(uow.session, year, options.get("run"))
    return list(out_svc.write_report(uow.session, view, out, issued=options.get("issued") or dt.date.today()).warnings)

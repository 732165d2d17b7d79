"""Kind ``brief``: the one-page leadership brief (领导简报) of a budget year, as of a date (GB/T 9704)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.services import home
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds import scope

KIND = "brief"
SCOPES = ("year",)  # the whole year: --project and --unit are refused, never ignored
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "One-page leadership brief: where each stage of the year stands")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date.today(), metavar="YYYY-MM-DD",
                        help=translate("ReportKinds", "the date the figures stand on (default: today)"))


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None, as_of: dt.date | None = None) -> list[str]:
    """``as_of`` None (the report centre, which asks for no date) means the day the brief is printed."""
    where = scope(uow.session, year=year)
    return home.write_brief(uow.session, year=where.year, as_of=as_of or dt.date.today(), out=out)

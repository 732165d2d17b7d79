"""Kind ``interview-record``: the 约谈 record form for the units of the given ledger items."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.services import ranking
from perfdesk.core.services import results_outputs as out_svc
from perfdesk.core.services.access import Right, guard

KIND = "interview-record"
SCOPES = ("year",)  # what it can be limited to: --project is refused, never ignored
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "Interview (约谈) record forms for ledger items")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--item", type=int, action="append", metavar="ID", required=True,
                        help=translate("ReportKinds", "ledger item (repeat)"))


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None, **options: Any) -> list[str]:
    year = year or ranking.default_year(uow.session)
    records = out_svc.interview_records(uow.session, year or 0, options.get("item") or [],
                                        when=options.get("when"))
    return list(out_svc.write_letters(records, out).warnings)

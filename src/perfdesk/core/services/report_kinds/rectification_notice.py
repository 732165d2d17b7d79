"""Kind ``rectification-notice``: 整改通知书, one per unit with its open ledger items."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.services import ranking
from perfdesk.core.services import results_outputs as out_svc
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds import scope

KIND = "rectification-notice"
SCOPES = ("unit", "year")  # what it can be limited to: --project is refused, never ignored
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "Rectification notices (整改通知书) for open ledger items")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--item", type=int, action="append", metavar="ID",
                        help=translate("ReportKinds", "ledger item (repeat; default: every open item)"))


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None, **options: Any) -> list[str]:
    year = year or ranking.default_year(uow.session)
    unit_ids = scope(uow.session, unit=unit, year=year).unit_ids if unit else None
    letters = out_svc.rectification_notices(uow.session, year or 0, unit_ids=unit_ids,
                                            item_ids=options.get("item"),
                                            issued=options.get("issued") or dt.date.today())
    return list(out_svc.write_letters(letters, out).warnings)

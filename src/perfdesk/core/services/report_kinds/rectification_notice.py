"""Kind ``rectification-notice``: 整改通知书, one per unit with its open ledger items."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.services import ranking, report_kinds
from perfdesk.core.services import results_outputs as out_svc

KIND = "rectification-notice"
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "Rectification notices (整改通知书) for open ledger items")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--item", type=int, action="append", metavar="ID",
                        help=translate("ReportKinds", "ledger item (repeat; default: every open item)"))


SCOPES = ("unit", "year")


def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None, item: list[int] | None = None,
          issued: dt.date | None = None, **_: Any) -> list[str]:
    year = year or ranking.default_year(uow.session)
    unit_ids = sorted(report_kinds.scope(uow.session, unit=unit, year=year).unit_ids or []) if unit else None
    letters = out_svc.rectification_notices(uow.session, year or 0, unit_ids=unit_ids, item_ids=item,
                                            issued=issued or dt.date.today())
    return list(out_svc.write_letters(letters, out).warnings)

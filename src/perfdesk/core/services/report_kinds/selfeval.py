"""``perfdesk report selfeval``: the 项目支出绩效自评表 of one project, or of every project of a unit or a year.

The tables come from the self-evaluation area's adapter (:mod:`perfdesk.core.services.selfeval_reports`);
scores print as stored, blank where nothing is scored yet."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.services import report_data as rd
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds import add_batch_arguments, scope

KIND = "selfeval"
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "self-evaluation table (项目支出绩效自评表)")
BATCH = True


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_batch_arguments(parser, notes=True)


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None, folder: bool = False, notes: bool = False) -> list[str]:
    from perfdesk.core.services.selfeval_reports import selfeval_documents

    where = scope(uow.session, project=project, unit=unit, year=year)
    rd.loading(progress)(0.0, translate("ReportKinds", "Reading self-evaluations"))
    items = selfeval_documents(uow.session, year=where.year, codes=[project] if project else (),
                               unit_ids=None if where.unit_ids is None else sorted(where.unit_ids))
    if not items:
        raise rd.nothing_to_print(translate("ReportKinds", "self-evaluation"))
    return rd.write_items(items, out, where, folder=folder, notes=notes, progress=progress)

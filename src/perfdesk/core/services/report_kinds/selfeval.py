"""项目支出绩效自评表 per project, or many in one PDF (or a folder), with score explanations as notes on request."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP

KIND = "selfeval"
DESCRIPTION = QT_TRANSLATE_NOOP("Reports", "项目支出绩效自评表 (self-evaluation tables)")


def build(uow: UnitOfWork, *, out: Path, year: int | None = None, projects: Sequence[str] = (),
          units: Sequence[str] = (), notes: bool = False, folder: bool = False, progress: Any = None,
          **_: Any) -> list[Path]:
    from perfdesk.core.services.report_kinds._units import unit_ids
    from perfdesk.core.services.selfeval_reports import write_selfeval_pdf

    results = write_selfeval_pdf(uow.session, out, year=year, codes=projects, unit_ids=unit_ids(uow, units),
                                 notes=notes, folder=folder, progress=progress)
    return [r.path for r in results if r.path is not None]

"""抽查复核情况表: the latest spot check of the year, one section per unit."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from perfdesk.core.db.queries import years
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP

KIND = "spotcheck"
DESCRIPTION = QT_TRANSLATE_NOOP("Reports", "绩效自评抽查复核情况表 (spot-check review, per unit)")


def build(uow: UnitOfWork, *, out: Path, year: int | None = None, units: Sequence[str] = (), **_: Any) -> list[Path]:
    from perfdesk.core.services.selfeval_reports import write_spotcheck_pdf

    year = year or (years(uow.session) or [0])[0]
    result = write_spotcheck_pdf(uow.session, out, year=year, units=units)
    return [result.path] if result.path is not None else []

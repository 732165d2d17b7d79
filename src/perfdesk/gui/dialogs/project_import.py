"""Importing the budget system's project export (xlsx or CSV) from the GUI: pick the files, import them on the
background worker through :func:`perfdesk.core.services.masterdata.import_projects` (all or nothing, after a
backup), then show its summary — or the located errors, with nothing changed."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from perfdesk.core.i18n import translate
from perfdesk.gui.tasks import run_task

if TYPE_CHECKING:
    from perfdesk.core.db.engine import Database
    from perfdesk.core.services.masterdata import ProjectsImportSummary

FILE_FILTER = "Excel / CSV (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)"


def choose_files(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, translate("ProjectImport", "Import the budget system's export"),
                                            str(Path.home()), FILE_FILTER)
    return [Path(n) for n in names]


def import_files(db: Database, paths: Sequence[Path], *, year: int | None = None,
                 progress: Callable[[float, str], None] | None = None) -> ProjectsImportSummary:
    """The operation: import ``paths`` in one unit of work and commit; raises UserErrors (nothing written)."""
    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.services.masterdata import import_projects

    with UnitOfWork(db.sessions, user=getpass.getuser()) as uow:
        return import_projects(uow, list(paths), year=year, progress=progress)  # it commits


def summary_text(summary: ProjectsImportSummary) -> str:
    from perfdesk.core.services.masterdata_edit import import_summary_lines

    lines = import_summary_lines(summary)
    return "\n".join(lines[:40] + (["…"] if len(lines) > 40 else []))


def ask_and_import(parent: QWidget, db: Database, on_done: Callable[[Any], None], *,
                   paths: Sequence[Path] | None = None, year: int | None = None, quiet: bool = False) -> None:
    """Choose (unless given) and import the export files; ``on_done(summary)`` after a successful import."""
    from perfdesk.core.domain.errors import UserErrors

    files = list(paths) if paths is not None else choose_files(parent)
    if not files:
        return
    title = translate("ProjectImport", "Import the budget system's export")

    def done(summary: Any) -> None:
        if not quiet:
            QMessageBox.information(parent, title, summary_text(summary))
        on_done(summary)

    def failed(exc: BaseException, _trace: str) -> None:
        if not isinstance(exc, UserErrors):
            raise exc
        if not quiet:
            QMessageBox.warning(parent, title, translate("ProjectImport", "Nothing was imported:") + f"\n{exc}")
        parent.setProperty("lastImportError", str(exc))

    run_task(parent, lambda progress: import_files(db, files, year=year, progress=progress), done, failed,
             title=title)

"""Libraries area: the indicator library (指标库) — browse and search, load the shipped library into an empty
database, add, edit (versioned by budget year), retire, and import/export a county's entries as Excel."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import library as lib
from perfdesk.gui.dialogs.library_entry import LibraryEntryDialog
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.tasks import offer_to_open
from perfdesk.gui.widgets.flow import flow_of
from perfdesk.gui.widgets.library_browser import ANY_YEAR, LibraryBrowser


class IndicatorLibrary(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.quiet = False  # tests: no message boxes
        self.last_message = ""
        self.browser = LibraryBrowser(self)
        self.empty_note = QLabel(self.tr("The indicator library is empty. Load the shipped library (1,119 indicators "
                                         "from published county tables) or import your county's own workbook."))
        self.empty_note.setObjectName("libraryEmpty")
        self.empty_note.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("load", self.tr("Load the shipped library"), self.load_shipped),
                                ("add", self.tr("New entry…"), self.add), ("edit", self.tr("Edit…"), self.edit),
                                ("retire", self.tr("Retire"), self.retire),
                                ("import", self.tr("Import from Excel…"), self.import_file),
                                ("export", self.tr("Export to Excel…"), self.export_file)):
            button = QPushButton(text)
            button.setObjectName(f"library_{key}")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.browser, 1)
        layout.addWidget(flow_of(*self.buttons.values()))  # wraps on a narrow screen
        self.browser.selectionChanged.connect(self._enable)

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.browser.set_database(ctx.db, ctx.year)
        self._enable()

    def _enable(self) -> None:
        if self.ctx is None:
            return
        with self.ctx.db.sessions() as session:
            empty = lib.is_empty(session)
        self.empty_note.setVisible(empty)
        self.buttons["load"].setVisible(empty)
        one = len(self.browser.selected_rows()) == 1
        self.buttons["edit"].setEnabled(one)
        self.buttons["retire"].setEnabled(one)

    def year(self) -> int | None:
        chosen = self.browser.year.value()
        return chosen if chosen != ANY_YEAR else (self.ctx.year if self.ctx else None)

    # -- actions ----------------------------------------------------------------------------------------
    def _run(self, action: Callable[[UnitOfWork], Any]) -> Any:
        try:
            with UnitOfWork(self.ctx.db.sessions, user=getpass.getuser()) as uow:  # type: ignore[union-attr]
                result = action(uow)
                uow.commit()
        except UserErrors as exc:
            self._say(str(exc), warn=True)
            return None
        self.browser.refresh()
        self._enable()
        return result

    def _say(self, text: str, *, warn: bool = False) -> None:
        self.last_message = text
        if not self.quiet:
            (QMessageBox.warning if warn else QMessageBox.information)(self, self.tr("Indicator library"), text)

    def load_shipped(self) -> int | None:
        n = self._run(lib.load_shipped)
        if n is not None:
            self._say(self.tr("{n} indicators loaded.").format(n=n))
        return n

    def add(self, values: dict[str, Any] | None = None) -> int | None:
        if values is None:
            dialog = LibraryEntryDialog(parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
        return self._run(lambda uow: lib.add_entry(uow, values, year=self.year()))

    def edit(self, changes: dict[str, Any] | None = None) -> int | None:
        rows = self.browser.selected_rows()
        if len(rows) != 1:
            return None
        year = self.year()
        if year is None:
            self._say(self.tr("Choose the budget year from which the change applies."), warn=True)
            return None
        if changes is None:
            dialog = LibraryEntryDialog(rows[0], parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            changes = dialog.values()
        new_id = self._run(lambda uow: lib.save_entry(uow, rows[0]["id"], changes, year=year))
        if new_id is not None and new_id != rows[0]["id"]:
            self._say(self.tr("Targets of earlier years use this indicator: it was closed at {last} and a new version "
                              "is valid from {year}.").format(last=year - 1, year=year))
        if new_id is not None:
            self.browser.select_ids([new_id])
        return new_id

    def retire(self) -> None:
        rows, year = self.browser.selected_rows(), self.year()
        if len(rows) == 1 and year is not None:
            self._run(lambda uow: lib.retire_entry(uow, rows[0]["id"], year=year))

    def import_file(self, path: Path | None = None, *, dry_run: bool = False) -> lib.ImportReport | None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import indicator library"), "", "Excel (*.xlsx)")
            if not name:
                return None
            path = Path(name)
        report = self._run(lambda uow: lib.import_library(uow, path, dry_run=dry_run))
        if report is not None:
            lines = [self.tr("{added} added, {unchanged} already in the library.").format(
                added=report.added, unchanged=report.unchanged), *report.duplicates[:20]]
            self._say("\n".join(lines))
        return report

    def export_file(self, path: Path | None = None) -> int | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export indicator library"), "指标库.xlsx",
                                                  "Excel (*.xlsx)")
            if not name:
                return None
            path = Path(name)
        flt = self.browser.current_filter()
        with self.ctx.db.sessions() as session:  # type: ignore[union-attr]
            n = lib.export_library(session, path, sector=flt.sector or None, year=flt.year)
        message = self.tr("{n} entries written to {path}").format(n=n, path=path)
        self._say(message)
        offer_to_open(self, path, message)
        return n


class LibrariesPage(Page):
    page_key = "libraries"
    masterDataChanged = Signal()  # noqa: N815 - units or projects changed: the window reloads its year and unit tree

    def __init__(self, parent: QWidget | None = None):
        from perfdesk.gui.pages.masterdata import ProjectsTab, UnitsTab

        super().__init__(parent)
        self.indicators = IndicatorLibrary()
        self.units, self.projects = UnitsTab(), ProjectsTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.indicators, self.tr("Indicator library"))
        self.tabs.addTab(self.units, self.tr("Units"))
        self.tabs.addTab(self.projects, self.tr("Projects"))
        for tab in (self.units, self.projects):
            tab.changed.connect(self.masterDataChanged.emit)
        self.tabs.currentChanged.connect(lambda _i: self._fill_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_context(self, ctx: PageContext) -> None:
        super().set_context(ctx)
        self._fill_current()

    def _fill_current(self) -> None:
        """Only the tab on screen reads the database; the others when they are shown."""
        if getattr(self, "ctx", None) is not None:
            self.tabs.currentWidget().set_context(self.ctx)

    def show_tab(self, key: str) -> QWidget:
        tab = {"indicators": self.indicators, "units": self.units, "projects": self.projects}[key]
        self.tabs.setCurrentWidget(tab)
        return tab


PAGE = LibrariesPage

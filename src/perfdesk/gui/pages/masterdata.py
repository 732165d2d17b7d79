"""基础库 → 单位 and 项目: the county's units and the projects of the chosen budget year, by hand.

Each tab lists its rows (units by unit code, projects by project code), and adds, edits, retires (or deletes,
when nothing refers to the row) and reactivates them through :mod:`perfdesk.core.services.masterdata_edit`;
units also move in the tree. After a change the tab emits ``changed`` so the main window reloads its year
selector and unit tree. Every action takes its values as arguments too, so tests drive the real code path.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import FundOrigin, ProjectAttribute, UnitKind, label_of
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.services import masterdata_edit as md
from perfdesk.gui.dialogs.masterdata import ProjectDialog, UnitDialog, parent_choices
from perfdesk.gui.models.rows import RowsModel
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.tasks import offer_to_open

RETIRED_COLOUR = "#eeeeee"


class MasterDataTab(QWidget):
    """A table of rows with a bar of buttons; subclasses give the columns, the rows and the actions."""

    changed = Signal()
    title = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.quiet = False  # tests: no message boxes
        self.last_message = ""
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName(f"{self.key}Note")
        self.model = RowsModel(self.columns(), self, colour=self._colour)
        self.table = QTableView()
        self.table.setObjectName(f"{self.key}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate(self.widths):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.buttons: dict[str, QPushButton] = {}
        self.bar = QHBoxLayout()
        for key, text, slot in self.actions():
            self._button(key, text, slot)
        self.bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.bar)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    key = ""
    widths: tuple[int, ...] = ()

    def columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        raise NotImplementedError

    def actions(self) -> list[tuple[str, str, Callable[[], Any]]]:
        raise NotImplementedError

    def load_rows(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _button(self, key: str, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{self.key}_{key}")
        button.clicked.connect(lambda _checked=False, s=slot: s())
        self.buttons[key] = button
        self.bar.addWidget(button)
        return button

    @staticmethod
    def _retired(row: dict[str, Any]) -> bool:
        return bool(row.get("retired")) or row.get("active") is False

    def _colour(self, row: dict[str, Any]) -> str | None:
        return RETIRED_COLOUR if self._retired(row) else None

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        if self.ctx is None:
            return
        current = self.selected()
        keep = select if select is not None else (current["id"] if current else None)
        self.model.set_rows(self.load_rows())
        if keep is not None:
            self.select_id(keep)
        self._enable()

    def select_id(self, row_id: int) -> bool:
        for i, row in enumerate(self.model.rows):
            if row["id"] == row_id:
                self.table.selectRow(i)
                return True
        return False

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _enable(self) -> None:
        row = self.selected()
        for key in ("edit", "move"):
            if key in self.buttons:
                self.buttons[key].setEnabled(row is not None)
        if "retire" in self.buttons:
            self.buttons["retire"].setEnabled(row is not None and not self._retired(row))
            self.buttons["reactivate"].setEnabled(row is not None and self._retired(row))

    def run(self, action: Callable[[UnitOfWork], Any], select: int | None = None) -> Any:
        """Run one change in a unit of work; a refused change is explained and nothing is written."""
        assert self.ctx is not None
        try:
            with UnitOfWork(self.ctx.db.sessions, user=getpass.getuser()) as uow:
                result = action(uow)
                uow.commit()
        except UserErrors as exc:
            self.say(str(exc), warn=True)
            return None
        self.refresh(select if select is not None else (result if isinstance(result, int) else None))
        self.changed.emit()
        return result

    def say(self, text: str, *, warn: bool = False) -> None:
        self.last_message = text
        if not self.quiet:
            (QMessageBox.warning if warn else QMessageBox.information)(self, self.title, text)

    def retire(self) -> str | None:
        row = self.selected()
        if row is None:
            return None
        outcome = self.run(lambda uow: self.retire_row(uow, row["id"]))
        if outcome == md.RETIRED:
            self.say(self.tr("{name} is referred to by other records: it was retired (kept, shown grey) rather "
                             "than deleted.").format(name=row["name"]))
        elif outcome == md.DELETED:
            self.say(self.tr("{name} was deleted: nothing referred to it.").format(name=row["name"]))
        return outcome

    def reactivate(self) -> None:
        row = self.selected()
        if row is not None:
            self.run(lambda uow: self.reactivate_row(uow, row["id"]), select=row["id"])

    def retire_row(self, uow: UnitOfWork, row_id: int) -> str:
        raise NotImplementedError

    def reactivate_row(self, uow: UnitOfWork, row_id: int) -> None:
        raise NotImplementedError

    def edit(self) -> Any:
        raise NotImplementedError

    def units(self) -> list[dict[str, Any]]:
        assert self.ctx is not None
        with self.ctx.db.sessions() as session:
            return md.unit_rows(session)


class UnitsTab(MasterDataTab):
    key = "units"
    widths = (130, 240, 170, 220, 80, 80)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = self.tr("Units")
        self.note.setText(self.tr("Departments (主管部门), their budget units and the townships, by unit code. A unit "
                                  "that projects or other units refer to is retired, not deleted."))

    def columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        return [(self.tr("Unit code"), lambda r: r["code"]), (self.tr("Unit name"), lambda r: r["name"]),
                (self.tr("Kind"), lambda r: label_of(UnitKind, r["kind"])),
                (self.tr("Under"), lambda r: r["parent_name"] or ""), (self.tr("Projects"), lambda r: r["projects"]),
                (self.tr("Status"), lambda r: self.tr("Active") if r["active"] else self.tr("Retired"))]

    def actions(self) -> list[tuple[str, str, Callable[[], Any]]]:
        return [("add", self.tr("New unit…"), self.add), ("edit", self.tr("Edit…"), self.edit),
                ("move", self.tr("Move…"), self.move), ("retire", self.tr("Retire"), self.retire),
                ("reactivate", self.tr("Reactivate"), self.reactivate)]

    def load_rows(self) -> list[dict[str, Any]]:
        return self.units()

    def add(self, values: md.UnitValues | None = None) -> int | None:
        if values is None:
            dialog = UnitDialog(self.units(), parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
        return self.run(lambda uow: md.add_unit(uow, values))

    def edit(self, values: md.UnitValues | None = None) -> bool:
        row = self.selected()
        if row is None:
            return False
        if values is None:
            dialog = UnitDialog(self.units(), row, parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        seen = row.get("row_version")  # a save by someone else since is refused, not overwritten
        return self.run(lambda uow: md.edit_unit(uow, row["id"], values, seen_version=seen) or True,
                        select=row["id"]) is not None

    def move(self, parent_id: int | None | str = "ask") -> bool:
        row = self.selected()
        if row is None:
            return False
        if parent_id == "ask":
            choices = parent_choices(self.units(), row["id"], self.tr("(top of the tree)"))
            texts = [text for _id, text in choices]
            current = next((i for i, (pid, _t) in enumerate(choices) if pid == row["parent_id"]), 0)
            text, ok = QInputDialog.getItem(self, self.tr("Move unit"),
                                            self.tr("Place {name} under:").format(name=row["name"]), texts, current, False)
            if not ok:
                return False
            parent_id = choices[texts.index(text)][0]
        target = None if parent_id is None else int(parent_id)
        return self.run(lambda uow: md.move_unit(uow, row["id"], target) or True, select=row["id"]) is not None

    def retire_row(self, uow: UnitOfWork, row_id: int) -> str:
        return md.retire_unit(uow, row_id)

    def reactivate_row(self, uow: UnitOfWork, row_id: int) -> None:
        md.reactivate_unit(uow, row_id)


class ProjectsTab(MasterDataTab):
    key = "projects"
    widths = (185, 230, 150, 125, 125, 110, 60, 150, 60)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = self.tr("Projects")

    def columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        return [(self.tr("Project code"), lambda r: r["code"]), (self.tr("Project name"), lambda r: r["name"]),
                (self.tr("Unit"), lambda r: r["unit_name"]),
                (self.tr("Initial budget (10k yuan)"), lambda r: Money(r["initial_budget_fen"])),
                (self.tr("Full-year budget (10k yuan)"), lambda r: Money(r["full_year_budget_fen"])),
                (self.tr("Fund origin"), lambda r: label_of(FundOrigin, r["fund_origin"])),
                (self.tr("Attribute"), lambda r: label_of(ProjectAttribute, r["attribute"])),
                (self.tr("Department"), lambda r: r["department"] or ""),
                (self.tr("Status"), lambda r: self.tr("Retired") if r["retired"] else self.tr("Active"))]

    def actions(self) -> list[tuple[str, str, Callable[[], Any]]]:
        return [("add", self.tr("New project…"), self.add), ("edit", self.tr("Edit…"), self.edit),
                ("retire", self.tr("Retire"), self.retire), ("reactivate", self.tr("Reactivate"), self.reactivate),
                ("import", self.tr("Import the budget system's export…"), self.import_export),
                ("export", self.tr("Export…"), self.export), ("template", self.tr("Blank form…"), self.template)]

    def load_rows(self) -> list[dict[str, Any]]:
        assert self.ctx is not None
        year = self.ctx.year
        if year is None:
            self.note.setText(self.tr("There is no budget year yet: create one (File → New budget year…) before "
                                      "adding projects."))
            self.buttons["add"].setEnabled(False)
            return []
        self.buttons["add"].setEnabled(True)
        with self.ctx.db.sessions() as session:
            rows = md.project_rows(session, year)
        if self.ctx.unit_ids is not None:  # the unit chosen in the tree, with the units under it
            rows = [r for r in rows if r["unit_id"] in self.ctx.unit_ids]
        self.note.setText(self.tr("Projects of budget year {year}, by project code: {n}. Budgets in 10k yuan; a "
                                  "project with targets, monitoring or evaluations is retired, not deleted.")
                          .format(year=year, n=len(rows)))
        return rows

    def add(self, values: md.ProjectValues | None = None) -> int | None:
        if self.ctx is None or self.ctx.year is None:
            return None
        year = self.ctx.year
        if values is None:
            dialog = ProjectDialog(self.units(), parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
        return self.run(lambda uow: md.add_project(uow, year, values))

    def edit(self, values: md.ProjectValues | None = None) -> list[str] | None:
        row = self.selected()
        if row is None:
            return None
        if values is None:
            dialog = ProjectDialog(self.units(), row, parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
        seen = row.get("row_version")
        return self.run(lambda uow: md.edit_project(uow, row["id"], values, seen_version=seen), select=row["id"])

    def retire_row(self, uow: UnitOfWork, row_id: int) -> str:
        return md.retire_project(uow, row_id)

    def reactivate_row(self, uow: UnitOfWork, row_id: int) -> None:
        md.reactivate_project(uow, row_id)

    def import_export(self, paths: list[Path] | None = None) -> None:
        """Import the budget system's project export (xlsx/CSV); the summary is shown, then the list reloads."""
        from perfdesk.gui.dialogs.project_import import ask_and_import

        if self.ctx is not None:
            ask_and_import(self, self.ctx.db, lambda summary: self._imported(summary), paths=paths, quiet=self.quiet)

    def _imported(self, summary: Any) -> None:
        from perfdesk.gui.dialogs.project_import import summary_text

        self.last_message = summary_text(summary)
        self.refresh()
        self.changed.emit()

    def _save_name(self, title: str, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), "Excel (*.xlsx);;CSV (*.csv)")
        return Path(chosen) if chosen else None

    def export(self, path: Path | None = None) -> int | None:
        """The year's projects in the budget system's layout (reads back unchanged)."""
        from perfdesk.core.services.masterdata import export_projects

        if self.ctx is None or self.ctx.year is None:
            return None
        path = path or self._save_name(self.tr("Export projects"), self.tr("projects-{year}.xlsx").format(
            year=self.ctx.year))
        if path is None:
            return None
        with self.ctx.db.sessions() as session:
            n = export_projects(session, path, year=self.ctx.year)
        message = self.tr("{n} projects written to {path}").format(n=n, path=path)
        self.say(message)
        offer_to_open(self, path, message)
        return n

    def template(self, path: Path | None = None) -> Path | None:
        """The empty project form, for a county without an export to start from."""
        from perfdesk.core.services.masterdata import write_template

        path = path or self._save_name(self.tr("Blank project form"), self.tr("project-form.xlsx"))
        if path is not None:
            write_template(path)
            self.say(self.tr("Project form written: {path}").format(path=path))
        return path

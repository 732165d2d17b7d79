"""The registries of key evaluation: the county's framework (决策/过程/产出/效益 with its weights), the third-party
agencies with their quality ratings, and the expert library with each expert's conflicts of interest."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.domain.keyeval import AgencyRating, Formula
from perfdesk.core.services import keyeval
from perfdesk.core.services import keyeval_registry as reg
from perfdesk.gui.pages.evaluation_common import item, table
from perfdesk.gui.pages.keyeval_common import Runner, number, plain
from perfdesk.gui.tasks import offer_to_open
from perfdesk.gui.widgets.flow import flow_of
from perfdesk.gui.widgets.search import SearchBox

TEMPLATE_KEYS = ("level1", "level2", "level3", "points", "formula", "target_percent", "explanation", "criteria")


class FrameworkTab(QWidget):
    """The framework new evaluations start from: weights editable, the weight check shown as you type."""

    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.formulas: list[str] = []
        self.table = table([self.tr("Level 1"), self.tr("Level 2"), self.tr("Level 3"), self.tr("Points"),
                            self.tr("Computed as"), self.tr("Target (%)"), self.tr("Explanation"),
                            self.tr("Scoring standard")])
        self.table.setObjectName("keyevalFramework")
        self.check = QLabel()
        self.check.setObjectName("keyevalFrameworkCheck")
        self.check.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save the framework"))
        self.save_button.setObjectName("keyevalSaveFramework")
        self.save_button.clicked.connect(lambda: self.save())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("New evaluations start from this framework. No national weights exist; "
                                        "产出 and 效益 should carry at least the share set in the settings.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.check)
        layout.addWidget(flow_of(self.save_button))
        self.table.itemChanged.connect(lambda *_a: self.recheck())

    def reload(self) -> None:
        if self.runner.ctx is None:
            return
        with self.runner.ctx.db.sessions() as session:
            lines = keyeval.template_lines(session)
        self.formulas = [line["formula"] for line in lines]  # kept here: the cell shows the label
        self.table.blockSignals(True)
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            for c, key in enumerate(TEMPLATE_KEYS):
                value = line[key]
                if key == "formula":
                    cell = item(Formula(value).label() if value else "")
                elif key in ("points", "target_percent"):
                    cell = item(plain(value), editable=True)
                else:
                    cell = item(value, editable=True)
                self.table.setItem(r, c, cell)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.recheck()

    def lines(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.table.rowCount()):
            line: dict[str, Any] = {}
            for c, key in enumerate(TEMPLATE_KEYS):
                cell = self.table.item(r, c)
                if key == "formula":
                    line[key] = self.formulas[r]
                elif key in ("points", "target_percent"):
                    line[key] = number(cell.text(), self.tr("Line {n}").format(n=r + 1))
                else:
                    line[key] = cell.text().strip()
            out.append(line)
        return out

    def recheck(self) -> list[str]:
        if self.runner.ctx is None:
            return []
        try:
            lines = self.lines()
        except ValueError:
            self.check.setText(self.tr("A points cell is not a number."))
            return []
        with self.runner.ctx.db.sessions() as session:
            problems = keyeval.weight_warnings(session, [ln for ln in lines if ln["points"] is not None])
        total = sum((ln["points"] or Decimal(0) for ln in lines), Decimal(0))
        self.check.setText(self.tr("Points: {total}.").format(total=plain(total)) + " " +
                           (" ".join(problems) if problems else self.tr("The weights pass the check.")))
        return problems

    def save(self) -> bool:
        done = self.runner.run(lambda uow: keyeval.save_template(uow, self.lines()) or True)
        if done:
            self.runner.say(self.tr("Framework saved: new evaluations start from it."))
        return bool(done)


class RegistryTab(QWidget):
    """A list with a form below it: add a new entry, or change the selected one."""

    changed = Signal()
    FIELDS: tuple[str, ...] = ()

    def __init__(self, runner: Runner, headers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.rows: list[dict[str, Any]] = []
        self.table = table(headers)
        self.table.itemSelectionChanged.connect(self._selected)
        self.form = QFormLayout()
        self.add_button = QPushButton(QCoreApplication.translate("RegistryTab", "Add"))
        self.save_button = QPushButton(QCoreApplication.translate("RegistryTab", "Save changes"))
        self.add_button.clicked.connect(lambda: self.add())
        self.save_button.clicked.connect(lambda: self.save())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(SearchBox(lambda: self.table), 1)
        layout.addLayout(row)
        layout.addLayout(self.form)
        layout.addWidget(flow_of(self.add_button, self.save_button))

    def selected_id(self) -> int | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[min(rows)]["id"] if len(rows) == 1 else None

    def _selected(self) -> None:
        chosen = self.selected_id()
        self.save_button.setEnabled(chosen is not None)
        if chosen is not None:
            self.load(next(r for r in self.rows if r["id"] == chosen))

    def add(self) -> int | None:
        made = self.runner.run(lambda uow: self.create(uow, self.values()))
        if made is not None:
            self.reload()
            self.changed.emit()
        return made

    def save(self) -> bool:
        chosen = self.selected_id()
        if chosen is None:
            return False
        done = self.runner.run(lambda uow: self.update(uow, chosen, self.values()) or True)
        if done:
            self.reload()
            self.changed.emit()
        return bool(done)

    def fill(self, cells: list[list[Any]]) -> None:
        self.table.setRowCount(len(cells))
        for r, row in enumerate(cells):
            for c, value in enumerate(row):
                self.table.setItem(r, c, item(value) if not isinstance(value, QTableWidgetItem) else value)
        self.table.resizeColumnsToContents()
        self.save_button.setEnabled(False)

    # a subclass gives: reload(), load(row), values(), create(uow, values), update(uow, id, values)


class AgenciesTab(RegistryTab):
    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(runner, [self.tr("Agency"), self.tr("Credit code"), self.tr("Contact"), self.tr("Phone"),
                                  self.tr("Quality rating"), self.tr("Rated in"), self.tr("Note"),
                                  self.tr("Evaluations")], parent)
        self.table.setObjectName("keyevalAgencies")
        self.name, self.code, self.contact, self.phone, self.note = (QLineEdit() for _ in range(5))
        self.rating = QComboBox()
        self.rating.addItem(self.tr("(not rated)"), "")
        for rating in AgencyRating:
            self.rating.addItem(rating.label(), rating.value)
        self.year = QSpinBox()
        self.year.setRange(0, 2100)
        self.year.setSpecialValueText(self.tr("(none)"))
        for label, widget in ((self.tr("Agency"), self.name), (self.tr("Credit code"), self.code),
                              (self.tr("Contact"), self.contact), (self.tr("Phone"), self.phone),
                              (self.tr("Quality rating"), self.rating), (self.tr("Rated in"), self.year),
                              (self.tr("Note"), self.note)):
            self.form.addRow(label, widget)

    def reload(self) -> None:
        if self.runner.ctx is None:
            return
        with self.runner.ctx.db.sessions() as session:
            self.rows = reg.agencies(session)
        self.fill([[r["name"], r["credit_code"], r["contact"], r["phone"], r["rating"], r["rating_year"] or "",
                    r["rating_note"], r["evaluations"]] for r in self.rows])

    def load(self, row: dict[str, Any]) -> None:
        self.name.setText(row["name"])
        self.code.setText(row["credit_code"])
        self.contact.setText(row["contact"])
        self.phone.setText(row["phone"])
        self.rating.setCurrentIndex(max(self.rating.findData(row["rating"]), 0))
        self.year.setValue(row["rating_year"] or 0)
        self.note.setText(row["rating_note"])

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "credit_code": self.code.text(), "contact": self.contact.text(),
                "phone": self.phone.text(), "rating": self.rating.currentData(),
                "rating_year": self.year.value() or None, "rating_note": self.note.text()}

    def create(self, uow: Any, values: dict[str, Any]) -> int:
        return reg.add_agency(uow, **values)

    def update(self, uow: Any, agency_id: int, values: dict[str, Any]) -> None:
        reg.update_agency(uow, agency_id, **values)


class ExpertsTab(RegistryTab):
    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(runner, [self.tr("Name"), self.tr("Field"), self.tr("Title"), self.tr("Employer"),
                                  self.tr("Conflicts of interest"), self.tr("Phone"), self.tr("In use")], parent)
        self.table.setObjectName("keyevalExperts")
        self.name, self.field, self.title, self.employer, self.conflicts, self.phone = (QLineEdit() for _ in range(6))
        self.conflicts.setPlaceholderText(self.tr("unit codes or names, separated by 、"))
        self.active = QCheckBox(self.tr("In the library (may be drawn)"))
        self.active.setChecked(True)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.layout().addWidget(flow_of(self.import_button, self.export_button))
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Field"), self.field),
                              (self.tr("Title"), self.title), (self.tr("Employer"), self.employer),
                              (self.tr("Conflicts of interest"), self.conflicts), (self.tr("Phone"), self.phone),
                              ("", self.active)):
            self.form.addRow(label, widget)

    def reload(self) -> None:
        if self.runner.ctx is None:
            return
        with self.runner.ctx.db.sessions() as session:
            self.rows = reg.experts(session)
        yes, no = self.tr("yes"), self.tr("no")
        self.fill([[r["name"], r["field"], r["title"], r["employer"], "、".join(r["conflicts"]), r["phone"],
                    yes if r["active"] else no] for r in self.rows])

    def load(self, row: dict[str, Any]) -> None:
        for box, key in ((self.name, "name"), (self.field, "field"), (self.title, "title"),
                         (self.employer, "employer"), (self.phone, "phone")):
            box.setText(row[key])
        self.conflicts.setText("、".join(row["conflicts"]))
        self.active.setChecked(bool(row["active"]))

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "field": self.field.text(), "title": self.title.text(),
                "employer": self.employer.text(), "conflicts": self.conflicts.text(), "phone": self.phone.text(),
                "active": self.active.isChecked()}

    def create(self, uow: Any, values: dict[str, Any]) -> int:
        return reg.add_expert(uow, **values)

    def update(self, uow: Any, expert_id: int, values: dict[str, Any]) -> None:
        reg.update_expert(uow, expert_id, **values)

    def import_file(self, path: str | None = None) -> tuple[int, int] | None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import experts"), "", "Excel (*.xlsx)")
        if not path:
            return None
        result = self.runner.run(lambda uow: reg.import_experts(uow, path))
        if result is not None:
            self.reload()
            self.runner.say(self.tr("Experts imported: {added} added, {updated} updated.").format(
                added=result[0], updated=result[1]))
        return result

    def export_file(self, path: str | None = None) -> str | None:
        if self.runner.ctx is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export experts"), "专家库.xlsx", "Excel (*.xlsx)")
        if not path:
            return None
        with self.runner.ctx.db.sessions() as session:
            reg.export_experts(session, path)
        offer_to_open(self, Path(path), self.tr("Written: {path}").format(path=path))
        return path

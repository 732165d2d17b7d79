"""The expenditure standard library (支出标准库, 济宁) in the cost area: search by words, level and year; add, edit,
delete; import and export Excel. Also the picker the cost-benefit tab uses to choose an item's standard."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import SECTOR_LABELS, StandardLevel, sector_label
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules.costs import quantity_text
from perfdesk.core.services import standards as svc
from perfdesk.gui.models.rows import RowsModel
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.tasks import offer_to_open
from perfdesk.gui.widgets.flow import flow_of

GUI_USER = "gui"


def level_label(code: str) -> str:
    return StandardLevel(code).label() if code in {lv.value for lv in StandardLevel} else code


class StandardFinder(QWidget):
    """Words, level and "valid in the year" filters over a list of standards, filtered in SQL."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Any = None
        self.year: int | None = None
        self.department_code = ""
        self.words = QLineEdit()
        self.words.setObjectName("standardWords")
        self.words.setPlaceholderText(self.tr("Words of the code, name, basis, source or projects"))
        self.level = QComboBox()
        self.level.addItem(self.tr("All levels"), "")
        for code, label in StandardLevel.choices():
            self.level.addItem(label, code)
        self.valid = QCheckBox(self.tr("Only valid in the chosen year"))
        self.valid.setChecked(True)
        self.model = RowsModel(self._columns())
        self.view = QTableView()
        self.view.setObjectName("standardsList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.words, 1)
        bar.addWidget(self.level)
        bar.addWidget(self.valid)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.words.textChanged.connect(lambda _t: self.refresh())
        self.level.currentIndexChanged.connect(lambda _i: self.refresh())
        self.valid.toggled.connect(lambda _c: self.refresh())

    def _columns(self) -> list[tuple[str, Callable[[dict[str, Any]], Any]]]:
        return [(self.tr("Code"), lambda r: r["code"]), (self.tr("Standard"), lambda r: r["name"]),
                (self.tr("Level"), lambda r: level_label(r["level"])),
                (self.tr("Sector"), lambda r: sector_label(r["sector"])),
                (self.tr("Value"), lambda r: quantity_text(r["value"])), (self.tr("Unit"), lambda r: r["unit"]),
                (self.tr("Basis"), lambda r: r["basis"]), (self.tr("Source"), lambda r: r["source"]),
                (self.tr("Applies to"), lambda r: r["applies_to"]),
                (self.tr("Department"), lambda r: r["department_code"]),
                (self.tr("From"), lambda r: r["year_from"] or ""), (self.tr("To"), lambda r: r["year_to"] or ""),
                (self.tr("Used by"), lambda r: r["uses"])]

    def set_database(self, db: Any, year: int | None, department_code: str = "") -> None:
        self.db, self.year, self.department_code = db, year, department_code
        self.refresh()

    def current_filter(self) -> svc.StandardFilter:
        year = self.year if self.valid.isChecked() else None
        return svc.StandardFilter(words=self.words.text(), level=self.level.currentData() or "", year=year,
                                  department_code=self.department_code)

    def refresh(self) -> None:
        if self.db is None:
            return
        with self.db.sessions() as session:
            rows = svc.search(session, self.current_filter())
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.count.setText(self.tr("{n} standards").format(n=len(rows)))

    def selected(self) -> list[dict[str, Any]]:
        return [self.model.row(i.row()) for i in self.view.selectionModel().selectedRows()]


class StandardsTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.quiet = False  # tests: no message boxes
        self.last_message = ""
        self.finder = StandardFinder(self)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("New standard…"), self.add), ("edit", self.tr("Edit…"), self.edit),
                                ("delete", self.tr("Delete"), self.delete),
                                ("import", self.tr("Import from Excel…"), self.import_file),
                                ("export", self.tr("Export to Excel…"), self.export_file)):
            button = QPushButton(text)
            button.setObjectName(f"standards_{key}")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder, 1)
        layout.addWidget(flow_of(*self.buttons.values()))
        self.finder.view.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.finder.model.modelReset.connect(self._enable)

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.finder.set_database(ctx.db, ctx.year)
        self._enable()

    def _enable(self) -> None:
        one = len(self.finder.selected()) == 1
        self.buttons["edit"].setEnabled(one)
        self.buttons["delete"].setEnabled(one)

    def _run(self, action: Callable[[UnitOfWork], Any]) -> Any:
        try:
            with UnitOfWork(self.ctx.db.sessions, user=GUI_USER) as uow:  # type: ignore[union-attr]
                result = action(uow)
                uow.commit()
        except UserErrors as exc:
            self._say(str(exc), warn=True)
            return None
        self.finder.refresh()
        return result

    def _say(self, text: str, *, warn: bool = False) -> None:
        self.last_message = text
        if not self.quiet:
            (QMessageBox.warning if warn else QMessageBox.information)(self, self.tr("Expenditure standards"), text)

    def add(self, values: dict[str, Any] | None = None) -> int | None:
        if values is None:
            dialog = StandardDialog(parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
        return self._run(lambda uow: svc.save_standard(uow, values))

    def edit(self, values: dict[str, Any] | None = None) -> int | None:
        rows = self.finder.selected()
        if len(rows) != 1:
            return None
        if values is None:
            dialog = StandardDialog(rows[0], parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
        return self._run(lambda uow: svc.save_standard(uow, values, rows[0]["id"]))

    def delete(self) -> None:
        rows = self.finder.selected()
        if len(rows) == 1:
            self._run(lambda uow: svc.delete_standard(uow, rows[0]["id"]))

    def import_file(self, path: Path | None = None) -> svc.ImportReport | None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import expenditure standards"), "", "Excel (*.xlsx)")
            if not name:
                return None
            path = Path(name)
        report = self._run(lambda uow: svc.import_standards(uow, path))
        if report is not None:
            self._say(self.tr("{added} added, {updated} updated, {unchanged} unchanged.").format(
                added=report.added, updated=report.updated, unchanged=report.unchanged))
        return report

    def export_file(self, path: Path | None = None) -> int | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export expenditure standards"), "支出标准库.xlsx",
                                                  "Excel (*.xlsx)")
            if not name:
                return None
            path = Path(name)
        with self.ctx.db.sessions() as session:  # type: ignore[union-attr]
            n = svc.export_standards(session, path, self.finder.current_filter())
        message = self.tr("{n} standards written to {path}").format(n=n, path=path)
        self._say(message)
        offer_to_open(self, Path(path), message)
        return n


class StandardDialog(QDialog):
    """Add or edit one standard; the caller saves it through the service (which checks it)."""

    TEXTS = ("code", "name", "unit", "basis", "source", "applies_to", "department_code")

    def __init__(self, std: dict[str, Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Expenditure standard"))
        std = std or {}
        form = QFormLayout(self)
        labels = {"code": self.tr("Code (标准编号)"), "name": self.tr("Name"), "unit": self.tr("Unit (e.g. 元/人·天)"),
                  "basis": self.tr("Basis (测算依据)"), "source": self.tr("Source"),
                  "applies_to": self.tr("Applies to (适用项目)"), "department_code": self.tr("Department code")}
        self.lines = {k: QLineEdit(str(std.get(k) or "")) for k in self.TEXTS}
        self.level = QComboBox()
        for code, label in StandardLevel.choices():
            self.level.addItem(label, code)
        self.level.setCurrentIndex(max(0, self.level.findData(std.get("level") or "general")))
        self.sector = QComboBox()
        self.sector.addItem("—", "")
        for code in SECTOR_LABELS:
            self.sector.addItem(sector_label(code), code)
        self.sector.setCurrentIndex(max(0, self.sector.findData(std.get("sector") or "")))
        self.value = QLineEdit("" if std.get("value") is None else quantity_text(std["value"]))
        self.years = [QSpinBox(), QSpinBox()]
        for box, key in zip(self.years, ("year_from", "year_to"), strict=True):
            box.setRange(0, 2100)
            box.setSpecialValueText(self.tr("any"))
            box.setValue(std.get(key) or 0)
        for key in ("code", "name"):
            form.addRow(labels[key], self.lines[key])
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Value"), self.value)
        for key in ("unit", "basis", "source", "applies_to", "department_code"):
            form.addRow(labels[key], self.lines[key])
        form.addRow(self.tr("Valid from year"), self.years[0])
        form.addRow(self.tr("Valid to year"), self.years[1])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        try:
            value: Decimal | None = Decimal(self.value.text().strip().replace(",", ""))
        except InvalidOperation:
            value = None  # refused by the service with its message
        return {**{k: line.text() for k, line in self.lines.items()}, "level": self.level.currentData(),
                "sector": self.sector.currentData(), "value": value,
                "year_from": self.years[0].value() or None, "year_to": self.years[1].value() or None}


class StandardPicker(QDialog):
    """Choose the standard a cost item follows: standards valid in the project's year (its department's own
    department standards only)."""

    def __init__(self, db: Any, year: int | None, department_code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose an expenditure standard"))
        self.finder = StandardFinder(self)
        self.finder.set_database(db, year, department_code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.finder.view.doubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)

    def chosen(self) -> dict[str, Any] | None:
        rows = self.finder.selected()
        return rows[0] if rows else None

"""Add or edit a unit or a project (基础库 → 单位 / 项目). The dialogs only gather values; amounts typed in 万元
are checked here (negative, text, fractions of a fen) so the dialog stays open with the reason shown, and the
page saves through :mod:`perfdesk.core.services.masterdata_edit`."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from perfdesk.core.domain.enums import (
    SECTOR_LABELS,
    BudgetType,
    FundOrigin,
    ProjectAttribute,
    ProjectKind,
    UnitKind,
    sector_label,
)
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import masterdata_edit as md


def _combo(choices: list[tuple[Any, str]], value: Any, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for code, text in choices:
        combo.addItem(text, code)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo


def _buttons(dialog: QDialog, form: QFormLayout) -> QLabel:
    error = QLabel()
    error.setObjectName("dialogError")
    error.setStyleSheet("color: #b00020;")
    error.setWordWrap(True)
    form.addRow(error)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return error


def parent_choices(units: list[dict[str, Any]], exclude: int | None, top: str) -> list[tuple[int | None, str]]:
    """Active units as possible parents (by code), the unit itself left out; ``None`` = the top of the tree."""
    return [(None, top)] + [(u["id"], f"{u['code']} {u['name']}") for u in units
                            if u["active"] and u["id"] != exclude]


class UnitDialog(QDialog):
    def __init__(self, units: list[dict[str, Any]], unit: dict[str, Any] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        unit = unit or {}
        self.setWindowTitle(self.tr("Edit unit") if unit else self.tr("New unit"))
        form = QFormLayout(self)
        self.code = QLineEdit(unit.get("code", ""), objectName="unit_code")
        self.name = QLineEdit(unit.get("name", ""), objectName="unit_name")
        self.kind = _combo(UnitKind.choices(), unit.get("kind", UnitKind.UNIT.value), "unit_kind")
        self.parent_unit = _combo(parent_choices(units, unit.get("id"), self.tr("(top of the tree)")),
                                  unit.get("parent_id"), "unit_parent")
        self.division = QLineEdit(unit.get("mof_div_code", ""), objectName="unit_division")
        form.addRow(self.tr("Unit code"), self.code)
        form.addRow(self.tr("Unit name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Under"), self.parent_unit)
        form.addRow(self.tr("Division code (财政区划)"), self.division)
        self.error = _buttons(self, form)
        self.resize(480, 260)

    def values(self) -> md.UnitValues:
        return md.UnitValues(self.code.text(), self.name.text(), self.kind.currentData(),
                             self.parent_unit.currentData(), self.division.text())


class ProjectDialog(QDialog):
    """A project's fields; budgets in 万元."""

    def __init__(self, units: list[dict[str, Any]], project: dict[str, Any] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        p = project or {}
        self.setWindowTitle(self.tr("Edit project") if p else self.tr("New project"))
        form = QFormLayout(self)
        self.code = QLineEdit(p.get("code", ""), objectName="project_code")
        self.name = QLineEdit(p.get("name", ""), objectName="project_name")
        choices = [(u["id"], f"{u['code']} {u['name']}") for u in units if u["active"] or u["id"] == p.get("unit_id")]
        self.unit = _combo(choices, p.get("unit_id"), "project_unit")
        self.combos = {
            "kind": _combo(ProjectKind.choices(), p.get("kind", "project"), "project_kind"),
            "sector": _combo([("", "—"), *((c, sector_label(c)) for c in SECTOR_LABELS)], p.get("sector", ""),
                             "project_sector"),
            "budget_type": _combo(BudgetType.choices(), p.get("budget_type", "general"), "project_budget_type"),
            "fund_origin": _combo(FundOrigin.choices(), p.get("fund_origin", "own_level"), "project_fund_origin"),
            "attribute": _combo(ProjectAttribute.choices(), p.get("attribute", "new"), "project_attribute"),
        }
        self.period = [self._year_box(p.get(k), f"project_{k}") for k in ("period_start", "period_end")]
        self.initial = QLineEdit(md.wan_text(p.get("initial_budget_fen", 0)), objectName="project_initial")
        self.full_year = QLineEdit(md.wan_text(p.get("full_year_budget_fen", 0)), objectName="project_full_year")
        self.note = QLineEdit(p.get("note", ""), objectName="project_note")
        labels = (self.tr("Project code"), self.tr("Project name"), self.tr("Unit"), self.tr("Kind"), self.tr("Sector"),
                  self.tr("Budget type"), self.tr("Fund origin"), self.tr("Attribute"))
        for label, widget in zip(labels, (self.code, self.name, self.unit, *self.combos.values()), strict=True):
            form.addRow(label, widget)
        form.addRow(self.tr("Project period from"), self.period[0])
        form.addRow(self.tr("Project period to"), self.period[1])
        form.addRow(self.tr("Initial budget (10k yuan)"), self.initial)
        form.addRow(self.tr("Full-year budget (10k yuan)"), self.full_year)
        form.addRow(self.tr("Note"), self.note)
        self.error = _buttons(self, form)
        self.resize(520, 480)

    def _year_box(self, value: int | None, name: str) -> QSpinBox:
        box = QSpinBox(objectName=name)
        box.setRange(1999, 2100)
        box.setSpecialValueText(self.tr("none"))  # 1999, the minimum, means "no period"
        box.setValue(value or 1999)
        return box

    def accept(self) -> None:
        try:
            self.values()
        except UserErrors as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    def values(self) -> md.ProjectValues:
        money = {"initial_budget_fen": md.fen_from_wan(self.initial.text(), self.tr("Initial budget (10k yuan)")),
                 "full_year_budget_fen": md.fen_from_wan(self.full_year.text(), self.tr("Full-year budget (10k yuan)"))}
        start, end = (None if box.value() == box.minimum() else box.value() for box in self.period)
        return md.ProjectValues(code=self.code.text(), name=self.name.text(), unit_id=self.unit.currentData(),
                                period_start=start, period_end=end, note=self.note.text(),
                                **{k: c.currentData() for k, c in self.combos.items()}, **money)

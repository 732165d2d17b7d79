"""Add or edit one indicator library entry; the caller saves through the library service (versioned by year)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from perfdesk.core.domain.enums import (
    INDICATOR_TREE,
    SECTOR_LABELS,
    Comparison,
    LibraryScope,
    ValueBasis,
    sector_label,
)


class LibraryEntryDialog(QDialog):
    def __init__(self, entry: dict[str, Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Library entry"))
        entry = entry or {}
        self.combos: dict[str, QComboBox] = {}
        self.lines: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        self._combo(form, "scope", self.tr("Scope"), LibraryScope.choices(), entry.get("scope") or "sector")
        sectors = [(c, sector_label(c)) for c in SECTOR_LABELS] + [("general", self.tr("General (common)"))]
        self._combo(form, "sector", self.tr("Sector"), sectors, entry.get("sector") or "")
        self._combo(form, "level1", self.tr("Level 1"), [(n, n) for n in INDICATOR_TREE], entry.get("level1") or "")
        self._combo(form, "level2", self.tr("Level 2"), [], "")
        self.combos["level1"].currentIndexChanged.connect(self._level1_changed)
        self._level1_changed()
        self.combos["level2"].setCurrentIndex(max(0, self.combos["level2"].findData(entry.get("level2") or "")))
        for key, label in (("name", self.tr("Indicator")), ("typical_value", self.tr("Typical value")),
                           ("unit", self.tr("Unit")), ("department_code", self.tr("Department code"))):
            self.lines[key] = QLineEdit(entry.get(key) or "")
            self.lines[key].setObjectName(f"entry_{key}")
            form.addRow(label, self.lines[key])
        self._combo(form, "comparison", self.tr("Comparison"), Comparison.choices(), entry.get("comparison") or "")
        self._combo(form, "value_basis", self.tr("Value basis"), [("", "—"), *ValueBasis.choices()],
                    entry.get("value_basis") or "")
        self.measurement = QPlainTextEdit(entry.get("measurement") or "")
        self.source = QLineEdit(entry.get("source") or "")
        form.addRow(self.tr("How it is measured"), self.measurement)
        form.addRow(self.tr("Source"), self.source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 480)

    def _combo(self, form: QFormLayout, key: str, label: str, choices: list[tuple[str, str]], value: str) -> None:
        combo = QComboBox()
        combo.setObjectName(f"entry_{key}")
        for code, text in choices:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        self.combos[key] = combo
        form.addRow(label, combo)

    def _level1_changed(self) -> None:
        combo = self.combos["level2"]
        combo.clear()
        for name in INDICATOR_TREE.get(self.combos["level1"].currentData() or "", ()):
            combo.addItem(name, name)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {key: combo.currentData() or "" for key, combo in self.combos.items()}
        out |= {key: line.text().strip() for key, line in self.lines.items()}
        out["measurement"] = self.measurement.toPlainText().strip()
        out["source"] = self.source.text().strip()
        return out

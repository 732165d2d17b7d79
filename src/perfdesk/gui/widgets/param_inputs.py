"""Inputs of the settings page for parameters that are not a plain number, text or choice.

- :class:`CodeChecklist`: a tuple of codes (ranking categories, excluded fund origins …) as a check list of
  their translated labels, in the order the parameter's ``options`` give; codes it does not know (from a newer
  version or an old database) are kept as they were.
- :class:`PresetText`: a text with ``presets`` (the form of unit codes): a drop-down of the presets with
  examples; any other value is shown, and can be typed, only under a collapsed 高级 (Advanced) part.
- :class:`NumberRows`: a tuple of rows of numbers with named ``columns`` (the caps by execution rate) as a
  small table with buttons to add and remove rows.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from perfdesk.gui.widgets.flow import FlowLayout


class CodeChecklist(QWidget):
    """One check box per option; ``value()`` is the tuple of checked codes (options order, unknown codes last)."""

    changed = Signal()

    def __init__(self, options: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.unknown: tuple[str, ...] = ()
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for code, label in options:
            box = QCheckBox(label)
            box.setObjectName(f"option_{code}")
            box.toggled.connect(lambda *_a: self.changed.emit())
            self.boxes[code] = box
            layout.addWidget(box)

    def set_value(self, codes: tuple[str, ...] | list[str]) -> None:
        chosen = [str(c) for c in codes or ()]
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in chosen)
            box.blockSignals(False)
        self.unknown = tuple(c for c in chosen if c not in self.boxes)

    def value(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked()) + self.unknown


class PresetText(QWidget):
    """A drop-down of preset values described with examples; the raw value only under 高级 (Advanced)."""

    changed = Signal()

    def __init__(self, presets: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("presetCombo")
        for value, label in presets:
            self.combo.addItem(label, value)
        self.combo.addItem(self.tr("Other (advanced)"), None)
        self.advanced = QToolButton()
        self.advanced.setObjectName("advancedToggle")
        self.advanced.setText(self.tr("Advanced"))
        self.advanced.setCheckable(True)
        self.raw = QLineEdit()
        self.raw.setObjectName("advancedText")
        self.raw_label = QLabel(self.tr("Regular expression"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.advanced)
        self.raw_row = QWidget()
        raw = QHBoxLayout(self.raw_row)
        raw.setContentsMargins(0, 0, 0, 0)
        raw.addWidget(self.raw_label)
        raw.addWidget(self.raw, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.raw_row)
        self.raw_row.setVisible(False)
        self.advanced.toggled.connect(self.raw_row.setVisible)
        self.combo.currentIndexChanged.connect(self._preset_chosen)
        self.raw.textEdited.connect(self._typed)

    def set_value(self, value: str) -> None:
        for w in (self.combo, self.raw):
            w.blockSignals(True)
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(index if index >= 0 else self.combo.count() - 1)
        self.raw.setText(value)
        for w in (self.combo, self.raw):
            w.blockSignals(False)
        self.advanced.setChecked(index < 0)  # a value that is no preset is shown, never hidden

    def value(self) -> str:
        data = self.combo.currentData()
        return self.raw.text().strip() if data is None else data

    def _preset_chosen(self) -> None:
        data = self.combo.currentData()
        if data is None:
            self.advanced.setChecked(True)
        else:
            self.raw.setText(data)
        self.changed.emit()

    def _typed(self) -> None:
        index = self.combo.findData(self.raw.text().strip())
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index if index >= 0 else self.combo.count() - 1)
        self.combo.blockSignals(False)
        self.changed.emit()


class NumberRows(QWidget):
    """Rows of numbers under named columns; ``value()`` raises ``ValueError`` naming a cell that is no number."""

    changed = Signal()

    def __init__(self, columns: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("numberRows")
        self.table.setHorizontalHeaderLabels(columns)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda *_a: self.changed.emit())
        self.add = QPushButton(self.tr("Add row"))
        self.add.setObjectName("addRow")
        self.add.clicked.connect(self._add_row)
        self.remove = QPushButton(self.tr("Remove row"))
        self.remove.setObjectName("removeRow")
        self.remove.clicked.connect(self._remove_row)
        self.table.setMinimumWidth(160)
        buttons = QHBoxLayout()  # under the table: a long form in English leaves little width beside it
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_value(self, rows: tuple | list) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows or ():
            self._append([str(v) for v in row])
        self.table.blockSignals(False)
        self._fit()

    def value(self) -> tuple[tuple[Decimal, ...], ...]:
        out = []
        for r in range(self.table.rowCount()):
            texts = [(self.table.item(r, c).text() if self.table.item(r, c) else "").strip()
                     for c in range(self.table.columnCount())]
            if not any(texts):
                continue  # a blank row added and left empty
            try:
                out.append(tuple(Decimal(t) for t in texts))
            except InvalidOperation as exc:
                raise ValueError(" / ".join(texts)) from exc
        return tuple(out)

    def _append(self, texts: list[str]) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate(texts):
            self.table.setItem(r, c, QTableWidgetItem(text))

    def _add_row(self) -> None:
        self._append([""] * self.table.columnCount())
        self._fit()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.changed.emit()

    def _remove_row(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()} or {self.table.rowCount() - 1}, reverse=True)
        for r in rows:
            if r >= 0:
                self.table.removeRow(r)
        self._fit()
        self.changed.emit()

    def _fit(self) -> None:
        """As tall as its rows (up to eight): the settings form scrolls, not the little table."""
        shown = min(max(self.table.rowCount(), 1), 8)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 26 * shown + 4)


def translated(pairs: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    return [(value, QCoreApplication.translate("Params", label)) for value, label in pairs]

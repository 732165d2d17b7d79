"""Inputs of the settings page for parameters that are not a plain number, text or choice.

- :class:`CodeChecklist`: a tuple of codes (ranking categories, excluded fund origins …) as a check list of
  their translated labels, in the order the parameter's ``options`` give; codes it does not know (from a newer
  version or an old database) are kept as they were.
- :class:`PresetText`: a text with ``presets`` (the form of unit codes): a drop-down of the presets with
  examples; any other value is shown, and can be typed, only under a collapsed 高级 (Advanced) part.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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


def translated(pairs: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    return [(value, QCoreApplication.translate("Params", label)) for value, label in pairs]

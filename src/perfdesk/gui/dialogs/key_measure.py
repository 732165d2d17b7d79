"""The finance officer's measure on a key-monitoring item: correct, adjust or withdraw funds, and follow-up."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from perfdesk.core.db.queries_monitoring import KeyItemRow
from perfdesk.core.domain.money import Money, MoneyUnit, parse_amount
from perfdesk.core.services.monitoring import KEY_STATUSES, KeyMeasure
from perfdesk.gui.models.monitoring import status_label


class KeyMeasureDialog(QDialog):
    def __init__(self, item: KeyItemRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Measure for {name}").format(name=item.name))
        self.measure = QComboBox()
        self.measure.addItem(self.tr("(none yet)"), "")
        for m in KeyMeasure:
            self.measure.addItem(m.label(), m.value)
        self.measure.setCurrentIndex(max(0, self.measure.findData(item.measure)))
        self.note = QPlainTextEdit(item.measure_note)
        self.withdrawn = QLineEdit("" if item.withdrawn_fen is None else Money(item.withdrawn_fen).format_wan())
        self.withdrawn.setPlaceholderText(self.tr("10k yuan"))
        self.follow_up = QPlainTextEdit(item.follow_up)
        self.status = QComboBox()
        for code in KEY_STATUSES:
            self.status.addItem(status_label(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(item.status)))
        form = QFormLayout(self)
        form.addRow(self.tr("Measure"), self.measure)
        form.addRow(self.tr("Details"), self.note)
        form.addRow(self.tr("Amount withdrawn (10k yuan)"), self.withdrawn)
        form.addRow(self.tr("Follow-up"), self.follow_up)
        form.addRow(self.tr("Status"), self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, object]:
        """Keyword arguments of :func:`perfdesk.core.services.monitoring.record_measure`."""
        text = self.withdrawn.text().strip()
        return {"measure": self.measure.currentData(), "note": self.note.toPlainText(),
                "withdrawn": parse_amount(text, MoneyUnit.WAN) if text else None,
                "follow_up": self.follow_up.toPlainText(), "status": self.status.currentData()}

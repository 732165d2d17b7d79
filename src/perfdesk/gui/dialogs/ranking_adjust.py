"""Finance's adjustments of a ranking entry: a cut ratio (with an exception reason below the minimum),
probation (reason and rectification owner mandatory), or the decision on a last place left to finance. The services validate; the dialogs only gather input."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from perfdesk.core.domain.enums import Decision
from perfdesk.core.rules.ranking import RankingEntry


def _spin(value: Decimal, minimum: float = 0.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(minimum, 100.0)
    spin.setDecimals(2)
    spin.setSuffix(" %")
    spin.setValue(float(value))
    return spin


class _Base(QDialog):
    def __init__(self, entry: RankingEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        head = QLabel(f"<b>{entry.code}</b> {entry.name}<br>{entry.rule}")
        head.setWordWrap(True)
        self.form.addRow(head)

    def _buttons(self) -> None:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.form.addRow(box)


class CutDialog(_Base):
    """Set the cut ratio; a reason is needed below the minimum or instead of a cancellation."""

    def __init__(self, entry: RankingEntry, minimum_percent: Decimal, parent: QWidget | None = None):
        super().__init__(entry, parent)
        self.setWindowTitle(self.tr("Set the cut ratio"))
        current = entry.cut_ratio * 100 if entry.cut_ratio else minimum_percent
        self.ratio = _spin(current, 0.01)
        self.ratio.setObjectName("cutRatio")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("exceptionReason")
        self.reason.setPlaceholderText(self.tr("Required below the minimum of {minimum}% or instead of cancelling")
                                       .format(minimum=f"{minimum_percent.normalize():f}"))
        self.form.addRow(self.tr("Cut ratio"), self.ratio)
        self.form.addRow(self.tr("Reason for the exception"), self.reason)
        self._buttons()

    def values(self) -> tuple[Decimal, str]:
        return Decimal(str(round(self.ratio.value(), 2))) / 100, self.reason.toPlainText()


class ProbationDialog(_Base):
    """Move to probation (保留察看): reason and the unit leading the rectification are mandatory."""

    def __init__(self, entry: RankingEntry, minimum_percent: Decimal, parent: QWidget | None = None):
        super().__init__(entry, parent)
        self.setWindowTitle(self.tr("Probation"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("probationReason")
        self.owner = QLineEdit(entry.rectification_owner or entry.department)
        self.owner.setObjectName("rectificationOwner")
        current = entry.cut_ratio * 100 if entry.cut_ratio is not None else minimum_percent
        self.ratio = _spin(current)
        self.form.addRow(self.tr("Why it truly cannot be cancelled or cut"), self.reason)
        self.form.addRow(self.tr("Unit leading the rectification plan"), self.owner)
        self.form.addRow(self.tr("Cut kept on probation"), self.ratio)
        self._buttons()

    def values(self) -> tuple[str, str, Decimal]:
        return self.reason.toPlainText(), self.owner.text(), Decimal(str(round(self.ratio.value(), 2))) / 100


class DecideDialog(_Base):
    """Finance's decision on a last place the rule left to it (报财政研究决定): cancel or keep, with the reason."""

    def __init__(self, entry: RankingEntry, parent: QWidget | None = None):
        super().__init__(entry, parent)
        self.setWindowTitle(self.tr("Finance's decision"))
        self.decision = QComboBox()
        self.decision.setObjectName("financeDecision")
        self.decision.addItem(self.tr("Cancel: no budget next year"), Decision.CANCEL.value)
        self.decision.addItem(self.tr("Keep"), Decision.KEEP.value)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("decisionReason")
        self.form.addRow(self.tr("Decision"), self.decision)
        self.form.addRow(self.tr("Reason"), self.reason)
        self._buttons()

    def values(self) -> tuple[Decision, str]:
        return Decision(self.decision.currentData()), self.reason.toPlainText()

"""A slim banner above the pages: "N days without a backup to a folder" with a button to do it now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class ReminderBanner(QFrame):
    backupRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet("#reminderBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }")
        self.label = QLabel()
        self.button = QPushButton(self.tr("Back up to a folder…"))
        self.button.setObjectName("reminderBackup")
        close = QToolButton(text="×", autoRaise=True)
        close.setToolTip(self.tr("Remind me next time"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(close)
        self.button.clicked.connect(self.backupRequested)
        close.clicked.connect(self.hide)
        self.hide()

    def remind(self, days: int | None) -> None:
        """Show the reminder for ``days`` without a folder backup; None hides it."""
        if days is None:
            self.hide()
            return
        self.label.setText(self.tr(
            "No backup to a USB stick or network folder for {days} days. A copy outside this PC protects the data "
            "if the PC fails.").format(days=days))
        self.show()

"""Backup and restore window (File → Backup and restore…): the dated backups beside the database, back up
now, back up to a folder (USB stick, network share), restore the selected backup or a file.

Restoring needs the database closed: the window lets go of it, the service replaces the file (keeping a copy
of what it replaces) and the window opens it again, migrating an older backup after backing it up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db import backup as backups
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.services import maintenance

if TYPE_CHECKING:
    from perfdesk.gui.mainwindow import MainWindow

REASONS = {
    "daily": QT_TRANSLATE_NOOP("BackupDialog", "Daily (automatic)"),
    "manual": QT_TRANSLATE_NOOP("BackupDialog", "By hand"),
    "before-migration": QT_TRANSLATE_NOOP("BackupDialog", "Before upgrading the database"),
    "before-restore": QT_TRANSLATE_NOOP("BackupDialog", "Before a restore"),
    "before-import": QT_TRANSLATE_NOOP("BackupDialog", "Before an import"),
}


def reason_label(reason: str) -> str:
    if reason in REASONS:
        return translate("BackupDialog", REASONS[reason])
    return translate("BackupDialog", "Automatic ({reason})").format(reason=reason)


def size_label(size: int) -> str:
    return f"{size / 1024:,.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:,.1f} MB"


class BackupDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None):
        super().__init__(parent or window)
        assert window.db is not None and window.db.path is not None
        self.window_ = window
        self.db_path: Path = window.db.path
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backup and restore"))
        self.resize(760, 460)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("File")])
        self.list.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Back up now"), self.backup_now),
                           (self.tr("Back up to a folder…"), self.choose_folder),
                           (self.tr("Restore selected…"), self.restore_selected),
                           (self.tr("Restore from a file…"), self.choose_file),
                           (self.tr("Open backups folder"), self.open_folder)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)

    def refresh(self) -> None:
        self.list.clear()
        found = backups.list_backups(self.db_path)
        for item in found:
            reason = reason_label(item.reason) if item.complete else self.tr("{reason} — incomplete, cannot be "
                                                                            "restored").format(reason=reason_label(item.reason))
            row = QTreeWidgetItem([item.taken_at.strftime("%Y-%m-%d %H:%M"), reason,
                                   size_label(item.size), item.path.name])
            row.setData(0, Qt.ItemDataRole.UserRole, str(item.path))
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(row)
        for col in range(3):
            self.list.resizeColumnToContents(col)
        self.where.setText(self.tr("Database: {db}\nBackups are kept in {folder}; automatic ones are pruned to the "
                                   "newest (setting “Automatic backups to keep”), those made by hand stay.")
                           .format(db=self.db_path, folder=backups.backups_dir(self.db_path))
                           + "\n" + self._last_folder_backup())

    def _last_folder_backup(self) -> str:
        from perfdesk.core.config import load_config

        last = load_config().last_folder_backup
        if not last:
            return self.tr("No backup to a folder (USB stick, network share) yet.")
        days = maintenance.days_without_folder_backup(self.db_path)
        return self.tr("Last backup to a folder: {date} ({days} days ago).").format(date=last, days=days)

    # -- actions ----------------------------------------------------------------------------------------
    def backup_now(self) -> Path | None:
        from perfdesk.core.services.access import AccessDenied

        try:
            made = maintenance.backup_now(self.db_path)
        except AccessDenied as exc:  # only the system administrator backs up when the database has accounts
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return None
        self.refresh()
        return made

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to a folder (USB stick, network share)"))
        if folder:
            made = self.backup_to(Path(folder))
            QMessageBox.information(self, self.windowTitle(), self.tr("Backup written: {path}").format(path=made))

    def backup_to(self, folder: Path) -> Path:
        made = maintenance.backup_to_folder(self.db_path, folder)
        self.window_.banner.remind(None)
        self.refresh()
        return made

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item else None

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.confirm_restore(chosen):
            self.restore(chosen)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a file"), str(Path.home()),
                                              self.tr("PerfDesk databases (*.db);;All files (*)"))
        if name and self.confirm_restore(Path(name)):
            self.restore(Path(name))

    def confirm_restore(self, candidate: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore"),
            self.tr("Replace the database in use by {file}?\n\nEverything entered since that backup is replaced. "
                    "The database as it is now is backed up first, so this can be undone.").format(file=candidate.name))
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, candidate: Path) -> Path | None:
        """Close the database, restore ``candidate`` over it (keeping a copy), open it again."""
        from perfdesk.gui import opening

        try:
            maintenance.check_restorable(candidate)
        except Exception as exc:  # noqa: BLE001 - shown; nothing was changed
            QMessageBox.warning(self, self.tr("Restore"), str(exc))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        kept = None
        try:
            opening.close_current(self.window_)
            kept = maintenance.restore(self.db_path, candidate)
        except Exception as exc:  # noqa: BLE001 - e.g. the file is open elsewhere; the database is unchanged
            QMessageBox.warning(self, self.tr("Restore"), str(exc))
        finally:
            QApplication.restoreOverrideCursor()
            opening.start(self.window_, str(self.db_path))  # reopened whether or not the restore happened
        self.refresh()
        return kept

    def open_folder(self) -> None:
        folder = backups.backups_dir(self.db_path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

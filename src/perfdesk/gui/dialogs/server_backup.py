"""File → Backup for a database on a PostgreSQL server: the server's data is not a file to copy here, so PerfDesk
offers a ``pg_dump`` into a folder when this PC has it, and says plainly what to do when it has not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from perfdesk.core.db.engine import Database
from perfdesk.core.db.server import ServerBackupUnavailable, find_pg_dump, local_folder
from perfdesk.core.i18n import translate


def back_up_server(parent: QWidget, db: Database) -> None:
    title = translate("ServerBackup", "Back up the server database")
    if find_pg_dump() is None:
        QMessageBox.information(parent, title, str(ServerBackupUnavailable()))
        return
    folder = QFileDialog.getExistingDirectory(parent, title, str(local_folder(db.url) / "backups"))
    if not folder:
        return
    from perfdesk.core.services.maintenance import backup_server

    try:
        made = backup_server(db, Path(folder))
    except (OSError, ValueError) as exc:
        QMessageBox.warning(parent, title, str(exc))
        return
    QMessageBox.information(parent, title, translate(
        "ServerBackup", "Backup written: {path}\nRestore it on the server with pg_restore.").format(path=made))

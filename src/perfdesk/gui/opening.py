"""Opening a database for the main window after it is on screen.

``start(window, location)`` shows "Opening the database…" in the window, then opens the database on the
background worker (daily backup; backup and migration of an older schema) with a progress dialog when that
takes a while, and attaches it to the window. The window, its navigation and the message paint first:
SQLAlchemy is imported on the worker, not on the way to the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from perfdesk.core.i18n import translate
from perfdesk.gui.tasks import run_task

if TYPE_CHECKING:
    from perfdesk.core.db.engine import Database
    from perfdesk.gui.mainwindow import MainWindow

OPEN_ERRORS = ("NewerDatabaseError", "DatabaseInUse", "ValueError", "OSError", "DatabaseError")


def start(window: MainWindow, location: str, *, on_failed: Callable[[BaseException], None] | None = None,
          remember_it: bool = False, then: Callable[[], None] | None = None) -> None:
    """Open ``location`` (file or URL) into ``window``; on failure explain why, then call ``on_failed``.
    ``remember_it``: once open, make it the database PerfDesk opens next time; ``then``: what to do once open."""
    window.show_waiting(translate("Opening", "Opening the database…"))

    def work(progress):  # type: ignore[no-untyped-def]
        from perfdesk.core.services.maintenance import open_for_use

        return open_for_use(location, progress=progress)

    def failed(exc: BaseException, _trace: str) -> None:
        if not _expected(exc):
            raise exc
        from perfdesk.core.db.faults import explain

        window.show_waiting(translate("Opening", "No database is open."))
        QMessageBox.critical(window, translate("Opening", "PerfDesk"), explain(exc, location) or str(exc))
        if on_failed:
            on_failed(exc)

    def done(db: Database) -> None:
        if remember_it:
            remember(location)
        opened(window, db)
        if then is not None:
            then()

    run_task(window, work, done, failed,
             title=translate("Opening", "Opening the database…"), cancellable=False, busy=True)


def _expected(exc: BaseException) -> bool:
    return any(cls.__name__ in OPEN_ERRORS for cls in type(exc).__mro__)


def opened(window: MainWindow, db: Database) -> None:
    from perfdesk.gui.dialogs.login import sign_in
    from perfdesk.gui.idle import watch

    if not sign_in(db, window):  # a database with accounts: nobody sees it before signing in
        db.close()
        window.show_waiting(translate("Opening", "Not signed in. Open the database again to sign in."))
        return
    window.attach_database(db)
    watch(window)
    if db.path is not None:
        from perfdesk.core.services.maintenance import folder_backup_reminder

        window.banner.remind(folder_backup_reminder(db.path))


def close_current(window: MainWindow) -> None:
    db = window.detach_database()
    if db is not None:
        db.close()


def choose_and_open(window: MainWindow) -> None:
    """File → Open database…: pick a file, close the current one, open the new one and remember it."""
    current = window.db.path if window.db is not None and window.db.path else None
    name, _ = QFileDialog.getOpenFileName(
        window, translate("Opening", "Open database"), str(current.parent if current else Path.home()),
        translate("Opening", "PerfDesk databases (*.db);;All files (*)"))
    if not name:
        return
    previous = str(current) if current else None
    close_current(window)
    start(window, name, remember_it=True, on_failed=lambda _exc: previous and start(window, previous))


def choose_server_and_open(window: MainWindow) -> None:
    """File → Open server database…: a PostgreSQL database on the office server, given by its address
    (``postgresql://user@host/database``; the password from PostgreSQL's password file or typed in the address,
    never remembered)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from perfdesk.core.db.server import without_password

    current = window.db.url if window.db is not None and window.db.on_server else ""
    url, ok = QInputDialog.getText(
        window, translate("Opening", "Open server database"),
        translate("Opening", "Address of the PostgreSQL database (ask the administrator), e.g.\n"
                  "postgresql://username@server-name/perfdesk"), QLineEdit.EchoMode.Normal,
        without_password(current))
    url = url.strip()
    if not ok or not url:
        return
    if not url.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        QMessageBox.warning(window, translate("Opening", "Open server database"), translate(
            "Opening", "A server database's address starts with postgresql://"))
        return
    previous = (str(window.db.path) if window.db.path else window.db.url) if window.db is not None else None
    close_current(window)
    start(window, url, remember_it=True, on_failed=lambda _exc: previous and start(window, previous))


def remember(location: str) -> None:
    from perfdesk.core.config import load_config, save_config
    from perfdesk.core.db.server import without_password

    config = load_config()
    config.database = without_password(location)
    save_config(config)

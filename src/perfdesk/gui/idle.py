"""Idle logout: no key or mouse for the settings' minutes signs the person out and asks for the login again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from perfdesk.core.rules.params import AccountParams
from perfdesk.core.services import access, accounts, settings

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class IdleWatcher(QObject):
    """Watches the application's input; ``check()`` (every 30 s) locks when idle too long."""

    def __init__(self, window: QObject, *, clock: Callable[[], dt.datetime] = dt.datetime.now):
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.last = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY:
            self.last = self.clock()
        return False

    def check(self) -> bool:
        db = getattr(self.window, "db", None)
        if db is None or access.signed_in(db.engine) is None:
            return False
        with db.sessions() as session:
            params = settings.load(session, AccountParams)
        if not accounts.idle_expired(self.last, self.clock(), params):
            return False
        who = access.signed_in(db.engine)
        access.sign_out(db.engine)
        lock(self.window, who.login if who else "")
        self.last = self.clock()
        return True

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def lock(window: QObject, login: str) -> None:
    """Hide the data and ask for the login again; cancelled: the database is closed."""
    from perfdesk.gui.dialogs.login import LoginDialog
    from perfdesk.gui.opening import close_current

    central = window.centralWidget()  # type: ignore[attr-defined]
    central.setVisible(False)
    accepted = LoginDialog(window.db, window, login=login).exec() == LoginDialog.DialogCode.Accepted  # type: ignore[arg-type, attr-defined]
    central.setVisible(True)
    if not accepted:
        close_current(window)  # type: ignore[arg-type]


def watch(window: QObject) -> None:
    """Start watching for idleness when the open database has accounts (once per window)."""
    db = getattr(window, "db", None)
    if db is None or getattr(window, "idle_watcher", None) is not None:
        return
    with db.sessions() as session:
        if accounts.enabled(session):
            window.idle_watcher = IdleWatcher(window)  # type: ignore[attr-defined]

"""GUI entry point: QApplication, translators, crash handler, the main window, then the database.

The window is painted first (navigation and "Opening the database…"); the database is opened right after on
the background worker (daily backup, backup and migration of an older schema, with a progress dialog when it
takes a while) and the first page is filled. SQLAlchemy, pandas and reportlab stay off the path to the first
paint. ``--startup-probe`` (used by bench/startup.py and bench/bundle.py) prints ``shown`` after the first paint
and ``filled`` once the first page shows its data, then quits.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import perfdesk


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="perfdesk")
    parser.add_argument("--db", default=None)
    parser.add_argument("--lang", default=None)
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def main(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from perfdesk.gui import i18n as gui_i18n

    args = parse_args(sys.argv[1:] if argv is None else argv)
    QCoreApplication.setOrganizationName(perfdesk.ORG_NAME)
    QCoreApplication.setApplicationName(perfdesk.APP_NAME)
    QCoreApplication.setApplicationVersion(perfdesk.__version__)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    gui_i18n.install(app, args.lang or gui_i18n.preferred_language())
    sys.excepthook = _crash
    from PySide6.QtGui import QIcon

    from perfdesk.core.paths import resources_dir
    from perfdesk.gui.mainwindow import MainWindow

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "perfdesk.png")))
    window = MainWindow()
    window.show()
    app.processEvents()  # paint the window before the database work starts
    status = {"code": 0}
    if args.startup_probe:
        _probe(window)
    QTimer.singleShot(0, lambda: _open(window, args.db, status))
    try:
        code = app.exec()
    finally:
        if window.db is not None:
            window.db.close()
    return _leave(status["code"] or code)


def _leave(code: int) -> int:
    """End the process without Python's interpreter finalisation.

    PySide6 6.12 can crash while Python tears its objects down after the event loop ("none_dealloc: deallocating
    None", seen after the evaluation page was shown). The database is closed and the settings are written by
    now, so nothing is lost, but on Windows the user would see a crash report. ``os._exit`` skips that teardown.
    """
    import os

    from PySide6.QtCore import QSettings

    QSettings().sync()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _crash(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.gui.dialogs.errors import show_crash  # imported when needed: keeps start-up short

    show_crash(exc_type, exc, tb)


def _open(window, location: str | None, status: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from perfdesk.gui import opening

    def give_up(_exc: BaseException) -> None:  # the first database could not be opened: nothing to show
        status["code"] = 1
        QApplication.instance().quit()

    window.add_shortcuts()
    opening.start(window, location or default_location(), on_failed=give_up)


def default_location() -> str:
    from perfdesk.core.config import load_config

    return load_config().database_location


def _probe(window) -> None:  # type: ignore[no-untyped-def]
    """``shown`` after the first paint, ``filled`` once the database is attached, ``home`` once the home page shows
    its figures, ``warm`` once the next page's modules are imported behind it, then ``projects`` once the project list
(one click away) is filled; then quit."""
    from PySide6.QtWidgets import QApplication

    heavy = [m for m in ("sqlalchemy", "pandas", "numpy", "reportlab", "alembic") if m in sys.modules]
    print("shown", *heavy, flush=True)

    def projects() -> None:
        window.show_area("targets")
        QApplication.instance().processEvents()
        print("projects", flush=True)
        QApplication.instance().quit()

    def home_filled() -> None:
        from perfdesk.gui.pages.home import warm_up

        QApplication.instance().processEvents()
        print("home", flush=True)
        warming = warm_up()  # a person reads the home page before clicking: let the warm-up finish first
        if warming is not None:
            warming.join()
        print("warm", flush=True)
        projects()

    def filled(_db: object) -> None:
        QApplication.instance().processEvents()
        print("filled", flush=True)
        home = window.pages.get("home")
        if home is None or getattr(home, "figures", None) is not None or not hasattr(home, "filled"):
            home_filled()  # already filled inline (or no home page)
        else:
            home.filled.connect(home_filled)

    window.databaseAttached.connect(filled)

if __name__ == "__main__":
    raise SystemExit(main())

"""GUI entry point: QApplication, translators, crash handler, opening the database, main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import perfdesk


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="perfdesk")
    parser.add_argument("--db", default=None)
    parser.add_argument("--lang", default=None)
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def main(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from perfdesk.gui import i18n as gui_i18n
    from perfdesk.gui.dialogs.errors import show_crash

    args = parse_args(sys.argv[1:] if argv is None else argv)
    QCoreApplication.setOrganizationName(perfdesk.ORG_NAME)
    QCoreApplication.setApplicationName(perfdesk.APP_NAME)
    QCoreApplication.setApplicationVersion(perfdesk.__version__)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    gui_i18n.install(app, args.lang or gui_i18n.preferred_language())
    sys.excepthook = show_crash
    db = open_for_gui(args.db)
    if db is None:
        return 1
    from perfdesk.gui.mainwindow import MainWindow

    window = MainWindow(db)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
        _ = QMessageBox  # keep import for type checkers


def open_for_gui(location: str | None):  # type: ignore[no-untyped-def]
    """Open the database for the GUI: daily backup and migration; errors shown in a dialog."""
    from PySide6.QtWidgets import QMessageBox

    from perfdesk.core.config import load_config
    from perfdesk.core.db.engine import NewerDatabaseError, open_database
    from perfdesk.core.db.lock import DatabaseInUse
    from perfdesk.core.i18n import translate
    from perfdesk.core.services.maintenance import daily_backup

    path = location or str(load_config().database_path)
    try:
        if "://" not in path and Path(path).exists():
            daily_backup(Path(path))
        return open_database(path)
    except (NewerDatabaseError, DatabaseInUse, ValueError, OSError) as exc:
        QMessageBox.critical(None, translate("App", "PerfDesk"), str(exc))
        return None


if __name__ == "__main__":
    raise SystemExit(main())

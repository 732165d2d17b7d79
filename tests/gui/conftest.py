from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _chinese_ui(qapp):  # type: ignore[no-untyped-def]
    """GUI tests run with the Chinese catalogue, as users see it."""
    from PySide6.QtCore import QCoreApplication

    from perfdesk.gui import i18n as gui_i18n

    QCoreApplication.setOrganizationName("PerfDeskTests")
    gui_i18n.install(qapp, "zh_CN")
    yield
    gui_i18n.install(qapp, "en")


@pytest.fixture(autouse=True)
def _keep_widgets_alive(qtbot):  # type: ignore[no-untyped-def]
    """pytest-qt holds added widgets only weakly; a fixture that returns a page of a window it built would lose
    the window (and the page with it) when the fixture returns. Keep them until the test ends."""
    kept: list = []
    original = qtbot.addWidget

    def add_widget(widget, *args, **kwargs):  # type: ignore[no-untyped-def]
        kept.append(widget)
        return original(widget, *args, **kwargs)

    qtbot.addWidget = add_widget
    yield
    kept.clear()


@pytest.fixture
def demo_window(qtbot, demo_db):  # type: ignore[no-untyped-def]
    """The main window over the demo database, shown, with background tasks run inline (and back to threads
    afterwards, whatever the test did)."""
    from perfdesk.gui.mainwindow import MainWindow
    from perfdesk.gui.tasks import Tasks

    Tasks.inline = True
    try:
        window = MainWindow(demo_db)
        qtbot.addWidget(window)
        window.show()
        yield window
    finally:
        Tasks.inline = False


@pytest.fixture
def scenario_database(empty_db_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A factory: a database with the projects of :mod:`tests.services.scenario`, background tasks run inline and
    task errors raised in the test instead of shown in a dialog."""
    from perfdesk.core.db.engine import open_database
    from perfdesk.gui.tasks import Tasks
    from tests.services.scenario import build

    def fail(_parent, exc):  # type: ignore[no-untyped-def]
        raise exc

    monkeypatch.setattr("perfdesk.gui.tasks._show_error", fail)
    opened = []

    def make(projects):  # type: ignore[no-untyped-def]
        db = open_database(empty_db_path)
        build(db, projects)
        opened.append(db)
        return db

    Tasks.inline = True
    yield make
    Tasks.inline = False
    for db in opened:
        db.close()


@pytest.fixture
def make_window(qtbot):  # type: ignore[no-untyped-def]
    """A factory of main windows over a database, shown, with background tasks run inline until the test ends."""
    from perfdesk.gui.mainwindow import MainWindow
    from perfdesk.gui.tasks import Tasks

    def make(db):  # type: ignore[no-untyped-def]
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        return window

    Tasks.inline = True
    try:
        yield make
    finally:
        Tasks.inline = False


@pytest.fixture
def window(qtbot, demo_db):  # type: ignore[no-untyped-def]
    """The main window over the demo database at an office screen's size (1366×768), shown."""
    from perfdesk.gui.mainwindow import MainWindow

    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


@pytest.fixture(autouse=True)
def _letterhead_left_for_later(monkeypatch):  # type: ignore[no-untyped-def]
    """The letterhead dialog (asked at a session's first print while county, 发文机关 or 文号 prefix is empty) is
    answered 暂不填写, so printing goes on; the tests of that dialog patch it themselves."""
    from perfdesk.gui.dialogs import letterhead

    monkeypatch.setattr(letterhead.LetterheadDialog, "exec", lambda self: 0)


@pytest.fixture(autouse=True)
def _background_work_finished():  # type: ignore[no-untyped-def]
    """No test starts while another's background work still runs."""
    yield
    from tests.conftest import wait_for_gui_work

    wait_for_gui_work()


@pytest.fixture(autouse=True)
def _message_boxes_answered(monkeypatch):  # type: ignore[no-untyped-def]
    """A message box shown with ``exec`` (the offer to open a written file, …) is closed at once and nothing is
    opened outside the test; tests that answer one patch ``exec`` themselves (theirs wins, being set later)."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda self: int(QMessageBox.StandardButton.Close))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)

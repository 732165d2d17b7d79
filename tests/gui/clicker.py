"""Click every enabled button and action a person can reach, with every dialog answered automatically.

Used by ``test_click_everything.py``: each page (and each tab of it) is shown, and every visible, enabled push
button, tool button and action is triggered, first with nothing selected and then with rows of the page's lists
selected. Modal dialogs never block: message boxes answer "Yes"/"OK", input dialogs give a short text, file
dialogs are cancelled, and any other dialog is rejected (``accept_dialogs`` accepts them as they are instead).
An exception raised in a slot fails the test (pytest-qt captures it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QRadioButton,
    QTabWidget,
    QWidget,
)

COMMENT = "自动测试：请补充说明"  # long enough for any "reason required" rule

# Buttons whose action leaves the window or the app (tested on their own elsewhere).
SKIP_NAMES = {"quitButton"}
SKIP_TEXTS = ("退出", "Quit", "&Quit")


@contextmanager
def answered_dialogs(monkeypatch: pytest.MonkeyPatch, *, accept_dialogs: bool = False) -> Iterator[list[str]]:
    """Every modal dialog returns at once; yields the list of dialog titles/texts that were shown."""
    shown: list[str] = []
    yes = QMessageBox.StandardButton.Yes

    def box(*args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(" ".join(str(a) for a in args[1:3]))
        return yes

    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(box))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (shown.append(self.text()), int(yes))[1])
    def dialog(self):  # type: ignore[no-untyped-def]
        shown.append(self.windowTitle())
        return 1 if accept_dialogs else 0

    for cls in (QDialog, QPrintDialog, QPageSetupDialog):  # the dialogs that bind an exec() of their own
        monkeypatch.setattr(cls, "exec", dialog)
    monkeypatch.setattr(QMenu, "exec", lambda self, *a, **k: None)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (COMMENT, True)))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: (COMMENT, True)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (0, False)))
    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(lambda *a, **k: (0.0, False)))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    yield shown


def _reachable(widget: QWidget) -> bool:
    """Shown on screen and enabled (a dialog left behind as a hidden child does not count)."""
    return widget.isVisible() and widget.isEnabled()


def buttons_of(root: QWidget) -> list[QAbstractButton]:
    """Push and tool buttons a person can click now (check boxes and radio buttons are inputs, not actions)."""
    out = []
    for button in root.findChildren(QAbstractButton):
        if isinstance(button, (QCheckBox, QRadioButton)) or not _reachable(button):
            continue
        if button.objectName() in SKIP_NAMES or button.text() in SKIP_TEXTS:
            continue
        if button.objectName().startswith("qt_"):  # Qt's own (tab scrollers, spin arrows)
            continue
        out.append(button)
    return out


def click_all(root: QWidget, qtbot, clicked: list[str]) -> None:  # type: ignore[no-untyped-def]
    for button in buttons_of(root):
        if not _reachable(button):  # an earlier click may have hidden or disabled it
            continue
        clicked.append(button.text() or button.objectName() or button.toolTip())
        button.click()
        QApplication.processEvents()


def tab_widgets(root: QWidget) -> list[QTabWidget]:
    return [t for t in root.findChildren(QTabWidget) if t.isVisible()]


def item_views(root: QWidget) -> list[QAbstractItemView]:
    return [v for v in root.findChildren(QAbstractItemView)
            if _reachable(v) and v.model() is not None and v.model().rowCount() > 0]


def exercise(root: QWidget, qtbot, clicked: list[str], *, rows: int = 3, depth: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Click everything on ``root`` with nothing selected, then with each of the first ``rows`` rows of each
    list selected; then the same in every tab."""
    for view in item_views(root):
        view.clearSelection()
    click_all(root, qtbot, clicked)
    for view in item_views(root):
        for row in range(min(rows, view.model().rowCount())):
            if not _reachable(view) or row >= view.model().rowCount():
                break
            view.setCurrentIndex(view.model().index(row, 0))
            view.selectRow(row) if hasattr(view, "selectRow") else None
            QApplication.processEvents()
            click_all(root, qtbot, clicked)
    if depth > 1:
        return
    for tabs in tab_widgets(root):
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index):
                continue
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            exercise(tabs.widget(index), qtbot, clicked, rows=rows, depth=depth + 1)


def exercise_window(window, qtbot, *, rows: int = 3) -> list[str]:  # type: ignore[no-untyped-def]
    """Every page of the main window, then the window's own menu actions (quitting excluded)."""
    clicked: list[str] = []
    for key in list(window._keys):
        page = window.show_area(key)
        QApplication.processEvents()
        exercise(page, qtbot, clicked, rows=rows)
    for action in window.menuBar().actions():
        menu = action.menu()
        for sub in (menu.actions() if menu else []):
            if sub.isEnabled() and not sub.isSeparator() and sub is not getattr(window, "quit_action", None):
                clicked.append(sub.text())
                sub.trigger()
                QApplication.processEvents()
    return clicked

"""Every page fits an ordinary office screen: at 1366×768 in Chinese and English and at 1024×768 in Chinese, no
action button lies outside the visible window, and the window never opens larger than the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.clicker import buttons_of, tab_widgets

SIZES = [(1366, 768, "zh_CN"), (1366, 768, "en"), (1024, 768, "zh_CN")]


def _outside(window: QWidget, root: QWidget) -> list[str]:
    """Buttons on ``root`` (and in each of its tabs) not wholly inside the window, or squeezed to nothing."""
    visible = QRect(QPoint(0, 0), window.size())
    bad = []
    for button in buttons_of(root):
        rect = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        clipped = button.visibleRegion().boundingRect()
        if not visible.contains(rect) or clipped.width() < button.width() - 1 or button.width() < 16:
            bad.append(f"{type(root).__name__}: {button.text() or button.objectName()!r} at {rect.getRect()}")
    for tabs in tab_widgets(root):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            bad += _outside(window, tabs.widget(index))
    return bad


@pytest.mark.parametrize(("width", "height", "language"), SIZES)
def test_no_action_button_lies_outside_the_window(qtbot, demo_db, width, height, language):
    from perfdesk.gui import i18n as gui_i18n
    from perfdesk.gui.mainwindow import MainWindow

    gui_i18n.install(QApplication.instance(), language)
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    QApplication.processEvents()
    assert window.width() <= width and window.height() <= height, "the window's minimum size exceeds the screen"
    bad: list[str] = []
    for key in window._keys:
        page = window.show_area(key)
        QApplication.processEvents()
        bad += _outside(window, page)
    assert not bad, "\n".join(bad)


def test_a_window_remembered_from_a_bigger_screen_is_fitted_to_this_one():
    from perfdesk.gui.mainwindow import fitted

    available = QRect(0, 0, 1366, 728)  # 1366×768 less the taskbar
    assert fitted(QRect(300, 200, 1642, 900), available) == QRect(0, 0, 1366, 728)
    assert fitted(QRect(900, 500, 1000, 600), available) == QRect(366, 128, 1000, 600)
    assert fitted(QRect(10, 10, 800, 600), available) == QRect(10, 10, 800, 600)


def test_on_a_narrow_window_the_unit_tree_collapses_and_opens_floating_on_request(qtbot, demo_db):
    from perfdesk.gui.mainwindow import MainWindow

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    QApplication.processEvents()
    assert not window.unit_dock.isVisible()
    toggle = window.unit_dock.toggleViewAction()
    assert toggle in window.toolbar.actions()
    toggle.trigger()
    assert window.unit_dock.isVisible() and window.unit_dock.isFloating()
    window.resize(1366, 700)
    QApplication.processEvents()
    assert window.unit_dock.isVisible()  # the person's choice stands

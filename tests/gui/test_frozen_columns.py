"""Key columns stay in sight on wide grids: the frozen overlay shows the first columns of the same model and
selection, follows scrolling, widths and sorting, and steps aside when the window is too narrow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from perfdesk.gui.widgets.frozen import FrozenColumns


def _warnings(window, qtbot):  # type: ignore[no-untyped-def]
    page = window.show_area("monitoring")
    page.tabs.setCurrentIndex(1)
    view: QTableView = page.warning_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 20)
    return page, view, view.frozen


def test_the_code_and_name_stay_in_sight_when_the_warning_list_scrolls_right(window, qtbot):
    _page, view, frozen = _warnings(window, qtbot)
    assert isinstance(frozen, FrozenColumns) and frozen.model() is view.model()
    assert frozen.selectionModel() is view.selectionModel()
    shown = [c for c in range(view.model().columnCount()) if not frozen.isColumnHidden(c)]
    assert shown == [0, 1, 2]
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    qtbot.wait(10)
    assert view.horizontalScrollBar().value() > 0
    assert frozen.isVisible() and frozen.width() == sum(view.columnWidth(c) for c in range(3))
    view.verticalScrollBar().setValue(10)
    assert frozen.verticalScrollBar().value() == 10  # rows stay side by side


def test_a_click_on_a_frozen_cell_selects_the_row_and_its_header_sorts_the_list(window, qtbot):
    page, view, frozen = _warnings(window, qtbot)
    rect = frozen.visualRect(frozen.model().index(3, 1))
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [i.row() for i in view.selectionModel().selectedRows()] == [3]
    header = frozen.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2))
    assert view.horizontalHeader().sortIndicatorSection() == 1
    codes = [view.model().index(r, 1).data() for r in range(view.model().rowCount())]
    assert codes == sorted(codes) or codes == sorted(codes, reverse=True)


def test_a_narrow_list_freezes_only_the_columns_that_fit_and_none_when_the_first_is_too_wide(window, qtbot):
    _page, view, frozen = _warnings(window, qtbot)
    assert frozen.shown == 3
    view.setColumnWidth(2, view.viewport().width())  # the project's name no longer fits in half the list
    assert frozen.isVisible() and frozen.shown == 2 and frozen.isColumnHidden(2)
    view.setColumnWidth(0, view.viewport().width())
    assert not frozen.isVisible()
    view.setColumnWidth(0, 80)
    view.setColumnWidth(2, 200)
    assert frozen.isVisible() and frozen.shown == 3


def test_wide_grids_freeze_their_key_columns(window, qtbot):
    targets = window.show_area("targets")
    grids = [g for g in targets.findChildren(QTableView) if g.objectName() == "indicatorGrid"]
    assert grids and grids[0].frozen.count == 4
    ranking = window.show_area("ranking")
    tables = [t for t in ranking.findChildren(QTableView) if isinstance(getattr(t, "frozen", None), FrozenColumns)]
    assert all(t.frozen.count == 3 for t in tables)

"""A search box on every list that had none, and lists of units in unit-code order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from perfdesk.core.domain.ordering import natural_key
from perfdesk.gui.widgets.search import SearchBox


def _shown_rows(view: QTableView) -> list[int]:
    return [r for r in range(view.model().rowCount()) if not view.isRowHidden(r)]


def _search_of(widget) -> SearchBox:  # type: ignore[no-untyped-def]
    boxes = widget.findChildren(SearchBox)
    assert len(boxes) == 1
    return boxes[0]


def test_typing_in_the_unit_ranking_search_keeps_only_matching_rows(window, qtbot):
    page = window.show_area("evaluation")
    ranking = next(w for w in page.findChildren(object) if type(w).__name__ == "RankingTab")
    ranking.set_context(page.ctx)
    table, box = ranking.table, _search_of(ranking)
    total = table.rowCount()
    unit = table.item(total - 1, 0).text()
    box.setText(unit)  # as typing does (the test keyboard types no Chinese)
    shown = _shown_rows(table)
    assert 0 < len(shown) < total and all(table.item(r, 0).text() == unit for r in shown)
    box.clear()
    assert len(_shown_rows(table)) == total


def test_the_key_monitoring_list_and_the_ranking_lists_have_a_search_box(window, qtbot):
    monitoring = window.show_area("monitoring")
    assert monitoring.key_search.view() is monitoring.key_view
    ranking = window.show_area("ranking")
    qtbot.mouseClick(ranking.rank_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ranking.tabs.count() > 0, timeout=20000)
    table = ranking.tabs.currentWidget()
    code = table.model().index(0, 1).data()
    qtbot.keyClicks(ranking.list_search, code)
    assert _shown_rows(table) == [0]


def test_the_review_queue_and_the_findings_list_have_a_search_box(window):
    page = window.show_area("targets")
    names = {type(w).__name__ for w in page.findChildren(SearchBox, "listSearch")
             for w in [w.parent()] if w is not None}
    assert {"ReviewQueue", "ChecksTab"} <= names


def test_the_dashboard_lists_units_by_unit_code_in_natural_order(window, qtbot, demo_db):
    from perfdesk.core.db import queries as q

    page = window.show_area("monitoring")
    units = page.dashboard.units
    qtbot.waitUntil(lambda: units.rowCount() > 5)
    with demo_db.sessions() as s:
        code_of = {u.name: u.code for u in q.units(s)}
    codes = [code_of[units.item(r, 0).text()] for r in range(units.rowCount())]
    assert codes == sorted(codes, key=natural_key)

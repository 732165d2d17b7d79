"""The monitoring page over the tiny demo database: dashboard, warning filter, drill-down, entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from perfdesk.core.db import queries_monitoring as qm
from perfdesk.core.domain.enums import WarningLevel
from perfdesk.gui.mainwindow import MainWindow
from perfdesk.gui.models.monitoring import FILTERS, PROGRESS_COLUMNS
from perfdesk.gui.tasks import Tasks


@pytest.fixture
def page(qtbot, demo_db):  # type: ignore[no-untyped-def]
    Tasks.inline = True
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("monitoring")
    page.round_combo.setCurrentIndex(page.round_combo.findData(_july(demo_db)))
    yield page
    Tasks.inline = False


def _july(db) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return next(r.id for r in qm.rounds(s, 2025) if r.as_of.month == 7)


def shown_levels(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.warning_model.index(r, 0).data() for r in range(page.warning_model.rowCount())]


def test_the_warning_list_filters_by_level_and_by_text(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    total = page.warning_model.rowCount()
    counts = page.warnings.counts()
    assert total == 40 and counts["red"] > 0 and counts["yellow"] > 0
    page.filter.setCurrentIndex(FILTERS.index("red"))
    assert page.warning_model.rowCount() == counts["red"]
    assert set(shown_levels(page)) == {WarningLevel.RED.label()}
    page.filter.setCurrentIndex(FILTERS.index("warned"))
    assert page.warning_model.rowCount() == counts["red"] + counts["yellow"]
    name = page.warning_model.index(0, 2).data()
    page.search.setText(name)
    qtbot.waitUntil(lambda: page.warning_model.rowCount() == 1)
    assert page.warning_model.index(0, 2).data() == name
    page.search.clear()
    page.filter.setCurrentIndex(FILTERS.index("all"))
    qtbot.waitUntil(lambda: page.warning_model.rowCount() == total)


def test_sorting_by_lag_uses_the_numbers(page) -> None:  # type: ignore[no-untyped-def]
    page.warning_view.sortByColumn(9, Qt.SortOrder.DescendingOrder)
    lags = [float(page.warning_model.index(r, 9).data()) for r in range(page.warning_model.rowCount())]
    assert lags == sorted(lags, reverse=True) and lags[0] >= 40


def test_the_dashboard_counts_match_the_warnings(page) -> None:  # type: ignore[no-untyped-def]
    counts = page.warnings.counts()
    assert page.dashboard.counts["red"].text() == str(counts["red"])
    assert page.dashboard.counts["time"].text() == "58.08%"
    assert page.dashboard.units.rowCount() == len(page.warnings.by_unit)
    assert len(page.dashboard.chart.series()) == 2


def test_selecting_a_project_drills_down_to_its_indicators_and_saves_entries(page) -> None:  # type: ignore[no-untyped-def]
    page.warning_view.selectRow(0)
    model = page.progress_model
    assert model.rowCount() > 0 and page.project_id is not None
    column = PROGRESS_COLUMNS.index("progress_text")
    model.setData(model.index(0, column), "99处")
    page.save_progress()
    with page.ctx.db.sessions() as s:
        saved = qm.indicator_progress(s, page.round_id(), page.project_id)
    assert saved[0].progress_text == "99处"

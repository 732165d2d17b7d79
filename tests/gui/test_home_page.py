"""The home page (工作台): the window's first page shows the year's figures; clicking one opens the list behind it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from perfdesk.core.services import home


def _home(window):  # type: ignore[no-untyped-def]
    page = window.page("home")
    assert window.stack.currentWidget() is page  # the first page
    return page


def test_the_home_page_shows_the_years_figures_from_the_home_service(demo_window, demo_db):
    page = _home(demo_window)
    with demo_db.sessions() as s:
        f = home.figures(s, year=demo_window.context().year, as_of=page.today)
    t = f.targets.counts
    buttons = page.figure_buttons
    assert buttons["targets.submitted"].text().startswith(f"{t.submitted}\n")
    assert buttons["targets.approved"].text().startswith(f"{t.approved}\n")
    assert buttons["monitoring.red"].text().startswith(f"{f.monitoring.red}\n") and f.monitoring.red > 0
    assert buttons["monitoring.yellow"].text().startswith(f"{f.monitoring.yellow}\n")
    assert buttons["selfeval.done"].text().startswith(f"{f.selfeval.done}/{f.projects}\n")
    assert "未销号" in buttons["ledger.open"].text()  # Chinese labels
    waiting = page.findChild(type(buttons["targets.submitted"]), "waiting_targets_submitted")
    assert waiting.text() == f"{t.submitted}个绩效目标待审核"
    assert page.target_chart.series() and page.grade_chart.series()


def test_clicking_a_figure_opens_the_page_tab_and_filter_behind_it(demo_window, qtbot):
    page = _home(demo_window)
    qtbot.mouseClick(page.figure_buttons["monitoring.red"], Qt.MouseButton.LeftButton)
    monitoring = demo_window.pages["monitoring"]
    assert demo_window.stack.currentWidget() is monitoring
    assert monitoring.tabs.currentWidget() is monitoring.warning_tab
    assert monitoring.filter.currentData() == "red"
    assert monitoring.round_id() == page.figures.monitoring.round_id
    assert monitoring.warning_model.rowCount() == page.figures.monitoring.red

    demo_window.show_area("home")
    qtbot.mouseClick(page.figure_buttons["targets.submitted"], Qt.MouseButton.LeftButton)
    targets = demo_window.pages["targets"]
    assert demo_window.stack.currentWidget() is targets and targets.tabs.currentWidget() is targets.queue

    demo_window.show_area("home")
    qtbot.mouseClick(page.figure_buttons["ledger.overdue"], Qt.MouseButton.LeftButton)
    results = demo_window.pages["results"]
    assert demo_window.stack.currentWidget() is results and results.ledger.overdue.isChecked()

    demo_window.show_area("home")
    qtbot.mouseClick(page.figure_buttons["selfeval.submitted"], Qt.MouseButton.LeftButton)
    evaluation = demo_window.pages["evaluation"]
    assert demo_window.stack.currentWidget() is evaluation and evaluation.tabs.currentWidget() is evaluation.entry


def test_the_brief_button_writes_the_one_page_brief(demo_window, tmp_path):
    page = _home(demo_window)
    page.write_brief(tmp_path / "brief.pdf")
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")
    assert "brief.pdf" in page.status.text()


def test_on_a_database_with_a_year_but_no_projects_the_home_page_says_what_to_do_first(qtbot, db):
    """(With no year at all the first-day screen comes first: tests/gui/test_first_day.py.)"""
    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.services.years import create_year
    from perfdesk.gui.mainwindow import MainWindow
    from perfdesk.gui.pages.base import PageContext
    from perfdesk.gui.tasks import Tasks

    with UnitOfWork(db.sessions, "tester") as uow:
        create_year(uow, 2026)
        uow.commit()
    Tasks.inline = True
    try:
        window = MainWindow(db)  # the window opens on the first-day screen; the home page, asked for, says the same
        qtbot.addWidget(window)
        window.show()
        page = window.page("home")
        window.stack.setCurrentWidget(page)
        page.set_context(PageContext(db, 2026, None))
    finally:
        Tasks.inline = False
    assert page.figures is None and page.empty.isVisible() and not page.scroll.isVisible()
    assert "导入" in page.empty.text() and not page.brief_button.isEnabled()
    assert page.figure_buttons == {}


def test_the_figures_are_as_of_the_pages_date_not_a_later_round(demo_window):
    page = _home(demo_window)
    page.today = dt.date(2025, 8, 15)
    page.reload()
    assert page.figures.monitoring.round_as_of == dt.date(2025, 7, 31)

"""What the main window does about master data: the region in the title, the first screen of an empty database
and its steps, File → New database… and New budget year…, and importing the budget system's export.

Kept out of :mod:`perfdesk.gui.mainwindow` so the window stays a frame of pages; every function takes the window.
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING, Any

from perfdesk.core.i18n import translate

if TYPE_CHECKING:
    from perfdesk.core.services.masterdata_edit import DatabaseStatus
    from perfdesk.gui.mainwindow import MainWindow
    from perfdesk.gui.widgets.first_day import FirstDayPanel


def region_name(window: MainWindow) -> str:
    from perfdesk.core.services.masterdata import region_of

    if window.db is None:
        return ""
    with window.db.sessions() as session:
        return region_of(session).name


def status(window: MainWindow) -> DatabaseStatus:
    from perfdesk.core.services.masterdata_edit import database_status

    assert window.db is not None
    with window.db.sessions() as session:
        return database_status(session)


def after_attach(window: MainWindow) -> None:
    """The region in the window title; the first-day screen when there is no year or no project yet."""
    region = region_name(window)
    title = translate("MainWindow", "PerfDesk (绩效通)")
    window.setWindowTitle(f"{title} — {region}" if region else title)
    if status(window).empty:
        show_first_day(window)


def first_day_panel(window: MainWindow) -> FirstDayPanel:
    from perfdesk.gui.widgets.first_day import FirstDayPanel

    panel = window.findChild(FirstDayPanel, "firstDay")
    if panel is None:
        panel = FirstDayPanel(window)
        panel.stepRequested.connect(lambda key: run_step(window, key))
        window.stack.addWidget(panel)
    return panel


def show_first_day(window: MainWindow, *, area: str = "") -> FirstDayPanel:
    """The first-day screen; ``area``: the title of the page the user asked for, which needs a budget year."""
    panel = first_day_panel(window)
    panel.show_status(status(window), region_name(window), area=area)
    if not area:
        window.nav.setCurrentRow(-1)
    window.stack.setCurrentWidget(panel)
    return panel


YEARLESS_AREAS = ("libraries", "settings")  # the pages that work without a budget year


def needs_a_year(window: MainWindow, key: str) -> bool:
    """With no budget year, a page of the cycle has nothing to work on: the first-day screen says so instead."""
    if window.year_combo.count() or key in YEARLESS_AREAS:
        return False
    show_first_day(window, area=dict(window.areas())[key])
    return True


def run_step(window: MainWindow, key: str) -> None:
    """One step of the first-day screen; afterwards the screen ticks it off, or gives way to the pages."""
    steps = {"year": new_year, "import": import_export, "units": add_unit, "projects": add_project,
             "library": load_library}
    steps[key](window)


def step_finished(window: MainWindow, year: int | None = None) -> None:
    window.reload_master_data(year)
    if status(window).empty:
        show_first_day(window)
    else:
        window.show_area("targets")  # the project list the step filled


# -- the steps ----------------------------------------------------------------------------------------------
def new_year(window: MainWindow) -> None:
    from perfdesk.core.db import queries as q
    from perfdesk.gui.dialogs.years import ask_and_create

    if window.db is None:
        return
    with window.db.sessions() as session:
        existing = q.years(session)
    summary = ask_and_create(window, window.db, existing)
    if summary is not None:
        step_finished(window, summary.year)


def import_export(window: MainWindow, paths: list[Any] | None = None) -> None:
    from perfdesk.gui.dialogs.project_import import ask_and_import

    if window.db is None:
        return
    ask_and_import(window, window.db, lambda summary: step_finished(window, _year_of(summary)), paths=paths,
                   quiet=getattr(window, "quiet", False))


def _year_of(summary: Any) -> int | None:
    return max(summary.years, default=None)


def _tab(window: MainWindow, key: str) -> Any:
    page = window.page("libraries")
    tab = getattr(page, key)
    tab.set_context(window.context())
    return tab


def add_unit(window: MainWindow) -> None:
    if _tab(window, "units").add() is not None:
        step_finished(window)


def add_project(window: MainWindow) -> None:
    if _tab(window, "projects").add() is not None:
        step_finished(window)


def load_library(window: MainWindow) -> None:
    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.services import library

    assert window.db is not None
    with UnitOfWork(window.db.sessions, user=getpass.getuser()) as uow:
        library.load_shipped(uow)
        uow.commit()
    step_finished(window)


def new_database(window: MainWindow) -> None:
    """File → New database…: the wizard creates the file (and imports the export); the window then opens it."""
    from PySide6.QtWidgets import QDialog

    from perfdesk.gui import opening
    from perfdesk.gui.dialogs.new_database import NewDatabaseWizard

    wizard = NewDatabaseWizard(window)
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.created is None:
        return
    opening.close_current(window)
    opening.start(window, str(wizard.created), remember_it=True, then=lambda: _show_projects(window))


def _show_projects(window: MainWindow) -> None:
    """A new database with its projects imported opens on their list (an empty one on the first-day screen)."""
    if not status(window).empty:
        window.show_area("targets")

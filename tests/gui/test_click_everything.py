"""Every page, every tab, every enabled button and action, in each state a person meets: no crash anywhere.

pytest-qt fails a test when a slot raises, so a wrong signal connection (a ``clicked(bool)`` argument arriving
where a comment is expected) or an action that cannot act fails here.
"""

from __future__ import annotations

import pytest

from tests.gui.clicker import answered_dialogs, exercise, exercise_window


@pytest.fixture
def inline_tasks():  # type: ignore[no-untyped-def]
    from perfdesk.gui.tasks import Tasks

    Tasks.inline = True
    yield
    Tasks.inline = False


def _window(qtbot, db):  # type: ignore[no-untyped-def]
    from perfdesk.gui.mainwindow import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_every_action_on_an_empty_database_runs_without_an_error(qtbot, db, monkeypatch, inline_tasks):
    with answered_dialogs(monkeypatch):
        clicked = exercise_window(_window(qtbot, db), qtbot)
    assert clicked  # the pages offered something to click


def test_every_action_on_the_demo_runs_without_an_error(qtbot, demo_db, monkeypatch, inline_tasks):
    with answered_dialogs(monkeypatch):
        clicked = exercise_window(_window(qtbot, demo_db), qtbot, rows=2)
    assert len(clicked) > 50


def test_every_action_with_dialogs_accepted_as_they_open_runs_without_an_error(qtbot, demo_db, monkeypatch,
                                                                                 inline_tasks):
    with answered_dialogs(monkeypatch, accept_dialogs=True):
        exercise_window(_window(qtbot, demo_db), qtbot, rows=1)


def _project_in_state(db, status: str) -> int:  # type: ignore[no-untyped-def]
    """A demo project whose current target is in ``status``, moved there through the services the buttons call
    when the demo has none."""
    from sqlalchemy import select

    from perfdesk.core.db import queries as q
    from perfdesk.core.db.models import PerformanceTarget as T
    from perfdesk.core.db.models import Project
    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.services import targets as ts

    with db.sessions() as session:  # a project of the year the window shows first (the latest)
        shown = select(T.project_id, T.id).join(Project, Project.id == T.project_id).where(
            T.is_current.is_(True), Project.year_id == q.year_id(session, q.years(session)[0]))
        found = session.execute(shown.where(T.status == status)).first()
        draft = session.execute(shown.where(T.status == "draft")).first()
    if found is not None:
        return found[0]
    project_id, target_id = draft
    with UnitOfWork(db.sessions, user="test") as uow:
        ts.submit(uow, target_id)
        if status == "approved":
            ts.approve(uow, target_id)
        elif status == "returned":
            ts.return_target(uow, target_id, "请补充指标")
        uow.commit()
    return project_id


@pytest.mark.parametrize("status", ["draft", "submitted", "approved", "returned"])
def test_every_target_editor_action_in_each_review_state_runs_without_an_error(qtbot, demo_db, monkeypatch,
                                                                                 inline_tasks, status):
    project_id = _project_in_state(demo_db, status)
    window = _window(qtbot, demo_db)
    page = window.show_area("targets")
    page.open_project(project_id)
    assert page.browser.editor.project_id == project_id
    with answered_dialogs(monkeypatch):
        clicked: list[str] = []
        exercise(page.browser.editor, qtbot, clicked)
    assert clicked


def test_clicking_return_returns_the_target_with_the_typed_comment(qtbot, demo_db, monkeypatch, inline_tasks):
    from tests.gui.clicker import COMMENT

    project_id = _project_in_state(demo_db, "submitted")
    page = _window(qtbot, demo_db).show_area("targets")
    page.open_project(project_id)
    editor = page.browser.editor
    assert not editor.buttons["adjust"].isEnabled() and editor.buttons["adjust"].toolTip()
    with answered_dialogs(monkeypatch):
        editor.buttons["return"].click()
    assert editor.head["status"] == "returned"
    from perfdesk.core.db import queries_targets as qt

    with demo_db.sessions() as session:
        assert qt.reviews(session, project_id)[-1]["comment"] == COMMENT


def test_with_no_project_shown_every_editor_action_is_disabled_and_says_why(qtbot):
    from perfdesk.gui.pages.targets_editor import TargetEditor

    editor = TargetEditor()
    qtbot.addWidget(editor)
    assert all(not b.isEnabled() and b.toolTip() for b in editor.buttons.values())

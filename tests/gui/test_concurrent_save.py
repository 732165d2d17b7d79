"""Two people with the same target open: the one who saves second is told, and what they typed stays in the
editor (nothing overwritten, nothing lost); after reloading they apply it again and save."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import targets as ts
from perfdesk.gui.mainwindow import MainWindow


@pytest.fixture
def page(qtbot, demo_db):  # type: ignore[no-untyped-def]
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    yield w.show_area("targets")


def test_the_second_saver_is_told_and_keeps_what_they_typed(page, demo_db, monkeypatch, chinese) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        pid = s.scalar(select(m.Project.id).join(m.PerformanceTarget).join(m.BudgetYear).where(
            m.BudgetYear.year == 2025, m.PerformanceTarget.status == "draft").order_by(m.Project.id))
    assert page.browser.select_project(pid)
    editor = page.browser.editor
    editor.annual_goal.setPlainText("乙：全年完成改造120户")  # typed here while …
    with UnitOfWork(demo_db.sessions, "甲") as uow:  # … a colleague saves the same target on another PC
        head, draft = ts.load_target(uow.session, pid)
        ts.save_target(uow, pid, dataclasses.replace(draft, annual_goal="甲：全年完成改造100户"),
                       seen_version=head["row_version"])
        uow.commit()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: told.append(text))
    assert editor.save() is False
    assert told and "甲" in told[0] and "您的修改没有保存" in told[0]
    assert editor.annual_goal.toPlainText() == "乙：全年完成改造120户"  # kept, to apply again
    with demo_db.sessions() as s:
        assert ts.load_target(s, pid)[1].annual_goal == "甲：全年完成改造100户"  # the first save stands
    editor.load(demo_db, pid)  # reload: the colleague's version, then apply ours again
    assert editor.annual_goal.toPlainText() == "甲：全年完成改造100户"
    editor.annual_goal.setPlainText("乙：全年完成改造120户")
    assert editor.save() is True
    with demo_db.sessions() as s:
        assert ts.load_target(s, pid)[1].annual_goal == "乙：全年完成改造120户"

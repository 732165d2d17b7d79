"""Closing a ledger item (销号) from the results page by its buttons: the dialog refuses, in Chinese, a closing
without evidence or dated after today, and closes with a file or a long enough account (RULES §8)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import ledger
from perfdesk.gui.dialogs.ledger import CloseDialog
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.pages.results import ResultsPage
from tests.services.scenario import NOW, category

TODAY = dt.date(2025, 10, 1)
ACCOUNT = "已按要求修订绩效目标表，细化量化指标，并经主管部门审核印发"  # 28 characters


@pytest.fixture
def page(qtbot, scenario_database):  # type: ignore[no-untyped-def]
    db = scenario_database(category(3))
    page = ResultsPage()
    qtbot.addWidget(page)
    page.set_context(PageContext(db, 2025, None))
    page.show()
    page.ledger.today = TODAY
    for problem, deadline in (("绩效目标不明确", dt.date(2025, 9, 1)), ("执行偏慢", dt.date(2025, 12, 1))):
        with UnitOfWork(db.sessions, user="王股长", now=NOW) as uow:  # created 2025-06-30
            ledger.create_item(uow, year=2025, unit_id=1, problem=problem, deadline=deadline)
    page.ledger.reload()
    return page


def in_dialog(qtbot, steps: Callable[[CloseDialog], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Run ``steps`` on the closing dialog once it is open (it is modal); returns what it showed as problems."""
    shown: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CloseDialog):
            QTimer.singleShot(20, act)
            return
        steps(dialog)
        shown.append(dialog.findChild(QLabel, "closingProblems").text())
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, act)
    return shown


def click_ok(qtbot, dialog: CloseDialog) -> None:  # type: ignore[no-untyped-def]
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def status(page: ResultsPage, problem: str) -> str:
    with page.ctx.db.sessions() as s:
        return s.query(m.RectificationItem).filter_by(problem=problem).one().status


def select(page: ResultsPage, problem: str) -> None:
    row = next(i for i, r in enumerate(page.ledger.model.rows) if r["problem"] == problem)
    page.ledger.table.selectRow(row)


def test_the_overdue_item_is_marked_counted_and_listed_alone(page) -> None:  # type: ignore[no-untyped-def]
    tab = page.ledger
    assert tab.count.text() == "共 2 项，其中逾期 1 项"
    days = [tab.model.data(tab.model.index(r, 7)) for r in range(2)]
    assert tab.model.headerData(7, Qt.Orientation.Horizontal) == "逾期天数" and days == ["30", ""]
    tab.overdue.setChecked(True)
    assert [r["problem"] for r in tab.model.rows] == ["绩效目标不明确"]


def test_closing_without_evidence_is_refused_in_chinese_and_the_item_stays_open(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(page, "绩效目标不明确")

    def steps(dialog: CloseDialog) -> None:
        dialog.findChild(QPlainTextEdit, "closingEvidence").setPlainText("已整改")
        click_ok(qtbot, dialog)
        assert dialog.isVisible()  # refused: still open

    shown = in_dialog(qtbot, steps)
    qtbot.mouseClick(page.ledger.close_button, Qt.MouseButton.LeftButton)
    assert shown == ["销号须有佐证材料：请上传能证明整改情况的文件，或填写不少于 20 个字的整改情况说明（现为 3 个字）。"]
    assert status(page, "绩效目标不明确") == "open"


def test_a_long_enough_account_closes_the_item_on_the_date_chosen(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(page, "绩效目标不明确")

    def steps(dialog: CloseDialog) -> None:
        dialog.closed_on.setDate(QDate(2025, 9, 20))
        dialog.findChild(QPlainTextEdit, "closingEvidence").setPlainText(ACCOUNT)
        click_ok(qtbot, dialog)

    shown = in_dialog(qtbot, steps)
    qtbot.mouseClick(page.ledger.close_button, Qt.MouseButton.LeftButton)
    assert shown == [""]
    with page.ctx.db.sessions() as s:
        item = s.query(m.RectificationItem).filter_by(problem="绩效目标不明确").one()
        assert (item.status, item.closed_on, item.closing_evidence) == ("closed", dt.date(2025, 9, 20), ACCOUNT)
    assert page.ledger.count.text() == "共 2 项"  # nothing overdue any more


def test_a_file_attached_in_the_dialog_is_the_evidence(page, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "整改报告.pdf"
    report.write_bytes(b"%PDF-1.4 evidence")
    monkeypatch.setattr("perfdesk.gui.dialogs.ledger.QFileDialog.getOpenFileNames",
                        lambda *a, **k: ([str(report)], ""))
    select(page, "执行偏慢")

    def steps(dialog: CloseDialog) -> None:
        qtbot.mouseClick(dialog.findChild(QPushButton, "closingAttach"), Qt.MouseButton.LeftButton)
        assert dialog.findChild(QLabel, "closingFiles").text() == "佐证材料：1 个文件"
        click_ok(qtbot, dialog)

    shown = in_dialog(qtbot, steps)
    qtbot.mouseClick(page.ledger.close_button, Qt.MouseButton.LeftButton)
    assert shown == [""] and status(page, "执行偏慢") == "closed"
    row = next(r for r in page.ledger.model.rows if r["problem"] == "执行偏慢")
    assert row["attachments"] == 1 and (page.ctx.db.data_dir / "attachments" / "2025").is_dir()


def test_the_closing_date_cannot_be_set_after_today(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CloseDialog(TODAY, created_on=dt.date(2025, 6, 30), attachments=1, min_chars=20)
    qtbot.addWidget(dialog)
    dialog.closed_on.setDate(QDate(2025, 10, 2))
    assert dialog.values()[0] == TODAY  # the date field stops at today
    dialog.today = dt.date(2025, 9, 30)  # a dialog left open past midnight is checked against the day it knows
    click_ok(qtbot, dialog)
    assert dialog.findChild(QLabel, "closingProblems").text() == (
        "销号日期 2025年10月1日 晚于今天（2025年9月30日）：请在整改完成后按实际完成日期销号，不能提前销号。")
    assert dialog.result() == 0

"""The ranking page lists the self-evaluations not complete and the last places left for finance apart, in
Chinese, with no internal codes (RULES §7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from perfdesk.core.domain.enums import Decision
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.pages.ranking import RankingPage
from tests.services.scenario import P, category


@pytest.fixture
def page(qtbot, scenario_database):  # type: ignore[no-untyped-def]
    db = scenario_database([*category(6), P("D1", "8.44", status="draft"),
                            P("F1", "90", department="县文化和旅游局"), P("F2", "80", department="县文化和旅游局")])
    page = RankingPage()
    qtbot.addWidget(page)
    page.set_context(PageContext(db, 2025, None))
    return page


def texts(page: RankingPage, tab: int) -> list[list[str]]:
    model = page.models[tab][1]
    return [[str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_draft_and_the_small_department_s_last_place_are_shown_apart_in_chinese(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.rank_button, Qt.MouseButton.LeftButton)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["项目绩效自评（本级及县对下转移支付） (8)", "报财政研究决定 (1)", "自评未完成 (1)"]
    [finance] = texts(page, 1)
    assert (finance[1], finance[4], finance[6], finance[8]) == ("F2", "县文化和旅游局", "自评", "报财政研究决定")
    assert finance[12] == "第 2 名/共 2 个，排名组仅 2 个项目（少于 5 个），排名最后一位 → 报财政研究决定，不自动取消"
    [draft] = texts(page, 2)
    assert (draft[0], draft[1], draft[5], draft[8]) == ("", "D1", "8.44", "自评未完成")
    assert draft[12] == "自评状态为草稿：作为“自评未完成”单独列示，不参与排名"
    ranked = texts(page, 0)
    assert [r[1] for r in ranked if r[8] == "取消"] == ["P06"]  # the lowest final score, not the draft
    assert page.view is not None and page.view.entries[-1].decision is Decision.INCOMPLETE
    assert page.summary.text() == ("压减：1 个项目，10.00万元；取消：1 个项目，100.00万元；合计 110.00万元；"
                                   "报财政研究决定 1 个；自评未完成（不参与排名）1 个")


def test_finance_decides_the_small_department_s_last_place_by_the_dialog(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QPlainTextEdit

    from perfdesk.gui.dialogs.ranking_adjust import DecideDialog

    page.rank_now()
    assert page.select_code("F2")

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DecideDialog):
            QTimer.singleShot(20, act)
            return
        combo = dialog.findChild(QComboBox, "financeDecision")
        assert [combo.itemText(i) for i in range(combo.count())] == ["取消：下一年度不再安排预算", "保留"]
        dialog.findChild(QPlainTextEdit, "decisionReason").setPlainText("项目已无实施必要")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)
    qtbot.mouseClick(page.decide_button, Qt.MouseButton.LeftButton)
    assert page.view is not None
    f2 = next(e for e in page.view.entries if e.code == "F2")
    assert (f2.decision, f2.exception_reason) == (Decision.CANCEL, "项目已无实施必要")
    assert f2.rule.endswith("；财政研究决定 → 取消")
    assert page.summary.text() == ("压减：1 个项目，10.00万元；取消：2 个项目，200.00万元；合计 210.00万元；"
                                   "自评未完成（不参与排名）1 个")


def test_confirming_warns_of_last_places_still_left_to_finance(page, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    page.rank_now()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith("还有 1 个报财政研究决定的排名末位项目尚未作出决定：按现状确认的，其预算不作调整。")
    assert page.view is not None and not page.view.confirmed

"""Ranking and results pages: rank, what-if, adjust, confirm, ledger filters and closing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from perfdesk.core.domain.enums import Decision
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.pages.ranking import COLOURS, RankingPage
from perfdesk.gui.pages.results import ResultsPage
from tests.services.scenario import category


@pytest.fixture
def scenario_db(scenario_database):  # type: ignore[no-untyped-def]
    return scenario_database(category(10))


def test_ranking_page_ranks_colours_adjusts_and_confirms(qtbot, scenario_db) -> None:  # type: ignore[no-untyped-def]
    page = RankingPage()
    qtbot.addWidget(page)
    page.set_context(PageContext(scenario_db, 2025, None))
    assert page.info.text() == "本年度尚无排名：请点击“开始排名”。"
    page.rank_now()
    assert page.runs.count() == 1 and page.tabs.tabText(0) == "项目绩效自评（本级及县对下转移支付） (10)"
    table, model = page.models[0]
    last = model.index(9, 0)
    assert model.data(model.index(9, 1)) == "P10"
    assert model.data(last, 8).name().upper() == COLOURS[Decision.CANCEL]  # BackgroundRole
    assert page.select_code("P09")
    entry_id = page.selected()[1]["id"]
    page.adjust_cut(entry_id, Decimal("0.3"))
    assert page.view is not None and page.summary.text() == (
        "压减：1 个项目，30.00万元；取消：1 个项目，100.00万元；合计 130.00万元")
    page.confirm()
    assert page.view.confirmed and not page.cut_button.isEnabled()
    assert page.runs.currentText().startswith("第 1 版 · 已确认")


def test_what_if_previews_without_saving(qtbot, scenario_db) -> None:  # type: ignore[no-untyped-def]
    page = RankingPage()
    qtbot.addWidget(page)
    page.set_context(PageContext(scenario_db, 2025, None))
    page.whatif.bottom.setValue(40)
    page.show_preview()
    decisions = [pair[0].decision for pair in page.models[0][1].rows]
    assert decisions.count(Decision.CUT) == 3 and page.runs.count() == 0
    assert not page.confirm_button.isEnabled()
    page.save_whatif()
    assert page.runs.count() == 1 and page.view is not None and page.view.params["ranking"]["bottom_percent"] == "40"


def test_results_page_creates_filters_and_closes_ledger_items(qtbot, scenario_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = ResultsPage()
    qtbot.addWidget(page)
    page.set_context(PageContext(scenario_db, 2025, None))
    tab = page.ledger
    tab.today = dt.date(2025, 10, 1)
    tab.create(unit_id=1, problem="绩效目标不明确", measure="细化", deadline=dt.date(2025, 9, 1))
    tab.create(unit_id=1, problem="执行偏慢", measure="加快", deadline=dt.date(2025, 12, 1))
    assert tab.model.rowCount() == 2 and tab.count.text() == "共 2 项，其中逾期 1 项"
    tab.overdue.setChecked(True)
    assert [r["problem"] for r in tab.model.rows] == ["绩效目标不明确"]
    evidence = tmp_path / "说明.txt"
    evidence.write_text("ok", encoding="utf-8")
    item = tab.model.rows[0]["id"]
    tab.attach(item, [evidence])
    tab.today = dt.date.today()  # the items were created today by the clock
    tab.close_item(item, tab.today, "")  # the attached file is the evidence
    assert [r["problem"] for r in tab.model.rows] == ["执行偏慢"]  # closed: no longer overdue; the other is now
    tab.overdue.setChecked(False)
    tab.write_letter("notice", [r["id"] for r in tab.model.rows if r["status"] != "closed"], tmp_path / "n.pdf")
    assert (tmp_path / "n.pdf").read_bytes().startswith(b"%PDF")
    assert page.budget.info.text() == "本年度尚无排名。"

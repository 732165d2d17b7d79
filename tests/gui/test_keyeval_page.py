"""The key-evaluation area, clicked as a person would: a special fund's evaluation created from the form, its
figures typed into the score sheet and scored by the core, questionnaires imported, experts drawn (never one with
a conflict), the report printed, findings put on the ledger; the framework's weight check; agencies and experts."""

from __future__ import annotations

from decimal import Decimal

import pypdf
import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from perfdesk.core.db import models as m


@pytest.fixture
def page(window, qtbot):  # type: ignore[no-untyped-def]
    p = window.show_area("keyeval")
    p.runner.quiet = True
    return p


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def set_cell(table, level3: str, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in range(table.rowCount()) if table.item(r, 2).text() == level3)
    table.item(row, column).setText(text)


def cell(table, level3: str, column: int) -> str:  # type: ignore[no-untyped-def]
    row = next(r for r in range(table.rowCount()) if table.item(r, 2).text() == level3)
    return table.item(row, column).text()


def test_the_demo_evaluations_are_listed_with_their_agencies_and_scores(page) -> None:  # type: ignore[no-untyped-def]
    tab = page.evaluations
    assert tab.table.rowCount() == 5
    assert all(tab.table.item(r, 5).text() for r in range(5))
    assert not tab.buttons["report"].isEnabled()
    tab.table.selectRow(0)
    assert tab.buttons["report"].isEnabled()
    assert tab.editor.details.title.text() == tab.rows[0]["title"]
    assert tab.editor.sheet.table.rowCount() == 19


def test_a_special_fund_evaluation_from_creation_to_report_and_ledger(page, qtbot, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tab = page.evaluations
    with demo_db.sessions() as s:
        dept = s.scalars(select(m.Unit).where(m.Unit.parent_id.is_(None)).order_by(m.Unit.code)).first()
    form = tab.editor.details
    form.title.setText("农业产业发展专项资金绩效评价")
    form.kind.setCurrentIndex(form.kind.findData("special_fund"))
    form.project.clear()
    form.unit.setText(dept.code)
    form.agency.setCurrentIndex(1)
    form.lead.setText("李主评")
    form.budget.setText("500")
    form.arrived.setText("480")
    form.spent.setText("450")
    form.findings.setPlainText("资金拨付滞后\n绩效目标不够细化")
    click(qtbot, tab.buttons["new"])
    assert tab.table.rowCount() == 6 and tab.selected_id() == tab.rows[-1]["id"]
    kid = tab.selected_id()
    sheet = tab.editor.sheet
    assert cell(sheet.table, "资金到位率", 8) == "3.84"  # 4 × 480/500, from the form's money
    set_cell(sheet.table, "实际完成率", 6, "95")
    set_cell(sheet.table, "实际完成率", 7, "100")
    set_cell(sheet.table, "质量达标率", 6, "90")
    set_cell(sheet.table, "质量达标率", 7, "95")
    set_cell(sheet.table, "成本节约率", 6, "90")
    set_cell(sheet.table, "成本节约率", 7, "100")
    for r in range(sheet.table.rowCount()):
        if sheet.shown[r]["formula"] == "":
            sheet.table.item(r, 8).setText(sheet.table.item(r, 3).text())
    set_cell(sheet.table, "完成及时性", 8, "6")
    click(qtbot, sheet.save_button)
    assert page.runner.last_message == ""
    assert cell(sheet.table, "实际完成率", 8) == "9.50"
    assert "待" in sheet.total.text() or "尚未" in sheet.total.text()  # satisfaction still open
    # the questionnaires feed the satisfaction line
    wb = Workbook()
    wb.active.append(["序号", "您对项目是否满意"])
    for n, answer in enumerate(["非常满意", "满意", "满意", "不满意", None], 1):
        wb.active.append([n, answer])
    wb.save(tmp_path / "问卷.xlsx")
    extras = tab.editor.extras
    extras.import_survey(str(tmp_path / "问卷.xlsx"))
    assert extras.survey.rowCount() == 1 and extras.survey.item(0, 4).text() == "75.00%"
    assert cell(sheet.table, "服务对象满意度", 6) == "75"
    assert cell(sheet.table, "服务对象满意度", 8) == "6.67"  # 8 × 75/90
    with demo_db.sessions() as s:
        k = s.get(m.KeyEvaluation, kid)
        assert k.score == Decimal("95.17") and k.grade == "优"
    assert tab.table.item(tab.table.rowCount() - 1, 7).text() == "95.17"
    # experts: the same seed twice, the panel the same
    extras.seed.setText("9")
    extras.count.setValue(3)
    click(qtbot, extras.draw_button)
    first = extras.draws.item(0, 2).text()
    extras.seed.setText("9")
    click(qtbot, extras.draw_button)
    assert extras.draws.rowCount() == 2 and extras.draws.item(1, 2).text() == first
    # the report and the ledger
    path = tab.print_report(str(tmp_path / "报告.pdf"))
    text = "".join(p.extract_text() for p in pypdf.PdfReader(path).pages).replace("\n", "")
    assert "农业产业发展专项资金绩效评价报告" in text and "满意度调查问卷汇总" in text
    click(qtbot, tab.buttons["ledger"])
    with demo_db.sessions() as s:
        items = s.scalar(select(func.count()).select_from(m.RectificationItem).where(
            m.RectificationItem.source_ref.like(f"key_evaluation:{kid}:%")))
    assert items == 2


def test_a_figure_that_is_not_a_number_is_refused_and_nothing_changes(page, qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    tab = page.evaluations
    tab.table.selectRow(0)
    kid = tab.selected_id()
    with demo_db.sessions() as s:
        before = s.get(m.KeyEvaluation, kid).score
    sheet = tab.editor.sheet
    sheet.table.item(0, 3).setText("三分")
    click(qtbot, sheet.save_button)
    assert "三分" not in page.runner.last_message and page.runner.last_message
    with demo_db.sessions() as s:
        assert s.get(m.KeyEvaluation, kid).score == before


def test_the_framework_shows_the_weight_check_and_refuses_a_failing_one(page, qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentWidget(page.framework)
    fw = page.framework
    assert fw.table.rowCount() == 20 and fw.recheck() == []
    row = next(r for r in range(fw.table.rowCount()) if fw.table.item(r, 2).text() == "社会效益")
    fw.table.item(row, 3).setText("4")  # 效益 24: 94 points in all
    assert len(fw.recheck()) == 1 and "94" in fw.check.text()
    click(qtbot, fw.save_button)
    with demo_db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(m.KeyEvalTemplateLine)) == 0
    first = next(r for r in range(fw.table.rowCount()) if fw.table.item(r, 2).text() == "立项依据充分性")
    fw.table.item(first, 3).setText("9")  # 决策 21, 效益 24: 100 points, but 产出 + 效益 = 59%
    assert len(fw.recheck()) == 1 and "59" in fw.check.text()
    click(qtbot, fw.save_button)
    assert "59" in page.runner.last_message
    fw.table.item(first, 3).setText("4")
    fw.table.item(row, 3).setText("9")  # 决策 16, 效益 29 → 64%
    assert fw.recheck() == []
    click(qtbot, fw.save_button)
    with demo_db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(m.KeyEvalTemplateLine)) == 20


def test_agencies_are_added_and_rated_and_experts_entered_with_their_conflicts(page, qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    ag = page.agencies
    page.tabs.setCurrentWidget(ag)
    n = ag.table.rowCount()
    ag.name.setText("山东新评咨询有限公司")
    ag.rating.setCurrentIndex(ag.rating.findData("合格"))
    ag.year.setValue(2025)
    click(qtbot, ag.add_button)
    assert ag.table.rowCount() == n + 1
    row = next(r for r in range(ag.table.rowCount()) if ag.table.item(r, 0).text() == "山东新评咨询有限公司")
    ag.table.selectRow(row)
    ag.rating.setCurrentIndex(ag.rating.findData("优秀"))
    click(qtbot, ag.save_button)
    with demo_db.sessions() as s:
        assert s.scalar(select(m.EvalAgency.rating).where(m.EvalAgency.name == "山东新评咨询有限公司")) == "优秀"
    assert page.evaluations.editor.details.agency.count() == n + 2  # (none) and every agency
    ex = page.experts
    page.tabs.setCurrentWidget(ex)
    ex.name.setText("赵专家")
    ex.field.setText("水利")
    ex.conflicts.setText("101、县水利局")
    click(qtbot, ex.add_button)
    with demo_db.sessions() as s:
        expert = s.scalars(select(m.Expert).where(m.Expert.name == "赵专家")).one()
    assert expert.conflicts == ["101", "县水利局"] and expert.field == "水利"
    ex.name.clear()
    click(qtbot, ex.add_button)
    assert ex.runner.last_message  # a name is needed

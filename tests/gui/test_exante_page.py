"""The ex-ante assessment page: grading a project's form by clicking, saving, the conclusion as the grades are
chosen, the "no assessment, no budget" flag in the list and where targets are reviewed, printing the opinion,
and a bad workbook refused with nothing changed."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.rules.params import ExAnteParams
from perfdesk.core.services import settings
from tests.services.scenario import P


@pytest.fixture
def built(scenario_database):  # type: ignore[no-untyped-def]
    db = scenario_database([P("N01", None, "100"), P("N02", None, "300"), P("C01", None, "50")])
    with db.sessions() as s:
        for project in s.scalars(select(m.Project).where(m.Project.code.in_(["N01", "N02"]))):
            project.attribute = "new"
        s.commit()
    return db


@pytest.fixture
def page(built, make_window):  # type: ignore[no-untyped-def]
    window = make_window(built)
    window.resize(1366, 768)
    page = window.show_area("exante")
    page.quiet = True
    return page


def codes(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.table.item(r, 1).text() for r in range(page.table.rowCount())]


def choose(page, qtbot, grades: str) -> None:  # type: ignore[no-untyped-def]
    """Pick each item's grade in its drop-down as a person does (keyboard on the real combo box)."""
    for row, grade in enumerate(grades):
        combo = page.form.grade_combo(row)
        combo.setFocus()
        combo.setCurrentIndex(combo.findText(grade))


def test_the_list_holds_the_new_projects_and_every_project_on_request(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert codes(page) == ["N01", "N02"]
    qtbot.mouseClick(page.everything, Qt.MouseButton.LeftButton)
    assert codes(page) == ["C01", "N01", "N02"] or sorted(codes(page)) == ["C01", "N01", "N02"]
    assert page.count.text() == "3 个项目，已评估 0 个"


def test_grading_by_clicking_scores_concludes_and_saves(page, qtbot, built) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(0)
    assert page.form.items.rowCount() == 20 and not page.buttons["save"].isEnabled()
    assert page.form.thresholds.text().startswith("80 分及以上予以支持，60 分及以上调整后支持")
    assert "绩效通默认值" in page.form.thresholds.text()
    choose(page, qtbot, "良" * 19)
    assert "1 项尚未评价" in page.form.result.text()  # no conclusion before every item is graded
    choose(page, qtbot, "良" * 19 + "中")
    assert "79" in page.form.result.text() and "调整后支持" in page.form.result.text()
    page.form.findings.item(0, 1).setText("立项依据充分，需求迫切")
    page.form.assessor.setText("县财政局绩效科")
    assert page.buttons["save"].isEnabled()
    qtbot.mouseClick(page.buttons["save"], Qt.MouseButton.LeftButton)
    assert page.last_message == ""
    with built.sessions() as s:
        row = s.scalars(select(m.ExAnteAssessment)).one()
        assert row.total_score == Decimal("79.00") and row.conclusion == "adjust"
        assert row.findings == {"必要性": "立项依据充分，需求迫切"} and row.assessor == "县财政局绩效科"
    assert page.table.item(0, 4).text() == "79.00" and page.table.item(0, 5).text() == "调整后支持"
    assert page.buttons["print"].isEnabled() and not page.buttons["save"].isEnabled()


def test_a_rejected_project_cannot_enter_the_library(page, qtbot, built) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(0)
    choose(page, qtbot, "差" * 20)
    page.form.library.setChecked(True)
    qtbot.mouseClick(page.buttons["save"], Qt.MouseButton.LeftButton)
    assert "项目库" in page.last_message
    with built.sessions() as s:
        assert s.scalar(select(func.count(m.ExAnteAssessment.id))) == 0


def test_the_flag_shows_in_the_list_and_in_the_target_editor_while_the_setting_is_on(page, qtbot, built) -> None:  # type: ignore[no-untyped-def]
    assert page.table.isColumnHidden(6)
    with UnitOfWork(built.sessions, user="t") as uow:
        settings.save(uow, dataclasses.replace(ExAnteParams(), no_assessment_no_budget=True))
        uow.commit()
    page.reload()
    assert not page.table.isColumnHidden(6) and page.table.item(0, 6).text() == "未做事前绩效评估，不安排预算"
    page.table.selectRow(0)
    choose(page, qtbot, "优" * 20)
    qtbot.mouseClick(page.buttons["save"], Qt.MouseButton.LeftButton)
    assert page.table.item(0, 6).text() == ""
    targets = page.window().show_area("targets")
    with built.sessions() as s:
        n02 = s.scalar(select(m.Project.id).where(m.Project.code == "N02"))
    targets.browser.editor.load(built, n02)
    assert "未做事前绩效评估" in targets.browser.editor.status_label.text()


def test_the_opinion_is_printed_for_the_saved_assessment(page, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(1)
    choose(page, qtbot, "优" * 20)
    page.form.library.setChecked(True)
    qtbot.mouseClick(page.buttons["save"], Qt.MouseButton.LeftButton)
    out = page.print_opinion(tmp_path / "意见.pdf")
    text = "".join("".join(p.extract_text() for p in pypdf.PdfReader(out).pages).split())
    assert "关于项目N02的事前绩效评估意见" in text and "予以支持" in text and "同意纳入项目库" in text


def test_a_bad_workbook_is_refused_naming_its_cell_and_changes_nothing(page, qtbot, built, tmp_path) -> None:  # type: ignore[no-untyped-def]
    book = tmp_path / "forms.xlsx"
    assert page.export_blank(book) == 2
    wb = openpyxl.load_workbook(book)
    wb["评估情况"]["D2"] = "2025-13-40"
    for row in range(2, 22):
        wb["评分"].cell(row, 5).value = "优"
    wb.save(book)
    assert page.import_file(book) is None
    assert page.last_message.count("\n") == 0  # one problem, reported once
    assert "2025-13-40" in page.last_message and "第 2 行" in page.last_message and "D 列" in page.last_message
    with built.sessions() as s:
        assert s.scalar(select(func.count(m.ExAnteAssessment.id))) == 0


def test_a_project_assessed_again_keeps_both_and_lists_the_newer(page, qtbot, built) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(0)
    choose(page, qtbot, "差" * 20)
    qtbot.mouseClick(page.buttons["save"], Qt.MouseButton.LeftButton)
    assert page.table.item(0, 5).text() == "不予支持"
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    assert "尚未保存" in page.form.title.text() and page.buttons["save"].isEnabled()
    assert not page.buttons["print"].isEnabled()  # the new form is not saved yet
    choose(page, qtbot, "优" * 20)
    page.form.date.setDate(page.form.date.date().addDays(14))  # assessed again after the adjustment
    qtbot.mouseClick(page.buttons["save"], Qt.MouseButton.LeftButton)
    with built.sessions() as s:
        assert s.scalar(select(func.count(m.ExAnteAssessment.id))) == 2
    assert page.table.item(0, 5).text() == "予以支持"

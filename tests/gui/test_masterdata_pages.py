"""基础库 → 单位 and 项目 by hand, through the real buttons and dialogs: add, edit, move, retire; amounts in 万元
checked in the dialog; the window's unit tree follows; and File → New budget year… on the demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QSpinBox
from sqlalchemy import select

from perfdesk.core.db import models as m
from tests.gui.modal import answer, click_ok

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def messages(monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def window(make_window, db, messages):  # type: ignore[no-untyped-def]
    """An empty database with the budget year 2026 and 县教育局 → 县第一中学, and 城关镇."""
    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.services import masterdata_edit as md
    from perfdesk.core.services.years import create_year

    with UnitOfWork(db.sessions) as uow:
        create_year(uow, 2026)
        edu = md.add_unit(uow, md.UnitValues("101", "县教育局", "department"))
        md.add_unit(uow, md.UnitValues("101001", "县第一中学", "unit", parent_id=edu))
        md.add_unit(uow, md.UnitValues("901", "城关镇", "township"))
        uow.commit()
    return make_window(db)


def _select(tab, code: str) -> None:  # type: ignore[no-untyped-def]
    assert tab.select_id(next(r["id"] for r in tab.model.rows if r["code"] == code))


def _cell(tab, code: str, column: int) -> str:  # type: ignore[no-untyped-def]
    row = next(i for i, r in enumerate(tab.model.rows) if r["code"] == code)
    return tab.model.data(tab.model.index(row, column))


def test_units_are_listed_by_code_added_edited_moved_and_retired(window, qtbot, messages) -> None:  # type: ignore[no-untyped-def]
    page = window.show_area("libraries")
    tab = page.show_tab("units")
    assert [r["code"] for r in tab.model.rows] == ["101", "101001", "901"]
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "单位编码"

    def add(dialog):  # type: ignore[no-untyped-def]
        dialog.findChild(QLineEdit, "unit_code").setText("101002")
        dialog.findChild(QLineEdit, "unit_name").setText("县第二中学 ")
        dialog.parent_unit.setCurrentIndex(dialog.parent_unit.findData(tab.model.rows[0]["id"]))
        click_ok(dialog)
    answer(add)
    qtbot.mouseClick(tab.buttons["add"], LEFT)
    assert [r["code"] for r in tab.model.rows] == ["101", "101001", "101002", "901"]
    assert _cell(tab, "101002", 1) == "县第二中学" and _cell(tab, "101002", 3) == "县教育局"
    assert tab.selected()["code"] == "101002"

    def edit(dialog):  # type: ignore[no-untyped-def]
        dialog.findChild(QLineEdit, "unit_name").setText("县实验中学")
        click_ok(dialog)
    answer(edit)
    qtbot.mouseClick(tab.buttons["edit"], LEFT)
    assert _cell(tab, "101002", 1) == "县实验中学"

    choices: list[list[str]] = []

    def pick(_parent, _title, _label, items, _current, _editable):  # type: ignore[no-untyped-def]
        choices.append(items)
        return next(i for i in items if i.endswith("城关镇")), True
    window_pick = pytest.MonkeyPatch()
    window_pick.setattr(QInputDialog, "getItem", pick)
    try:
        qtbot.mouseClick(tab.buttons["move"], LEFT)
    finally:
        window_pick.undo()
    assert "101002 县实验中学" not in choices[0]  # never under itself
    assert _cell(tab, "101002", 3) == "城关镇"
    township = window.unit_tree.findItems("城关镇", Qt.MatchFlag.MatchRecursive)[0]
    assert [township.child(i).text(0) for i in range(township.childCount())] == ["县实验中学"]

    _select(tab, "101")
    qtbot.mouseClick(tab.buttons["retire"], LEFT)  # has 县第一中学 under it: retired, not deleted
    assert "已停用" in messages[-1] and _cell(tab, "101", 5) == "已停用"
    edu = window.unit_tree.findItems("县教育局", Qt.MatchFlag.MatchRecursive)[0]
    assert edu.toolTip(0) == "101（已停用）" and edu.foreground(0).color().name() == "#9e9e9e"
    assert tab.buttons["reactivate"].isEnabled() and not tab.buttons["retire"].isEnabled()
    _select(tab, "101002")
    qtbot.mouseClick(tab.buttons["retire"], LEFT)
    assert "已删除" in messages[-1] and "101002" not in [r["code"] for r in tab.model.rows]


def _fill_project(dialog, **values: str) -> None:  # type: ignore[no-untyped-def]
    for name, value in values.items():
        dialog.findChild(QLineEdit, f"project_{name}").setText(value)


def test_projects_are_added_with_money_in_wan_checked_then_edited_and_retired(window, qtbot, messages) -> None:  # type: ignore[no-untyped-def]
    page = window.show_area("libraries")
    tab = page.show_tab("projects")
    assert tab.model.rows == [] and "2026" in tab.note.text()
    errors: list[str] = []

    def add(dialog):  # type: ignore[no-untyped-def]
        _fill_project(dialog, code="P001", name="学生资助", initial="-5", full_year="130")
        dialog.unit.setCurrentIndex(dialog.unit.findText("101001 县第一中学"))
        click_ok(dialog)  # refused in the dialog: it stays open and says why
        errors.append(dialog.findChild(QLabel, "dialogError").text())
        _fill_project(dialog, initial="120.0000001")
        click_ok(dialog)
        errors.append(dialog.findChild(QLabel, "dialogError").text())
        _fill_project(dialog, initial="1,120.5")
        click_ok(dialog)
    answer(add)
    qtbot.mouseClick(tab.buttons["add"], LEFT)
    assert "不能为负数" in errors[0] and "不是整分数" in errors[1]
    assert [(r["code"], r["initial_budget_fen"], r["full_year_budget_fen"], r["department"]) for r in tab.model.rows] \
        == [("P001", 1_120_500_000, 130_000_000, "县教育局")]
    assert _cell(tab, "P001", 3) == "1120.50" and _cell(tab, "P001", 4) == "130.00"

    def edit(dialog):  # type: ignore[no-untyped-def]
        assert dialog.findChild(QLineEdit, "project_initial").text() == "1120.50"
        _fill_project(dialog, full_year="140.25")
        click_ok(dialog)
    answer(edit)
    qtbot.mouseClick(tab.buttons["edit"], LEFT)
    assert tab.model.rows[0]["full_year_budget_fen"] == 140_250_000

    with window.db.sessions() as s:  # a target refers to the project: it can only be retired
        s.add(m.PerformanceTarget(project_id=tab.model.rows[0]["id"], version=1, status="draft"))
        s.commit()
    _select(tab, "P001")
    qtbot.mouseClick(tab.buttons["retire"], LEFT)
    assert _cell(tab, "P001", 8) == "已停用" and "已停用" in messages[-1]
    with window.db.sessions() as s:
        assert s.scalar(select(m.Project.retired)) is True
    targets = window.show_area("targets")  # the cycle's project list keeps it, in grey
    assert targets.model.rowCount() == 1
    assert targets.model.data(targets.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).name() == "#9e9e9e"


def test_new_budget_year_action_carries_the_demo_and_every_page_follows(demo_window, qtbot, messages) -> None:  # type: ignore[no-untyped-def]
    latest = demo_window.year_combo.itemData(0)

    def year(dialog):  # type: ignore[no-untyped-def]
        dialog.findChild(QSpinBox, "newYear").setValue(latest + 1)
        assert dialog.source.currentData() == latest
        click_ok(dialog)
    answer(year)
    demo_window.new_year_action.trigger()
    assert demo_window.year_combo.currentData() == latest + 1
    assert f"预算年度 {latest + 1} 已创建，承接 {latest} 年度" in messages[-1]
    with demo_window.db.sessions() as s:
        carried = s.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == latest + 1))
        n = len(list(s.scalars(select(m.Project.id).where(m.Project.year_id == carried))))
    targets = demo_window.show_area("targets")
    assert n > 0 and targets.model.rowCount() == n
    projects = demo_window.show_area("libraries").show_tab("projects")
    assert len(projects.model.rows) == n and f"{latest + 1}" in projects.note.text()


def test_the_projects_tab_imports_an_adjusted_export_and_lists_the_changes(window, qtbot, messages, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.test_new_database_wizard import write_export

    export = write_export(tmp_path / "2026年项目库导出.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(export)], ""))
    tab = window.show_area("libraries").show_tab("projects")
    qtbot.mouseClick(tab.buttons["import"], LEFT)
    assert len(tab.model.rows) == 3 and "新增项目 3 个" in messages[-1]
    book = load_workbook(export)
    book.active["I5"] = "1,300.5"  # 学生营养餐补助 after a budget adjustment
    book.active["I7"] = "1420.623456"
    book.save(export)
    qtbot.mouseClick(tab.buttons["import"], LEFT)
    assert "更新 1 个" in messages[-1] and "1250.50" not in messages[-1]
    assert "12505000.00元 → 13005000.00元" in messages[-1]
    assert _cell(tab, "37158126R000000000002", 4) == "1300.50"

"""The 成本预算 area: the standard library searched, imported and edited from its tab; a project's cost-benefit
table typed with the 聊城 checks shown as it is typed, a standard picked, saved, exported and printed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.gui.mainwindow import MainWindow
from perfdesk.gui.pages.costs import AMOUNT, COST, NAME, QUANTITY, REVIEW, SOURCE, STANDARD
from tests.services import cost_books as cb


@pytest.fixture
def page(qtbot, db):  # type: ignore[no-untyped-def]
    cb.lamp_project(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("costs")
    page.analysis.quiet = page.standards.quiet = True
    return page


def shown(view) -> list[str]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount()) if not view.isRowHidden(r)]


def column(table, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(r, col).text() for r in range(table.rowCount())]


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_standards_tab_imports_searches_and_edits(page, qtbot, tmp_path: Path, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = page.standards
    page.tabs.setCurrentWidget(tab)
    monkeypatch.setattr("perfdesk.gui.pages.costs_standards.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(cb.standards_book(tmp_path / "s.xlsx")), ""))
    click(qtbot, tab.buttons["import"])
    assert tab.last_message == "新增 4 条，更新 0 条，0 条不变。"
    finder = tab.finder
    assert shown(finder.view) == ["BM-001", "HY-001", "TY-001", "TY-002"]  # all valid in 2025
    finder.words.setText("会议")
    assert shown(finder.view) == ["TY-002"]
    finder.words.setText("")
    finder.level.setCurrentIndex(finder.level.findData("industry"))
    assert shown(finder.view) == ["HY-001"]
    finder.level.setCurrentIndex(0)
    assert finder.count.text() == "共 4 条"
    finder.view.selectRow(2)  # TY-001
    assert tab.buttons["edit"].isEnabled()
    monkeypatch.setattr(costs_dialog(), "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(costs_dialog(), "values", lambda self: {**dict(code="TY-001", name="住宿费（省内）", level="general",
                                                                         value=Decimal(400), unit="元/人·天"),
                                                                  "year_from": 2024})
    click(qtbot, tab.buttons["edit"])
    with db.sessions() as s:
        assert s.scalar(select(m.ExpenditureStandard.value).where(m.ExpenditureStandard.code == "TY-001")) == Decimal(400)
    out = tmp_path / "out.xlsx"
    monkeypatch.setattr("perfdesk.gui.pages.costs_standards.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, tab.buttons["export"])
    assert out.exists() and tab.last_message.startswith("已将 4 条支出标准写入")


def costs_dialog():  # type: ignore[no-untyped-def]
    from perfdesk.gui.pages.costs_standards import StandardDialog

    return StandardDialog


def test_a_bad_standards_file_is_refused_with_its_cell_and_nothing_stored(page, tmp_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    rows = [list(r) for r in cb.STANDARDS]
    rows[1][4] = "很多"
    page.tabs.setCurrentWidget(page.standards)
    assert page.standards.import_file(cb.standards_book(tmp_path / "bad.xlsx", rows)) is None
    assert "第 3 行" in page.standards.last_message and "E 列" in page.standards.last_message
    assert shown(page.standards.finder.view) == []


def test_a_cost_table_is_typed_checked_as_typed_saved_and_printed(page, qtbot, tmp_path: Path, db,
                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentWidget(page.standards)
    page.standards.import_file(cb.standards_book(tmp_path / "s.xlsx"))
    tab = page.analysis
    page.tabs.setCurrentWidget(tab)
    assert [r["code"] for r in tab.projects.rows] == ["JZ01", "LD01"]
    tab.list.selectRow(1)  # LD01 路灯运维, budget 120万元
    assert tab.title.text() == "LD01 路灯运维" and tab.items.rowCount() == 0
    click(qtbot, tab.buttons["print"])  # nothing saved yet: nothing to print, and no file dialog
    assert tab.last_message == "该项目尚未保存成本效益分析表，请先保存。"
    click(qtbot, tab.buttons["add"])
    for col, text in ((NAME, "路灯维修费"), (COST, "300"), (QUANTITY, "3200"), (AMOUNT, "960000")):
        tab.items.item(0, col).setText(text)
    kinds = [f.rule for f in tab.findings]
    assert kinds == ["incomplete", "no_core_driver", "no_basis"]
    assert "比项目预算 120.00 万元少 240,000.00 元" in tab.findings[0].message
    tab.driver["core_driver"].setText("路灯基数")
    tab.driver["driver_quantity"].setText("3200")
    tab.driver["driver_unit"].setText("盏")
    tab.items.setCurrentCell(0, NAME)
    with db.sessions() as s:
        lamp = {c.name: getattr(st, c.name) for st in [s.scalar(select(m.ExpenditureStandard)
                                                               .where(m.ExpenditureStandard.code == "HY-001"))]
                for c in m.ExpenditureStandard.__table__.columns}
    tab.pick_standard(lamp)
    assert tab.items.item(0, STANDARD).text() == "路灯维护定额（300元/盏·年）"
    assert tab.items.item(0, SOURCE).text() == "市住建局路灯维护标准"
    assert column(tab.items, REVIEW) == ["未见问题"]  # the shortfall belongs to the whole table
    click(qtbot, tab.buttons["add"])
    for col, text in ((NAME, "差旅费"), (COST, "380"), (QUANTITY, "100"), (AMOUNT, "38000")):
        tab.items.item(1, col).setText(text)
    with db.sessions() as s:
        hotel = {c.name: getattr(st, c.name) for st in [s.scalar(select(m.ExpenditureStandard)
                                                                .where(m.ExpenditureStandard.code == "TY-001"))]
                 for c in m.ExpenditureStandard.__table__.columns}
    tab.items.setCurrentCell(1, NAME)
    tab.pick_standard(hotel)
    assert column(tab.items, REVIEW) == ["未见问题", "超支出标准"]
    assert [f.rule for f in tab.findings] == ["incomplete", "over_standard"]
    assert tab.found.rowCount() == 2 and "超出 30.00 元（8.57%）" in tab.found.item(1, 2).text()
    tab.items.item(0, COST).setText("1e20")  # beyond any amount: shown as unreadable, not a crash
    assert "1e20" in tab.found.item(0, 2).text()
    tab.items.item(0, COST).setText("三百")  # cannot be read: saving is refused, nothing stored
    click(qtbot, tab.buttons["save"])
    assert "三百" in tab.last_message
    with db.sessions() as s:
        assert s.scalar(select(m.CostItem.id)) is None
    tab.items.item(0, COST).setText("300")
    click(qtbot, tab.buttons["save"])
    with db.sessions() as s:
        items = s.execute(select(m.CostItem.name, m.CostItem.unit_cost_fen, m.CostItem.amount_fen,
                                 m.CostItem.standard_source).order_by(m.CostItem.sort_order)).all()
        driver = s.execute(select(m.CostAnalysis.core_driver, m.CostAnalysis.driver_quantity)).one()
    assert [tuple(i) for i in items] == [("路灯维修费", 30000, 96000000, "市住建局路灯维护标准"),
                                         ("差旅费", 38000, 3800000, "市财政局差旅费管理办法")]
    assert tuple(driver) == ("路灯基数", Decimal(3200))
    assert tab.title.text() == "LD01 路灯运维" and tab.items.rowCount() == 2  # shown again after saving
    pdf = tmp_path / "lamp.pdf"
    monkeypatch.setattr("perfdesk.gui.pages.costs.QFileDialog.getSaveFileName", lambda *a, **k: (str(pdf), ""))
    click(qtbot, tab.buttons["print"])
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_cost_tab_imports_and_exports_excel(page, qtbot, tmp_path: Path, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentWidget(page.standards)
    page.standards.import_file(cb.standards_book(tmp_path / "s.xlsx"))
    tab = page.analysis
    page.tabs.setCurrentWidget(tab)
    monkeypatch.setattr("perfdesk.gui.pages.costs.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(cb.cost_book(tmp_path / "c.xlsx")), ""))
    click(qtbot, tab.buttons["import"])
    assert tab.last_message == "已导入 1 个项目的 3 项分项成本。"
    tab.choose(next(r["id"] for r in tab.projects.rows if r["code"] == "LD01"))
    assert column(tab.items, NAME) == ["路灯维修费", "差旅费（住宿）", "会议费"]
    assert column(tab.items, REVIEW) == ["未见问题", "超支出标准", "单位成本与数量不相符"]
    out = tmp_path / "out.xlsx"
    monkeypatch.setattr("perfdesk.gui.pages.costs.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, tab.buttons["export"])
    assert tab.last_message.startswith("已将 3 行写入")


def test_the_picker_offers_the_standards_valid_for_the_projects_year_and_department(page, tmp_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.gui.pages.costs_standards import StandardPicker

    page.tabs.setCurrentWidget(page.standards)
    page.standards.import_file(cb.standards_book(tmp_path / "s.xlsx"))
    picker = StandardPicker(db, 2027, "D002")
    assert shown(picker.finder.view) == ["TY-001", "TY-002"]  # HY-001 ends in 2026; BM-001 is D001's own
    picker.finder.valid.setChecked(False)
    assert shown(picker.finder.view) == ["HY-001", "TY-001", "TY-002"]
    assert picker.chosen() is None
    picker.finder.view.selectRow(1)
    assert picker.chosen()["code"] == "TY-001"
    picker.deleteLater()

"""File → 新建数据库…: the wizard driven through its real Next/Finish buttons, with a budget export written here
(title row, 单位：万元 row, Chinese headers, a 合计 row), into a folder whose name has # % and Chinese characters;
the window then opens the new database on a populated project list with the region in its title."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWizard,
)

from perfdesk.gui.dialogs.new_database import NewDatabaseWizard
from tests.gui.modal import answer

LEFT = Qt.MouseButton.LeftButton
HEADER = ["项目编码", "项目名称", "主管部门编码", "主管部门", "单位编码", "单位名称", "资金来源", "年初预算数", "全年预算数"]
ROWS = [["37158126R000000000001", "校舍维修改造", "101", "临清市教育和体育局", "101001", "临清市第一中学", "本级",
         "80.123456", "80.123456"],
        ["37158126R000000000002", "学生营养餐补助", "101", "临清市教育和体育局", "101002", "临清市实验小学", "本级",
         "1,200.5", "1,250.5"],
        ["37158126R000000000003", "村级道路硬化", "901", "青年街道", "901", "青年街道", "县对下转移支付", "40", "40"]]


def write_export(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.append(["2026年临清市项目支出预算表"])
    ws.append(["单位：万元"])
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    ws.append(["合计", "", "", "", "", "", "", "1320.623456", "1370.623456"])
    book.save(path)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    odd = tmp_path / "财政局 #1 %20"
    odd.mkdir()
    return odd


@pytest.fixture
def window(make_window, db, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    win = make_window(db)
    yield win
    if win.db is not None and win.db is not db:
        win.db.close()


def _next(wizard: QWizard) -> QPushButton:
    return wizard.button(QWizard.WizardButton.NextButton)


def _fill_first_pages(wizard: QWizard, qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard.findChild(QLineEdit, "newDbPath").setText(str(path))
    qtbot.mouseClick(_next(wizard), LEFT)
    wizard.findChild(QLineEdit, "newDbRegion").setText("临清市")
    wizard.findChild(QLineEdit, "newDbDivision").setText("371581")
    wizard.findChild(QSpinBox, "newDbYear").setValue(2026)
    qtbot.mouseClick(_next(wizard), LEFT)


def test_the_wizard_imports_the_export_and_the_window_opens_on_the_project_list(window, qtbot, folder: Path,
                                                                                tmp_path: Path) -> None:
    export = write_export(tmp_path / "2026年项目库导出.xlsx")
    target = folder / "临清市绩效.db"
    summaries: list[str] = []

    def run(wizard):  # type: ignore[no-untyped-def]
        _fill_first_pages(wizard, qtbot, target)
        wizard.findChild(QRadioButton, "newDbImport").setChecked(True)
        wizard.start.set_files([export])
        wizard.findChild(type(wizard.start.library), "newDbLibrary").setChecked(False)
        qtbot.mouseClick(_next(wizard), LEFT)  # creates the database and imports the export
        summaries.append(wizard.findChild(QPlainTextEdit, "newDbSummary").toPlainText())
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    answer(run)
    window.new_db_action.trigger()
    assert target.exists() and "新增项目 3 个，更新 0 个，未变 0 个；新增单位 4 个（预算年度 2026）" in summaries[0]
    qtbot.waitUntil(lambda: window.db is not None and window.db.path == target.resolve(), timeout=10000)
    assert window.windowTitle() == "绩效通 — 临清市"
    from perfdesk.gui.dialogs.about import about_text

    assert "<b>地区</b>: 临清市 (371581)" in about_text(window, window.db)
    targets = window.stack.currentWidget()
    assert targets is window.page("targets") and targets.model.rowCount() == 3
    assert window.year_combo.currentData() == 2026
    projects = window.show_area("libraries").show_tab("projects")
    assert [(r["code"], r["initial_budget_fen"], r["full_year_budget_fen"]) for r in projects.model.rows] == [
        ("37158126R000000000001", 80_123_456, 80_123_456), ("37158126R000000000002", 1_200_500_000, 1_250_500_000),
        ("37158126R000000000003", 40_000_000, 40_000_000)]


def test_a_refused_export_leaves_no_file_and_says_where(window, qtbot, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export = write_export(tmp_path / "bad.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(export)
    book.active["G4"] = "外星转移支付"  # an unknown 资金来源
    book.save(export)
    target = folder / "新库.db"
    seen: list[str] = []

    def run(wizard):  # type: ignore[no-untyped-def]
        _fill_first_pages(wizard, qtbot, target)
        wizard.start.set_files([export])
        qtbot.mouseClick(_next(wizard), LEFT)
        seen.append(wizard.start.findChild(QLabel, "wizardError").text())
        assert wizard.currentPage() is wizard.start and not target.exists()
        wizard.findChild(QRadioButton, "newDbEmpty").setChecked(True)  # start empty instead
        qtbot.mouseClick(_next(wizard), LEFT)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    answer(run)
    window.new_db_action.trigger()
    assert "外星转移支付" in seen[0] and "bad.xlsx" in seen[0] and "G" in seen[0]
    qtbot.waitUntil(lambda: window.db is not None and window.db.path == target.resolve(), timeout=10000)
    assert type(window.stack.currentWidget()).__name__ == "FirstDayPanel"


def test_an_existing_file_is_never_overwritten(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "old.db"
    existing.write_bytes(b"keep me")
    wizard = NewDatabaseWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.findChild(QLineEdit, "newDbPath").setText(str(existing))
    qtbot.mouseClick(_next(wizard), LEFT)
    assert wizard.currentPage() is wizard.location and "已存在" in wizard.location.error.text()
    assert existing.read_bytes() == b"keep me"

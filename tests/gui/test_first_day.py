"""An empty database's first screen says what to do and does it: create the year, add a unit and a project by
hand (real buttons, real dialogs), after which the window shows the project list; no page shows "None"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QSpinBox

from perfdesk.gui.widgets.first_day import FirstDayPanel
from tests.gui.modal import answer, click_ok


@pytest.fixture
def empty_window(make_window, db, monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window = make_window(db)
    window.messages = shown
    return window


def _visible_texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_an_empty_database_opens_on_the_first_day_screen(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = empty_window.stack.currentWidget()
    assert isinstance(panel, FirstDayPanel)
    assert "没有预算年度" in panel.intro.text() and panel.heading.text() == "欢迎使用绩效通"
    assert panel.buttons["year"].text() == "新建预算年度…" and not panel.buttons["projects"].isEnabled()
    empty_window.nav.setCurrentRow(empty_window._keys.index("ranking"))  # 排名与末位淘汰 needs a year: the screen says so, not "没有 None 预算年度"
    assert empty_window.stack.currentWidget() is panel and "排名与末位淘汰" in panel.intro.text()
    assert not any("None" in text for text in _visible_texts(empty_window))


def test_the_first_day_steps_create_the_year_a_unit_and_a_project_then_the_project_list_shows(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = empty_window.stack.currentWidget()

    def year(dialog):  # type: ignore[no-untyped-def]
        dialog.findChild(QSpinBox, "newYear").setValue(2026)
        click_ok(dialog)
    answer(year)
    qtbot.mouseClick(panel.buttons["year"], qtbot_button())
    assert empty_window.year_combo.currentData() == 2026 and panel.step_done("year")
    assert "预算年度 2026 已创建" in empty_window.messages[-1]

    def unit(dialog):  # type: ignore[no-untyped-def]
        dialog.findChild(QLineEdit, "unit_code").setText("101")
        dialog.findChild(QLineEdit, "unit_name").setText("县教育局")
        kind = dialog.kind
        kind.setCurrentIndex(kind.findData("department"))
        click_ok(dialog)
    answer(unit)
    qtbot.mouseClick(panel.buttons["units"], qtbot_button())
    assert panel.step_done("units") and panel.buttons["projects"].isEnabled()
    assert empty_window.stack.currentWidget() is panel  # still no project: the screen stays

    def project(dialog):  # type: ignore[no-untyped-def]
        dialog.findChild(QLineEdit, "project_code").setText("37158126R000000000001")
        dialog.findChild(QLineEdit, "project_name").setText("学生资助")
        dialog.findChild(QLineEdit, "project_initial").setText("120.5")
        dialog.findChild(QLineEdit, "project_full_year").setText("130")
        click_ok(dialog)
    answer(project)
    qtbot.mouseClick(panel.buttons["projects"], qtbot_button())
    targets = empty_window.stack.currentWidget()
    assert targets is empty_window.page("targets") and targets.model.rowCount() == 1
    assert empty_window.unit_tree.topLevelItem(0).child(0).text(0) == "县教育局"


def test_with_a_year_and_no_projects_every_page_opens_without_none(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.services.years import create_year

    with UnitOfWork(empty_window.db.sessions) as uow:
        create_year(uow, 2026)
        uow.commit()
    empty_window.reload_master_data()
    for key, _title in empty_window.areas():
        page = empty_window.show_area(key)
        assert empty_window.stack.currentWidget() is page, key
        assert not any("None" in text for text in _visible_texts(page)), key


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_import_step_brings_in_the_export_and_opens_the_project_list(empty_window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.test_new_database_wizard import write_export

    export = write_export(tmp_path / "2026年项目库导出.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(export)], ""))
    panel = empty_window.stack.currentWidget()
    qtbot.mouseClick(panel.buttons["import"], qtbot_button())
    assert "新增项目 3 个" in empty_window.messages[-1]
    targets = empty_window.stack.currentWidget()
    assert targets is empty_window.page("targets") and targets.model.rowCount() == 3
    assert empty_window.year_combo.currentData() == 2026


def test_the_library_step_loads_the_shipped_indicators_once(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.services.masterdata_edit import database_status

    panel = empty_window.stack.currentWidget()
    assert panel.buttons["projects"].toolTip() == "请先新建预算年度和单位。"
    qtbot.mouseClick(panel.buttons["library"], qtbot_button())
    with empty_window.db.sessions() as s:
        assert database_status(s).library == 1119
    assert panel.step_done("library") and not panel.buttons["library"].isEnabled()

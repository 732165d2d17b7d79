"""The main window over a demo database: navigation, year and unit filters, search, selection, settings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from perfdesk.core.db import migrate
from perfdesk.core.rules.params import MonitoringParams
from perfdesk.core.services import settings as settings_service
from perfdesk.gui.dialogs.about import about_text
from perfdesk.gui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, demo_db):  # type: ignore[no-untyped-def]
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_project_list_filters_by_search_and_a_project_can_be_selected(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.show_area("targets")
    total = page.model.rowCount()
    assert total == 40  # the latest year of the tiny demo
    qtbot.keyClicks(page.search, "R00000000001")  # typed like a user (QTest types ASCII only)
    qtbot.waitUntil(lambda: page.model.rowCount() < total)
    codes = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert codes and all("R00000000001" in c for c in codes)
    page.search.setText("营养")
    qtbot.waitUntil(lambda: all("营养" in page.model.index(r, 1).data() for r in range(page.model.rowCount())))
    assert page.model.rowCount() >= 1
    page.table.selectRow(0)
    name = page.model.index(0, 1).data()
    assert name in page.detail.toPlainText()


def test_choosing_a_unit_narrows_the_list(window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_area("targets")
    total = page.model.rowCount()
    units = window._units
    township = next(u for u in units if u.kind == "township")
    window.unit_tree.select_unit(township.id)
    assert 0 < page.model.rowCount() < total
    assert {page.model.index(r, 2).data() for r in range(page.model.rowCount())} == {township.name}


def test_the_year_selector_switches_budget_years(window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_area("targets")
    years = [window.year_combo.itemData(i) for i in range(window.year_combo.count())]
    assert years == [2025, 2024]
    window.year_combo.setCurrentIndex(1)
    assert page.model.rowCount() == 40
    names = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert any(n.startswith("2024年") for n in names) and not any("2025年" in n for n in names)


def test_sorting_by_budget_happens_in_sql(window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_area("targets")
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    values = [Decimal(page.model.index(r, 5).data()) for r in range(page.model.rowCount())]
    assert values == sorted(values, reverse=True)


def test_the_settings_page_saves_a_rule_parameter(window, demo_db) -> None:  # type: ignore[no-untyped-def]
    page = window.show_area("settings")
    editor = page.findChild(type(page.editors["monitoring"][0]), "param_monitoring_red_lag_points")
    editor.widget.setText("35")
    assert page.save() == ["monitoring.red_lag_points"]
    with demo_db.sessions() as s:
        assert settings_service.load(s, MonitoringParams).red_lag_points == Decimal(35)


def test_each_target_check_has_its_own_severity_control_and_only_changes_are_stored(window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.rules import target_checks as tc
    from perfdesk.core.rules.params import TargetParams
    from perfdesk.core.services import targets as ts

    page = window.show_area("settings")
    editor = page.findChild(type(page.editors["targets"][0]), "param_targets_checks")
    combos = editor.widget.combos
    assert list(combos) == list(tc.CHECKS)
    assert [combos["value_basis"].itemText(i) for i in range(4)] == ["错误", "警示", "提示", "关闭"]
    assert combos["value_basis"].currentData() == tc.CHECKS["value_basis"].severity
    combos["value_basis"].setCurrentIndex(combos["value_basis"].findData("off"))
    combos["weights_total"].setCurrentIndex(combos["weights_total"].findData("warning"))
    combos["levels_present"].setCurrentIndex(combos["levels_present"].findData("error"))  # its default
    assert page.save() == ["targets.checks"]
    with demo_db.sessions() as s:
        assert settings_service.load(s, TargetParams).checks == {"value_basis": "off", "weights_total": "warning"}
        severities = ts.check_settings(s).severities
    assert severities == {"value_basis": "off", "weights_total": "warning"}
    page.set_context(page.ctx)  # reloaded from the database
    assert combos["value_basis"].currentData() == "off" and combos["vague_wording"].currentData() == "warning"


def test_navigation_lists_every_area_of_the_cycle(window) -> None:  # type: ignore[no-untyped-def]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "工作台", "事前绩效评估", "目标管理", "成本预算", "运行监控", "绩效评价", "重点评价", "排名与末位淘汰", "结果应用",
        "部门整体与信息公开", "报表", "基础库", "设置", "账户", "审计日志"]


def test_the_about_box_names_version_data_folder_and_schema(window, demo_db) -> None:  # type: ignore[no-untyped-def]

    text = about_text(window, demo_db)
    assert migrate.head() in text and str(demo_db.data_dir) in text

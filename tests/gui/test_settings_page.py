"""The settings page cannot be changed by accident: the wheel does not turn unfocused inputs, changes are marked,
and leaving with unsaved changes asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from perfdesk.core.rules import params as P


def _wheel(widget, steps: int = -3) -> None:  # type: ignore[no-untyped-def]
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _check_combo(page):  # type: ignore[no-untyped-def]
    editor = page.findChild(type(page.editors["targets"][0]), "param_targets_checks")
    return editor.widget.combos["value_basis"]


def test_the_wheel_over_an_unfocused_drop_down_changes_nothing(window):
    page = window.show_area("settings")
    page.tabs.setCurrentIndex(page.tab_titles["targets"])
    combo = _check_combo(page)
    before = combo.currentIndex()
    combo.clearFocus()
    _wheel(combo)
    assert combo.currentIndex() == before and not page.dirty


def test_the_wheel_over_a_drop_down_the_person_clicked_into_changes_it(window):
    page = window.show_area("settings")
    page.tabs.setCurrentIndex(page.tab_titles["targets"])
    combo = _check_combo(page)
    combo.setFocus()
    QApplication.processEvents()
    if not combo.hasFocus():
        pytest.skip("the offscreen platform gave no focus")
    before = combo.currentIndex()
    _wheel(combo)
    assert combo.currentIndex() != before


def test_every_group_of_rules_has_its_own_tab(window):
    page = window.show_area("settings")
    shown = [cls for cls in P.ALL_GROUPS if P.shown_fields(cls)]
    assert page.tabs.count() == 2 + len(shown) and "exante" in page.tab_titles  # with Interface and Rule sets


def test_no_parameter_of_a_feature_that_does_not_exist_is_shown(window, demo_db):
    from dataclasses import replace

    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.services import settings as settings_service

    page = window.show_area("settings")
    names = {e.objectName() for editors in page.editors.values() for e in editors}
    assert "param_exante_no_assessment_no_budget" in names and "param_exante_share_good" in names
    assert not names & {"param_" + key.replace(".", "_") for key in P.NOT_YET_USED}
    with UnitOfWork(demo_db.sessions, user="t") as uow:  # a value stored for a parameter held back stays
        settings_service.save(uow, replace(P.GeneralParams(), money_places=4))
        uow.commit()
    page.set_context(page.ctx)
    page.editors["general"][0].widget.setText("某县")
    page.editors["general"][0].edited.emit()
    page.save()
    with demo_db.sessions() as s:
        general = settings_service.load(s, P.GeneralParams)
    assert general.county_name == "某县" and general.money_places == 4


def test_a_change_is_marked_and_leaving_asks_cancel_stays_discard_restores(window, demo_db, monkeypatch):
    page = window.show_area("settings")
    combo = _check_combo(page)
    combo.setCurrentIndex(combo.findData("off"))  # as a click in the list does
    assert page.dirty == {"targets"} and page.tabs.tabText(page.tab_titles["targets"]).endswith("*")
    assert page.save_button.isEnabled() and page.unsaved.text()
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    window.nav.setCurrentRow(window._keys.index("targets"))  # try to leave
    assert window.stack.currentWidget() is page and window.nav.currentRow() == window._keys.index("settings")
    window.nav.setCurrentRow(window._keys.index("targets"))  # leave, dropping the change
    assert window.stack.currentWidget() is window.pages["targets"]
    assert combo.currentData() != "off" and not page.dirty


def test_leaving_with_save_stores_the_change(window, demo_db, monkeypatch):
    from perfdesk.core.rules.params import TargetParams
    from perfdesk.core.services import settings as settings_service

    page = window.show_area("settings")
    combo = _check_combo(page)
    combo.setCurrentIndex(combo.findData("off"))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Save))
    window.nav.setCurrentRow(window._keys.index("targets"))
    assert window.stack.currentWidget() is window.pages["targets"]
    with demo_db.sessions() as s:
        assert settings_service.load(s, TargetParams).checks == {"value_basis": "off"}


def test_a_rule_set_fills_its_parameters_which_can_be_changed_before_saving(window, demo_db, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from perfdesk.core.services import settings as settings_service

    page = window.show_area("settings")
    page.rule_sets.setCurrentIndex(page.rule_sets.findData("schedule_2025"))
    assert "2025" in page.rule_set_note.text()
    qtbot.mouseClick(page.findChild(QPushButton, "applyRuleSet"), Qt.MouseButton.LeftButton)
    assert page.dirty == {"monitoring"}
    editors = {e.field.name: e for e in page.editors["monitoring"]}
    assert editors["warning_basis"].value() == "schedule"
    rows = editors["schedule"].widget
    rows.table.item(3, 1).setText("75")  # the county expects less by the end of October
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with demo_db.sessions() as s:
        stored = settings_service.load(s, P.MonitoringParams)
    assert stored.warning_basis == "schedule"
    assert stored.schedule == ((4, 25), (6, 40), (8, 60), (10, 75))

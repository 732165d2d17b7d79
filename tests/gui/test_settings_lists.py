"""Settings a person reads, not codes: lists of codes are check lists of Chinese labels, the form of unit codes
is chosen from examples (the regular expression only under 高级), and the letterhead is asked at first print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QMessageBox

from perfdesk.core.rules.params import GeneralParams, RankingParams
from perfdesk.core.services import letterhead
from perfdesk.core.services import settings as settings_service


def _editor(page, group: str, name: str):  # type: ignore[no-untyped-def]
    return next(e for e in page.editors[group] if e.field.name == name)


def test_excluded_fund_origins_are_a_check_list_of_chinese_labels_and_a_click_is_saved(window, demo_db, qtbot,
                                                                                       monkeypatch):
    page = window.show_area("settings")
    page.tabs.setCurrentIndex(page.tab_titles["ranking"])
    editor = _editor(page, "ranking", "excluded_origins")
    assert not editor.findChildren(QLineEdit)  # no JSON text anywhere
    boxes = {b.objectName(): b for b in editor.findChildren(QCheckBox)}
    assert boxes["option_central_transfer"].text() == "中央转移支付"
    assert boxes["option_central_transfer"].isChecked() and not boxes["option_own_level"].isChecked()
    qtbot.mouseClick(boxes["option_central_transfer"], Qt.MouseButton.LeftButton)
    assert page.dirty == {"ranking"}
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with demo_db.sessions() as s:
        assert settings_service.load(s, RankingParams).excluded_origins == (
            "provincial_transfer", "municipal_transfer", "non_fiscal")


def test_ranking_categories_show_the_labels_of_the_scopes_the_rule_checks(window):
    page = window.show_area("settings")
    editor = _editor(page, "ranking", "categories")
    texts = [b.text() for b in editor.findChildren(QCheckBox)]
    assert texts == ["单项政策和项目重点评价", "专项资金或行业资金综合评价", "本级项目绩效自评", "县对下转移支付绩效自评"]
    assert all(b.isChecked() for b in editor.findChildren(QCheckBox))


def _code_pattern_editor(value: str):  # type: ignore[no-untyped-def]
    """The editor of the form of unit codes, built as the settings page builds it. The parameter is held back from
    the page until a feature checks codes against it (params.NOT_YET_USED); its editor is ready."""
    import dataclasses

    from perfdesk.gui.pages.settings import ParamEditor

    field = next(f for f in dataclasses.fields(GeneralParams) if f.name == "code_pattern")
    return ParamEditor(field, value)


def test_the_form_of_unit_codes_is_chosen_from_examples_and_the_expression_stays_under_advanced(qtbot):
    editor = _code_pattern_editor("")
    qtbot.addWidget(editor)
    editor.show()
    preset = editor.widget
    edits: list[bool] = []
    editor.edited.connect(lambda: edits.append(True))
    assert not preset.raw_row.isVisible()  # no regular expression in sight
    assert "18位数字，如 371525000000101001" in [preset.combo.itemText(i) for i in range(preset.combo.count())]
    preset.combo.setCurrentIndex(preset.combo.findText("18位数字", Qt.MatchFlag.MatchStartsWith))
    assert edits and not preset.raw_row.isVisible() and editor.value() == r"\d{18}"
    qtbot.mouseClick(preset.advanced, Qt.MouseButton.LeftButton)
    assert preset.raw_row.isVisible() and preset.raw.text() == r"\d{18}"


def test_a_stored_expression_that_is_no_preset_is_shown_under_advanced(qtbot):
    editor = _code_pattern_editor("GX\\d{4}")
    qtbot.addWidget(editor)
    editor.show()
    preset = editor.widget
    assert preset.raw_row.isVisible() and preset.value() == "GX\\d{4}"


def test_the_first_printed_letter_asks_for_the_letterhead_and_saves_it(window, demo_db, monkeypatch, tmp_path):
    from perfdesk.gui.dialogs import letterhead as dialog_module
    from perfdesk.gui.tasks import Tasks

    monkeypatch.setattr(Tasks, "inline", True)
    asked: list[str] = []

    def fill(dialog):  # type: ignore[no-untyped-def]
        asked.append(dialog.authority.text())
        dialog.county.setText("冠县")
        dialog.county.textEdited.emit("冠县")  # as typing does: the authority follows the county
        dialog.prefix.setText("冠财绩")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_module.LetterheadDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    page = window.show_area("monitoring")
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "s.pdf"), "")))
    page.print_summary()
    page.print_summary()  # asked once only
    assert len(asked) == 1
    with demo_db.sessions() as s:
        head = letterhead.load(s)
    assert (head.county, head.authority, head.prefix) == ("冠县", "冠县财政局", "冠财绩")
    assert head.issuer == "冠县财政局"


def test_an_issuing_authority_set_is_the_one_that_signs(demo_db):
    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.services import monitoring_reports, results_outputs

    with UnitOfWork(demo_db.sessions, user="test") as uow:
        letterhead.save(uow, letterhead.Letterhead("冠县", "冠县财政局预算绩效管理股", "冠财绩"))
        uow.commit()
    with demo_db.sessions() as s:
        assert monitoring_reports.issuer(s) == ("冠县", "冠县财政局预算绩效管理股")
        assert results_outputs.issuer(s) == "冠县财政局预算绩效管理股"


def test_the_caps_are_a_small_table_not_json_and_an_added_row_is_saved(window, demo_db, qtbot):
    from decimal import Decimal

    from PySide6.QtWidgets import QTableWidgetItem

    from perfdesk.core.rules.params import ScoringParams

    page = window.show_area("settings")
    page.tabs.setCurrentIndex(page.tab_titles["scoring"])
    editor = _editor(page, "scoring", "caps")
    rows = editor.widget
    assert not editor.findChildren(QLineEdit) and rows.table.rowCount() == 4
    assert rows.table.horizontalHeaderItem(0).text() == "执行率低于（%）"
    assert (rows.table.item(0, 0).text(), rows.table.item(0, 1).text()) == ("80", "89")
    qtbot.mouseClick(rows.add, Qt.MouseButton.LeftButton)
    rows.table.setItem(4, 0, QTableWidgetItem("40"))
    rows.table.setItem(4, 1, QTableWidgetItem("49"))
    assert page.dirty == {"scoring"}
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with demo_db.sessions() as s:
        caps = settings_service.load(s, ScoringParams).caps
    assert caps[-1] == (Decimal(40), Decimal(49)) and len(caps) == 5

"""The targets area: keyboard entry in the indicator grid fires the quality checks; grid editing behaves like
Excel (Enter moves down, paste a block, Delete clears, undo/redo); the review queue lists submitted targets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.gui.mainwindow import MainWindow
from perfdesk.gui.widgets.grid import Column, GridModel, GridView


@pytest.fixture
def page(qtbot, demo_db):  # type: ignore[no-untyped-def]
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    yield w.show_area("targets")  # the generator keeps the window alive (qtbot holds it only weakly)


def open_draft(page, demo_db):  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        pid = s.scalar(select(m.Project.id).join(m.PerformanceTarget).join(m.BudgetYear).where(
            m.BudgetYear.year == 2025, m.PerformanceTarget.status == "draft").order_by(m.Project.id))
    assert page.browser.select_project(pid)
    return page.browser.editor


def cell_editor(view):  # type: ignore[no-untyped-def]
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_in(qtbot, view, row: int, col: int, text: str) -> None:  # type: ignore[no-untyped-def]
    view.setCurrentIndex(view.model().index(row, col))
    qtbot.keyClicks(view, text[0])  # typing starts the editor, as in Excel
    editor = cell_editor(view)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()])


def test_an_indicator_typed_into_the_grid_is_checked_as_it_is_entered(page, demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_draft(page, demo_db)
    editor.add_row()
    row = editor.model.rowCount() - 1
    model, view = editor.model, editor.grid
    model.setData(model.index(row, 1), "产出指标")  # chosen from the drop-down lists
    model.setData(model.index(row, 2), "数量指标")
    view.setFocus()
    type_in(qtbot, view, row, 3, "Trainees")
    assert view.currentIndex().row() == min(row + 1, model.rowCount() - 1)  # Enter moved down
    type_in(qtbot, view, row, 5, ">=120")
    assert (model.value(row, "comparison"), model.value(row, "value")) == ("≥", "120")
    fired = [f for f in editor.findings if f.rule == "quantitative_complete" and f.indicator_name == "Trainees"]
    assert fired and "度量单位" in fired[0].message  # the Chinese catalogue is installed
    assert model.index(row, 9).data() and model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    type_in(qtbot, view, row, 6, "kg")
    assert not [f for f in editor.findings if f.rule == "quantitative_complete" and f.indicator_name == "Trainees"]
    model.undo_stack.undo()  # the unit again missing
    assert [f for f in editor.findings if f.rule == "quantitative_complete" and f.indicator_name == "Trainees"]


def test_the_weight_totals_follow_the_grid(page, demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_draft(page, demo_db)
    before = editor.totals.text()
    editor.model.setData(editor.model.index(0, 7), "99")
    assert editor.totals.text() != before and "99" not in before


def grid(qtbot):  # type: ignore[no-untyped-def]
    model = GridModel([Column("a", "A"), Column("b", "B", parse=int), Column("c", "C", editable=False)])
    model.set_rows([{"a": "x", "b": 1}, {"a": "y", "b": 2}])
    view = GridView(model)
    qtbot.addWidget(view)
    view.show()
    return model, view


def test_the_grid_pastes_a_block_from_excel_appending_rows_in_one_undo_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    model, view = grid(qtbot)
    QGuiApplication.clipboard().setText("p\t7\tignored\nq\t8\nr\t9\n")
    view.setCurrentIndex(model.index(1, 0))
    refused = view.paste_clipboard()
    assert refused == []
    assert [(r["a"], r["b"]) for r in model.rows()] == [("x", 1), ("p", 7), ("q", 8), ("r", 9)]
    assert all("c" not in r for r in model.rows())
    model.undo_stack.undo()
    assert [(r["a"], r["b"]) for r in model.rows()] == [("x", 1), ("y", 2)]
    model.undo_stack.redo()
    assert model.rowCount() == 4


def test_the_grid_refuses_text_its_column_cannot_parse(qtbot) -> None:  # type: ignore[no-untyped-def]
    model, view = grid(qtbot)
    QGuiApplication.clipboard().setText("z\tmany")
    view.setCurrentIndex(model.index(0, 0))
    assert view.paste_clipboard() == ["1:B"]
    assert model.value(0, "a") == "z" and model.value(0, "b") == 1


def test_delete_clears_the_selected_cells_and_undo_brings_them_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    model, view = grid(qtbot)
    view.selectAll()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [(r["a"], r["b"]) for r in model.rows()] == [(None, None), (None, None)]
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [(r["a"], r["b"]) for r in model.rows()] == [("x", 1), ("y", 2)]
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert model.value(0, "a") is None


def test_f2_edits_the_current_cell(qtbot) -> None:  # type: ignore[no-untyped-def]
    model, view = grid(qtbot)
    view.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = cell_editor(view)
    editor.selectAll()
    qtbot.keyClicks(editor, "42")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.value(0, "b") == 42)
    assert model.value(0, "b") == 42 and view.currentIndex().row() == 1


def test_the_review_queue_lists_submitted_targets_with_check_counts(page, demo_db) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentWidget(page.queue)
    with demo_db.sessions() as s:
        n = len(s.scalars(select(m.PerformanceTarget.id).join(m.Project).join(m.BudgetYear).where(
            m.BudgetYear.year == 2025, m.PerformanceTarget.status == "submitted")).all())
    assert page.queue.table.rowCount() == n > 0
    page.queue.table.selectRow(0)
    assert page.queue.editor.buttons["approve"].isEnabled()
    assert not page.queue.editor.buttons["save"].isEnabled()


# -- the library picker ---------------------------------------------------------------------------------------
def test_the_library_picker_offers_the_projects_sector_and_common_entries(page, demo_db) -> None:  # type: ignore[no-untyped-def]
    editor = open_draft(page, demo_db)
    with demo_db.sessions() as s:
        sector = s.get(m.Project, editor.project_id).sector
    dialog = editor.make_picker()
    rows = dialog.browser.model.rows
    assert rows and {r["sector"] for r in rows} == {sector, "general"}
    assert not dialog.browser.sector.isVisible() and dialog.browser.year.value() == 2025
    dialog.browser.words.setText("满意度")
    dialog.browser.refresh()
    assert dialog.browser.model.rows and all("满意度" in r["name"] + r["measurement"] for r in dialog.browser.model.rows)
    dialog.reject()


def test_picked_indicators_are_inserted_with_their_library_link_and_undo_removes_them(page, demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_draft(page, demo_db)
    before = editor.model.rows()
    dialog = editor.make_picker()
    dialog.browser.level1.setCurrentIndex(dialog.browser.level1.findData("效益指标"))
    dialog.browser.table.selectRow(0)
    chosen = dialog.browser.model.rows[:2]
    dialog.browser.select_ids([r["id"] for r in chosen])
    assert dialog.insert.isEnabled()
    qtbot.mouseClick(dialog.insert, Qt.MouseButton.LeftButton)
    after = editor.model.rows()
    assert len(after) == len(before) + 2
    added = after[len(before):]
    assert [r["library_id"] for r in added] == [r["id"] for r in chosen]
    assert [(r["level1"], r["level2"], r["name"], r["unit"]) for r in added] == [
        (c["level1"], c["level2"], c["name"], c["unit"]) for c in chosen]
    assert all(r["part"] == "年度" and r["value"] == "" for r in added)
    assert {r["comparison"] for r in added} <= {"≥", "≤", "=", "定性", ""} and all(r["basis"] for r in added)
    assert [i.library_id for i in editor.draft().indicators[-2:]] == [r["id"] for r in chosen]
    editor.model.undo_stack.undo()
    assert editor.model.rows() == before
    editor.model.undo_stack.redo()
    assert len(editor.model.rows()) == len(before) + 2


def test_saving_picked_indicators_stores_the_library_link_and_counts_the_use(page, demo_db) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.db import queries_targets as qt

    editor = open_draft(page, demo_db)
    editor.quiet = True
    with demo_db.sessions() as s:
        entry = s.scalar(select(m.LibraryIndicator).where(m.LibraryIndicator.name == "服务对象满意度"))
        entry_id, uses = entry.id, qt.usage_counts(s, [entry.id]).get(entry.id, 0)
        entry_row = {c: getattr(entry, c) for c in ("id", "level1", "level2", "name", "comparison", "unit", "value_basis")}
    editor.insert_from_library([entry_row])
    editor.save()
    with demo_db.sessions() as s:
        assert qt.usage_counts(s, [entry_id]).get(entry_id, 0) == uses + 1

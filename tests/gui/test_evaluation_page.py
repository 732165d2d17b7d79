"""The evaluation page: entry with a live score, import check, ranking, spot checks."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit
from sqlalchemy import select, update

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_selfeval as Q
from perfdesk.core.services import selfeval
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.tasks import Tasks
from tests.io import selfeval_books as books


def _page(qtbot, demo_db):  # type: ignore[no-untyped-def]
    from perfdesk.gui.pages.evaluation import PAGE

    page = PAGE()
    qtbot.addWidget(page)
    page.set_context(PageContext(demo_db, 2025, None))
    return page


def cell_editor(view):  # type: ignore[no-untyped-def]
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_in(qtbot, view, row: int, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    view.setCurrentIndex(view.model().index(row, view.model().keys.index(key)))
    qtbot.keyClicks(view, text[0])  # typing starts the editor, as in Excel
    editor = cell_editor(view)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()])


def _numeric_rows(model) -> list[int]:  # type: ignore[no-untyped-def]
    """Lines whose target is "at least" a number: an actual value of 0 scores 0 there."""
    return [r for r in range(model.rowCount()) if model.value(r, "kind") != selfeval.EXECUTION
            and model.value(r, "comparison") == ">="]


def _open_draft(qtbot, demo_db):  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_db)
    entry = page.entry
    with demo_db.sessions() as s:
        draft = s.scalar(select(m.SelfEvaluation.id).join(m.Project).join(m.BudgetYear)
                         .where(m.SelfEvaluation.status == "draft", m.BudgetYear.year == 2025)
                         .order_by(m.SelfEvaluation.id))
    entry.open(draft)
    page.show()
    return page


def test_typing_actual_values_with_the_keyboard_changes_the_total_and_undo_restores_it(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    page = _open_draft(qtbot, demo_db)
    entry = page.entry
    model, view = entry.model, entry.lines
    row = _numeric_rows(model)[0]
    before, before_score = entry.total.text(), model.value(row, "computed_score")
    assert before and before_score > 0
    type_in(qtbot, view, row, "actual_text", "0")
    assert model.value(row, "actual_text") == "0"
    assert model.value(row, "computed_score") == 0
    assert entry.total.text() != before
    assert view.currentIndex().row() == row + 1  # Enter moved down
    assert entry.changes == {model.value(row, "id"): {"actual_text": "0"}}
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entry.total.text() == before and model.value(row, "computed_score") == before_score
    assert entry.changes == {}
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert model.value(row, "computed_score") == 0


def test_a_block_pasted_from_excel_fills_actuals_and_levels_in_one_undo_step(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    page = _open_draft(qtbot, demo_db)
    entry = page.entry
    model, view = entry.model, entry.lines
    first = _numeric_rows(model)[0]
    before = entry.total.text()
    QGuiApplication.clipboard().setText("0\t未达成且效果较差\n0\t部分达成并具有一定效果\n")
    view.setCurrentIndex(model.index(first, model.keys.index("actual_text")))
    assert view.paste_clipboard() == []
    assert [model.value(first + i, "actual_text") for i in range(2)] == ["0", "0"]
    assert [model.value(first + i, "qualitative_level") for i in range(2)] == ["not_achieved", "partly"]
    assert model.data(model.index(first, model.keys.index("qualitative_level"))) == "未达成且效果较差"
    assert entry.total.text() != before
    model.undo_stack.undo()
    assert entry.total.text() == before and entry.changes == {}


def test_a_pick_outside_its_band_is_refused_with_a_message(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    page = _open_draft(qtbot, demo_db)
    entry = page.entry
    model = entry.model
    row = _numeric_rows(model)[0]
    points = model.value(row, "points")
    col = model.keys.index
    model.setData(model.index(row, col("qualitative_level")), "达成年度指标")
    assert model.value(row, "qualitative_level") == "achieved"
    model.setData(model.index(row, col("qualitative_pick")), str(points * Decimal("0.5")))
    assert model.value(row, "qualitative_pick") is None
    assert "outside" in entry.message.text() or "超出" in entry.message.text()
    model.setData(model.index(row, col("qualitative_pick")), str(points * Decimal("0.9")))
    assert model.value(row, "qualitative_pick") == points * Decimal("0.9")
    model.setData(model.index(row, col("qualitative_level")), "未达成且效果较差")  # the pick leaves its band
    assert model.value(row, "qualitative_pick") is None
    assert model.value(row, "qualitative_level") == "not_achieved"


def test_saving_stores_the_typed_values_and_an_override_needs_a_reason(qtbot, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _open_draft(qtbot, demo_db)
    entry = page.entry
    model = entry.model
    row = _numeric_rows(model)[0]
    line_id = model.value(row, "id")
    type_in(qtbot, entry.lines, row, "actual_text", "0")
    entry.save()
    with demo_db.sessions() as s:
        line = s.get(m.SelfEvalLine, line_id)
        assert (line.actual_text, line.computed_score) == ("0", 0)
    answers = iter([("1", True), ("", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    shown: list[str] = []
    monkeypatch.setattr("perfdesk.gui.pages.evaluation_entry._show_error", lambda parent, exc: shown.append(str(exc)))
    entry.lines.setCurrentIndex(model.index(model.row_of(line_id), 0))
    entry.override()
    with demo_db.sessions() as s:
        assert s.get(m.SelfEvalLine, line_id).override_score is None  # refused: no reason
    assert len(shown) == 1 and ("reason" in shown[0] or "理由" in shown[0])
    answers = iter([("1", True), ("核实材料", True)])
    entry.lines.setCurrentIndex(model.index(model.row_of(line_id), 0))
    entry.override()
    with demo_db.sessions() as s:
        assert s.get(m.SelfEvalLine, line_id).override_score == 1
        assert s.scalar(select(m.AuditLog.id).where(m.AuditLog.action == "selfeval.override"))
    assert model.value(model.row_of(line_id), "final_score") == 1


def test_checking_a_table_lists_printed_and_computed_scores(qtbot, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    Tasks.inline = True
    try:
        page = _page(qtbot, demo_db)
        book = books.save(tmp_path / "t.xlsx", ("项目1", books.official()))
        page.importer.choose([str(book)])
        top = page.importer.tree.topLevelItem(0)
        assert (top.text(1), top.text(2)) == ("96", "96.17")
        assert not page.importer.write.isEnabled()  # the project is not in this database
    finally:
        Tasks.inline = False


def test_ranking_and_spot_checks_show_rows(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_db)
    assert page.ranking.table.rowCount() > 0
    page.spotcheck.seed.setValue(3)
    page.spotcheck.draw()
    assert page.spotcheck.table.rowCount() > 0
    page.spotcheck.table.selectRow(0)
    assert page.spotcheck.lines.rowCount() > 0
    with demo_db.sessions() as s:
        assert s.scalar(select(m.SpotCheck.seed)) == 3


def test_a_project_with_approved_targets_and_no_self_evaluation_is_listed_greyed_and_can_be_started(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_db)
    entry = page.entry
    with demo_db.sessions() as s:
        missing = Q.projects_without_evaluation(s, year=2025)
        waiting = missing[1]
        s.execute(update(m.PerformanceTarget).where(m.PerformanceTarget.project_id == waiting["id"],
                                                    m.PerformanceTarget.is_current.is_(True)).values(status="approved"))
        s.commit()
    entry.reload()
    keys = [k for k in entry.keys if k[0] == "project"]
    assert len(keys) == len(missing)
    unapproved = entry.keys.index(next(k for k in keys if k[1] == missing[0]["id"]))
    entry.list.selectRow(unapproved)
    assert entry.evaluation_id is None and not entry.buttons["start"].isEnabled()
    assert entry.list.item(unapproved, 0).foreground().color().name() == "#9a9a9a"
    row = entry.keys.index(("project", waiting["id"], "approved"))
    entry.list.selectRow(row)
    assert entry.buttons["start"].isEnabled() and not entry.buttons["save"].isEnabled()
    assert entry.model.rowCount() == 0
    entry.buttons["start"].click()
    with demo_db.sessions() as s:
        started = Q.evaluation_id_of_project(s, waiting["id"])
        indicators = len(Q.current_indicators(s, waiting["id"]))
    assert started is not None and entry.evaluation_id == started
    assert entry.model.rowCount() == indicators + 1  # the execution line first
    assert ("evaluation", started) in entry.keys and ("project", waiting["id"], "approved") not in entry.keys
    assert entry.buttons["save"].isEnabled() and not entry.buttons["start"].isEnabled()


def test_the_self_evaluation_list_has_a_search_box_that_filters_by_code_or_name(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_db)
    page.show()
    entry = page.entry
    rows = entry.list.rowCount()
    code_tail = entry.list.item(rows - 1, 0).text()[-4:]  # typed: QTest types ASCII only
    qtbot.keyClicks(entry.search, code_tail.lower())
    shown = [r for r in range(rows) if not entry.list.isRowHidden(r)]
    assert rows - 1 in shown and len(shown) < rows
    assert all(code_tail in entry.list.item(r, 0).text() for r in shown)
    name = entry.list.item(rows - 1, 1).text()
    entry.search.setText(name[:6])  # a Chinese name, as an input method would enter it
    assert not entry.list.isRowHidden(rows - 1)
    assert all(name[:6] in entry.list.item(r, 1).text() for r in range(rows) if not entry.list.isRowHidden(r))
    entry.search.clear()
    assert not any(entry.list.isRowHidden(r) for r in range(rows))


def test_checking_several_files_lists_each_with_its_problems_and_importing_waits_for_none(qtbot, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        code, name = s.execute(select(m.Project.code, m.Project.name).join(m.BudgetYear).join(m.SelfEvaluation)
                               .where(m.BudgetYear.year == 2025).order_by(m.Project.code)).first()
    scores = books.scores_only(f"{code}-{name}")
    scores[0]["A2"] = "（2025年度）"
    good = books.save(tmp_path / "培训.xlsx", ("培训", scores))
    broken = books.save(tmp_path / "二中.xlsx", ("项目1", books.official(H15=99)))
    Tasks.inline = True
    try:
        page = _page(qtbot, demo_db)
        page.importer.choose([str(good), str(broken)])
        tree = page.importer.tree
        assert tree.topLevelItemCount() == 2
        first, second = tree.topLevelItem(0), tree.topLevelItem(1)
        assert (first.text(1), first.text(3)) == ("96.7", "96.7")
        problems = [second.child(i).text(5) for i in range(second.childCount()) if second.child(i).text(0) == "×"]
        assert any("row 15" in p and "0–20" in p for p in problems) or any("第 15 行" in p and "0–20" in p for p in problems)
        assert not page.importer.write.isEnabled()
        page.importer.choose([str(good)])
        assert page.importer.write.isEnabled()
        qtbot.mouseClick(page.importer.write, Qt.MouseButton.LeftButton)
        with demo_db.sessions() as s:
            ev = s.scalars(select(m.SelfEvaluation).join(m.Project).join(m.BudgetYear)
                           .where(m.Project.code == code, m.BudgetYear.year == 2025)).one()
            assert (ev.source, ev.total_final) == ("import", Decimal("96.7"))
    finally:
        Tasks.inline = False

"""The entry grid shows how a person's words were read, live, in the explanation column."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select, update

from perfdesk.core.db import models as m
from tests.gui.test_evaluation_page import _open_draft, cell_editor


def type_chinese(qtbot, view, row: int, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Start the editor with a key, as a person does, and commit the words an input method puts in it."""
    view.setCurrentIndex(view.model().index(row, view.model().keys.index(key)))
    qtbot.keyClicks(view, "x")
    editor = cell_editor(view)
    editor.setText(text)  # what the input method delivers (keyClicks can only type ASCII)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()])


def test_typing_late_words_on_a_qualitative_line_lowers_its_score_and_explains_the_reading(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:  # the drafts' qualitative lines without a level chosen: the words decide
        drafts = select(m.SelfEvaluation.id).where(m.SelfEvaluation.status == "draft")
        s.execute(update(m.SelfEvalLine).where(m.SelfEvalLine.comparison == "qual",
                                               m.SelfEvalLine.evaluation_id.in_(drafts))
                  .values(qualitative_level="", target_text="达成年度指标"))
        s.commit()
    page = _open_draft(qtbot, demo_db)
    model, view = page.entry.model, page.entry.lines
    row = next(r for r in range(model.rowCount()) if model.value(r, "comparison") == "qual")
    points = model.value(row, "points")
    type_chinese(qtbot, view, row, "actual_text", "按时完成")
    assert model.value(row, "computed_score") == points
    type_chinese(qtbot, view, row, "actual_text", "未按时完成")
    assert model.value(row, "computed_score") == points * 8 / 10  # the top of the 部分达成 band
    assert "“未按时”表明未按时完成" in model.value(row, "explanation")


def test_a_pick_must_lie_in_the_band_the_words_read_as_and_new_words_clear_a_pick_they_move_out(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        drafts = select(m.SelfEvaluation.id).where(m.SelfEvaluation.status == "draft")
        s.execute(update(m.SelfEvalLine).where(m.SelfEvalLine.comparison == "qual",
                                               m.SelfEvalLine.evaluation_id.in_(drafts))
                  .values(qualitative_level="", target_text="达成年度指标", actual_text="未按时完成"))
        s.commit()
    page = _open_draft(qtbot, demo_db)
    model, col = page.entry.model, page.entry.model.keys.index
    row = next(r for r in range(model.rowCount()) if model.value(r, "comparison") == "qual")
    points = model.value(row, "points")
    model.setData(model.index(row, col("qualitative_pick")), str(points * Decimal("0.9")))  # 达成's band: refused
    assert model.value(row, "qualitative_pick") is None and "超出" in page.entry.message.text()
    model.setData(model.index(row, col("qualitative_pick")), str(points * Decimal("0.7")))  # inside 部分达成
    assert model.value(row, "qualitative_pick") == points * Decimal("0.7")
    assert model.value(row, "computed_score") == points * Decimal("0.7")
    model.setData(model.index(row, col("actual_text")), "尚未完成")  # now 未达成: the pick is out of its band
    assert model.value(row, "qualitative_pick") is None
    assert model.value(row, "computed_score") == points * Decimal("0.6")

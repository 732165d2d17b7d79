"""The evaluation page: entry with a live score, import check, ranking, spot checks."""

from __future__ import annotations

from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.tasks import Tasks
from tests.io import selfeval_books as books


def _page(qtbot, demo_db):  # type: ignore[no-untyped-def]
    from perfdesk.gui.pages.evaluation import PAGE

    page = PAGE()
    qtbot.addWidget(page)
    page.set_context(PageContext(demo_db, 2025, None))
    return page


def test_editing_an_actual_value_updates_the_score_live(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_db)
    entry = page.entry
    assert entry.list.rowCount() > 0 and entry.lines.rowCount() > 1
    before = entry.total.text()
    assert before
    row = next(r for r in range(1, entry.lines.rowCount()) if "人" in entry.lines.item(r, 3).text())
    entry.lines.item(row, 5).setText("0")
    assert entry.total.text() != before
    assert entry.lines.item(row, 8).text() == "0"


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

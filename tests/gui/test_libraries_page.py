"""The libraries area: the indicator library browser filters in SQL as the user types and picks; an empty
library offers the shipped one; edits of used entries are versioned; import and export from the page."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.gui.mainwindow import MainWindow
from perfdesk.gui.widgets.library_browser import ANY_YEAR
from tests.services.library_books import book, row


@pytest.fixture
def lib_page(qtbot, demo_db):  # type: ignore[no-untyped-def]
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    page = w.show_area("libraries")
    page.indicators.quiet = True
    return page.indicators


def shown(page) -> list[dict]:  # type: ignore[no-untyped-def]
    return list(page.browser.model.rows)


def test_the_library_page_lists_the_shipped_library_with_usage_counts(lib_page, demo_db) -> None:  # type: ignore[no-untyped-def]
    browser = lib_page.browser
    browser.year.setValue(ANY_YEAR)
    assert len(shown(lib_page)) == 1119
    with demo_db.sessions() as s:
        used = s.scalar(select(func.count()).select_from(m.TargetIndicator).where(m.TargetIndicator.library_id.is_not(None)))
    assert sum(r["uses"] for r in shown(lib_page)) == used
    assert not lib_page.buttons["load"].isVisible()


def test_filters_narrow_the_list_by_words_sector_scope_and_levels(lib_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    b = lib_page.browser
    b.sector.setCurrentIndex(b.sector.findData("water"))
    assert len(shown(lib_page)) == 77
    b.level1.setCurrentIndex(b.level1.findData("产出指标"))
    b.level2.setCurrentIndex(b.level2.findData("质量指标"))
    assert shown(lib_page) and all(r["level2"] == "质量指标" and r["sector"] == "water" for r in shown(lib_page))
    b.sector.setCurrentIndex(0)
    b.level1.setCurrentIndex(0)
    b.scope.setCurrentIndex(b.scope.findData("common"))
    assert len(shown(lib_page)) == 140
    b.scope.setCurrentIndex(0)
    b.words.setText("儿童 管理率")
    qtbot.waitUntil(lambda: 0 < len(shown(lib_page)) < 20)
    assert all("管理率" in r["name"] + r["measurement"] and "儿童" in r["name"] + r["measurement"]
               for r in shown(lib_page))
    assert b.count.text().startswith(str(len(shown(lib_page))))


def test_selecting_an_entry_shows_its_detail_and_usage(lib_page, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        lid = s.scalar(select(m.TargetIndicator.library_id).where(m.TargetIndicator.library_id.is_not(None)))
        name = s.get(m.LibraryIndicator, lid).name
    lib_page.browser.select_ids([lid])
    text = lib_page.browser.detail.toPlainText()
    assert name in text and "2024" in text and "2025" in text
    assert lib_page.buttons["edit"].isEnabled()


def test_editing_a_used_entry_from_the_page_creates_a_new_version(lib_page, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        lid = s.scalar(select(m.TargetIndicator.library_id).where(m.TargetIndicator.library_id.is_not(None)))
    lib_page.browser.year.setValue(2025)
    lib_page.browser.select_ids([lid])
    entry = lib_page.browser.selected_rows()[0]
    new_id = lib_page.edit({**entry, "unit": "处"})
    assert new_id not in (None, lid) and "2024" in lib_page.last_message
    assert [r["id"] for r in lib_page.browser.selected_rows()] == [new_id]
    lib_page.browser.year.setValue(2024)
    assert lid in [r["id"] for r in shown(lib_page)] and new_id not in [r["id"] for r in shown(lib_page)]


def test_an_empty_library_offers_the_shipped_one(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.show_area("libraries").indicators
    page.quiet = True
    assert page.empty_note.isVisible() and page.buttons["load"].isVisible()
    assert page.load_shipped() == 1119
    assert not page.buttons["load"].isVisible() and len(shown(page)) == 1119


def test_import_and_export_from_the_page(lib_page, tmp_path, demo_db) -> None:  # type: ignore[no-untyped-def]
    report = lib_page.import_file(book(tmp_path / "x.xlsx", [row("本县新指标")]))
    assert report is not None and report.added == 1
    lib_page.browser.words.setText("本县新指标")
    lib_page.browser.refresh()
    assert [r["name"] for r in shown(lib_page)] == ["本县新指标"]
    assert lib_page.import_file(book(tmp_path / "bad.xlsx", [row("a"), row("a")])) is None
    assert "bad.xlsx" in lib_page.last_message
    lib_page.browser.words.setText("")
    lib_page.browser.sector.setCurrentIndex(lib_page.browser.sector.findData("water"))
    lib_page.browser.year.setValue(ANY_YEAR)
    assert lib_page.export_file(tmp_path / "water.xlsx") == 77

"""The report centre: kinds from the registry, generate in the background, preview, save, print, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog

from perfdesk.core.services import report_kinds
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.pages.reports import ReportsPage
from perfdesk.gui.tasks import Tasks


@pytest.fixture
def page(qtbot, demo_db):  # type: ignore[no-untyped-def]
    widget = ReportsPage()
    qtbot.addWidget(widget)
    widget.set_context(PageContext(demo_db, 2025, None))
    widget.resize(1200, 800)
    return widget


def choose(page: ReportsPage, kind: str) -> None:
    names = [page.kinds.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.kinds.count())]
    page.kinds.setCurrentRow(names.index(kind))


def test_the_page_lists_every_registered_kind_with_the_scopes_it_covers(page) -> None:  # type: ignore[no-untyped-def]
    names = [page.kinds.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.kinds.count())]
    assert names == list(report_kinds.kinds())
    choose(page, "spotcheck")
    assert not page.scope_buttons["project"].isEnabled() and page.scope() in ("unit", "year")
    choose(page, "selfeval")
    assert all(b.isEnabled() for b in page.scope_buttons.values())


def test_a_project_report_is_generated_previewed_and_saved(page, qtbot, monkeypatch, tmp_path: Path
                                                           ) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(Tasks, "inline", True)
    choose(page, "selfeval")
    page.set_scope("project")
    page.search.setText("耕地")
    assert page.projects.count() > 0 and all("耕地" in page.projects.itemText(i) for i in range(page.projects.count()))
    page.generate_button.click()
    assert page.preview.page_count() > 0
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    image = page.preview.page_image(0, 300)
    assert image.pixelColor(2, 2).name() == "#ffffff"  # painted on white, not transparent
    page.save_to(tmp_path / "saved.pdf")
    assert (tmp_path / "saved.pdf").read_bytes()[:5] == b"%PDF-"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.preview.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_cancelling_a_year_batch_leaves_no_file(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose(page, "selfeval")
    page.set_scope("year")
    page.generate_button.click()
    assert page.busy
    dialog = page.findChild(QProgressDialog)
    dialog.canceled.emit()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert "取消" in page.status.text(), repr(page.status.text())
    assert page.last_pdf is None and not Path(page.pending).exists()
    assert not list(Path(page.pending).parent.glob("*.pdf"))

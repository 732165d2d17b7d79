"""The monitoring page over the tiny demo database: dashboard, warning filter, drill-down, entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from perfdesk.core.db import queries_monitoring as qm
from perfdesk.core.domain.enums import WarningLevel
from perfdesk.gui.models.monitoring import FILTERS, PROGRESS_COLUMNS


@pytest.fixture
def page(demo_window, demo_db):  # type: ignore[no-untyped-def]
    page = demo_window.show_area("monitoring")
    page.round_combo.setCurrentIndex(page.round_combo.findData(_july(demo_db)))
    return page


def _july(db) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return next(r.id for r in qm.rounds(s, 2025) if r.as_of.month == 7)


def shown_levels(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.warning_model.index(r, 0).data() for r in range(page.warning_model.rowCount())]


def test_the_warning_list_filters_by_level_and_by_text(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    total = page.warning_model.rowCount()
    counts = page.warnings.counts()
    assert total == 40 and counts["red"] > 0 and counts["yellow"] > 0
    page.filter.setCurrentIndex(FILTERS.index("red"))
    assert page.warning_model.rowCount() == counts["red"]
    assert set(shown_levels(page)) == {WarningLevel.RED.label()}
    page.filter.setCurrentIndex(FILTERS.index("warned"))
    assert page.warning_model.rowCount() == counts["red"] + counts["yellow"]
    name = page.warning_model.index(0, 2).data()
    page.search.setText(name)
    qtbot.waitUntil(lambda: page.warning_model.rowCount() == 1)
    assert page.warning_model.index(0, 2).data() == name
    page.search.clear()
    page.filter.setCurrentIndex(FILTERS.index("all"))
    qtbot.waitUntil(lambda: page.warning_model.rowCount() == total)


def test_sorting_by_lag_uses_the_numbers(page) -> None:  # type: ignore[no-untyped-def]
    page.warning_view.sortByColumn(9, Qt.SortOrder.DescendingOrder)
    lags = [float(page.warning_model.index(r, 9).data()) for r in range(page.warning_model.rowCount())]
    assert lags == sorted(lags, reverse=True) and lags[0] >= 40


def test_the_dashboard_counts_match_the_warnings(page) -> None:  # type: ignore[no-untyped-def]
    counts = page.warnings.counts()
    assert page.dashboard.counts["red"].text() == str(counts["red"])
    assert page.dashboard.counts["time"].text() == "58.08%"
    assert page.dashboard.units.rowCount() == len(page.warnings.by_unit)
    assert len(page.dashboard.chart.series()) == 2


def test_selecting_a_project_drills_down_to_its_indicators_and_saves_entries(page) -> None:  # type: ignore[no-untyped-def]
    page.warning_view.selectRow(0)
    model = page.progress_model
    assert model.rowCount() > 0 and page.project_id is not None
    column = PROGRESS_COLUMNS.index("progress_text")
    model.setData(model.index(0, column), "99处")
    page.save_progress()
    with page.ctx.db.sessions() as s:
        saved = qm.indicator_progress(s, page.round_id(), page.project_id)
    assert saved[0].progress_text == "99处"


def test_filled_in_monitoring_tables_import_into_the_round_from_the_page(page, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import openpyxl
    from PySide6.QtWidgets import QMessageBox

    from perfdesk.core.services import monitoring_progress as mp

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    page.warning_view.selectRow(0)
    rid, pid = page.round_id(), page.project_id
    path = tmp_path / "tables.xlsx"
    with page.ctx.db.sessions() as s:
        mp.export_progress_table(s, rid, path, project_ids=[pid])
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    r = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 8).value == "经费保障") + 1
    ws.cell(r, 6).value = "77处"
    book.save(path)
    page.import_progress_file(path, rid)
    assert shown and "1" in shown[-1]
    column = PROGRESS_COLUMNS.index("progress_text")
    assert page.project_id == pid and page.progress_model.index(0, column).data() == "77处"


def test_progress_entry_is_the_excel_like_grid_with_paste_undo_and_drop_downs(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    from perfdesk.core.domain.enums import DeviationCategory, Likelihood

    page.warning_view.selectRow(0)
    model, view = page.progress_model, page.progress_view
    assert model.rowCount() >= 2
    progress = PROGRESS_COLUMNS.index("progress_text")
    view.setCurrentIndex(model.index(0, progress))
    QGuiApplication.clipboard().setText("5处\t12处\t经费保障\t资金未到位\t有可能\n6处\t6处\t\t\t确定能\n")
    assert view.paste_clipboard() == []
    first, second = model.rows()[:2]
    assert (first["progress_text"], first["deviation_category"], first["likelihood"]) == ("5处", "funding", "possible")
    assert (second["expected_text"], second["likelihood"]) == ("6处", "certain")
    assert model.index(0, PROGRESS_COLUMNS.index("likelihood")).data() == Likelihood.POSSIBLE.label()
    model.undo_stack.undo()
    assert model.rows()[0]["progress_text"] != "5处"
    model.undo_stack.redo()
    view.setCurrentIndex(model.index(0, progress))
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.currentIndex().row() == 1
    index = model.index(0, PROGRESS_COLUMNS.index("deviation_category"))
    editor = view.itemDelegate().createEditor(view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["", *(lbl for _, lbl in DeviationCategory.choices())]
    page.save_progress()
    with page.ctx.db.sessions() as s:
        saved = qm.indicator_progress(s, page.round_id(), page.project_id)
    assert (saved[0].progress_text, saved[0].deviation_reason, saved[1].likelihood) == ("5处", "资金未到位", "certain")


def test_several_deviation_reasons_pasted_into_the_grid_are_all_saved(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    from perfdesk.core.domain.enums import DeviationCategory

    page.warning_view.selectRow(0)
    model, view = page.progress_model, page.progress_view
    view.setCurrentIndex(model.index(0, PROGRESS_COLUMNS.index("progress_text")))
    QGuiApplication.clipboard().setText("5处\t12处\t经费保障、人员保障\t资金未到位，人员不足\t有可能\n")
    assert view.paste_clipboard() == []
    assert model.rows()[0]["deviation_category"] == "funding,staff"
    shown = model.index(0, PROGRESS_COLUMNS.index("deviation_category")).data()
    assert shown == f"{DeviationCategory.FUNDING.label()}、{DeviationCategory.STAFF.label()}"
    page.save_progress()
    with page.ctx.db.sessions() as s:
        saved = qm.indicator_progress(s, page.round_id(), page.project_id)
    assert (saved[0].deviation_category, saved[0].deviation_reason) == ("funding,staff", "资金未到位，人员不足")


def test_the_export_offers_to_open_the_written_file_or_its_folder(page, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "tables.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    opened, offered = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))

    def answer(box) -> int:  # type: ignore[no-untyped-def]
        offered.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() in ("Open the folder", "打开所在文件夹")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    page.export_progress()
    assert target.exists() and offered and str(target) in offered[0][0]
    assert {"Open the file", "Open the folder"} <= set(offered[0][1]) or {"打开文件", "打开所在文件夹"} <= set(offered[0][1])
    assert opened == [str(tmp_path)]

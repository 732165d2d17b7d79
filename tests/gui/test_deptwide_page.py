"""The department-wide page: blank forms out, filled workbook in, actuals typed in the grid and scored, the table
and report printed, the public versions published — each by clicking the page's own buttons."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from perfdesk.core.io.deptwide_xlsx import write_departments
from tests.services.deptwide_books import PERSON, sheet


@pytest.fixture
def page(demo_window):  # type: ignore[no-untyped-def]
    p = demo_window.show_area("deptwide")
    p.quiet = True
    index = demo_window.year_combo.findData(2025)
    demo_window.year_combo.setCurrentIndex(index)
    return p


def _click(qtbot, page, key: str) -> None:  # type: ignore[no-untyped-def]
    assert page.buttons[key].isEnabled(), key
    qtbot.mouseClick(page.buttons[key], Qt.MouseButton.LeftButton)


def _import(qtbot, page, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "filled.xlsx"
    write_departments(path, [dataclasses.replace(sheet(), unit_code="104")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    _click(qtbot, page, "import")
    assert page.selected() == "104"  # the department imported is shown


def test_an_empty_year_offers_the_blank_forms(qtbot, page, demo_window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    demo_window.year_combo.setCurrentIndex(demo_window.year_combo.findData(2024))  # the demo's records are of 2025
    assert page.empty.isVisible() and page.departments.rowCount() == 0
    assert not page.buttons["save"].isEnabled() and not page.buttons["disclose"].isEnabled()
    out = tmp_path / "blank.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    _click(qtbot, page, "export")
    codes = [row[1] for row in load_workbook(out)["部门"].iter_rows(min_row=2, values_only=True)]
    assert "104" in codes and "101" in codes


def test_import_then_type_an_actual_and_score_again(qtbot, page, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _import(qtbot, page, monkeypatch, tmp_path)
    row = page.codes.index("104")
    assert len(page.codes) == 6 and page.departments.item(row, 5).text() == "97.42"  # the demo's six, 104 replaced
    assert page.lines.rowCount() == 4 and page.lines.item(1, 6).text() == "28.42"
    assert "90" in page.lines.item(1, 8).text()  # how it was scored, with the numbers
    page.lines.item(1, 4).setText("95%")  # the 培训合格率 now meets its target
    page.tasks.item(1, 3).setText("400")  # and the second task spent its whole budget
    _click(qtbot, page, "save")
    assert page.lines.item(1, 6).text() == "30.00"
    assert page.departments.item(row, 5).text() == "99.40"  # (540 + 400) / 1000 → 9.40, + 30 + 30 + 20 + 10


def test_a_spent_amount_that_is_not_a_number_is_refused(qtbot, page, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _import(qtbot, page, monkeypatch, tmp_path)
    page.tasks.item(0, 3).setText("五百")
    _click(qtbot, page, "save")
    assert "五百" in page.last_message
    assert page.departments.item(page.codes.index("104"), 5).text() == "97.42"  # unchanged


def test_print_the_table_and_report_and_publish_from_the_page(qtbot, page, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    import pdfplumber

    _import(qtbot, page, monkeypatch, tmp_path)
    for key, name in (("table", "table.pdf"), ("report", "report.pdf")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, t=target, **k: (str(t), "")))
        _click(qtbot, page, key)
        with pdfplumber.open(target) as doc:
            text = "".join(p.extract_text() or "" for p in doc.pages)
        assert "县农业农村局" in text and "97.42" in text
        subprocess.run(["pdftoppm", "-png", "-r", "40", str(target), str(tmp_path / name)], check=True)
        assert list(tmp_path.glob(f"{name}*.png"))
    folder = tmp_path / "public"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    _click(qtbot, page, "disclose")
    files = sorted(f.name for f in folder.iterdir())
    assert len(files) == 4 and "2025年县农业农村局绩效自评结果公开表.xlsx" in files
    text = "".join(str(c) for f in folder.glob("*.xlsx") for ws in load_workbook(f).worksheets
                   for row in ws.iter_rows(values_only=True) for c in row if c)
    assert PERSON not in text and "县农业农村局" in text

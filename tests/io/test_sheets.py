"""The shared reading layer: archive limits, visible sheets, the streamed scan of error values, formulas and
merges, control characters, and strict CSV."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.io import sheets
from perfdesk.core.io.sheets import Book, check_archive, read_csv, scan_xml, text_problems


def _book(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "隐藏"
    ws.sheet_state = "hidden"
    data = wb.create_sheet("数据")
    data.append(["名称", "金额"])
    for i in range(2000):
        data.append([f"项目{i}", i])
    data["B7"] = "=1/0"
    data["B9"].value, data["B9"].data_type = "#N/A", "e"
    data.merge_cells("A1500:B1500")
    wb.save(path)
    return path


def test_only_visible_sheets_are_listed_and_the_scan_finds_each_cell(tmp_path: Path) -> None:
    book = Book(_book(tmp_path / "b.xlsx"))
    assert book.visible == ["数据"] and [s.visible for s in book.sheets] == [False, True]
    scan = book.scan("数据")
    assert scan.formulas == [("B7", False)] and scan.errors == [("B9", "#N/A")] and scan.merges == ["A1500:B1500"]


def test_the_scan_gives_the_same_findings_whatever_the_chunk_size(tmp_path: Path) -> None:
    path = _book(tmp_path / "b.xlsx")
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("xl/worksheets/sheet2.xml")
    whole = scan_xml([xml])
    for size in (7, 64, 1000, 4096):
        assert scan_xml(xml[i:i + size] for i in range(0, len(xml), size)) == whole


def test_a_part_declared_too_large_is_refused_before_anything_is_unpacked(tmp_path: Path, monkeypatch) -> None:
    path = _book(tmp_path / "b.xlsx")
    assert check_archive(path) == []
    with zipfile.ZipFile(path) as zf:
        sheet_size = zf.getinfo("xl/worksheets/sheet2.xml").file_size
    monkeypatch.setattr(sheets, "MAX_PART_BYTES", sheet_size - 1)  # only the big sheet is over
    [problem] = check_archive(path)
    assert "xl/worksheets/sheet2.xml" in problem.message


def test_a_highly_compressed_part_is_refused_by_its_ratio(tmp_path: Path) -> None:
    path = _book(tmp_path / "b.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/zeros.bin", bytes(sheets.RATIO_FROM + 1))
    [problem] = check_archive(path)
    assert "xl/media/zeros.bin" in problem.message


def test_control_characters_and_long_texts_are_named_with_their_cell() -> None:
    rows = [["正常", "a\x07b"], ["x" * (sheets.LONG_TEXT_MAX + 1), "换行\n可以"]]
    found = [(e.row, e.column) for e in text_problems(rows, "f.xlsx", "表")]
    assert found == [(1, "B"), (2, "A")]
    assert text_problems([["名称_x000B_"]], "f.xlsx", "表")[0].column == "A"


@pytest.mark.parametrize(("text", "line"), [
    ('a,b\n1,"2\n3,4\n', 2),  # a quote left open
    ('a,b\n1,"x\ny"\n', 2),  # a quoted field spanning lines
])
def test_a_csv_whose_quoting_spans_lines_is_refused_with_its_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserErrors) as caught:
        read_csv(path)
    assert caught.value.errors[0].row == line


def test_a_csv_with_a_nul_byte_is_refused_and_field_counts_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(b"a,b\n1,2\n\x003,4\n")
    with pytest.raises(UserErrors):
        read_csv(path)
    path.write_text("a,b\n1,2\n\n3,4,5\n", encoding="utf-8")
    grid = read_csv(path)
    assert [e.row for e in sheets.check_widths(grid, 0, path)] == [4]

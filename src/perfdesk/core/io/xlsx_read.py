"""Opening a workbook only to read it: openpyxl without the formatting of merged cells.

openpyxl gives every merged range borders and placeholder cells as it loads a sheet; a workbook of 800 monitoring
tables (about a hundred merged ranges each) spends nine tenths of its loading time there. Reading needs only the
ranges themselves, so they are bound as plain ranges (``min_row`` … ``max_col``), nothing else changes.

:func:`read_values` goes further for .xlsx files: the values from python-calamine and, from the sheets' XML, only
the merged ranges, which cells are formatted as percentages and which formulas have no saved value.
"""

from __future__ import annotations

import re
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl.reader.excel as excel
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, coordinate_to_tuple, get_column_letter
from openpyxl.worksheet._reader import WorksheetReader
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from python_calamine import CalamineWorkbook

_lock = threading.Lock()


class _PlainMerges(WorksheetReader):
    def bind_merged_cells(self) -> None:
        if self.parser.merged_cells:
            self.ws.merged_cells = MultiCellRange([CellRange(cr.ref) for cr in self.parser.merged_cells.mergeCell])


def load_for_reading(path: str | Path, *, data_only: bool) -> Any:
    """``load_workbook(path, data_only=…)`` with merged ranges bound as plain ranges (not to be saved)."""
    with _lock:
        saved, excel.WorksheetReader = excel.WorksheetReader, _PlainMerges
        try:
            return load_workbook(str(path), data_only=data_only)
        finally:
            excel.WorksheetReader = saved


# -- the fast path: values from python-calamine, what else a reader needs from the XML ----------------------------
@dataclass(frozen=True)
class FastCell:
    row: int
    column: int
    value: Any
    number_format: str = ""

    @property
    def coordinate(self) -> str:
        return f"{get_column_letter(self.column)}{self.row}"


@dataclass
class FastSheet:
    """What :class:`perfdesk.core.io.selfeval_xlsx._Grid` reads of an openpyxl sheet: title, cells, merged ranges;
    ``formulas`` maps the coordinate of each formula without a saved value to the formula."""

    title: str
    cells: list[FastCell]
    merged_cells: Any
    formulas: dict[str, str] = field(default_factory=dict)

    def iter_rows(self) -> Iterator[list[FastCell]]:
        yield self.cells

    def __getitem__(self, coordinate: str) -> Any:  # the "formulas" sheet of a pair
        return SimpleNamespace(value=self.formulas.get(coordinate))


_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_STYLE = re.compile(rb'\ss="(\d+)"')
_FORMULA = re.compile(rb"<f[^>]*>(.*?)</f>", re.S)
_HAS_VALUE = re.compile(rb"<v>[^<]+</v>|<is>")


def read_values(path: str | Path) -> list[FastSheet]:
    """Every sheet's non-blank cells (values as openpyxl's ``data_only`` would give them, percentages marked by
    their number format), merged ranges, and formulas without saved values, about as fast as a bare parse."""
    book = CalamineWorkbook.from_path(str(path))
    with zipfile.ZipFile(path) as z:
        percent = _percent_styles(z)
        parts = _sheet_parts(z)
        return [_sheet(book, name, z.read(parts[name]) if name in parts else b"", percent)
                for name in book.sheet_names]


def _sheet(book: Any, name: str, xml: bytes, percent: set[int]) -> FastSheet:
    sheet = book.get_sheet_by_name(name)
    r0, c0 = sheet.start or (0, 0)
    cells = [FastCell(r0 + r + 1, c0 + c + 1, v) for r, row in enumerate(sheet.to_python(skip_empty_area=False))
             for c, v in enumerate(row) if v != ""]
    formats: dict[tuple[int, int], str] = {}
    formulas: dict[str, str] = {}
    for col, row, attrs, body in _CELL.findall(xml):
        style = _STYLE.search(attrs)
        at = (int(row), column_index_from_string(col.decode()))
        if style and int(style.group(1)) in percent:
            formats[at] = "0%"
        if body and b"<f" in body and not _HAS_VALUE.search(body):
            formula = _FORMULA.search(body)
            formulas[f"{col.decode()}{row.decode()}"] = "=" + unescape(formula.group(1).decode()) if formula else "="
    if formats:
        cells = [FastCell(c.row, c.column, c.value, formats.get((c.row, c.column), "")) for c in cells]
    if formulas:  # blank cells whose formula Excel never computed: the reader reports them
        have = {(c.row, c.column) for c in cells}
        cells += [FastCell(r, c, None) for r, c in (coordinate_to_tuple(k) for k in formulas) if (r, c) not in have]
    ranges = [SimpleNamespace(min_row=a + 1, min_col=b + 1, max_row=c + 1, max_col=d + 1)
              for (a, b), (c, d) in sheet.merged_cell_ranges or []]
    return FastSheet(name, cells, SimpleNamespace(ranges=ranges), formulas)


def _percent_styles(z: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell styles whose number format shows a percentage."""
    try:
        xml = z.read("xl/styles.xml").decode()
    except KeyError:
        return set()
    custom = {int(i): unescape(code) for i, code in re.findall(r'<numFmt numFmtId="(\d+)" formatCode="([^"]*)"', xml)}
    xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", xml, re.S)
    ids = [int(i) for i in re.findall(r'<xf [^>]*?numFmtId="(\d+)"', xfs.group(1))] if xfs else []
    return {n for n, fmt in enumerate(ids) if fmt in (9, 10) or "%" in custom.get(fmt, "")}


def _sheet_parts(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its part in the package."""
    book = z.read("xl/workbook.xml").decode()
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    targets = {}
    for rel in re.findall(r"<Relationship [^>]*>", rels):
        rid, target = re.search(r'Id="([^"]+)"', rel), re.search(r'Target="([^"]+)"', rel)
        if rid and target:
            t = target.group(1)
            targets[rid.group(1)] = t.lstrip("/") if t.startswith("/") else "xl/" + t
    out = {}
    for tag in re.findall(r"<sheet [^>]*>", book):
        name, rid = re.search(r'name="([^"]*)"', tag), re.search(r'r:id="([^"]+)"', tag)
        if name and rid and rid.group(1) in targets:
            out[unescape(name.group(1))] = targets[rid.group(1)]
    return out

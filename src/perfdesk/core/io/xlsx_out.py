"""The one way PerfDesk writes values into Excel cells (openpyxl): text always as text.

openpyxl turns any string starting with ``=`` into a live formula, so a project name or goal stored as
``=HYPERLINK(…)`` would run when the export is opened (formula injection). Every writer puts its values through
:func:`put` (normal worksheets), :func:`cells` (write-only rows) or :func:`append` (either), which

- store every string as a string (``data_type = "s"``) and set the cell's quote prefix when it starts with
  ``= + - @``, so Excel keeps it text even when the cell is edited;
- write C0 control characters (which openpyxl refuses with an exception) in Excel's own escaped form
  ``_x0007_``: the export never crashes, and the importer refuses the cell if it comes back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from perfdesk.core.io.sheets import CONTROL

FORMULA_STARTS = ("=", "+", "-", "@")


def excel_text(value: str) -> str:
    """``value`` with each C0 control character written as Excel's ``_xHHHH_``."""
    return CONTROL.sub(lambda m: f"_x{ord(m.group(0)):04X}_", value) if CONTROL.search(value) else value


def as_text(cell: Any) -> Any:
    """``cell`` (holding a string) marked as text; returns it."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if cell.value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    return cell


def put(ws: Any, row: int, column: int, value: Any) -> Any:
    """Write ``value`` into a normal worksheet's cell (text as text) and return the cell."""
    cell = ws.cell(row, column)
    cell.value = excel_text(value) if isinstance(value, str) else value
    return as_text(cell)


def cell(ws: WriteOnlyWorksheet, value: Any) -> Any:
    """A value for a write-only row: strings become text cells, other values pass unchanged."""
    if not isinstance(value, str):
        return value
    return as_text(WriteOnlyCell(ws, excel_text(value)))


def cells(ws: WriteOnlyWorksheet, values: Iterable[Any]) -> list[Any]:
    return [cell(ws, v) for v in values]


def append(ws: Any, values: Iterable[Any]) -> None:
    """Append a row to a worksheet of either kind, text as text."""
    if isinstance(ws, WriteOnlyWorksheet):
        ws.append(cells(ws, values))
        return
    ws.append([excel_text(v) if isinstance(v, str) else v for v in values])
    for written in ws[ws.max_row]:
        as_text(written)

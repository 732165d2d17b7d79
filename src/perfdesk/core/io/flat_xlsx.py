"""A flat list in Excel: one header row of Chinese column names, one record per row (the expenditure standard
library, cost-benefit analysis items). Reading goes through :mod:`perfdesk.core.io.sheets` (visible sheets,
formulas, error values, merged cells, control characters refused with their cell); writing through
:mod:`perfdesk.core.io.xlsx_out` (text stays text).

A reader gets each non-blank row as ``{key: text}`` with its Excel row number, plus a :class:`Problems` list that
names file, sheet, row and column; it adds its own problems to the same list and raises once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import AmountTooLarge, Money, MoneyUnit, parse_amount
from perfdesk.core.i18n import translate
from perfdesk.core.io import xlsx_out
from perfdesk.core.io.sheets import Book, text_problems, too_long_message
from perfdesk.core.io.targets_xlsx import Problems, cell_text

MAX_ROWS = 50_000


@dataclass(frozen=True)
class Column:
    key: str
    head: str  # the Chinese header as printed
    required: bool = False  # the column must be present
    width: float = 12
    limit: int | None = None  # longest text (the database column's length)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Record:
    row: int  # as Excel shows it
    cells: dict[str, str]


class Sheet:
    """A flat sheet being read: its records, and where each column is."""

    def __init__(self, path: Path, name: str, columns: Sequence[Column]):
        self.path, self.name, self.columns = Path(path), name, tuple(columns)
        self.problems = Problems(self.path)
        self.records: list[Record] = []
        self.at: dict[str, int] = {}

    def add(self, message: str, row: int | None = None, key: str | None = None) -> None:
        """A problem at ``row`` in the column of ``key`` (its letter as the file has it)."""
        column = get_column_letter(self.at[key] + 1) if key in self.at else None
        self.problems.add(message, self.name, row, column)

    def raise_if_any(self) -> None:
        self.problems.raise_if_any()


def norm(text: str) -> str:
    """Full-width folded to ASCII, spaces removed, lower-cased: 单位成本(元) and 单位成本（元） match."""
    return "".join(unicodedata.normalize("NFKC", text or "").split()).lower()


def read(path: Path | str, sheet_name: str, columns: Sequence[Column]) -> Sheet:
    """The records of the sheet named ``sheet_name`` (else the first visible sheet). Problems that make the
    cells unbelievable (formulas, merged cells, error values, control characters) stop the reading."""
    sheet = Sheet(Path(path), sheet_name, columns)
    try:
        book = Book(sheet.path)
        names = book.visible
        sheet.name = sheet_name if sheet_name in names else names[0]
        rows = book.rows(sheet.name)
        found = (book.problems(sheet.name, book.scan(sheet.name), formulas="all", merges=True)
                 + text_problems(rows, sheet.path, sheet.name))
    except UserErrors as exc:
        sheet.problems.items += exc.errors
        return sheet
    sheet.problems.items += found
    if not found:
        _records(sheet, rows)
    return sheet


def _records(sheet: Sheet, rows: list[list[Any]]) -> None:
    if not rows or not any(cell_text(c) for c in rows[0]):
        sheet.add(translate("FlatSheet", "The first row must hold the column names; it is blank."), 1)
        return
    by_text = {norm(name): c.key for c in sheet.columns for name in (c.head, c.key, *c.aliases)}
    sheet.at = {}
    for col, value in enumerate(rows[0]):
        key = by_text.get(norm(cell_text(value)))
        if key is not None and key not in sheet.at:
            sheet.at[key] = col
    missing = [c.head for c in sheet.columns if c.required and c.key not in sheet.at]
    if missing:
        sheet.add(translate("FlatSheet", "The header row lacks the column(s) {columns}.").format(
            columns="、".join(missing)), 1)
        return
    if len(rows) > MAX_ROWS:
        sheet.add(translate("FlatSheet", "More than {n} rows.").format(n=MAX_ROWS))
        return
    for index, raw in enumerate(rows[1:], start=2):
        cells = {key: cell_text(raw[col]) if col < len(raw) else "" for key, col in sheet.at.items()}
        if any(cells.values()):
            sheet.records.append(Record(index, cells))
            _lengths(sheet, index, cells)


def _lengths(sheet: Sheet, row: int, cells: dict[str, str]) -> None:
    for c in sheet.columns:
        if c.limit is not None and len(cells.get(c.key, "")) > c.limit:
            sheet.add(too_long_message(len(cells[c.key]), c.limit), row, c.key)


# -- typed cells ----------------------------------------------------------------------------------------
def required(sheet: Sheet, rec: Record, key: str) -> str:
    """The cell's text; a problem when blank."""
    text = rec.cells.get(key, "")
    if not text:
        head = next(c.head for c in sheet.columns if c.key == key)
        sheet.add(translate("FlatSheet", "{column} is empty.").format(column=head), rec.row, key)
    return text


def decimal(sheet: Sheet, rec: Record, key: str, *, needed: bool = True, positive: bool = False) -> Decimal | None:
    """A number (thousands separators and full-width digits accepted); problems name the cell."""
    text = rec.cells.get(key, "")
    if not text:
        if needed:
            required(sheet, rec, key)
        return None
    cleaned = unicodedata.normalize("NFKC", text).replace(",", "").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        sheet.add(translate("FlatSheet", "{value} is not a number.").format(value=text), rec.row, key)
        return None
    if value < 0 or (positive and value == 0):
        sheet.add(translate("FlatSheet", "{value}: a positive number is needed here.").format(value=text),
                  rec.row, key)
        return None
    return value


def money(sheet: Sheet, rec: Record, key: str, unit: MoneyUnit = MoneyUnit.YUAN) -> int | None:
    """An amount in fen (the column's unit unless the cell names 元 or 万元); blank, negative or unreadable is
    a problem."""
    text = rec.cells.get(key, "")
    if not text:
        required(sheet, rec, key)
        return None
    try:
        fen = parse_amount(text, unit).fen
    except (AmountTooLarge, ValueError) as exc:
        sheet.add(str(exc) if isinstance(exc, AmountTooLarge) else
                  translate("FlatSheet", "{value} is not an amount.").format(value=text), rec.row, key)
        return None
    if fen < 0:
        sheet.add(translate("FlatSheet", "{value}: an amount cannot be negative.").format(value=text), rec.row, key)
        return None
    return fen


def year(sheet: Sheet, rec: Record, key: str) -> int | None:
    text = rec.cells.get(key, "")
    if not text:
        return None
    if text.isdigit() and 1990 <= int(text) <= 2100:
        return int(text)
    sheet.add(translate("FlatSheet", "{value} is not a year.").format(value=text), rec.row, key)
    return None


def choice(sheet: Sheet, rec: Record, key: str, table: dict[str, str]) -> str:
    """The code of a cell holding a code or its Chinese label (``table``: code → label)."""
    text = rec.cells.get(key, "")
    if not text:
        required(sheet, rec, key)
        return ""
    by_label = {norm(label): code for code, label in table.items()} | {norm(code): code for code in table}
    found = by_label.get(norm(text))
    if found is None:
        sheet.add(translate("FlatSheet", "{value} is not one of {choices}.").format(
            value=text, choices="、".join(table.values())), rec.row, key)
        return ""
    return found


# -- writing ----------------------------------------------------------------------------------------------
def write(path: Path | str, sheet_name: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> int:
    """A workbook of one sheet: bold headers, frozen first row, each row's values in column order."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_name)
    for i, c in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = c.width
    ws.freeze_panes = "A2"
    ws.append([_bold(ws, c.head) for c in columns])
    n = 0
    for values in rows:
        xlsx_out.append(ws, list(values))
        n += 1
    wb.save(Path(path))
    return n


def _bold(ws: Any, text: str) -> Any:
    cell = WriteOnlyCell(ws, value=text)
    cell.font = Font(bold=True)
    return cell


def yuan_number(fen: int) -> Decimal:
    """An amount in fen as the 元 number written to a cell (exact: Decimal, never a float)."""
    return Money(fen).as_yuan.quantize(Decimal("0.01"))

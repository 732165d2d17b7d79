"""Read the budget system's flat execution export (预算执行数据): one row per project, keyed by PRO_CODE.

Accepted files: ``.xlsx``/``.xlsm`` (read with python-calamine) and ``.csv`` in UTF-8 (with or without BOM) or
GBK/GB18030 (detected). Columns are found by the budget system's keys or the usual Chinese headers (RULES §1,
FORMATS §2); see :data:`COLUMNS`. The header row is the first of the top rows that names a code column; a
second header row right under it (keys above, Chinese below, as some exports print) is skipped.

Amounts are in 元 unless the header says （万元） (or a title row above says 单位：万元); a unit typed in a cell
wins (``parse_amount``). A blank amount cell counts as zero — exports leave zeros blank — except when the cell
holds a formula with no cached value, which is an error (the file was saved by a program that does not compute).

All-or-nothing: every problem is collected as a :class:`UserError` with file, sheet, row (as Excel shows it)
and column letter, then :class:`UserErrors` is raised. Rows that are wholly blank, and total rows (合计/总计/
小计 with no code), are skipped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import Any

from perfdesk.core.background import Background
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.money import AmountTooLarge, Money, MoneyUnit, check_size, parse_amount
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.io.sheets import (
    FIELD_LIMITS,
    Book,
    SheetScan,
    check_widths,
    length_problems,
    read_csv,
    text_problems,
)
from perfdesk.core.memory import gc_paused

HEADER_SEARCH_ROWS = 20
TOTAL_WORDS = ("合计", "总计", "小计")

# field → accepted headers (compared after normalisation: upper case, no spaces, no unit, no 1—N月 prefix)
COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("PRO_CODE", "项目编码", "项目代码"),
    "name": ("PRO_NAME", "项目名称"),
    "agency_code": ("AGENCY_CODE", "单位编码", "单位代码", "预算单位编码", "预算单位代码"),
    "agency_name": ("AGENCY_NAME", "单位名称", "预算单位名称", "预算单位"),
    "budget": ("CUR_AMT", "全年预算数", "预算数", "变动后预算数", "调整后预算数", "全年预算"),
    "spent": ("PAY_AMT", "执行数", "支出数", "实际支出数", "支付数", "已支付数"),
    "initial_budget": ("REPLY_AMT", "年初预算数"),
    "fiscal_budget": ("财政拨款预算数", "财政拨款"),
    "fiscal_spent": ("财政拨款执行数", "财政拨款支出数"),
    "other_budget": ("其他资金预算数", "其他资金"),
    "other_spent": ("其他资金执行数", "其他资金支出数"),
    "expected_full_year": ("全年预计执行数", "预计全年执行数", "全年预计支出数"),
}
REQUIRED = ("code", "budget", "spent")
# in the order of ExecutionRow's fields
AMOUNT_FIELDS = ("budget", "spent", "initial_budget", "fiscal_budget", "fiscal_spent", "other_budget",
                 "other_spent", "expected_full_year")
FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("ExecutionFile", "project code (PRO_CODE / 项目编码)"),
    "budget": QT_TRANSLATE_NOOP("ExecutionFile", "budget (CUR_AMT / 全年预算数 / 预算数)"),
    "spent": QT_TRANSLATE_NOOP("ExecutionFile", "amount spent (PAY_AMT / 执行数 / 支出数)"),
}
CODE_NAME = re.compile(r"^([0-9A-Za-z]{6,})\s*[-－—_]\s*(.+)$")  # 51000021R000000019951-工资性支出 (RULES §1)
_UNIT_SUFFIX = re.compile(r"[（(]\s*(万元|元)\s*[）)]$")
_PERIOD_PREFIX = re.compile(r"^\d{1,2}\s*[-—–~至]\s*\d{1,2}月")
_TITLE_UNIT = re.compile(r"单位\s*[:：]\s*(万元|元)")


@dataclass(frozen=True, slots=True)
class ExecutionRow:
    """One project's execution as the file gives it. Optional amounts are None when the column is absent."""

    code: str
    name: str
    budget: Money
    spent: Money
    row: int  # row number as Excel shows it (the CSV line number for CSV)
    agency_code: str = ""
    agency_name: str = ""
    initial_budget: Money | None = None
    fiscal_budget: Money | None = None
    fiscal_spent: Money | None = None
    other_budget: Money | None = None
    other_spent: Money | None = None
    expected_full_year: Money | None = None


@dataclass(frozen=True)
class ExecutionTable:
    """The kept rows column by column, as the import writes them: equal-length lists, amounts in fen.

    ``amounts`` holds only the amount fields whose column the file has (``budget`` and ``spent`` always).
    """

    rows: list[int] = field(default_factory=list)  # row numbers as Excel shows them
    codes: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    agency_codes: list[str] = field(default_factory=list)
    agency_names: list[str] = field(default_factory=list)
    amounts: dict[str, list[int]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class ExecutionFile:
    """A parsed execution export: its rows and how it was read (for the import log)."""

    file: str
    sheet: str | None
    header_row: int
    encoding: str | None  # CSV only
    columns: dict[str, str] = field(default_factory=dict)  # field → column letter
    units: dict[str, MoneyUnit] = field(default_factory=dict)  # amount field → unit read from its header
    table: ExecutionTable = field(default_factory=ExecutionTable)
    skipped_rows: tuple[int, ...] = ()  # blank and total rows

    @cached_property
    def rows(self) -> tuple[ExecutionRow, ...]:
        """The rows as objects (built on first use: the import itself works on :attr:`table`)."""
        t = self.table
        amounts = [map(Money, t.amounts[f]) if f in t.amounts else itertools.repeat(None) for f in AMOUNT_FIELDS]
        return tuple(ExecutionRow(code, name, budget, spent, row, agency_code, agency_name, *rest)
                     for code, name, row, agency_code, agency_name, budget, spent, *rest
                     in zip(t.codes, t.names, t.rows, t.agency_codes, t.agency_names, *amounts, strict=False))  # absent: None


def read_execution_file(path: str | Path, *, sheet: str | None = None,
                        default_unit: MoneyUnit = MoneyUnit.YUAN) -> ExecutionFile:
    """Parse ``path`` (.xlsx/.xlsm or .csv) or raise :class:`UserErrors` listing every problem."""
    with gc_paused():
        return _read(Path(path), sheet, default_unit)


def _read(path: Path, sheet: str | None, default_unit: MoneyUnit) -> ExecutionFile:
    if path.suffix.lower() == ".csv":
        return _read_csv(path, default_unit)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise UserErrors(UserError(translate("ExecutionFile", "unsupported file type {suffix}: use .xlsx or .csv")
                                   .format(suffix=path.suffix or "?"), str(path)))
    book = Book(path)
    name, grid, scan = _read_and_scan(book, sheet)
    where = Where(str(path), name)
    layout = _layout(grid, where, default_unit)
    problems = book.problems(name, scan, formulas="none", merges=True, columns=layout.columns.values(),
                             from_row=layout.header + 1)
    problems += text_problems(grid, path, name)
    return _parse_grid(grid, where, default_unit, None, scan.uncached, problems)


def _read_csv(path: Path, default_unit: MoneyUnit) -> ExecutionFile:
    """A CSV export, read strictly (:func:`read_csv`): every line after the header as wide as the header."""
    data = read_csv(path)
    where = Where(str(path), None)
    header = _layout(data.rows, where, default_unit).header
    problems = check_widths(data, header, path) + text_problems(data.rows, path, None, numbers=data.lines)
    if problems:
        raise UserErrors(problems)
    return _parse_grid(data.rows, where, default_unit, data.encoding, set)


# -- reading ---------------------------------------------------------------------------------------------
def _read_and_scan(book: Book, sheet: str | None) -> tuple[str, list[list[Any]], SheetScan]:
    """The sheet read (:func:`_read_sheet`) and its XML scanned; the scan of the sheet most likely read runs in a
    thread while python-calamine parses (without the GIL)."""
    likely = sheet or book.visible[0]
    scanning = Background(lambda: book.scan(likely), "scan-execution-sheet")
    try:
        name, grid = _read_sheet(book, sheet)
    except BaseException:
        scanning.wait()
        raise
    return name, grid, scanning.result() if name == likely else book.scan(name)


def _read_sheet(book: Book, sheet: str | None) -> tuple[str, list[list[Any]]]:
    """The sheet named, or the first visible sheet with a header row (hidden sheets are never read)."""
    names = book.visible
    if sheet is not None and sheet not in names:
        text = (translate("ExecutionFile", "the sheet {sheet} is hidden: show it in Excel or choose a visible sheet")
                if any(s.name == sheet for s in book.sheets) else
                translate("ExecutionFile", "no sheet named {sheet}"))
        raise UserErrors(UserError(text.format(sheet=sheet), str(book.path)))
    for name in [sheet] if sheet else names:
        grid = book.rows(name)
        if _find_header(grid) is not None or sheet:
            return name, grid
    return names[0], book.rows(names[0])


# -- header ----------------------------------------------------------------------------------------------
def normalise_header(text: Any) -> tuple[str, MoneyUnit | None]:
    """(key, unit): ``" 1—7月执行数（万元） "`` → ``("执行数", 万元)``; ``"pro_code"`` → ``("PRO_CODE", None)``."""
    cleaned = re.sub(r"\s+", "", str(text)).upper()
    unit = None
    match = _UNIT_SUFFIX.search(cleaned)
    if match:
        unit = MoneyUnit.WAN if match.group(1) == "万元" else MoneyUnit.YUAN
        cleaned = cleaned[: match.start()]
    return _PERIOD_PREFIX.sub("", cleaned), unit


_ALIAS_TO_FIELD = {alias.upper(): name for name, aliases in COLUMNS.items() for alias in aliases}


def header_fields(row: Sequence[Any], aliases: dict[str, str]) -> dict[int, tuple[str, MoneyUnit | None]]:
    """Column index → (field, unit in the header) of the cells of ``row`` naming a field (``aliases``: the
    normalised header → field)."""
    found: dict[int, tuple[str, MoneyUnit | None]] = {}
    for index, cell in enumerate(row):
        key, unit = normalise_header(cell if cell is not None else "")
        if key in aliases:
            found[index] = (aliases[key], unit)
    return found


def _header_fields(row: Sequence[Any]) -> dict[int, tuple[str, MoneyUnit | None]]:
    return header_fields(row, _ALIAS_TO_FIELD)


def _find_header(grid: Sequence[Sequence[Any]]) -> int | None:
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        fields = {name for name, _ in _header_fields(row).values()}
        if "code" in fields or ("name" in fields and "budget" in fields):
            return index
    return None


def title_unit(grid: Sequence[Sequence[Any]], header: int) -> MoneyUnit | None:
    """The unit a "单位：万元" (or 元) cell above the header gives, if any."""
    for row in grid[:header]:
        for cell in row:
            match = _TITLE_UNIT.search(str(cell))
            if match:
                return MoneyUnit.WAN if match.group(1) == "万元" else MoneyUnit.YUAN
    return None


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# -- parsing ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Where:
    """The file and sheet being read, to locate problems."""

    file: str
    sheet: str | None

    def error(self, message: str, row: int | None = None, column: str | None = None) -> UserError:
        return UserError(message, self.file, self.sheet, row, column)


@dataclass
class _Layout:
    header: int  # 0-based index of the header row
    columns: dict[str, int]
    units: dict[str, MoneyUnit]
    split_code: bool  # no code column: take the code from the front of the name


def _layout(grid: Sequence[Sequence[Any]], where: Where, default_unit: MoneyUnit) -> _Layout:
    header = _find_header(grid)
    if header is None:
        raise UserErrors(where.error(translate("ExecutionFile", "no header row naming the project code column "
                                               "(PRO_CODE or 项目编码) in the first {n} rows")
                                     .format(n=HEADER_SEARCH_ROWS)))
    columns, units, problems = _map_columns(grid[header], where, header + 1)
    sheet_unit = title_unit(grid, header) or default_unit
    split = "code" not in columns and "name" in columns
    missing = [f for f in REQUIRED if f not in columns and not (f == "code" and split)]
    problems += [where.error(translate("ExecutionFile", "missing required column: {column}")
                             .format(column=translate("ExecutionFile", FIELD_LABELS[f])), header + 1) for f in missing]
    if problems:
        raise UserErrors(problems)
    return _Layout(header, columns, {f: units.get(f) or sheet_unit for f in AMOUNT_FIELDS}, split)


def _map_columns(row: Sequence[Any], where: Where, excel_row: int
                 ) -> tuple[dict[str, int], dict[str, MoneyUnit], list[UserError]]:
    columns: dict[str, int] = {}
    units: dict[str, MoneyUnit] = {}
    problems: list[UserError] = []
    for index, (name, unit) in _header_fields(row).items():
        if name in columns:
            problems.append(where.error(translate("ExecutionFile", "two columns for the same field: {first} and {second}")
                                        .format(first=column_letter(columns[name]), second=column_letter(index)),
                                        excel_row, column_letter(index)))
            continue
        columns[name] = index
        if unit is not None:
            units[name] = unit
    return columns, units, problems


def _parse_grid(grid: list[list[Any]], where: Where, default_unit: MoneyUnit, encoding: str | None,
                formulas: Callable[[], set[str]], found: Sequence[UserError] = ()) -> ExecutionFile:
    """The file's rows; ``found``: problems the caller found in the file itself, raised with the cells'."""
    layout = _layout(grid, where, default_unit)
    start = layout.header + 1
    if start < len(grid) and _is_second_header(grid[start], layout):
        start += 1
    parser = _ColumnParser(layout, where, formulas)
    table, skipped = parser.parse(grid, start)
    found = [*found, *_too_long(table, layout, where)]
    if parser.errors or found:
        raise UserErrors(sorted([*found, *parser.errors], key=lambda e: (e.row or 0, len(e.column or ""),
                                                                         e.column or "")))
    return ExecutionFile(where.file, where.sheet, layout.header + 1, encoding,
                         {f: column_letter(i) for f, i in layout.columns.items()},
                         {f: layout.units[f] for f in AMOUNT_FIELDS if f in layout.columns}, table, tuple(skipped))


_LIMITED = (("code", "monitoring_execution.project_code"), ("name", "monitoring_execution.project_name"),
            ("agency_code", "monitoring_execution.agency_code"), ("agency_name", "unit.name"))


def _too_long(table: ExecutionTable, layout: _Layout, where: Where) -> list[UserError]:
    """Codes and names longer than the database stores (:data:`FIELD_LIMITS`)."""
    values = {"code": table.codes, "name": table.names, "agency_code": table.agency_codes,
              "agency_name": table.agency_names}
    column = {f: column_letter(layout.columns.get(f, layout.columns.get("name", 0))) for f in values}
    return [p for f, key in _LIMITED
            for p in length_problems(values[f], FIELD_LIMITS[key], where.file, where.sheet, table.rows, column[f])]


def _is_second_header(row: Sequence[Any], layout: _Layout) -> bool:
    fields = _header_fields(row)
    return len(fields) >= 2 and all(fields.get(i, ("",))[0] == f for f, i in layout.columns.items() if i in fields)


class _ColumnParser:
    """Turns the data rows into an :class:`ExecutionTable` column by column, collecting every problem instead
    of stopping at the first.

    Each column is taken out of the grid and converted in one pass (``map``, ``set``, one comprehension) on
    the common clean case — text cells in a text column, plain floats in an amount column, no blank or repeated
    code — and only the cells outside that case go through the per-cell code that reports problems with their
    row and column. Both give the same values: the one-pass conversion is the per-cell code's first branch.
    No row object is built: the import writes :class:`ExecutionTable` as it is.
    """

    def __init__(self, layout: _Layout, where: Where, formulas: Callable[[], set[str]]):
        self.layout = layout
        self.where = where
        self.errors: list[UserError] = []
        self._formulas = formulas
        self._formula_cache: set[str] | None = None
        self._width = max(layout.columns.values()) + 1

    def parse(self, grid: list[list[Any]], start: int) -> tuple[ExecutionTable, list[int]]:
        data = grid[start:]
        if data and min(map(len, data)) < self._width:  # CSV lines may be short
            data = [list(cells) + [""] * (self._width - len(cells)) for cells in data]
        codes, names = self._codes_and_names(data)
        kept, skipped = self._keep(data, codes, start + 1)
        if kept is None:  # every row has a code
            rows = list(range(start + 1, start + 1 + len(data)))
        else:
            data, codes, names = [data[k] for k in kept], [codes[k] for k in kept], [names[k] for k in kept]
            rows = [start + 1 + k for k in kept]
        self._check_unique(codes, rows)
        amounts = {f: self._amounts(data, rows, f) for f in AMOUNT_FIELDS if f in self.layout.columns}
        self.errors.sort(key=lambda e: (e.row or 0, len(e.column or ""), e.column or ""))
        table = ExecutionTable(rows, codes, names, self._text_column(data, "agency_code"),
                               self._text_column(data, "agency_name"), amounts)
        return table, skipped

    # -- codes and names ---------------------------------------------------------------------------------
    def _codes_and_names(self, data: list[list[Any]]) -> tuple[list[str], list[str]]:
        names = self._text_column(data, "name")
        if not self.layout.split_code:
            return self._text_column(data, "code"), names
        split = [CODE_NAME.match(name) for name in names]
        return ([m.group(1) if m else "" for m in split],
                [m.group(2).strip() if m else name for m, name in zip(split, names, strict=True)])

    def _text_column(self, data: list[list[Any]], field_name: str) -> list[str]:
        """A code or name column as stripped text (see :func:`cell_text`); blank when the file lacks it."""
        index = self.layout.columns.get(field_name)
        if index is None:
            return [""] * len(data)
        values = list(map(itemgetter(index), data))
        try:
            return list(map(str.strip, values))
        except TypeError:  # numbers (codes typed as numbers), dates, booleans among the text
            pass
        if bool in set(map(type, values)):  # True == 1 == 1.0: no shared conversion table
            return [v.strip() if type(v) is str else cell_text(v) for v in values]
        return map_distinct(lambda v: v.strip() if type(v) is str else cell_text(v), values)

    def _keep(self, data: list[list[Any]], codes: list[str], first_row: int) -> tuple[list[int] | None, list[int]]:
        """Positions of the rows with a code (None: all); blank and total rows are skipped, other rows without
        a code are errors. Returns (kept positions, skipped Excel rows)."""
        if "" not in codes:
            return None, []
        kept, skipped = [], []
        for k, code in enumerate(codes):
            if code:
                kept.append(k)
            elif _is_blank_or_total(data[k]):
                skipped.append(first_row + k)
            else:
                self._error(translate("ExecutionFile", "the project code is blank"), first_row + k, "code")
        return kept, skipped

    def _check_unique(self, codes: list[str], rows: list[int]) -> None:
        if len(set(codes)) == len(codes):
            return
        first_row_of: dict[str, int] = {}
        for code, excel_row in zip(codes, rows, strict=True):
            first = first_row_of.setdefault(code, excel_row)
            if first != excel_row:
                self._error(translate("ExecutionFile", "duplicate project code {code} (first on row {first})")
                            .format(code=code, first=first), excel_row, "code")

    # -- amounts -------------------------------------------------------------------------------------------
    def _amounts(self, data: list[list[Any]], rows: list[int], field_name: str) -> list[int]:
        """One amount column in fen: plain non-negative floats in one comprehension, every other cell through
        :meth:`_amount`, which records problems.

        The comprehension is the fast path of :func:`_fen_from_float` with ``int(x + ½)`` for ``round(x)``
        (cheaper; the same integer whenever ``x`` lies within 0.001 of it): a cell is taken when
        ``x = value × fen_per_unit`` is that close to a whole fen, which the decimal text then rounds to as
        well; any other cell (half fen, sub-fen digits, negative, text, blank) takes the careful path."""
        index, fen_per_unit = self.layout.columns[field_name], self.layout.units[field_name].fen
        values = list(map(itemgetter(index), data))
        limit = _FAST_FEN_LIMIT
        fen: list[int | None] = [  # -1 (never a result): the cell needs the careful path
            n if type(v) is float and 0.5 <= (y := v * fen_per_unit + 0.5) < limit
            and -0.001 < y - (n := int(y)) - 0.5 < 0.001 else -1 for v in values]
        if -1 in fen:
            for k, found in enumerate(fen):
                if found == -1:
                    fen[k] = self._amount(values[k], rows[k], field_name, index, fen_per_unit)
        return fen  # type: ignore[return-value]  # None is left only where an error was recorded

    def _amount(self, value: Any, excel_row: int, field_name: str, index: int, fen_per_unit: int) -> int | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if column_letter(index) + str(excel_row) in self._formula_refs():
                self._error(translate("ExecutionFile", "the formula has no saved value: open the file in Excel "
                                      "and save it again"), excel_row, field_name)
                return None
            return 0
        try:
            fen = check_size(fen_from_cell(value, fen_per_unit), cell_text(value))
        except AmountTooLarge as exc:
            self._error(str(exc), excel_row, field_name)
            return None
        except (ValueError, ArithmeticError):
            self._error(translate("ExecutionFile", "not an amount: {value}").format(value=cell_text(value)), excel_row, field_name)
            return None
        if fen < 0:
            self._error(translate("ExecutionFile", "negative amount: {value}").format(value=cell_text(value)), excel_row, field_name)
            return None
        return fen

    def _formula_refs(self) -> set[str]:
        if self._formula_cache is None:
            self._formula_cache = self._formulas()
        return self._formula_cache

    def _error(self, message: str, excel_row: int, field_name: str) -> None:
        column = column_letter(self.layout.columns.get(field_name, self.layout.columns.get("name", 0)))
        self.errors.append(self.where.error(message, excel_row, column))


def map_distinct(fn: Callable[[Any], str], values: list[Any]) -> list[str]:
    """``fn`` of every value, computed once per distinct value (unit codes and names repeat down a column)."""
    try:
        table = {v: fn(v) for v in set(values)}
        return list(map(table.__getitem__, values))
    except (KeyError, TypeError):  # NaN is not found again, lists cannot be keys
        return list(map(fn, values))


def cell_text(value: Any) -> str:
    """A code or name cell as text: whole numbers lose the ``.0`` calamine gives them."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() if value is not None else ""


def amount_from_cell(value: Any, unit: MoneyUnit) -> Money:
    """An amount from a cell value: numbers exactly via their shortest text (never via float arithmetic)."""
    return Money(fen_from_cell(value, unit.fen))


def fen_from_cell(value: Any, fen_per_unit: int) -> int:
    """Fen in a cell holding a number of units of ``fen_per_unit`` fen (100 for 元, 1,000,000 for 万元).

    A float is read through its shortest decimal text (``repr``), so 655432.1 is 65,543,210 fen exactly; digits
    beyond the fen are rounded half-up by :meth:`Money.from_amount`. Raises ValueError for anything else.
    """
    if isinstance(value, float):
        return _fen_from_float(value, fen_per_unit)
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value * fen_per_unit
    if isinstance(value, str):
        plain = _PLAIN_NUMBER.match(value)
        if plain and len(plain.group(2) or "") <= _PLACES[fen_per_unit]:  # "1234.5": exact without Decimal
            whole, fraction = plain.group(1), plain.group(2) or ""
            return int(whole + fraction.ljust(_PLACES[fen_per_unit], "0"))
        return parse_amount(value, _UNIT_OF_FEN[fen_per_unit]).fen
    raise ValueError(value)


_PLAIN_NUMBER = re.compile(r"\s*(\d+)(?:\.(\d*))?\s*$")
_PLACES = {100: 2, 1_000_000: 6}


_FAST_FEN_LIMIT = 1e13
_UNIT_OF_FEN = {unit.fen: unit for unit in MoneyUnit}


def _fen_from_float(value: float, fen_per_unit: int) -> int:
    """Exact fen of a float cell, as if its shortest decimal text were multiplied and rounded half-up.

    Fast path: when ``value × fen_per_unit`` lies within 0.001 of an integer (and below 10¹³ fen, where the float
    error is far below 0.001), that integer is what the decimal text gives too, since the text and the float
    differ by less than half an ulp. Anything else (half fen, sub-fen digits, inf, nan) goes through Decimal.
    """
    scaled = value * fen_per_unit
    if -_FAST_FEN_LIMIT < scaled < _FAST_FEN_LIMIT:
        nearest = round(scaled)
        if -0.001 < scaled - nearest < 0.001:
            return nearest
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(value)
    return Money.from_amount(Decimal(repr(value)), _UNIT_OF_FEN[fen_per_unit]).fen


def _is_blank_or_total(cells: Iterable[Any]) -> bool:
    texts = [cell_text(c) for c in cells]
    return all(not t for t in texts) or any(re.sub(r"[\s\u3000:：]", "", t) in TOTAL_WORDS for t in texts)

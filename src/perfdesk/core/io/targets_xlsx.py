"""Performance targets in Excel: the official declaration layout (one project per sheet) and a flat list (one
indicator per row, keyed by PRO_CODE). Both are written with openpyxl and read with python-calamine (fast for
the 30,000-row city workbook). Reading never touches the database: it returns parsed targets or raises
:class:`UserErrors` listing every problem with file, sheet, row and column.

Before any cell is read the file itself is checked: its size, that it is a workbook, and (straight from the sheet
XML, which calamine does not expose, while calamine parses the sheets in a background thread) formulas anywhere
and merged cells in a flat sheet. Merged cells in the official layout are expected: blank 指标类型/一级/二级 cells
below a value are filled down, as people merge them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import groupby, repeat
from operator import attrgetter
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from perfdesk.core.background import Background
from perfdesk.core.domain.errors import UserError, UserErrors, unreadable_workbook
from perfdesk.core.domain.money import AmountTooLarge, Money
from perfdesk.core.domain.targets import IndicatorDraft, TargetDraft
from perfdesk.core.i18n import translate
from perfdesk.core.io import xlsx_out
from perfdesk.core.io.sheets import FIELD_LIMITS, Book, text_problems, too_long_message
from perfdesk.core.rules import target_values as tv
from perfdesk.core.rules.valuetext import format_number, normalise

TITLE = "项目支出绩效目标申报表"
PARTS = {"annual": "年度", "medium": "中期"}
PART_CODES = {v: k for k, v in PARTS.items()} | {"年度指标": "annual", "中期指标": "medium", "": "annual"}
BASIS = {"historical": "历史标准", "industry": "行业标准", "plan": "计划标准", "other": "其他"}
BASIS_CODES = {v: k for k, v in BASIS.items()} | {"": ""}
ATTRIBUTES = {"new": "新增", "continuing": "延续"}
FLAT_HEADER = ("FISCAL_YEAR", "AGENCY_CODE", "AGENCY_NAME", "PRO_CODE", "PRO_NAME", "指标类型", "一级指标", "二级指标",
               "三级指标", "指标性质", "指标值", "度量单位", "分值", "指标值确定依据", "年度目标", "中期目标", "备注")
FLAT_REQUIRED = ("FISCAL_YEAR", "PRO_CODE", "一级指标", "二级指标", "三级指标", "指标值", "分值")
INDICATOR_HEAD = ("指标类型", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "分值",
                  "指标值确定依据", "备注")
FLAT_READ = ("PRO_CODE", "指标类型", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值确定依据",
             "年度目标", "中期目标", "备注")  # the columns read as text (the year and 分值 are read as numbers)
MAX_ROWS = 200_000


@dataclass
class ParsedTarget:
    year: int
    code: str
    draft: TargetDraft
    sheet: str
    row: int
    layout: str  # flat or official
    header_fields: set[str] = field(default_factory=set)  # header fields the layout carries


@dataclass
class ExportTarget:
    """What an export needs of one project and its current target (built by the service)."""

    year: int
    code: str
    name: str
    unit_code: str
    unit_name: str
    dept_code: str
    dept_name: str
    attribute: str
    period: str
    annual_total_fen: int
    annual_fiscal_fen: int
    annual_other_fen: int
    draft: TargetDraft


# ==========================================================================================================
# writing
# ==========================================================================================================
def _weight(w: Decimal | None) -> Any:
    if w is None:
        return None
    return int(w) if w == w.to_integral_value() else float(w)


def flat_row(t: ExportTarget, ind: IndicatorDraft, first: bool) -> list[Any]:
    core = tv.split(ind.value_text, ind.comparison, ind.unit)
    return [t.year, t.unit_code, t.unit_name, t.code, t.name, PARTS.get(ind.part, ind.part), ind.level1, ind.level2,
            ind.name, tv.SYMBOLS.get(ind.comparison, ind.comparison), core, ind.unit, _weight(ind.weight),
            BASIS.get(ind.value_basis, ind.value_basis), t.draft.annual_goal if first else "",
            t.draft.medium_goal if first else "", ind.note]


def write_flat(path: Path, targets: Iterable[ExportTarget]) -> int:
    """One indicator per row; goals on each project's first row. Returns the rows written."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("绩效目标")
    ws.append(list(FLAT_HEADER))
    n = 0
    for t in targets:
        if not t.draft.indicators:  # no targets yet: one row naming the project, for the unit to fill in
            ws.append([t.year, t.unit_code, t.unit_name, t.code, t.name])
            n += 1
        for i, ind in enumerate(t.draft.indicators):
            xlsx_out.append(ws, flat_row(t, ind, i == 0))
            n += 1
    wb.save(path)
    return n


THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WIDTHS = (8, 12, 16, 26, 8, 14, 8, 7, 12, 14)
LAST_COL = len(WIDTHS)


def _wan(fen: int | None) -> Any:
    return None if fen is None else float(Money(fen).as_wan)


class _Sheet:
    def __init__(self, ws: Any):
        self.ws, self.row = ws, 0

    def line(self, cells: Sequence[tuple[int, int, Any]], *, height: float | None = None, bold: bool = False) -> int:
        """Cells (first column, last column, value) on a new row; spans are merged; all framed."""
        self.row += 1
        for first, last, value in cells:
            cell = xlsx_out.put(self.ws, self.row, first, value)
            cell.alignment = CENTER if bold or isinstance(value, (int, float)) else WRAP
            if bold:
                cell.font = Font(bold=True)
            for c in range(first, last + 1):
                self.ws.cell(self.row, c).border = BORDER
            if last > first:
                self.ws.merge_cells(start_row=self.row, start_column=first, end_row=self.row, end_column=last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        return self.row


def write_official(path: Path, targets: Iterable[ExportTarget]) -> int:
    """One project per sheet in the declaration layout (FORMATS §1), with the PRO_CODE row the reader keys on."""
    wb = Workbook()
    wb.remove(wb.active)
    n = 0
    used: set[str] = set()
    for t in targets:
        official_sheet(wb, _sheet_name(t.code, used), t)
        n += 1
    if n == 0:
        wb.create_sheet("空")
    wb.save(path)
    return n


def _sheet_name(code: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "_", code)[:28] or "项目"
    name, k = base, 1
    while name in used:
        k += 1
        name = f"{base}_{k}"
    used.add(name)
    return name


def official_sheet(wb: Workbook, name: str, t: ExportTarget) -> None:
    ws = wb.create_sheet(name)
    for i, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    s, d, L = _Sheet(ws), t.draft, LAST_COL
    title = s.line([(1, L, TITLE)], height=30)
    ws.cell(title, 1).font = Font(bold=True, size=16)
    s.line([(1, L, f"（{t.year}年度）")])
    s.line([(1, 1, "项目名称"), (2, L, t.name)])
    s.line([(1, 1, "项目编码"), (2, L, t.code)])
    dept = f"{t.dept_name}（{t.dept_code}）" if t.dept_code else t.dept_name
    s.line([(1, 1, "主管部门及代码"), (2, 4, dept), (5, 6, "实施单位"), (7, L, t.unit_name)])
    s.line([(1, 1, "项目属性"), (2, 4, ATTRIBUTES.get(t.attribute, t.attribute)), (5, 6, "项目期"), (7, L, t.period)])
    funds = (("中期资金总额", d.medium_total_fen, "年度资金总额", t.annual_total_fen),
             ("其中：财政拨款", d.medium_fiscal_fen, "其中：财政拨款", t.annual_fiscal_fen),
             ("其他资金", d.medium_other_fen, "其他资金", t.annual_other_fen))
    first = s.row + 1
    for label, medium, label2, annual_fen in funds:
        s.line([(1, 1, "项目资金（万元）" if s.row + 1 == first else None), (2, 3, label), (4, 4, _wan(medium)),
                (5, 6, label2), (7, L, _wan(annual_fen))])
    ws.merge_cells(start_row=first, start_column=1, end_row=s.row, end_column=1)
    s.line([(1, 1, "总体目标"), (2, 4, f"中期目标（{d.medium_period}）"), (5, L, "年度目标")], bold=True)
    s.line([(1, 1, None), (2, 4, d.medium_goal), (5, L, d.annual_goal)], height=60)
    ws.merge_cells(start_row=s.row - 1, start_column=1, end_row=s.row, end_column=1)
    s.line([(c, c, h) for c, h in enumerate(INDICATOR_HEAD, 1)], bold=True)
    for ind in d.indicators:
        core = tv.split(ind.value_text, ind.comparison, ind.unit)
        values = (PARTS.get(ind.part, ind.part), ind.level1, ind.level2, ind.name,
                  tv.SYMBOLS.get(ind.comparison, ind.comparison), core, ind.unit, _weight(ind.weight),
                  BASIS.get(ind.value_basis, ind.value_basis), ind.note)
        s.line([(c, c, v) for c, v in enumerate(values, 1)])
    s.line([(1, 2, "填报人"), (3, 4, d.filled_by), (5, 6, "联系电话"), (7, L, d.phone)])
    ws.print_options.horizontalCentered = True
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1


# ==========================================================================================================
# reading
# ==========================================================================================================
class Problems:
    def __init__(self, file: Path):
        self.file, self.items = str(file), []  # type: list[UserError]

    def add(self, message: str, sheet: str | None = None, row: int | None = None, column: int | str | None = None
            ) -> None:
        self.items.append(self.error(message, sheet, row, column))

    def error(self, message: str, sheet: str | None = None, row: int | None = None, column: int | str | None = None
              ) -> UserError:
        """A problem of this file, not yet added."""
        col = get_column_letter(column + 1) if isinstance(column, int) else column
        return UserError(message, self.file, sheet, row, col)

    def raise_if_any(self) -> None:
        if self.items:
            raise UserErrors(self.items)


class Reading:
    """A workbook being read. python-calamine parses the sheets in a background thread without holding the GIL,
    so the caller's own work (reading the database) runs meanwhile; :meth:`result` scans the sheet XML for
    formulas and merged cells, waits for the parse and reads the targets. Call :meth:`result` or :meth:`wait`
    before the reading is dropped."""

    def __init__(self, path: Path, max_mb: int):
        self.path, self.problems = path, Problems(path)
        self._parse: Background[dict[str, list[list[Any]]]] | None = None
        self.book: Book | None = None
        if _file_accepted(path, max_mb, self.problems):
            try:
                book = self.book = Book(path)
                names = book.visible
            except UserErrors as exc:
                self.problems.items += exc.errors
                return
            self._parse = Background(lambda: {name: book.rows(name) for name in names}, "read-targets-workbook")

    def result(self) -> tuple[list[ParsedTarget], Problems]:
        """Every target read (flat and official sheets may be mixed) and the problems found; a file that cannot
        be read at all raises at once."""
        sheets = self._checked_sheets()
        self.problems.raise_if_any()
        return _read_sheets(sheets, self.problems), self.problems

    def wait(self) -> None:
        """Wait for the parse without asking for its result."""
        if self._parse is not None:
            self._parse.wait()

    def _checked_sheets(self) -> dict[str, list[list[Any]]]:
        """Every visible sheet's rows by name, each sheet read once, after the file-level checks of the module
        text (empty when the file is unusable)."""
        if self._parse is None or self.book is None:
            return {}
        book = self.book
        try:
            scans = {name: book.scan(name) for name in book.visible}
        except Exception as exc:  # noqa: BLE001 - reported below, after calamine's own error if it has one
            scans = exc
        try:
            sheets = self._parse.result()
            if isinstance(scans, Exception):
                raise scans
        except UserErrors as exc:
            self.problems.items += exc.errors
            return {}
        except Exception:  # noqa: BLE001 - zipfile and calamine raise various error types
            self.problems.add(unreadable_workbook())  # no library text in the message
            return {}
        for name, rows in sheets.items():
            official = detect_layout(rows[:4]) == "official"  # merges belong to the form
            self.problems.items += book.problems(name, scans[name], formulas="all", merges=not official)
            self.problems.items += text_problems(rows, self.path, name)
        return sheets


def start_reading(path: Path, *, max_mb: int = 20) -> Reading:
    """Start reading the targets of ``path`` (see :class:`Reading`)."""
    return Reading(Path(path), max_mb)


def _file_accepted(path: Path, max_mb: int, problems: Problems) -> bool:
    if not path.exists():
        problems.add(translate("TargetImport", "The file does not exist."))
        return False
    size = path.stat().st_size
    if size > max_mb * 1024 * 1024:
        problems.add(translate("TargetImport", "The file is {size} MB, larger than the {limit} MB accepted; split it into smaller "
                        "workbooks.").format(size=round(size / 1024 / 1024, 1), limit=max_mb))
        return False
    return True


def read_targets(path: Path, *, max_mb: int = 20) -> list[ParsedTarget]:
    """Every target in the workbook (flat and official sheets may be mixed). All-or-nothing: any problem raises
    :class:`UserErrors` with every problem found."""
    parsed, problems = read_targets_collect(Path(path), max_mb=max_mb)
    problems.raise_if_any()
    return parsed


def read_targets_collect(path: Path, *, max_mb: int = 20) -> tuple[list[ParsedTarget], Problems]:
    """Like :func:`read_targets` but returns the problems beside what could be read (so a caller can add its own
    checks to the same list). A file that cannot be read at all raises at once."""
    return start_reading(path, max_mb=max_mb).result()


def _read_sheets(sheets: dict[str, list[list[Any]]], problems: Problems) -> list[ParsedTarget]:
    out: list[ParsedTarget] = []
    for name, rows in sheets.items():
        if len(rows) > MAX_ROWS:
            problems.add(translate("TargetImport", "More than {n} rows.").format(n=MAX_ROWS), name)
            continue
        layout = detect_layout(rows)
        if layout == "blank":
            problems.add(translate("TargetImport", "The sheet is blank: delete it or fill it in."), name)
        elif layout == "flat":
            out += read_flat(rows, name, problems)
        elif layout == "official":
            parsed = read_official(rows, name, problems)
            out += [parsed] if parsed else []
        else:
            problems.add(translate("TargetImport", "Neither a flat list (a header row with PRO_CODE and 三级指标) nor a 项目支出绩效目标申报表."),
                         name, 1)
    _duplicates(out, problems)
    return out


def cell_text(value: Any) -> str:
    if type(value) is str:  # the common case first: this runs for every cell of a big workbook
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float):
        return format_number(Decimal(repr(value))) if value == value else ""
    if isinstance(value, (int, Decimal)):
        return str(value)
    return str(value).strip()  # text as typed: full-width punctuation is kept


def detect_layout(rows: list[list[Any]]) -> str:
    head = [[cell_text(c) for c in r] for r in rows[:4]]
    if not any(any(c for c in r) for r in rows):
        return "blank"
    if any(TITLE in c for r in head for c in r):
        return "official"
    if any("PRO_CODE" in r and "三级指标" in r for r in head):
        return "flat"
    return "unknown"


def _number(value: Any, problems: Problems, sheet: str, row: int, col: int, what: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return _decimal(str(value) if isinstance(value, bool) else value)
    except InvalidOperation:
        problems.add(translate("TargetImport", "{what} must be a number, not “{value}”.").format(what=what, value=value), sheet, row, col)
        return None


@functools.lru_cache(maxsize=4096)
def _decimal(value: Any) -> Decimal:
    """A cell's number (floats through their shortest repr); raises InvalidOperation. Years and weights repeat
    on every row, hence the cache."""
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(normalise(str(value)).replace(",", ""))
    return number.normalize() if number == number.to_integral_value() else number


_read_value = functools.lru_cache(maxsize=65536)(tv.read)  # values repeat a lot across a county's rows
_comparison = functools.lru_cache(maxsize=256)(tv.comparison_code)


Texts = dict[str, Sequence[str]]  # column name -> each row's text; a column the sheet lacks reads as ""
_LIMITS = {"一级指标": FIELD_LIMITS["target_indicator.level1"], "二级指标": FIELD_LIMITS["target_indicator.level2"],
           "三级指标": FIELD_LIMITS["target_indicator.name"], "指标值": FIELD_LIMITS["target_indicator.value_text"],
           "度量单位": FIELD_LIMITS["target_indicator.unit"]}  # the other texts: at most LONG_TEXT_MAX (sheets)


def _indicator(t: Texts, k: int, weight_cell: Any, problems: Problems, sheet: str, row: int,
               cols: dict[str, int]) -> IndicatorDraft | None:
    """The indicator of row ``k`` of the text columns ``t`` (the 分值 cell comes raw: numbers stay numbers)."""
    before = len(problems.items)

    def bad(message: str, column: str) -> None:
        problems.add(message, sheet, row, cols.get(column))

    kind = t["指标类型"][k]
    part = PART_CODES.get(kind)
    if part is None:
        bad(translate("TargetImport", "指标类型 must be 年度 or 中期, not “{value}”.").format(value=kind), "指标类型")
    names = (t["一级指标"][k], t["二级指标"][k], t["三级指标"][k])
    for column, v in zip(("一级指标", "二级指标", "三级指标"), names, strict=True):
        if not v:
            bad(translate("TargetImport", "{column} is empty.").format(column=column), column)
    symbol = t["指标性质"][k]
    comparison = _comparison(symbol)
    if comparison is None:
        bad(translate("TargetImport", "指标性质 must be ≥, ≤, =, 定性 or empty, not “{value}”.").format(value=symbol), "指标性质")
    basis_text = t["指标值确定依据"][k]
    basis = BASIS_CODES.get(basis_text)
    if basis is None:
        bad(translate("TargetImport", "指标值确定依据 must be 历史标准, 行业标准, 计划标准 or 其他, not “{value}”.").format(
            value=basis_text), "指标值确定依据")
    weight = _number(weight_cell, problems, sheet, row, cols.get("分值", 0), "分值")
    if weight is not None and weight < 0:
        bad(translate("TargetImport", "分值 cannot be negative ({value}).").format(value=weight), "分值")
    for column, limit in _LIMITS.items():
        if len(t[column][k]) > limit:
            bad(too_long_message(len(t[column][k]), limit), column)
    value = _read_value(t["指标值"][k], comparison or "", t["度量单位"][k])
    if len(problems.items) > before:
        return None
    return IndicatorDraft(names[0], names[1], names[2], value.comparison, value.text, value.number, value.unit,
                          weight, basis or "", part or "annual", None, t["备注"][k])


def _text_columns(columns: list[Sequence[Any]], cols: dict[str, int], names: Iterable[str], rows: int) -> Texts:
    """Each named column's cell texts, converted column by column (a sheet lacking a column reads as "")."""
    blank = [""] * rows
    return {name: blank if cols.get(name) is None else _texts(columns[cols[name]]) for name in names}


def _columns(body: Sequence[Sequence[Any]], width: int) -> list[Sequence[Any]]:
    """The first ``width`` columns of ``body`` (a short row reads as None beyond its end)."""
    if body and len(set(map(len, body))) == 1 and len(body[0]) >= width:  # calamine's rows: as wide as the sheet
        return list(zip(*body, strict=True))[:width]
    return [[r[c] if c < len(r) else None for r in body] for c in range(width)]


def _texts(values: Sequence[Any]) -> list[str]:
    """:func:`cell_text` of every value; numbers and dates (repeated down a column) converted once each. In a
    column of text, equal texts come out as one object: the checks compare and hash them, and SQLite encodes each
    object once."""
    first: dict[Any, Any] = {}
    try:
        shared = list(map(first.setdefault, values, values))  # a column of text at C speed: each cell read once
        stripped = {text: text.strip() for text in first}  # then only its distinct texts
    except (TypeError, AttributeError):  # numbers, dates or empty cells among the texts: the general way below
        pass
    else:
        if all(text is raw for raw, text in stripped.items()):  # the usual case: no spaces around
            return shared
        again: dict[str, str] = {}
        return [again.setdefault(text, text) for text in map(stripped.__getitem__, shared)]
    done: dict[tuple[type, Any], str] = {}

    def other(v: Any) -> str:
        key = (v.__class__, v)
        text = done.get(key)
        if text is None:
            text = done[key] = cell_text(v)
        return text

    return [v.strip() if v.__class__ is str else other(v) for v in values]


def read_flat(rows: list[list[Any]], sheet: str, problems: Problems) -> list[ParsedTarget]:
    header_at = next(i for i, r in enumerate(rows[:4]) if "PRO_CODE" in [cell_text(c) for c in r])
    header = [cell_text(c) for c in rows[header_at]]
    cols = {h: i for i, h in reversed(list(enumerate(header))) if h}
    missing = [h for h in FLAT_REQUIRED if h not in cols]
    if missing:
        problems.add(translate("TargetImport", "Required column(s) missing: {columns}.").format(columns=", ".join(missing)), sheet,
                     header_at + 1)
        return []
    body = rows[header_at + 1:]
    columns = _columns(body, max(cols.values()) + 1)
    texts = _text_columns(columns, cols, FLAT_READ, len(body))
    filled = _filled_rows(body, texts, cols)
    fast = _flat_when_valid(columns, texts, filled, cols, sheet, header_at + 2)
    return fast if fast is not None else _flat_rows(body, texts, filled, cols, sheet, header_at + 2, problems)


FLAT_IDENTITY = ("FISCAL_YEAR", "AGENCY_CODE", "AGENCY_NAME", "PRO_CODE", "PRO_NAME")


def _filled_rows(body: list[list[Any]], texts: Texts, cols: dict[str, int]) -> list[bool]:
    """The rows to read: any cell filled but the project's year, unit, code and name. A row naming only its
    project (the blank form exported for a project without targets, left unfilled) is not read."""
    if all(texts["三级指标"]):
        return [True] * len(body)
    identity = {cols[h] for h in FLAT_IDENTITY if h in cols}
    return [any(cell_text(c) for i, c in enumerate(raw) if i not in identity) for raw in body]


def _flat_rows(body: list[list[Any]], texts: Texts, filled: list[bool], cols: dict[str, int], sheet: str,
               first_row: int, problems: Problems) -> list[ParsedTarget]:
    """Row by row, every problem named with its row and column."""
    year_at, weight_at = cols["FISCAL_YEAR"], cols["分值"]
    found: dict[tuple[int, str], ParsedTarget] = {}
    for k, raw in enumerate(body):
        if not filled[k]:
            continue
        year_cell = raw[year_at] if year_at < len(raw) else None
        weight_cell = raw[weight_at] if weight_at < len(raw) else None
        _flat_row(texts, k, year_cell, weight_cell, found, problems, sheet, first_row + k, cols)
    return list(found.values())


def _flat_when_valid(columns: list[Sequence[Any]], texts: Texts, filled: list[bool], cols: dict[str, int],
                     sheet: str, first_row: int) -> list[ParsedTarget] | None:
    """The same targets as :func:`_flat_rows` at column speed (``columns``: the sheet's cells column by column),
    or None when any cell has a problem (then the row-by-row reader names it). Each distinct value of a column
    is converted once; a city's workbook repeats its years, weights, signs and units on every row."""
    rows = [k for k, f in enumerate(filled) if f]
    every = len(rows) == len(filled)
    year_cells, weight_cells = columns[cols["FISCAL_YEAR"]], columns[cols["分值"]]
    years = _column_values(year_cells if every else [year_cells[k] for k in rows], _year)
    weights = _column_values(weight_cells if every else [weight_cells[k] for k in rows], _weight_cell)
    if years is None or weights is None:
        return None
    t = texts if every else {name: [column[k] for k in rows] for name, column in texts.items()}
    parts = list(map(PART_CODES.get, t["指标类型"]))
    comparisons = list(map(_comparison, t["指标性质"]))
    bases = list(map(BASIS_CODES.get, t["指标值确定依据"]))
    named = all(t["PRO_CODE"]) and all(t["一级指标"]) and all(t["二级指标"]) and all(t["三级指标"])
    short = all(max(map(len, set(t[column])), default=0) <= limit for column, limit in _LIMITS.items())
    if not named or not short or None in parts or None in comparisons or None in bases:
        return None
    values = list(map(_read_value, t["指标值"], comparisons, t["度量单位"]))
    indicators = list(map(IndicatorDraft, t["一级指标"], t["二级指标"], t["三级指标"], map(attrgetter("comparison"), values),
                          map(attrgetter("text"), values), map(attrgetter("number"), values),
                          map(attrgetter("unit"), values), weights, bases, parts, repeat(None), t["备注"]))
    keys = list(zip(years, t["PRO_CODE"], strict=True))
    found: dict[tuple[int, str], ParsedTarget] = {}
    end = 0
    for key, run in groupby(keys):  # a project's rows usually follow each other: one step per run of them
        start, end = end, end + len(list(run))
        target = found.get(key)
        if target is None:
            target = found[key] = ParsedTarget(key[0], key[1], TargetDraft(), sheet, first_row + rows[start], "flat",
                                               {"annual_goal", "medium_goal"})
        draft = target.draft
        for attr, column in (("annual_goal", t["年度目标"]), ("medium_goal", t["中期目标"])):
            goals = {getattr(draft, attr), *column[start:end]} - {""}
            if len(goals) > 1:
                return None  # a second, different goal: the row reader names it
            setattr(draft, attr, goals.pop() if goals else "")
        draft.indicators += indicators[start:end]
    return list(found.values())


_INVALID = object()


def _column_values(values: Sequence[Any], convert: Any) -> list[Any] | None:
    """``convert`` of each value, computed once per distinct value; None when any value is invalid (or a
    boolean, which would pass for 1 in a dictionary)."""
    if any(v.__class__ is bool for v in values):
        return None
    try:
        done = {v: convert(v) for v in set(values)}
        if any(v is _INVALID for v in done.values()):
            return None
        return list(map(done.__getitem__, values))
    except (KeyError, TypeError):  # NaN (unequal to itself) or an unhashable value: the row reader decides
        return None


def _year(value: Any) -> Any:
    try:
        year = _decimal(value) if value is not None and value != "" else None
    except InvalidOperation:
        return _INVALID
    if year is None or year != year.to_integral_value() or not 1990 <= year <= 2100:
        return _INVALID
    return int(year)


def _weight_cell(value: Any) -> Any:
    if value is None or value == "":
        return None
    try:
        weight = _decimal(value)
    except InvalidOperation:
        return _INVALID
    return _INVALID if weight < 0 else weight


def _flat_row(t: Texts, k: int, year_cell: Any, weight_cell: Any, found: dict[tuple[int, str], ParsedTarget],
              problems: Problems, sheet: str, row: int, cols: dict[str, int]) -> None:
    year = _number(year_cell, problems, sheet, row, cols["FISCAL_YEAR"], "FISCAL_YEAR")
    code = t["PRO_CODE"][k]
    if year is None or year != year.to_integral_value() or not 1990 <= year <= 2100:
        if year is not None:
            problems.add(translate("TargetImport", "FISCAL_YEAR must be a year such as 2025, not “{value}”.").format(value=year), sheet,
                         row, cols["FISCAL_YEAR"])
        elif not year_cell:
            problems.add(translate("TargetImport", "FISCAL_YEAR is empty."), sheet, row, cols["FISCAL_YEAR"])
        return
    if not code:
        problems.add(translate("TargetImport", "PRO_CODE is empty."), sheet, row, cols["PRO_CODE"])
        return
    ind = _indicator(t, k, weight_cell, problems, sheet, row, cols)
    key = (int(year), code)
    target = found.get(key)
    if target is None:
        target = found[key] = ParsedTarget(int(year), code, TargetDraft(), sheet, row, "flat",
                                           {"annual_goal", "medium_goal"})
    for column, attr in (("年度目标", "annual_goal"), ("中期目标", "medium_goal")):
        text = t[column][k]
        current = getattr(target.draft, attr)
        if text and current and text != current:
            problems.add(translate("TargetImport", "{column} differs from the project's first row {row}: write it once.").format(
                column=column, row=target.row), sheet, row, cols[column])
        elif text:
            setattr(target.draft, attr, text)
    if ind is not None:
        target.draft.indicators.append(ind)


def _label_rows(rows: list[list[Any]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, r in enumerate(rows):
        label = cell_text(r[0]) if r else ""
        if label and label not in out:
            out[label] = i
        if len(r) > 1 and cell_text(r[1]) == "一级指标" and "header" not in out:
            out["header"] = i
    return out


def _first_after(row: list[Any], start: int) -> str:
    for value in row[start:]:
        text = cell_text(value)
        if text:
            return text
    return ""


def read_official(rows: list[list[Any]], sheet: str, problems: Problems) -> ParsedTarget | None:
    labels = _label_rows(rows)
    need = ("项目编码", "总体目标", "header")
    if any(k not in labels for k in need):
        missing = [("表头“一级指标”" if k == "header" else k) for k in need if k not in labels]
        problems.add(translate("TargetImport", "The declaration form lacks: {rows}.").format(rows=", ".join(missing)), sheet)
        return None
    year_match = re.search(r"(\d{4})\s*年度", " ".join(cell_text(c) for r in rows[:3] for c in r))
    if not year_match:
        problems.add(translate("TargetImport", "The year line （20XX年度） is missing under the title."), sheet, 2, "A")
        return None
    code_row = labels["项目编码"]
    code = _first_after(rows[code_row], 1)
    if not code:
        problems.add(translate("TargetImport", "项目编码 is empty."), sheet, code_row + 1, "B")
        return None
    draft = TargetDraft()
    _official_header(rows, labels, draft, problems, sheet)
    _official_indicators(rows, labels["header"], draft, problems, sheet)
    fields = {"annual_goal", "medium_goal", "medium_period", "medium_total_fen", "medium_fiscal_fen",
              "medium_other_fen", "filled_by", "phone"}
    return ParsedTarget(int(year_match.group(1)), code, draft, sheet, code_row + 1, "official", fields)


def _official_header(rows: list[list[Any]], labels: dict[str, int], draft: TargetDraft, problems: Problems,
                     sheet: str) -> None:
    goals_at = labels["总体目标"]
    period = re.search(r"（(.*)）", cell_text(rows[goals_at][1]) if len(rows[goals_at]) > 1 else "")
    draft.medium_period = period.group(1) if period else ""
    goals = rows[goals_at + 1] if goals_at + 1 < len(rows) else []
    draft.medium_goal = cell_text(goals[1]) if len(goals) > 1 else ""
    draft.annual_goal = cell_text(goals[4]) if len(goals) > 4 else ""
    funds_at = labels.get("项目资金（万元）")
    if funds_at is not None:
        for offset, attr in enumerate(("medium_total_fen", "medium_fiscal_fen", "medium_other_fen")):
            r = funds_at + offset
            amount = _number(rows[r][3] if len(rows[r]) > 3 else None, problems, sheet, r + 1, 3, "中期资金")
            if amount is not None and amount < 0:
                problems.add(translate("TargetImport", "中期资金 cannot be negative ({value}).").format(value=amount),
                             sheet, r + 1, 3)
                amount = None
            try:
                setattr(draft, attr, None if amount is None else Money.wan(amount).fen)
            except AmountTooLarge as exc:
                problems.add(str(exc), sheet, r + 1, 3)
    foot = next((i for i in range(len(rows) - 1, labels["header"], -1) if cell_text(rows[i][0]) == "填报人"), None)
    if foot is not None:
        draft.filled_by = cell_text(rows[foot][2]) if len(rows[foot]) > 2 else ""
        draft.phone = cell_text(rows[foot][6]) if len(rows[foot]) > 6 else ""
    for text, row, column, key in ((draft.medium_period, goals_at + 1, "B", "medium_period"),
                                   (draft.filled_by, (foot or 0) + 1, "C", "filled_by"),
                                   (draft.phone, (foot or 0) + 1, "G", "phone")):
        limit = FIELD_LIMITS[f"performance_target.{key}"]
        if len(text) > limit:
            problems.add(too_long_message(len(text), limit), sheet, row, column)


def _official_indicators(rows: list[list[Any]], header_at: int, draft: TargetDraft, problems: Problems,
                         sheet: str) -> None:
    cols = {h: i for i, h in enumerate(INDICATOR_HEAD)}
    last = {"指标类型": "", "一级指标": "", "二级指标": ""}
    for i in range(header_at + 1, len(rows)):
        raw = rows[i]
        if cell_text(raw[0] if raw else None) == "填报人":
            break
        if not any(cell_text(c) for c in raw):
            continue
        cells = {h: [cell_text(raw[c]) if c < len(raw) else ""] for h, c in cols.items()}
        for k in last:  # merged (blank) cells below a value: fill down
            if cells[k][0]:
                last[k] = cells[k][0]
            else:
                cells[k] = [last[k]]
        weight_cell = raw[cols["分值"]] if cols["分值"] < len(raw) else None
        ind = _indicator(cells, 0, weight_cell, problems, sheet, i + 1, cols)
        if ind is not None:
            draft.indicators.append(ind)


def _duplicates(targets: list[ParsedTarget], problems: Problems) -> None:
    seen: dict[tuple[int, str], ParsedTarget] = {}
    for t in targets:
        key = (t.year, t.code)
        if key in seen:
            first = seen[key]
            problems.add(translate("TargetImport", "Project {code} ({year}) appears again; first in sheet {sheet} row {row}.").format(
                code=t.code, year=t.year, sheet=first.sheet, row=first.row), t.sheet, t.row)
        else:
            seen[key] = t
        keys = [ind.key() for ind in t.draft.indicators]
        if len(set(keys)) == len(keys):
            continue  # the common case: no indicator twice
        listed: set[tuple[str, str, str, str]] = set()
        for ind, ind_key in zip(t.draft.indicators, keys, strict=True):
            if ind_key in listed:
                problems.add(translate("TargetImport", "Project {code}: indicator “{name}” is listed twice.").format(code=t.code,
                             name=ind.name), t.sheet, t.row)
            listed.add(ind_key)

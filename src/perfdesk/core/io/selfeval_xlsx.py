"""Read 项目支出绩效自评表 workbooks as counties fill them (FORMATS §3) into plain data.

Official layout (one project per sheet, read with openpyxl because merged cells matter): title and year, 项目名称,
主管部门 / 实施单位, the 项目资金 block (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, amounts in 万元 or
元 as the header says), 年度总体目标, the indicator block (一级 / 二级 / 三级指标, 年度指标值, 实际完成值, 分值, 得分,
偏差原因), the 总分 row and 评价等级. Columns are found by their header text, so the Yunnan (指标性质 / 指标值 /
度量单位, 元), Sichuan (预算执行情况 with 权重, 合计 / 评价结论) and 衔接资金 (points before values) variants read
the same way. A table that prints no 分值 column (only scores) is read too: its lines carry no points, and the
scoring engine keeps their printed scores. Flat layout (one indicator per row keyed by PRO_CODE) is read with
python-calamine.

Every problem is collected as a :class:`UserError` with file, sheet, Excel row and column letter; then
:class:`UserErrors` is raised with all of them. Nothing is interpreted silently: values stay as typed (the scoring
engine parses them and notes every interpretation), and every value keeps its cell address.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries

from perfdesk.core.domain.enums import Comparison
from perfdesk.core.domain.errors import UserError, UserErrors, unreadable_workbook
from perfdesk.core.domain.money import AmountTooLarge, Money, MoneyUnit, parse_amount
from perfdesk.core.i18n import translate
from perfdesk.core.io.sheets import (
    FIELD_LIMITS,
    LONG_TEXT_MAX,
    Book,
    cell_problem,
    error_value_message,
    require_archive,
    too_long_message,
)
from perfdesk.core.rules.valuetext import normalise

OFFICIAL, FLAT = "official", "flat"


@dataclass(frozen=True)
class MoneyRow:
    """One row of the 项目资金 block. ``kind``: total, fiscal_current, fiscal_carryover, other, unknown."""

    label: str
    kind: str
    row: int
    initial_budget: Money | None = None
    full_year_budget: Money | None = None
    adjusted_budget: Money | None = None
    spent: Money | None = None
    points: Decimal | None = None
    score: Decimal | None = None
    rate_text: str = ""
    reason: str = ""
    cells: dict[str, str] = field(default_factory=dict, compare=False)  # field name → "E7"


@dataclass(frozen=True)
class IndicatorRow:
    """One third-level indicator row; values exactly as typed (``comparison`` is the 指标性质 column, if any)."""

    level1: str
    level2: str
    name: str
    target: str
    actual: str
    row: int
    points: Decimal | None = None
    score: Decimal | None = None
    review_score: Decimal | None = None  # 财政审核评分 / 复核分
    comparison: str = ""
    unit: str = ""
    reason: str = ""
    sub_row: bool = False  # 其中…
    cells: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ProjectSheet:
    file: str
    sheet: str
    layout: str  # OFFICIAL or FLAT
    code: str
    name: str
    department: str = ""
    unit: str = ""
    year: int | None = None
    money_unit: MoneyUnit = MoneyUnit.WAN
    money_rows: tuple[MoneyRow, ...] = ()
    goal_expected: str = ""
    goal_actual: str = ""
    lines: tuple[IndicatorRow, ...] = ()
    printed_total: Decimal | None = None
    printed_total_points: Decimal | None = None
    printed_grade: str = ""
    cells: dict[str, str] = field(default_factory=dict, compare=False)  # code, name, total, grade …
    notes: tuple[str, ...] = ()

    @property
    def total_row(self) -> MoneyRow | None:
        return next((r for r in self.money_rows if r.kind == "total"), None)


# -- cell reading ---------------------------------------------------------------------------------------------
_BLANKS = {"", "-", "—", "/", "无", "——", "--"}


class _Problems:
    def __init__(self, file: str):
        self.file, self.items = file, []  # type: ignore[var-annotated]

    def add(self, message: str, sheet: str | None = None, row: int | None = None, col: int | str | None = None) -> None:
        column = get_column_letter(col) if isinstance(col, int) else col
        self.items.append(UserError(message, self.file, sheet, row, column))


def key(text: object) -> str:
    """Header text for matching: full-width folded, all spaces and line breaks removed."""
    return re.sub(r"\s+", "", normalise(text))


def _number_text(value: Any, number_format: str = "") -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        number = Decimal(str(value))
        if "%" in number_format:
            return f"{format((number * 100).normalize(), 'f')}%"
        return format(number.normalize(), "f") if number == number.to_integral() else str(number)
    if hasattr(value, "strftime"):
        return f"{value.year}年{value.month}月{value.day}日"
    return "" if value is None else str(value).strip()


@dataclass(frozen=True)
class _Range:
    """A merged range (the corners openpyxl's CellRange has, without its cost)."""

    min_col: int
    min_row: int
    max_col: int
    max_row: int


class _Grid:
    """A sheet's values with merged ranges resolved: ``text(r, c)`` reads through merges, ``origin`` does not."""

    def __init__(self, ws: Any, formulas: Any, problems: _Problems):
        self.name, self.problems = ws.title, problems
        self.values: dict[tuple[int, int], Any] = {}
        self.formats: dict[tuple[int, int], str] = {}
        self.owner: dict[tuple[int, int], tuple[int, int]] = {}
        self._texts: dict[tuple[int, int], str] = {}  # text(r, c) and row_keys(r), read once
        self._keys: dict[int, list[tuple[int, str]]] = {}
        for row in ws.iter_rows():
            for cell in row:
                self._take(cell, formulas)
        self._merge(ws.merged_cells.ranges)

    def _merge(self, ranges: Any) -> None:
        for merged in ranges:
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    self.owner[(r, c)] = (merged.min_row, merged.min_col)
        self.max_row = max((r for r, _ in self.values), default=0)
        self.max_col = max((c for _, c in self.values), default=0)

    @classmethod
    def from_book(cls, book: Book, name: str, problems: _Problems, percent: frozenset[int]) -> _Grid:
        """The same grid from the shared reading layer: values from python-calamine, and from the sheet's XML the
        error values and formulas without a saved value (reported with their cells, as openpyxl's reading
        does), the merged ranges and which cells show a percentage. Many times faster than openpyxl, which
        formats every merged cell as it loads a sheet."""
        grid = cls.__new__(cls)
        grid.name, grid.problems = name, problems
        grid.values, grid.formats, grid.owner, grid._texts, grid._keys = {}, {}, {}, {}, {}
        scan = book.scan(name, percent)
        problems.items += book.problems(name, scan)
        shown_as_percent = set(scan.styled)
        for r, row in enumerate(book.rows(name), 1):
            for c, value in enumerate(row, 1):
                if value is None or value == "":
                    continue
                refused = cell_problem(value)
                if refused:
                    problems.add(refused, name, r, c)
                if isinstance(value, str) and not value.strip():
                    continue
                grid.values[(r, c)] = value
                grid.formats[(r, c)] = "0%" if shown_as_percent and _addr(r, c) in shown_as_percent else ""
        grid._merge([_Range(*range_boundaries(ref)) for ref in scan.merges])
        return grid

    def _take(self, cell: Any, formulas: Any) -> None:
        if cell.data_type == "e":
            self.problems.add(error_value_message(cell.value), self.name, cell.row, cell.column)
            return
        refused = cell_problem(cell.value)
        if refused:  # kept as read, so that the line is still recognised: this problem is the one named
            self.problems.add(refused, self.name, cell.row, cell.column)
        if cell.value is None:
            formula = formulas[cell.coordinate].value
            if isinstance(formula, str) and formula.startswith("="):
                self.problems.add(translate("SelfEvalImport", "formula {formula} has no saved value: open and save the file in Excel first")
                                  .format(formula=formula), self.name, cell.row, cell.column)
            return
        if isinstance(cell.value, str) and not cell.value.strip():
            return
        self.values[(cell.row, cell.column)] = cell.value
        self.formats[(cell.row, cell.column)] = cell.number_format or ""

    def origin(self, r: int, c: int) -> Any:
        return self.values.get((r, c))

    def text(self, r: int, c: int) -> str:
        at = self.owner.get((r, c), (r, c))
        if at not in self.values:
            return ""
        text = self._texts.get(at)
        if text is None:
            text = self._texts[at] = _number_text(self.values[at], self.formats.get(at, ""))
        return text

    def is_origin(self, r: int, c: int) -> bool:
        return self.owner.get((r, c), (r, c)) == (r, c)

    def row_keys(self, r: int) -> list[tuple[int, str]]:
        keys = self._keys.get(r)
        if keys is None:
            keys = self._keys[r] = [(c, key(self.text(r, c))) for c in range(1, self.max_col + 1)
                                    if self.is_origin(r, c) and self.text(r, c)]
        return list(keys)

    def find(self, predicate: Callable[[str], bool], rows: range | None = None) -> tuple[int, int] | None:
        for r in rows or range(1, self.max_row + 1):
            for c, k in self.row_keys(r):
                if predicate(k):
                    return r, c
        return None

    def right_of(self, r: int, c: int) -> tuple[str, int | None]:
        """The first text right of the (possibly merged) cell at r, c."""
        start = self.owner.get((r, c), (r, c))
        for cc in range(c + 1, self.max_col + 1):
            if self.owner.get((r, cc), (r, cc)) != start and self.text(r, cc):
                return self.text(r, cc), cc
        return "", None


def _clean(text: str) -> str:
    """Text as typed, with outer and repeated spaces (full-width included) removed."""
    return re.sub(r"[\s\u3000]+", " ", text).strip()


def _addr(r: int, c: int) -> str:
    return f"{get_column_letter(c)}{r}"


# -- numbers --------------------------------------------------------------------------------------------------
def _decimal(grid: _Grid, r: int, c: int | None) -> Decimal | None:
    """A points/score cell (origin only, so a merged cell is read once); errors for non-numbers."""
    if c is None or not grid.is_origin(r, c):
        return None
    value = grid.origin(r, c)
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        return None if value is None else Decimal(str(value))
    text = key(value).removesuffix("分")
    if text in _BLANKS:
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        grid.problems.add(translate("SelfEvalImport", "“{text}” is not a number").format(text=value), grid.name, r, c)
        return None


def _money(grid: _Grid, r: int, c: int | None, unit: MoneyUnit) -> Money | None:
    if c is None:
        return None
    if not grid.is_origin(r, c):  # merged into a neighbour: the amount of this column is not given
        origin = grid.owner[(r, c)]
        grid.problems.add(translate("SelfEvalImport", "the amount cell is merged with {cell}: unmerge it and type "
                                    "the amount").format(cell=_addr(*origin)), grid.name, r, c)
        return None
    value = grid.origin(r, c)
    if value is None or isinstance(value, str) and key(value) in _BLANKS:
        return None
    try:
        money = (Money.from_amount(Decimal(str(value)), unit) if isinstance(value, (int, float))
                 and not isinstance(value, bool) else parse_amount(str(value), unit))
    except AmountTooLarge as exc:
        grid.problems.add(str(exc), grid.name, r, c)
        return None
    except ValueError:
        grid.problems.add(translate("SelfEvalImport", "“{text}” is not an amount").format(text=value), grid.name, r, c)
        return None
    if money.fen < 0:
        grid.problems.add(translate("SelfEvalImport", "the amount cannot be negative: {text}").format(text=value),
                          grid.name, r, c)
        return None
    return money


# -- header maps ----------------------------------------------------------------------------------------------
_MONEY_COLUMNS = (("initial_budget", ("年初预算",)), ("full_year_budget", ("全年预算",)),
                  ("adjusted_budget", ("调整后预算", "调整预算")), ("spent", ("执行数",)),
                  ("rate", ("执行率",)), ("points", ("分值", "权重")), ("score", ("得分",)), ("reason", ("原因",)))
_LINE_COLUMNS = (("level1", ("一级指标",)), ("level2", ("二级指标",)), ("name", ("三级指标",)),
                 ("comparison", ("指标性质", "指标方向")), ("unit", ("度量单位", "计量单位")),
                 ("actual", ("实际完成值", "完成值", "实际值", "实际完成")), ("target", ("指标值",)),
                 ("points", ("分值", "权重")), ("review_score", ("审核", "复核")), ("score", ("得分",)),
                 ("reason", ("原因",)))
_LINE_REQUIRED = {"name": "三级指标", "target": "年度指标值", "actual": "实际完成值", "score": "得分"}  # 分值 may be left off
_MONEY_REQUIRED = {"full_year_budget": "全年预算数", "spent": "全年执行数"}
_MONEY_STANDS_IN = {"full_year_budget": ("initial_budget", "adjusted_budget")}


def _map_columns(keys: list[tuple[int, str]], spec: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, int]:
    found: dict[str, int] = {}
    for c, k in keys:
        for name, words in spec:
            if name not in found and any(w in k for w in words):
                found[name] = c
                break
    return found


def _continues(grid: _Grid, r: int) -> bool:
    """The row below a header continues it (Yunnan: 年度指标值 split into 指标性质 / 指标值 / 度量单位)."""
    below = [k for _, k in grid.row_keys(r + 1)]
    return any(w in k for k in below for w in ("指标值", "度量单位", "指标性质", "完成值"))


def _header_keys(grid: _Grid, r: int) -> list[tuple[int, str]]:
    """Keys of a header row, joined with the row below when that row continues the header."""
    below = dict(grid.row_keys(r + 1))
    continues = _continues(grid, r)
    keys = []
    for c in range(1, grid.max_col + 1):
        k = below.get(c) if continues and below.get(c) else key(grid.text(r, c))
        if k:
            keys.append((c, k))
    return keys


# -- the official layout ----------------------------------------------------------------------------------------
_LABELS = {"name": ("项目名称",), "department": ("主管部门",), "unit": ("实施单位", "预算单位"),
           "code": ("项目编码", "项目代码", "项目编号")}
_CODE_NAME = re.compile(r"^\s*([0-9A-Za-z]{8,})\s*[-－—_]\s*(.+?)\s*$")
_UNIT = re.compile(r"[(（]\s*(万元|元)\s*[)）]|单位\s*[:：]\s*(万元|元)")
_STOP = ("总分", "合计", "评价结论", "评价等级", "其他需要说明", "存在问题", "改进措施", "填报", "联系电话")
_GRADE_LABELS = ("评价等级", "评价结论", "自评等级", "等级")


def _is_money_header(keys: list[tuple[int, str]]) -> bool:
    return any("预算" in k for _, k in keys) and any("执行数" in k for _, k in keys)


def _is_line_header(keys: list[tuple[int, str]]) -> bool:
    return any("一级指标" in k for _, k in keys) and any("三级指标" in k for _, k in keys)


def _money_unit(grid: _Grid, upto: int) -> tuple[MoneyUnit, str | None]:
    for r in range(1, upto + 1):
        for _, k in grid.row_keys(r):
            match = _UNIT.search(k)
            if match and ("资金" in k or "金额" in k or "单位" in k or "预算" in k or "执行" in k):
                return (MoneyUnit.YUAN if (match.group(1) or match.group(2)) == "元" else MoneyUnit.WAN), None
    return MoneyUnit.WAN, translate("SelfEvalImport", "no money unit in the headers: amounts read in 万元")


def _money_kind(label: str) -> str:
    for words, kind in ((("总额", "合计", "总计"), "total"), (("结转",), "fiscal_carryover"),
                        (("当年财政", "财政拨款", "财政资金"), "fiscal_current"),
                        (("其他", "单位资金", "专户", "自筹"), "other")):
        if any(w in label for w in words):
            return kind
    return "unknown"


def _money_rows(grid: _Grid, header: int, end: int, cols: dict[str, int], unit: MoneyUnit) -> list[MoneyRow]:
    first = min(cols.values())
    rows = []
    for r in range(header + 1, end):
        labels = [key(grid.text(r, c)) for c in range(1, first) if grid.text(r, c)]
        labels = [t for t in labels if not any(w in t for w in ("项目资金", "预算执行情况", "资金情况"))]
        if any("目标" in t or "绩效指标" in t for t in labels):
            break
        if not labels:
            continue
        label = re.sub(r"^其中[:：]?", "", labels[-1])
        amounts = {n: _money(grid, r, cols.get(n), unit) for n in ("initial_budget", "full_year_budget", "adjusted_budget", "spent")}
        if _money_kind(label) == "unknown" and not any(amounts.values()):
            continue
        cells = {n: _addr(r, c) for n, c in cols.items()}
        rows.append(MoneyRow(label, _money_kind(label), r, **amounts, points=_decimal(grid, r, cols.get("points")),
                             score=_decimal(grid, r, cols.get("score")), rate_text=_col_text(grid, r, cols.get("rate")),
                             reason=_col_text(grid, r, cols.get("reason")), cells=cells))
    return rows


def _col_text(grid: _Grid, r: int, c: int | None) -> str:
    return "" if c is None else grid.text(r, c)


def _read_fields(grid: _Grid, upto: int) -> tuple[dict[str, str], dict[str, str]]:
    values: dict[str, str] = {}
    cells: dict[str, str] = {}
    for name, words in _LABELS.items():
        hit = grid.find(lambda k, words=words: any(k.startswith(w) for w in words), range(1, upto + 1))
        if hit:
            text, col = grid.right_of(*hit)
            values[name], cells[name] = _clean(text), _addr(hit[0], col) if col else _addr(*hit)
    return values, cells


def _year(grid: _Grid, upto: int) -> int | None:
    for r in range(1, upto + 1):
        for _, k in grid.row_keys(r):
            match = re.search(r"(\d{4})年度?", k)
            if match and ("年度" in k or "自评表" in k):
                return int(match.group(1))
    return None


def _goals(grid: _Grid, upto: int) -> tuple[str, str]:
    hit = grid.find(lambda k: k.startswith("预期目标"), range(1, upto + 1))
    if not hit:
        return "", ""
    actual_col = next((c for c, k in grid.row_keys(hit[0]) if k.startswith("实际完成")), None)
    for r in range(hit[0] + 1, upto + 1):
        expected = grid.text(r, hit[1])
        if expected:
            return expected, "" if actual_col is None else grid.text(r, actual_col)
    return "", ""


def _is_stop(grid: _Grid, r: int, upto_col: int) -> bool:
    return any(k.startswith(_STOP) for c, k in grid.row_keys(r) if c <= upto_col)


def _indicator_rows(grid: _Grid, start: int, cols: dict[str, int]) -> tuple[list[IndicatorRow], int]:
    rows: list[IndicatorRow] = []
    name_col = cols["name"]
    r = start
    for r in range(start, grid.max_row + 1):
        if _is_stop(grid, r, name_col):
            return rows, r
        line = _indicator(grid, r, cols)
        if line is not None:
            rows.append(line)
    return rows, grid.max_row + 1


_LINE_LIMITS = {"level1": FIELD_LIMITS["self_eval_line.level1"], "level2": FIELD_LIMITS["self_eval_line.level2"],
                "name": FIELD_LIMITS["self_eval_line.name"], "target": FIELD_LIMITS["self_eval_line.target_text"],
                "actual": FIELD_LIMITS["self_eval_line.actual_text"]}


def check_lengths(grid: _Grid, r: int, cols: dict[str, int], texts: dict[str, str], limits: dict[str, int]) -> None:
    """A problem for each text of row ``r`` longer than its field holds (``limits``: field → length)."""
    for name, limit in limits.items():
        if limit < len(texts.get(name, "")) <= LONG_TEXT_MAX:  # longer ones are refused already (_Grid)
            grid.problems.add(too_long_message(len(texts[name]), limit), grid.name, r, cols[name])


def _indicator(grid: _Grid, r: int, cols: dict[str, int]) -> IndicatorRow | None:
    texts = {n: _clean(grid.text(r, c)) for n, c in cols.items() if n not in ("points", "score", "review_score")}
    numbers = {n: _decimal(grid, r, cols.get(n)) for n in ("points", "score", "review_score")}
    has_values = any(texts.get(n) for n in ("target", "actual")) or any(v is not None for v in numbers.values())
    if not texts.get("name") or texts["name"] in (texts.get("level2"), texts.get("level1")):
        if has_values and grid.is_origin(r, cols["name"]) and not texts.get("name"):
            grid.problems.add(translate("SelfEvalImport", "indicator values without a 三级指标 name"), grid.name, r, cols["name"])
        return None
    cells = {n: _addr(r, c) for n, c in cols.items()}
    check_lengths(grid, r, cols, texts, _LINE_LIMITS)
    return IndicatorRow(texts.get("level1", ""), texts.get("level2", ""), texts["name"], texts.get("target", ""),
                        texts.get("actual", ""), r, numbers["points"], numbers["score"], numbers["review_score"],
                        texts.get("comparison", ""), texts.get("unit", ""), texts.get("reason", ""),
                        key(texts["name"]).startswith("其中"), cells)


def _closing(grid: _Grid, start: int, cols: dict[str, int]) -> tuple[dict[str, Any], dict[str, str]]:
    out: dict[str, Any] = {}
    cells: dict[str, str] = {}
    rows = range(start, grid.max_row + 1)
    total = grid.find(lambda k: k.startswith(("总分", "合计")), rows)
    if total:
        out["printed_total_points"] = _decimal(grid, total[0], cols.get("points"))
        out["printed_total"] = _decimal(grid, total[0], cols.get("score"))
        cells["total"] = _addr(total[0], cols["score"])
    grade = grid.find(lambda k: k.startswith(_GRADE_LABELS), rows)
    if grade:
        text, col = grid.right_of(*grade)
        out["printed_grade"] = _clean(text)
        cells["grade"] = _addr(grade[0], col or grade[1])
    return out, cells


def _split_code(fields: dict[str, str]) -> tuple[str, str, str | None]:
    name, code = fields.get("name", ""), fields.get("code", "")
    match = _CODE_NAME.match(name)
    if match and not code:
        return match.group(1), match.group(2), None
    if match and code == match.group(1):
        return code, match.group(2), None
    return code, name, None if code else translate("SelfEvalImport", "no project code on the sheet")


def _read_official(grid: _Grid, file: str) -> ProjectSheet | None:
    problems, before = grid.problems, len(grid.problems.items)
    if not grid.values:
        problems.add(translate("SelfEvalImport", "the sheet is blank"), grid.name)
        return None
    line_hit = next((r for r in range(1, grid.max_row + 1) if _is_line_header(grid.row_keys(r))), None)
    if line_hit is None:
        problems.add(translate("SelfEvalImport", "no indicator header (一级指标 / 三级指标) found: not a self-evaluation table"), grid.name)
        return None
    line_cols = _map_columns(_header_keys(grid, line_hit), _LINE_COLUMNS)
    _require(grid, line_hit, line_cols, _LINE_REQUIRED)
    money_hit = next((r for r in range(1, line_hit) if _is_money_header(grid.row_keys(r))), None)
    if money_hit is None:
        problems.add(translate("SelfEvalImport", "no money header (全年预算数 / 全年执行数) found above the indicators"), grid.name)
        return None
    money_cols = _map_columns(grid.row_keys(money_hit), _MONEY_COLUMNS)
    _require(grid, money_hit, money_cols, _MONEY_REQUIRED, _MONEY_STANDS_IN)
    if len(problems.items) > before and not set(_LINE_REQUIRED) <= set(line_cols):
        return None
    return _build(grid, file, money_hit, money_cols, line_hit, line_cols)


def _require(grid: _Grid, r: int, cols: dict[str, int], required: dict[str, str],
             stands_in: dict[str, tuple[str, ...]] | None = None) -> None:
    alternatives = stands_in or {}
    missing = [label for name, label in required.items()
               if name not in cols and not any(a in cols for a in alternatives.get(name, ()))]
    if missing:
        text = translate("SelfEvalImport", "required columns missing from the header: {columns}")
        grid.problems.add(text.format(columns="、".join(missing)), grid.name, r)


def _build(grid: _Grid, file: str, money_hit: int, money_cols: dict[str, int], line_hit: int,
           line_cols: dict[str, int]) -> ProjectSheet:
    unit, unit_note = _money_unit(grid, money_hit)
    fields, cells = _read_fields(grid, money_hit)
    code, name, code_note = _split_code(fields)
    if not name:
        grid.problems.add(translate("SelfEvalImport", "the project name (项目名称) is missing"), grid.name)
    header_end = line_hit + (1 if _continues(grid, line_hit) else 0)
    lines, stop = _indicator_rows(grid, header_end + 1, line_cols)
    if not lines:
        grid.problems.add(translate("SelfEvalImport", "no indicator rows under the header"), grid.name, line_hit)
    closing, closing_cells = _closing(grid, stop, line_cols)
    goal_expected, goal_actual = _goals(grid, line_hit)
    notes = tuple(n for n in (unit_note, code_note) if n)
    return ProjectSheet(file, grid.name, OFFICIAL, code, name, fields.get("department", ""), fields.get("unit", ""),
                        _year(grid, money_hit), unit, tuple(_money_rows(grid, money_hit, line_hit, money_cols, unit)),
                        goal_expected, goal_actual, tuple(lines), closing.get("printed_total"),
                        closing.get("printed_total_points"), closing.get("printed_grade", ""),
                        {**cells, **closing_cells}, notes)


def read_selfeval_workbook(path: str | Path, *, skip_blank_sheets: bool = False) -> tuple[ProjectSheet, ...]:
    """Read every sheet of an official-layout workbook (one project per sheet). Raises :class:`UserErrors`."""
    projects, problems = read_selfeval_sheets(path, skip_blank_sheets=skip_blank_sheets)
    if problems:
        raise UserErrors(problems)
    return projects


def read_selfeval_sheets(path: str | Path, *, skip_blank_sheets: bool = False
                         ) -> tuple[tuple[ProjectSheet, ...], list[UserError]]:
    """Every project that could be read, and every problem (each with its sheet, row and column): a check reports
    them sheet by sheet, where an import refuses the whole file."""
    file = str(path)
    problems = _Problems(file)
    try:
        values, formulas = open_both(file)
        sheets = visible_worksheets(values, file)
    except UserErrors as exc:  # a damaged or foreign file, or no visible sheet: reported, not raised
        return (), list(exc.errors)
    projects = []
    for ws in sheets:
        grid = _Grid(ws, formulas[ws.title], problems)
        if skip_blank_sheets and not grid.values:
            continue
        project = _read_official(grid, file)
        if project is not None:
            projects.append(project)
    _check_duplicates(projects, problems)
    return tuple(projects), problems.items


def open_both(file: str) -> tuple[Any, Any]:
    """The workbook's saved values and its formulas (openpyxl), after the archive checks of the reading layer."""
    require_archive(file)
    try:
        return load_workbook(file, data_only=True), load_workbook(file, data_only=False)
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise UserErrors(UserError(unreadable_workbook(), file)) from exc  # no library text in the message


def visible_worksheets(book: Any, file: str) -> list[Any]:
    """The worksheets a person sees (hidden and very hidden ones are not read)."""
    shown = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
    if not shown:
        raise UserErrors(UserError(translate("Workbook", "The workbook has no visible sheet."), file))
    return shown


def _check_duplicates(projects: list[ProjectSheet], problems: _Problems) -> None:
    seen: dict[str, ProjectSheet] = {}
    for project in projects:
        if not project.code:
            continue
        if project.code in seen:
            first = seen[project.code]
            text = translate("SelfEvalImport", "project code {code} already used on sheet {sheet}")
            cell = project.cells.get("code") or project.cells.get("name", "")
            match = re.match(r"([A-Z]+)(\d+)", cell)
            problems.add(text.format(code=project.code, sheet=first.sheet), project.sheet,
                         int(match.group(2)) if match else None, match.group(1) if match else None)
        else:
            seen[project.code] = project


def comparison_from_nature(text: str) -> Comparison | None:
    """The 指标性质 column (Yunnan, Sichuan): ``≥``/``正向`` → ≥, ``≤``/``反向`` → ≤, ``=`` → =, ``定性`` → qualitative."""
    k = key(text).replace("≧", "≥").replace("≦", "≤").replace("═", "=")
    for words, comparison in ((("定性",), Comparison.QUALITATIVE), ((">=", "≥", "正向", "大于"), Comparison.AT_LEAST),
                              (("<=", "≤", "反向", "小于"), Comparison.AT_MOST), (("=", "等于"), Comparison.EQUAL)):
        if any(w in k for w in words):
            return comparison
    return None

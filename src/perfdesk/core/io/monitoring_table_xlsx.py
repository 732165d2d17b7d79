"""项目支出绩效目标执行监控表 in Excel (FORMATS §2): read the tables counties fill in, write them to be filled in.

One project per sheet, read through the shared reading layer (values from python-calamine; merged ranges, error
values, formulas without a saved value and percentage formats from the sheet XML). The project from 项目名称 /
项目编码 in the header block (``编码-名称`` in the name cell works too), the period from the heading
``1—N月执行情况``, the overall goal's progress from 年度总体目标, and one line per 三级指标 under the two-row
indicator header: 1—N月执行情况, 全年预计完成情况, the ticked 偏差原因分析 sub-columns (经费保障, 制度保障, 人员保障,
硬件条件保障, 其他), the ticked 完成目标可能性 sub-columns (确定能, 有可能, 完全不可能 or 不可能) and 备注. The explanation of
a deviation is taken from an explanation sub-column when the sheet has one (说明 / 原因说明 / 改进措施), else from 备注:
after ``偏差原因及改进措施：`` as PerfDesk prints it, or the whole 备注 when a reason is ticked.

Reading never touches the database and interprets nothing silently: an unknown mark in a tick column, two
likelihoods ticked, a missing column are problems with file, sheet, row and column; :class:`UserErrors` lists all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.io import xlsx_out
from perfdesk.core.io.selfeval_xlsx import (
    _clean,
    _Grid,
    _Problems,
    _read_fields,
    _split_code,
    check_lengths,
    key,
)
from perfdesk.core.io.sheets import FIELD_LIMITS, Book
from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.reports.monitoring_data import (
    DEVIATION_HEADS,
    LIKELIHOOD_CODES,
    deviation_codes,
    join_deviations,
)

TITLE = "项目支出绩效目标执行监控表"
REASON_PREFIX = "偏差原因及改进措施："
NOTE = "说明：请在“偏差原因分析”中勾选，并说明偏差原因及改进措施。"
TICKS = frozenset({"√", "✓", "✔", "☑", "✅", "是", "1", "x", "X", "●", "v", "V", "Y", "y"})
NOT_TICKED = frozenset({"", "否", "0", "-", "—", "/", "无", "——"})
_DEVIATION_WORDS = (("funding", "经费"), ("system", "制度"), ("staff", "人员"), ("hardware", "硬件"), ("other", "其他"))
_LIKELIHOOD_WORDS = (("impossible", "不可能"), ("possible", "有可能"), ("certain", "确定"))
_EXPLANATION_WORDS = ("说明", "原因分析及", "改进措施", "具体原因")
_MAIN = (("level1", ("一级指标",)), ("level2", ("二级指标",)), ("name", ("三级指标",)),
         ("target", ("年度指标值", "指标值")), ("progress", ("执行情况", "完成情况")), ("expected", ("全年预计",)),
         ("deviation", ("偏差原因",)), ("likelihood", ("可能性",)), ("remark", ("备注",)))
_REQUIRED = {"name": "三级指标", "progress": "1—N月执行情况", "expected": "全年预计完成情况",
             "deviation": "偏差原因分析", "likelihood": "完成目标可能性"}
_PERIOD = re.compile(r"(?:1|一)\s*[—\-－~～至到]+\s*(\d{1,2})\s*月|^(1)月")
_LINE_LIMITS = {"name": FIELD_LIMITS["target_indicator.name"],
                "progress": FIELD_LIMITS["indicator_progress.progress_text"],
                "expected": FIELD_LIMITS["indicator_progress.expected_text"]}
_STOP = ("说明", "填报", "联系", "审核", "单位负责人")


@dataclass(frozen=True)
class ProgressLine:
    """One indicator line as typed; ``deviation`` / ``likelihood`` are codes ("" when nothing is ticked)."""

    row: int
    level1: str
    level2: str
    name: str
    target: str
    progress: str
    expected: str
    deviation: str  # every deviation reason ticked, joined by commas in column order (funding,staff)
    reason: str
    likelihood: str
    remark: str


@dataclass(frozen=True)
class ProgressSheet:
    file: str
    sheet: str
    code: str
    name: str
    year: int | None
    month: int | None  # N of 1—N月, None when the heading carries no period
    goal_progress: str
    goal_expected: str
    lines: tuple[ProgressLine, ...]


# -- reading --------------------------------------------------------------------------------------------------
def read_progress_workbook(path: str | Path, progress: Progress | None = None) -> tuple[ProgressSheet, ...]:
    """Every visible sheet of a filled-in monitoring workbook; blank sheets are skipped. Raises :class:`UserErrors`.
    ``progress(fraction, message)`` hears of the loading and of each sheet read."""
    report = progress or no_progress
    file = str(path)
    problems = _Problems(file)
    message = translate("Monitoring", "Reading {file}").format(file=Path(path).name)
    report(0.0, message)
    book = Book(file)
    names, percent = book.visible, book.percent_styles()
    sheets = []
    with book.scanning():
        for i, name in enumerate(names):
            if i % 20 == 0:
                report(0.05 + 0.95 * i / len(names), message)
            grid = _Grid.from_book(book, name, problems, percent)
            if grid.values:
                sheet = read_sheet(grid, file)
                if sheet is not None:
                    sheets.append(sheet)
    if not sheets and not problems.items:
        problems.add(translate("MonitoringImport", "the workbook holds no monitoring table"))
    if problems.items:
        raise UserErrors(problems.items)
    return tuple(sheets)


def _is_line_header(keys: list[tuple[int, str]]) -> bool:
    return any("三级指标" in k for _, k in keys) and any("可能性" in k or "偏差原因" in k for _, k in keys)


def read_sheet(grid: _Grid, file: str) -> ProgressSheet | None:
    problems = grid.problems
    hit = next((r for r in range(1, grid.max_row + 1) if _is_line_header(grid.row_keys(r))), None)
    if hit is None:
        problems.add(translate("MonitoringImport", "no indicator header (三级指标 / 完成目标可能性) found: not a "
                               "monitoring table"), grid.name)
        return None
    cols = _main_columns(grid, hit)
    missing = [label for name, label in _REQUIRED.items() if name not in cols]
    if missing:
        problems.add(translate("MonitoringImport", "required columns missing from the header: {columns}")
                     .format(columns="、".join(missing)), grid.name, hit)
        return None
    ticks, explanation = _sub_columns(grid, hit, cols)
    fields, _cells = _read_fields(grid, hit)
    code, name, _note = _split_code(fields)
    if not code and not name:
        problems.add(translate("MonitoringImport", "the project is not named: neither 项目名称 nor 项目编码 is filled "
                               "in"), grid.name)
    lines = [line for r in range(hit + 2, grid.max_row + 1)
             if not _is_stop(grid, r) and (line := _line(grid, r, cols, ticks, explanation)) is not None]
    if not lines:
        problems.add(translate("MonitoringImport", "no indicator rows under the header"), grid.name, hit)
    goal_progress, goal_expected = _goal(grid, hit)
    return ProgressSheet(file, grid.name, code, name, _year(grid, hit), _month(grid, hit, cols["progress"]),
                         goal_progress, goal_expected, tuple(lines))


def _main_columns(grid: _Grid, r: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for c, k in grid.row_keys(r):
        for name, words in _MAIN:
            if name not in found and any(w in k for w in words) and not (name == "progress" and "全年" in k):
                found[name] = c
                break
    return found


def _span(grid: _Grid, r: int, c: int, cols: dict[str, int]) -> range:
    """The columns under a group header: up to the next main column (merged or not)."""
    end = min((other for other in cols.values() if other > c), default=grid.max_col + 1)
    return range(c, end)


def _sub_columns(grid: _Grid, r: int, cols: dict[str, int]) -> tuple[dict[int, tuple[str, str]], int | None]:
    """Tick columns ``{col: (kind, code)}`` from the row under the header, and the explanation column."""
    ticks: dict[int, tuple[str, str]] = {}
    explanation = None
    for kind, words in (("deviation", _DEVIATION_WORDS), ("likelihood", _LIKELIHOOD_WORDS)):
        seen = set()
        for c in _span(grid, r, cols[kind], cols):
            k = key(grid.text(r + 1, c))
            code = next((code for code, word in words if word in k), None)
            if kind == "deviation" and code is None and any(w in k for w in _EXPLANATION_WORDS):
                explanation = c
            elif code is not None and code not in seen:
                ticks[c] = (kind, code)
                seen.add(code)
        missing = [word for code, word in words if code not in seen]
        if missing:
            grid.problems.add(translate("MonitoringImport", "sub-columns missing under {head}: {columns}")
                              .format(head=grid.text(r, cols[kind]), columns="、".join(missing)),
                              grid.name, r + 1, cols[kind])
    return ticks, explanation


def _is_stop(grid: _Grid, r: int) -> bool:
    first = next((k for _, k in grid.row_keys(r)), "")
    return any(first.startswith(w) for w in _STOP)


def _line(grid: _Grid, r: int, cols: dict[str, int], ticks: dict[int, tuple[str, str]],
          explanation: int | None) -> ProgressLine | None:
    def text(name: str) -> str:
        return _clean(grid.text(r, cols[name])) if name in cols else ""

    name = text("name")
    if not name:
        return None
    check_lengths(grid, r, cols, {n: text(n) for n in _LINE_LIMITS}, _LINE_LIMITS)
    marked: dict[str, list[str]] = {"deviation": [], "likelihood": []}
    for c, (kind, code) in sorted(ticks.items()):
        mark = key(grid.text(r, c)) if grid.is_origin(r, c) else ""
        if mark in TICKS:
            marked[kind].append(code)
        elif mark not in NOT_TICKED:
            grid.problems.add(translate("MonitoringImport", "“{mark}” is not a tick: mark the box with √ (or leave it "
                                        "blank)").format(mark=grid.text(r, c)), grid.name, r, c)
    if len(marked["likelihood"]) > 1:
        grid.problems.add(translate("MonitoringImport", "more than one likelihood is ticked for “{name}”")
                          .format(name=name), grid.name, r, cols["likelihood"])
    deviation = join_deviations(marked["deviation"])
    likelihood = marked["likelihood"][0] if marked["likelihood"] else ""
    reason, remark = _reason_and_remark(grid.text(r, cols["remark"]) if "remark" in cols else "",
                                        grid.text(r, explanation) if explanation else None,
                                        bool(deviation) or likelihood not in ("", "certain"))
    return ProgressLine(r, text("level1"), text("level2"), name, text("target"), text("progress"), text("expected"),
                        deviation, reason, likelihood, remark)


def _reason_and_remark(remark: str, explanation: str | None, explains: bool) -> tuple[str, str]:
    """The deviation's explanation and the remark, from an explanation column or from 备注."""
    remark = remark.strip()
    if explanation is not None:
        return explanation.strip(), remark
    head, _, rest = remark.partition("\n")
    match = re.match(r"^偏差原因(?:分析)?及?改进措施\s*[:：]\s*(.*)$", head)
    if match:
        return match.group(1).strip(), rest.strip()
    return (remark, "") if explains else ("", remark)


def _month(grid: _Grid, r: int, c: int) -> int | None:
    match = _PERIOD.search(key(grid.text(r, c)))
    if not match:
        return None
    return int(match.group(1) or match.group(2))


def _year(grid: _Grid, upto: int) -> int | None:
    for r in range(1, upto):
        for _, k in grid.row_keys(r):
            match = re.search(r"(\d{4})年度", k)
            if match:
                return int(match.group(1))
    return None


def _goal(grid: _Grid, upto: int) -> tuple[str, str]:
    hit = grid.find(lambda k: k.startswith("年初设定目标"), range(1, upto))
    if not hit:
        return "", ""
    heads = grid.row_keys(hit[0])
    progress = next((c for c, k in heads if "完成情况" in k and "全年" not in k), None)
    expected = next((c for c, k in heads if "全年预计" in k), None)
    r = hit[0] + 1
    return (_clean(grid.text(r, progress)) if progress else "", _clean(grid.text(r, expected)) if expected else "")


# -- writing --------------------------------------------------------------------------------------------------
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="F2F2F2")
_ENTRY_FILL = PatternFill("solid", fgColor="FFFDE7")
_WIDTHS = (6, 10, 12, 24, 12, 14, 14, *(6,) * 5, *(6,) * 3, 36)
_COLS = len(_WIDTHS)


def write_progress_workbook(path: str | Path, tables: list[Any], progress: Progress | None = None) -> int:
    """One sheet per :class:`~perfdesk.core.reports.monitoring_data.MonitoringTable`, laid out and styled as the
    official table, with the entries of the round filled in and the cells to fill shaded. Returns the sheets.
    ``progress(fraction, message)`` hears of each sheet laid out (to 0.6) and of the saving."""
    report = progress or no_progress
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    message = translate("Monitoring", "Laying out {n} monitoring tables").format(n=len(tables))
    for i, table in enumerate(tables):
        if i % 10 == 0:
            report(0.6 * i / len(tables), message)
        _table_sheet(book.create_sheet(_sheet_name(table.project.code or table.project.name, used)), table)
    if not tables:
        book.create_sheet(TITLE[:31])
    report(0.6, translate("Monitoring", "Saving {file}").format(file=Path(path).name))
    book.save(str(path))
    return len(tables)


def _sheet_name(text: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "_", text)[:28] or "Sheet"
    name, n = base, 2
    while name in used:
        name, n = f"{base}_{n}", n + 1
    used.add(name)
    return name


class _Writer:
    def __init__(self, ws: Any):
        self.ws = ws

    def cell(self, r: int, c: int, value: Any = None, *, bold: bool = False, head: bool = False,
             entry: bool = False, align: str = "center", to: int | None = None, down: int = 0) -> None:
        end = to or c
        if end > c or down:
            self.ws.merge_cells(start_row=r, start_column=c, end_row=r + down, end_column=end)
        for rr in range(r, r + down + 1):
            for cc in range(c, end + 1):
                self.ws.cell(rr, cc).border = _BORDER
        cell = xlsx_out.put(self.ws, r, c, value)  # a target typed as =100% is text, not a formula
        cell.font = Font(name="宋体", size=10, bold=bold or head)
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        if head:
            cell.fill = _HEAD_FILL
        if entry:
            for rr in range(r, r + down + 1):
                for cc in range(c, end + 1):
                    self.ws.cell(rr, cc).fill = _ENTRY_FILL


def _wan(money: Any) -> Any:
    return None if money is None else float(money.format_wan().replace(",", ""))


def _table_sheet(ws: Any, table: Any) -> None:
    w, p = _Writer(ws), table.project
    for i, width in enumerate(_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=_COLS)
    ws.cell(1, 1, TITLE).font = Font(name="宋体", size=16, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=_COLS)
    ws.cell(2, 1, f"（{p.year}年度）").alignment = Alignment(horizontal="center")
    w.cell(3, 1, "项目名称", head=True, to=3)
    w.cell(3, 4, p.name, align="left", to=10)
    w.cell(3, 11, "项目编码", head=True, to=13)
    w.cell(3, 14, p.code, align="left", to=_COLS)
    w.cell(4, 1, "主管部门及代码", head=True, to=3)
    w.cell(4, 4, f"{p.department}（{p.department_code}）" if p.department_code else p.department, align="left", to=10)
    w.cell(4, 11, "实施单位", head=True, to=13)
    w.cell(4, 14, p.unit, align="left", to=_COLS)
    row = _money_rows(w, table, 5)
    row = _goal_rows(w, table, row)
    _line_rows(w, table, row)


def _money_rows(w: _Writer, table: Any, r: int) -> int:
    n = table.period
    w.cell(r, 1, "项目资金（万元）", head=True, down=len(table.funds), to=2)
    w.cell(r, 3, "", head=True, to=4)
    for c, text in ((5, "年初预算数"), (7, f"{n}执行数"), (10, f"{n}执行率"), (13, "全年预计执行数")):
        w.cell(r, c, text, head=True, to=c + (1 if c == 5 else 2 if c != 13 else 3))
    for i, fund in enumerate(table.funds, start=r + 1):
        w.cell(i, 3, fund.label, to=4)
        w.cell(i, 5, _wan(fund.initial), to=6)
        w.cell(i, 7, _wan(fund.spent), to=9)
        w.cell(i, 10, None if fund.rate is None else float(fund.rate), to=12)
        w.ws.cell(i, 10).number_format = "0.00%"
        w.cell(i, 13, _wan(fund.expected), to=_COLS)
        for c in (5, 7, 13):
            w.ws.cell(i, c).number_format = "#,##0.00"
    return r + len(table.funds) + 1


def _goal_rows(w: _Writer, table: Any, r: int) -> int:
    w.cell(r, 1, "年度总体目标", head=True, to=2, down=1)
    w.cell(r, 3, "年初设定目标", head=True, to=6)
    w.cell(r, 7, f"{table.period}实际完成情况", head=True, to=11)
    w.cell(r, 12, "全年预计完成情况", head=True, to=_COLS)
    w.cell(r + 1, 3, table.goal_set, align="left", to=6)
    w.cell(r + 1, 7, table.goal_progress, align="left", entry=True, to=11)
    w.cell(r + 1, 12, table.goal_expected, align="left", entry=True, to=_COLS)
    w.ws.row_dimensions[r + 1].height = 48
    return r + 2


def _line_rows(w: _Writer, table: Any, r: int) -> None:
    lines = table.lines
    w.cell(r, 1, "绩效指标", head=True, down=1 + max(len(lines), 1))
    for c, text in ((2, "一级指标"), (3, "二级指标"), (4, "三级指标"), (5, "年度指标值"), (6, f"{table.period}执行情况"),
                    (7, "全年预计完成情况"), (_COLS, "备注")):
        w.cell(r, c, text, head=True, down=1)
    w.cell(r, 8, "偏差原因分析", head=True, to=12)
    w.cell(r, 13, "完成目标可能性", head=True, to=15)
    heads = [label for _, label in DEVIATION_HEADS] + ["确定能", "有可能", table.impossible_wording]
    for c, text in enumerate(heads, start=8):
        w.cell(r + 1, c, text, head=True)
    codes = [code for code, _ in DEVIATION_HEADS] + list(LIKELIHOOD_CODES)
    ticks = DataValidation(type="list", formula1='"√"', allow_blank=True)
    w.ws.add_data_validation(ticks)
    for i, line in enumerate(lines, start=r + 2):
        ticked = {*deviation_codes(line.deviation), line.likelihood} - {""}
        for c, text in ((2, line.level1), (3, line.level2), (4, line.level3), (5, line.target)):
            w.cell(i, c, text, align="left" if c == 4 else "center")
        w.cell(i, 6, line.progress, entry=True)
        w.cell(i, 7, line.expected, entry=True)
        for c, code in enumerate(codes, start=8):
            w.cell(i, c, "√" if code in ticked else None, entry=True)
            ticks.add(w.ws.cell(i, c))
        remark = "\n".join(filter(None, (f"{REASON_PREFIX}{line.reason}" if line.reason else "", line.remark)))
        w.cell(i, _COLS, remark, align="left", entry=True)
    end = r + 2 + len(lines)
    w.ws.merge_cells(start_row=end, start_column=1, end_row=end, end_column=_COLS)
    w.ws.cell(end, 1, NOTE).alignment = Alignment(horizontal="left")
    w.ws.freeze_panes = w.ws.cell(r + 2, 2)
    w.ws.page_setup.orientation = "landscape"
    w.ws.page_setup.paperSize = w.ws.PAPERSIZE_A4
    w.ws.page_setup.fitToWidth = 1

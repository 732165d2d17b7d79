"""Department-wide targets and self-evaluations (部门整体绩效, FORMATS §4) in and out of Excel.

One workbook holds any number of departments on three sheets, one row per record, Chinese headers:
``部门`` (年度, 部门代码, 部门名称, 职能职责, 年度总体目标, 实际完成情况, 执行率说明, 填报人, 联系电话),
``年度主要任务`` (部门代码, 任务名称, 主要内容, 预算数（万元）, 执行数（万元）) and ``年度绩效指标`` (部门代码, 一级指标,
二级指标, 三级指标, 年度指标值, 分值, 实际完成值, 偏差原因分析及改进措施, 人工得分, 人工得分理由, 不适用).
A department sends it back with the actuals filled in. Reading turns cells into :class:`DeptSheet` records and
collects every problem with its sheet, row and column; nothing is raised for a bad cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money, MoneyUnit, parse_amount
from perfdesk.core.i18n import translate
from perfdesk.core.io import xlsx_out
from perfdesk.core.io.sheets import Book, text_problems
from perfdesk.core.io.targets_xlsx import Problems, cell_text
from perfdesk.core.rules.deptwide import DeptIndicator, DeptTask

DEPT, TASKS, LINES = "部门", "年度主要任务", "年度绩效指标"
DEPT_HEADS = ("年度", "部门代码", "部门名称", "职能职责", "年度总体目标", "实际完成情况", "执行率说明", "填报人", "联系电话")
TASK_HEADS = ("部门代码", "任务名称", "主要内容", "预算数（万元）", "执行数（万元）")
LINE_HEADS = ("部门代码", "一级指标", "二级指标", "三级指标", "年度指标值", "分值", "实际完成值", "偏差原因分析及改进措施",
              "人工得分", "人工得分理由", "不适用")
REQUIRED = {DEPT: ("年度", "部门代码"), TASKS: ("部门代码", "任务名称", "预算数（万元）"),
            LINES: ("部门代码", "一级指标", "二级指标", "三级指标", "年度指标值", "分值")}
YES = ("是", "√", "Y", "y", "yes", "1")
MAX_ROWS = 20_000


@dataclass
class DeptSheet:
    """One department's record as a workbook holds it."""

    year: int
    unit_code: str
    unit_name: str = ""
    duties: str = ""
    goal_expected: str = ""
    goal_actual: str = ""
    execution_explanation: str = ""
    filled_by: str = ""
    phone: str = ""
    tasks: list[DeptTask] = field(default_factory=list)
    indicators: list[DeptIndicator] = field(default_factory=list)
    row: int | None = None  # where it was read


# -- writing ----------------------------------------------------------------------------------------------
def write_departments(path: Path | str, records: Iterable[DeptSheet]) -> int:
    wb = Workbook(write_only=True)
    sheets = {name: wb.create_sheet(name) for name in (DEPT, TASKS, LINES)}
    for name, heads, widths in ((DEPT, DEPT_HEADS, (8, 14, 24, 40, 40, 40, 24, 10, 14)),
                                (TASKS, TASK_HEADS, (14, 24, 40, 14, 14)),
                                (LINES, LINE_HEADS, (14, 12, 14, 30, 14, 8, 14, 36, 10, 24, 8))):
        ws = sheets[name]
        for i, width in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = width
        ws.freeze_panes = "A2"
        ws.append([_bold(ws, h) for h in heads])
    n = 0
    for r in records:
        xlsx_out.append(sheets[DEPT], [r.year, r.unit_code, r.unit_name, r.duties, r.goal_expected, r.goal_actual,
                                       r.execution_explanation, r.filled_by, r.phone])
        for t in r.tasks:
            xlsx_out.append(sheets[TASKS], [r.unit_code, t.name, t.content, t.budget.as_wan,
                                            None if t.spent is None else t.spent.as_wan])
        for i in r.indicators:
            xlsx_out.append(sheets[LINES], [r.unit_code, i.level1, i.level2, i.name, i.target, i.points, i.actual,
                                            i.deviation, i.override_score, i.override_reason,
                                            "是" if i.not_applicable else ""])
        n += 1
    wb.save(path)
    return n


def _bold(ws: Any, text: str) -> Any:
    cell = WriteOnlyCell(ws, value=text)
    cell.font = Font(bold=True)
    return cell


# -- reading ----------------------------------------------------------------------------------------------
def read_departments(path: Path | str) -> list[DeptSheet]:
    """Every department of the workbook; raises :class:`UserErrors` listing every problem found."""
    path = Path(path)
    problems = Problems(path)
    book = Book(path)
    grids: dict[str, list[list[Any]]] = {}
    for name in (DEPT, TASKS, LINES):
        if not book.is_visible(name):
            problems.add(translate("DeptWide", "The workbook has no sheet named {sheet}.").format(sheet=name))
            continue
        rows = book.rows(name)
        found = book.problems(name, book.scan(name), formulas="all", merges=True) + text_problems(rows, path, name)
        problems.items += found
        grids[name] = rows
    problems.raise_if_any()
    records = _departments(grids[DEPT], problems)
    _tasks(grids[TASKS], records, problems)
    _lines(grids[LINES], records, problems)
    problems.raise_if_any()
    return list(records.values())


def _table(rows: list[list[Any]], sheet: str, heads: Sequence[str], problems: Problems
           ) -> list[tuple[int, dict[str, str], dict[str, int]]]:
    """(Excel row, cells by header, column of each header) of each non-blank row under the header row."""
    if not rows:
        problems.add(translate("DeptWide", "The sheet is blank."), sheet)
        return []
    cols = {cell_text(h): c for c, h in enumerate(rows[0]) if cell_text(h) in heads}
    missing = [h for h in REQUIRED[sheet] if h not in cols]
    if missing:
        problems.add(translate("DeptWide", "The header row lacks the column(s) {columns}.").format(
            columns="、".join(missing)), sheet, 1)
        return []
    if len(rows) > MAX_ROWS:
        problems.add(translate("DeptWide", "More than {n} rows.").format(n=MAX_ROWS), sheet)
        return []
    out = []
    for index, raw in enumerate(rows[1:], start=2):
        cells = {h: cell_text(raw[c]) if c < len(raw) else "" for h, c in cols.items()}
        if any(cells.values()):
            out.append((index, cells, cols))
    return out


def _departments(rows: list[list[Any]], problems: Problems) -> dict[str, DeptSheet]:
    records: dict[str, DeptSheet] = {}
    for row, cells, cols in _table(rows, DEPT, DEPT_HEADS, problems):
        code, year_text = cells.get("部门代码", ""), cells.get("年度", "")
        if not code:
            problems.add(translate("DeptWide", "部门代码 is empty."), DEPT, row, cols["部门代码"])
            continue
        if not (year_text.isdigit() and 1990 <= int(year_text) <= 2100):
            problems.add(translate("DeptWide", "{value} is not a year.").format(value=year_text), DEPT, row,
                         cols["年度"])
            continue
        if code in records:
            problems.add(translate("DeptWide", "Department {code} appears twice.").format(code=code), DEPT, row,
                         cols["部门代码"])
            continue
        records[code] = DeptSheet(int(year_text), code, cells.get("部门名称", ""), cells.get("职能职责", ""),
                                  cells.get("年度总体目标", ""), cells.get("实际完成情况", ""),
                                  cells.get("执行率说明", ""), cells.get("填报人", ""), cells.get("联系电话", ""),
                                  row=row)
    return records


def _owner(cells: dict[str, str], cols: dict[str, int], records: dict[str, DeptSheet], sheet: str, row: int,
           problems: Problems) -> DeptSheet | None:
    found = records.get(cells.get("部门代码", ""))
    if found is None:
        text = translate("DeptWide", "Department {code} is not on the sheet {sheet}.")
        problems.add(text.format(code=cells.get("部门代码", ""), sheet=DEPT), sheet, row, cols["部门代码"])
    return found


def _tasks(rows: list[list[Any]], records: dict[str, DeptSheet], problems: Problems) -> None:
    for row, cells, cols in _table(rows, TASKS, TASK_HEADS, problems):
        owner = _owner(cells, cols, records, TASKS, row, problems)
        budget = _money(cells, "预算数（万元）", cols, row, problems, required=True)
        spent = _money(cells, "执行数（万元）", cols, row, problems, required=False)
        if not cells.get("任务名称"):
            problems.add(translate("DeptWide", "任务名称 is empty."), TASKS, row, cols["任务名称"])
        elif owner is not None and budget is not None:
            owner.tasks.append(DeptTask(cells["任务名称"], cells.get("主要内容", ""), budget, spent))


def _money(cells: dict[str, str], head: str, cols: dict[str, int], row: int, problems: Problems, *,
           required: bool) -> Money | None:
    text = cells.get(head, "")
    if not text:
        if required:
            problems.add(translate("DeptWide", "{column} is empty.").format(column=head), TASKS, row, cols[head])
        return None
    try:
        amount = parse_amount(text, MoneyUnit.WAN)
    except ValueError as exc:
        problems.add(str(exc), TASKS, row, cols[head])
        return None
    if amount.fen < 0:
        problems.add(translate("DeptWide", "{column} is negative.").format(column=head), TASKS, row, cols[head])
        return None
    return amount


def _lines(rows: list[list[Any]], records: dict[str, DeptSheet], problems: Problems) -> None:
    for row, cells, cols in _table(rows, LINES, LINE_HEADS, problems):
        owner = _owner(cells, cols, records, LINES, row, problems)
        before = len(problems.items)
        for head in ("一级指标", "二级指标", "三级指标", "年度指标值"):
            if not cells.get(head):
                problems.add(translate("DeptWide", "{column} is empty.").format(column=head), LINES, row, cols[head])
        points = _decimal(cells, "分值", cols, row, problems, required=True)
        override = _decimal(cells, "人工得分", cols, row, problems, required=False)
        if override is not None and not cells.get("人工得分理由"):
            problems.add(translate("DeptWide", "A score set by hand needs its reason (人工得分理由)."), LINES, row,
                         cols.get("人工得分理由", cols["人工得分"]))
        if override is not None and points is not None and not Decimal(0) <= override <= points:
            problems.add(translate("DeptWide", "人工得分 {score} is outside 0–{points}.").format(
                score=override, points=points), LINES, row, cols["人工得分"])
        if owner is not None and len(problems.items) == before:
            owner.indicators.append(DeptIndicator(
                cells["一级指标"], cells["二级指标"], cells["三级指标"], cells["年度指标值"], points,
                cells.get("实际完成值", ""), override, cells.get("人工得分理由", ""),
                cells.get("偏差原因分析及改进措施", ""), cells.get("不适用", "") in YES))


def _decimal(cells: dict[str, str], head: str, cols: dict[str, int], row: int, problems: Problems, *,
             required: bool) -> Decimal | None:
    text = cells.get(head, "")
    if not text:
        if required:
            problems.add(translate("DeptWide", "{column} is empty.").format(column=head), LINES, row, cols[head])
        return None
    try:
        value = Decimal(text.replace("分", ""))
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value < 0:
        problems.add(translate("DeptWide", "{value} is not a number of points.").format(value=text), LINES, row,
                     cols[head])
        return None
    return value


__all__ = ["DeptSheet", "UserErrors", "read_departments", "write_departments"]

"""Ex-ante assessments (事前绩效评估) in and out of Excel: three sheets keyed by the project code.

- 评估情况: one row per assessment: 项目编码, 项目名称, 评估对象 (项目/政策), 评估日期, 评估人, 纳入项目库 (是/否),
  评估意见, and the 评估得分 and 评估结论 PerfDesk computed (written on export; on import a printed score or
  conclusion must agree with the grades, otherwise the row is refused, never corrected);
- 评分: one row per item: 项目编码, 评估维度, 评估内容, 分值, 评价等级 (优/良/中/差), 得分 (as above);
- 评估发现: one row per dimension: 项目编码, 评估维度, 主要发现.

Reading only turns cells into :class:`Parsed` assessments and collects location-exact problems; the service
looks the projects up, scores and stores them in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.io import xlsx_out
from perfdesk.core.io.sheets import Book, text_problems
from perfdesk.core.io.targets_xlsx import Problems, cell_text
from perfdesk.core.rules import exante as rules
from perfdesk.core.rules.valuetext import format_number

HEAD_SHEET, ITEM_SHEET, FINDING_SHEET = "评估情况", "评分", "评估发现"
HEAD_COLUMNS = ("项目编码", "项目名称", "评估对象", "评估日期", "评估人", "纳入项目库", "评估意见", "评估得分", "评估结论")
ITEM_COLUMNS = ("项目编码", "评估维度", "评估内容", "分值", "评价等级", "得分")
FINDING_COLUMNS = ("项目编码", "评估维度", "主要发现")
KINDS = {"项目": "project", "政策": "policy"}
YES_NO = {"是": True, "否": False, "": False}
MAX_ROWS = 20_000


@dataclass(frozen=True)
class Written:
    """One assessment as exported: the project, the form and what PerfDesk computed."""

    code: str
    name: str
    form: rules.Form
    total: Decimal | None = None
    conclusion: str = ""  # support / adjust / reject, "" while incomplete
    scores: tuple[Decimal | None, ...] = ()  # per item


@dataclass
class Parsed:
    code: str
    row: int  # on 评估情况 (0: the project has items only)
    kind: str = "project"
    assessed_on: dt.date | None = None
    date_text: str = ""  # as written, so an unreadable date is reported once
    assessor: str = ""
    enters_library: bool = False
    opinion: str = ""
    printed_total: Decimal | None = None
    printed_conclusion: str = ""
    items: list[rules.Item] = field(default_factory=list)
    item_rows: list[int] = field(default_factory=list)
    printed_scores: list[Decimal | None] = field(default_factory=list)
    findings: list[tuple[str, str]] = field(default_factory=list)

    def form(self, project_id: int) -> rules.Form:
        return rules.Form(project_id, self.kind, self.assessed_on, self.assessor, tuple(self.items),
                          tuple(self.findings), self.opinion, self.enters_library)


# -- writing ----------------------------------------------------------------------------------------------
def _score_text(value: Decimal | None) -> str:
    return "" if value is None else format_number(value)


def write_assessments(path: Path, assessments: Iterable[Written]) -> int:
    wb = Workbook(write_only=True)
    heads = _sheet(wb, HEAD_SHEET, HEAD_COLUMNS, (16, 36, 8, 12, 14, 10, 50, 10, 12))
    items = _sheet(wb, ITEM_SHEET, ITEM_COLUMNS, (16, 18, 36, 8, 10, 8))
    finds = _sheet(wb, FINDING_SHEET, FINDING_COLUMNS, (16, 18, 70))
    n = 0
    for a in assessments:
        f = a.form
        xlsx_out.append(heads, [a.code, a.name, "政策" if f.kind == "policy" else "项目",
                                f.assessed_on.isoformat() if f.assessed_on else "", f.assessor,
                                "是" if f.enters_library else "否", f.opinion, _score_text(a.total),
                                rules.CONCLUSION_TEXT.get(a.conclusion, "")])
        scores = a.scores or (None,) * len(f.items)
        for it, score in zip(f.items, scores, strict=True):
            xlsx_out.append(items, [a.code, it.dimension, it.item, format_number(it.points), it.grade, _score_text(score)])
        for dim, text in f.findings:
            xlsx_out.append(finds, [a.code, dim, text])
        n += 1
    wb.save(path)
    return n


def _sheet(wb: Workbook, title: str, columns: Sequence[str], widths: Sequence[int]) -> Any:
    from openpyxl.cell import WriteOnlyCell

    ws = wb.create_sheet(title)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    cells = []
    for text in columns:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = Font(bold=True)
        cells.append(cell)
    ws.append(cells)
    return ws


# -- reading ----------------------------------------------------------------------------------------------
def read_assessments(path: Path) -> tuple[list[Parsed], Problems]:
    """The assessments of a workbook, in the order of their first row, with every problem found."""
    path = Path(path)
    problems = Problems(path)
    sheets = _read_sheets(path, problems)
    if sheets is None:
        return [], problems
    found: dict[str, Parsed] = {}
    _read_heads(sheets[HEAD_SHEET], found, problems)
    _read_items(sheets[ITEM_SHEET], found, problems)
    if FINDING_SHEET in sheets:
        _read_findings(sheets[FINDING_SHEET], found, problems)
    return list(found.values()), problems


def _read_sheets(path: Path, problems: Problems) -> dict[str, list[list[Any]]] | None:
    try:
        book = Book(path)
        names = book.visible
        missing = [s for s in (HEAD_SHEET, ITEM_SHEET) if s not in names]
        if missing:
            problems.add(translate("ExAnteImport", "The workbook lacks the sheet(s) {sheets}.").format(
                sheets="、".join(missing)))
            return None
        out = {}
        for name in (HEAD_SHEET, ITEM_SHEET, FINDING_SHEET):
            if name in names:
                rows = book.rows(name)
                problems.items += book.problems(name, book.scan(name), formulas="all", merges=True)
                problems.items += text_problems(rows, path, name)
                out[name] = rows
    except UserErrors as exc:
        problems.items += exc.errors
        return None
    return None if problems.items else out


def _columns(rows: list[list[Any]], wanted: Sequence[str], required: Sequence[str], sheet: str,
             problems: Problems) -> dict[str, int] | None:
    if not rows:
        problems.add(translate("ExAnteImport", "The sheet is blank."), sheet)
        return None
    head = [cell_text(c) for c in rows[0]]
    cols = {text: i for i, text in enumerate(head) if text in wanted}
    missing = [c for c in required if c not in cols]
    if missing:
        problems.add(translate("ExAnteImport", "The header row lacks the column(s) {columns}.").format(
            columns="、".join(missing)), sheet, 1)
        return None
    if len(rows) > MAX_ROWS:
        problems.add(translate("ExAnteImport", "More than {n} rows.").format(n=MAX_ROWS), sheet)
        return None
    return cols


def _body(rows: list[list[Any]], cols: dict[str, int]) -> Iterable[tuple[int, dict[str, str]]]:
    for index, raw in enumerate(rows[1:], start=2):
        cells = {name: cell_text(raw[col]) if col < len(raw) else "" for name, col in cols.items()}
        if any(cells.values()):
            yield index, cells


def _read_heads(rows: list[list[Any]], found: dict[str, Parsed], problems: Problems) -> None:
    sheet = HEAD_SHEET
    cols = _columns(rows, HEAD_COLUMNS, ("项目编码", "评估日期"), sheet, problems)
    if cols is None:
        return
    for r, cells in _body(rows, cols):
        def bad(message: str, column: str, r: int = r) -> None:
            problems.add(message, sheet, r, cols.get(column))

        code = cells["项目编码"]
        if not code:
            bad(translate("ExAnteImport", "The project code is missing."), "项目编码")
            continue
        if code in found:
            bad(translate("ExAnteImport", "Project {code} has a second row here (row {row} is the first).").format(
                code=code, row=found[code].row), "项目编码")
            continue
        p = Parsed(code, r, assessor=cells.get("评估人", ""), opinion=cells.get("评估意见", ""))
        p.kind = _choice(cells.get("评估对象", "") or "项目", KINDS, "评估对象", bad) or "project"
        p.enters_library = bool(_choice(cells.get("纳入项目库", ""), YES_NO, "纳入项目库", bad))
        p.date_text, p.assessed_on = cells["评估日期"], _date(cells["评估日期"], bad)
        p.printed_total = _number(cells.get("评估得分", ""), "评估得分", bad)
        conclusion = cells.get("评估结论", "")
        by_text = {v: k for k, v in rules.CONCLUSION_TEXT.items()}
        if conclusion and conclusion not in by_text:
            bad(translate("ExAnteImport", "The conclusion {text} is not 予以支持, 调整后支持 or 不予支持.").format(
                text=conclusion), "评估结论")
        p.printed_conclusion = by_text.get(conclusion, "")
        found[code] = p


def _read_items(rows: list[list[Any]], found: dict[str, Parsed], problems: Problems) -> None:
    sheet = ITEM_SHEET
    cols = _columns(rows, ITEM_COLUMNS, ("项目编码", "评估维度", "评估内容", "分值", "评价等级"), sheet, problems)
    if cols is None:
        return
    for r, cells in _body(rows, cols):
        def bad(message: str, column: str, r: int = r) -> None:
            problems.add(message, sheet, r, cols.get(column))

        p = _owner(cells["项目编码"], found, bad)
        points = _number(cells["分值"], "分值", bad)
        grade = cells["评价等级"]
        if grade and grade not in rules.GRADES:
            bad(translate("ExAnteImport", "The grade {grade} is not one of 优, 良, 中, 差.").format(grade=grade), "评价等级")
        if not cells["评估维度"] or not cells["评估内容"]:
            bad(translate("ExAnteImport", "Every item needs its dimension and its wording."), "评估内容")
        if points is not None and points <= 0:
            bad(translate("ExAnteImport", "The points must be above zero."), "分值")
        if p is not None and points is not None:
            p.items.append(rules.Item(cells["评估维度"], cells["评估内容"], points, grade))
            p.item_rows.append(r)
            p.printed_scores.append(_number(cells.get("得分", ""), "得分", bad))


def _read_findings(rows: list[list[Any]], found: dict[str, Parsed], problems: Problems) -> None:
    sheet = FINDING_SHEET
    cols = _columns(rows, FINDING_COLUMNS, FINDING_COLUMNS, sheet, problems)
    if cols is None:
        return
    for r, cells in _body(rows, cols):
        def bad(message: str, column: str, r: int = r) -> None:
            problems.add(message, sheet, r, cols.get(column))

        if not cells["主要发现"]:
            continue  # a dimension of the blank form left without a finding
        p = _owner(cells["项目编码"], found, bad)
        if p is not None:
            p.findings.append((cells["评估维度"], cells["主要发现"]))


def _owner(code: str, found: dict[str, Parsed], bad: Any) -> Parsed | None:
    if not code:
        bad(translate("ExAnteImport", "The project code is missing."), "项目编码")
        return None
    if code not in found:
        bad(translate("ExAnteImport", "Project {code} has no row on the sheet 评估情况.").format(code=code), "项目编码")
        return None
    return found[code]


def _choice(text: str, table: dict[str, Any], column: str, bad: Any) -> Any:
    if text in table:
        return table[text]
    bad(translate("ExAnteImport", "{text} is not one of {choices}.").format(
        text=text, choices="、".join(k for k in table if k)), column)
    return None


def _date(text: str, bad: Any) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10].replace("/", "-"))
    except ValueError:
        bad(translate("ExAnteImport", "{text} is not a date (write it as 2025-03-18).").format(text=text), "评估日期")
        return None


def _number(text: str, column: str, bad: Any) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        bad(translate("ExAnteImport", "{text} is not a number.").format(text=text), column)
        return None
    if not value.is_finite():
        bad(translate("ExAnteImport", "{text} is not a number.").format(text=text), column)
        return None
    return value

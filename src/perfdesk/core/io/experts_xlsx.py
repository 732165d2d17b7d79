"""The expert library (专家库) in and out of Excel: one sheet, one expert per row, Chinese headers.

回避单位 holds the units the expert may not evaluate (codes or names, separated by 、，, ; or line breaks); 在库 is
是/否 (blank: 是). Reading turns cells into values and collects every located problem; nothing is raised for a bad
cell, so the caller reports them all at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.io import xlsx_out
from perfdesk.core.io.sheets import Book, text_problems
from perfdesk.core.io.targets_xlsx import Problems, cell_text

SHEET = "专家库"
COLUMNS = (("name", "姓名"), ("field", "专业领域"), ("title", "职称"), ("employer", "工作单位"),
           ("conflicts", "回避单位"), ("phone", "联系电话"), ("active", "在库"))
LIMITS = {"name": 60, "field": 60, "title": 60, "employer": 200, "phone": 40}
YES, NO = ("是", "在库", "yes", "1", ""), ("否", "不在库", "停用", "no", "0")
MAX_ROWS = 20_000


def write_experts(path: Path, experts: Iterable[dict[str, Any]]) -> int:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    xlsx_out.append(ws, [head for _k, head in COLUMNS])
    for c in ws[1]:
        c.font = Font(bold=True)
    for letter, width in zip("ABCDEFG", (10, 14, 14, 28, 36, 16, 6), strict=True):
        ws.column_dimensions[letter].width = width
    n = 0
    for e in experts:
        xlsx_out.append(ws, [e["name"], e["field"], e["title"], e["employer"], "、".join(e["conflicts"]), e["phone"],
                             "是" if e["active"] else "否"])
        n += 1
    wb.save(path)
    return n


def read_experts(path: Path | str) -> tuple[list[dict[str, Any]], Problems]:
    path = Path(path)
    problems = Problems(path)
    try:
        book = Book(path)
        sheet = SHEET if SHEET in book.visible else book.visible[0]
        rows = book.rows(sheet)
        problems.items += book.problems(sheet, book.scan(sheet), formulas="all", merges=True)
        problems.items += text_problems(rows, path, sheet)
    except UserErrors as exc:
        problems.items += exc.errors
        return [], problems
    if problems.items:
        return [], problems
    return _rows(rows, sheet, problems), problems


def _rows(rows: list[list[Any]], sheet: str, problems: Problems) -> list[dict[str, Any]]:
    head = [cell_text(c) for c in rows[0]] if rows else []
    cols = {key: head.index(label) for key, label in COLUMNS if label in head}
    if "name" not in cols:
        problems.add(translate("ExpertsImport", "The header row lacks the column 姓名."), sheet, 1)
        return []
    if len(rows) > MAX_ROWS:
        problems.add(translate("ExpertsImport", "More than {n} rows.").format(n=MAX_ROWS), sheet)
        return []
    out = []
    for r, raw in enumerate(rows[1:], start=2):
        cells = {key: cell_text(raw[c]) if c < len(raw) else "" for key, c in cols.items()}
        if not any(cells.values()):
            continue
        out.append(_expert(cells, cols, problems, sheet, r))
    return out


def _expert(cells: dict[str, str], cols: dict[str, int], problems: Problems, sheet: str, row: int) -> dict[str, Any]:
    expert: dict[str, Any] = {key: cells.get(key, "") for key, _h in COLUMNS}
    expert["row"], expert["sheet"] = row, sheet
    if not expert["name"]:
        problems.add(translate("ExpertsImport", "姓名 is empty."), sheet, row, cols["name"])
    for key, limit in LIMITS.items():
        if len(expert[key]) > limit:
            problems.add(translate("ExpertsImport", "Longer than {n} characters.").format(n=limit), sheet, row,
                         cols[key])
    active = expert["active"].lower()
    if active not in YES and active not in NO:
        problems.add(translate("ExpertsImport", "在库 must be 是 or 否."), sheet, row, cols["active"])
    expert["active"] = active not in NO
    return expert

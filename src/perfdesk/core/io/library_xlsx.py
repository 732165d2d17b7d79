"""A county's indicator library in and out of Excel: one sheet, one entry per row, Chinese headers (the shipped
CSV columns plus department code and validity years). Written with openpyxl, read with python-calamine.

Cells hold the Chinese labels people read (共性/行业/部门, 教育, ≥, 计划标准 …); the stored codes are accepted too.
Reading only turns cells into entry dicts and collects location-exact problems; the service checks duplicates.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from perfdesk.core.domain.enums import INDICATOR_TREE, SECTOR_NAMES_ZH
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.io import xlsx_out
from perfdesk.core.io.sheets import FIELD_LIMITS, Book, text_problems, too_long_message
from perfdesk.core.io.targets_xlsx import Problems, cell_text

SHEET = "指标库"
MAX_ROWS = 50_000

# (key, Chinese header, required) in sheet order; official wording of the county templates
HEADERS: tuple[tuple[str, str, bool], ...] = (
    ("scope", "范围", False), ("sector", "行业", False), ("project_type", "项目类型", False),
    ("level1", "一级指标", True), ("level2", "二级指标", True), ("name", "三级指标", True),
    ("comparison", "比较方式", False), ("typical_value", "参考值", False), ("unit", "计量单位", False),
    ("value_basis", "指标值依据", False), ("measurement", "计算方法", False), ("source", "来源", False),
    ("department_code", "部门编码", False), ("year_from", "起始年度", False), ("year_to", "截止年度", False))

SCOPES = {"common": "共性", "sector": "行业", "department": "部门"}
SECTORS = SECTOR_NAMES_ZH
PROJECT_TYPES = {"purchase": "采购", "training": "培训", "meeting": "会议", "written_output": "文字成果",
                 "construction": "工程建设", "subsidy": "补助补贴", "it_system": "信息化建设", "maintenance": "维修维护",
                 "service_purchase": "购买服务", "operation": "运行保障"}
COMPARISONS = {">=": "≥", "<=": "≤", "=": "=", "qual": "定性", "": ""}
BASES = {"historical": "历史标准", "industry": "行业标准", "plan": "计划标准", "other": "其他", "": ""}
CODED = {"scope": SCOPES, "sector": SECTORS, "project_type": PROJECT_TYPES, "comparison": COMPARISONS,
         "value_basis": BASES}
ALIASES = {"comparison": {"＞=": ">=", ">＝": ">=", "＜=": "<=", "<＝": "<=", "＝": "=", "定性指标": "qual"}}


def norm(text: str) -> str:
    """Full-width characters folded to their ASCII forms, spaces removed, letters lower-cased: the key under
    which two spellings of one indicator count as the same (e.g. ``高标准农田（万亩）`` and ``高标准农田(万亩)``)."""
    return "".join(unicodedata.normalize("NFKC", text or "").split()).lower()


@dataclass(frozen=True)
class ParsedEntry:
    row: int  # as Excel shows it
    fields: dict[str, Any]
    sheet: str = SHEET
    name_column: int = 5  # 0-based column of 三级指标, for duplicate messages


# -- writing ----------------------------------------------------------------------------------------------
def label_row(entry: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    for key, _head, _req in HEADERS:
        value = entry.get(key)
        out.append(CODED[key].get(value or "", value) if key in CODED else ("" if value is None else value))
    return out


def write_library(path: Path, entries: Iterable[dict[str, Any]]) -> int:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    for i, width in enumerate((6, 14, 10, 10, 14, 34, 8, 10, 10, 10, 40, 30, 10, 8, 8), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.append([_bold(ws, head) for _k, head, _r in HEADERS])
    n = 0
    for entry in entries:
        xlsx_out.append(ws, label_row(entry))
        n += 1
    wb.save(path)
    return n


def _bold(ws: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=text)
    cell.font = Font(bold=True)
    return cell


# -- reading ----------------------------------------------------------------------------------------------
def _header_map(head: list[str]) -> dict[str, int]:
    by_text = {norm(h): k for k, h, _r in HEADERS} | {k: k for k, _h, _r in HEADERS}
    return {by_text[norm(text)]: col for col, text in enumerate(head) if norm(text) in by_text}


def read_library(path: Path) -> tuple[list[ParsedEntry], Problems]:
    """Entries of the first sheet (or the sheet named 指标库) with every problem found; nothing raised for bad
    cells so the caller can add its own checks to the same list."""
    path = Path(path)
    problems = Problems(path)
    try:
        book = Book(path)
        names = book.visible
        sheet = SHEET if SHEET in names else names[0]
        rows = book.rows(sheet)
        found = book.problems(sheet, book.scan(sheet), formulas="all", merges=True) + text_problems(rows, path, sheet)
    except UserErrors as exc:
        problems.items += exc.errors
        return [], problems
    if found:  # a formula, an error value, a merged range, a control character: the cells cannot be believed
        problems.items += found
        return [], problems
    return read_rows(rows, sheet, problems), problems


def read_rows(rows: list[list[Any]], sheet: str, problems: Problems) -> list[ParsedEntry]:
    if not rows:
        problems.add(translate("LibraryImport", "The sheet is blank."), sheet)
        return []
    cols = _header_map([cell_text(c) for c in rows[0]])
    missing = [head for key, head, required in HEADERS if required and key not in cols]
    if missing:
        problems.add(translate("LibraryImport", "The header row lacks the column(s) {columns}.").format(
            columns="、".join(missing)), sheet, 1)
        return []
    if len(rows) > MAX_ROWS:
        problems.add(translate("LibraryImport", "More than {n} rows.").format(n=MAX_ROWS), sheet)
        return []
    out = []
    for index, raw in enumerate(rows[1:], start=2):
        cells = {key: cell_text(raw[col]) if col < len(raw) else "" for key, col in cols.items()}
        if any(cells.values()):
            out.append(ParsedEntry(index, _entry(cells, cols, problems, sheet, index), sheet, cols["name"]))
    return out


def _entry(cells: dict[str, str], cols: dict[str, int], problems: Problems, sheet: str, row: int) -> dict[str, Any]:
    def bad(message: str, key: str) -> None:
        problems.add(message, sheet, row, cols.get(key))

    entry: dict[str, Any] = {key: cells.get(key, "") for key, _h, _r in HEADERS}
    for key, table in CODED.items():
        entry[key] = _code(cells.get(key, ""), key, table, bad)
    for key, head, required in HEADERS:
        if required and not entry[key]:
            bad(translate("LibraryImport", "{column} is empty.").format(column=head), key)
    if entry["level1"] and entry["level1"] not in INDICATOR_TREE:
        bad(translate("LibraryImport", "Unknown first-level indicator {value}.").format(value=entry["level1"]), "level1")
    elif entry["level1"] and entry["level2"] and entry["level2"] not in INDICATOR_TREE[entry["level1"]]:
        bad(translate("LibraryImport", "{level2} is not a second level of {level1}.").format(
            level2=entry["level2"], level1=entry["level1"]), "level2")
    if not entry["scope"]:
        entry["scope"] = "sector" if entry["sector"] not in ("", "general") else "common"
    if entry["scope"] == "common" and not entry["sector"]:
        entry["sector"] = "general"
    if entry["scope"] == "sector" and not cells.get("sector"):
        bad(translate("LibraryImport", "A sector (行业) indicator needs its sector."), "sector")
    if entry["scope"] == "department" and not entry["department_code"]:
        bad(translate("LibraryImport", "A department (部门) indicator needs the department code."), "department_code")
    for key in ("year_from", "year_to"):
        entry[key] = _year(cells.get(key, ""), key, bad)
    if entry["year_from"] and entry["year_to"] and entry["year_to"] < entry["year_from"]:
        bad(translate("LibraryImport", "The last year is before the first year."), "year_to")
    for key in ("name", "level1", "level2", "unit", "typical_value"):
        limit = FIELD_LIMITS[f"library_indicator.{key}"]
        if len(entry[key]) > limit:
            bad(too_long_message(len(entry[key]), limit), key)
    return entry


def _code(text: str, key: str, table: dict[str, str], bad: Any) -> str:
    if not text:
        return ""
    if text in table:
        return text
    by_label = {norm(label): code for code, label in table.items() if label}
    found = by_label.get(norm(text)) or ALIASES.get(key, {}).get(text) or (norm(text) if norm(text) in table else None)
    if found is None:
        choices = "、".join(label for label in table.values() if label)
        bad(translate("LibraryImport", "{value} is not one of {choices}.").format(value=text, choices=choices), key)
        return ""
    return found


def _year(text: str, key: str, bad: Any) -> int | None:
    if not text:
        return None
    if text.isdigit() and 1990 <= int(text) <= 2100:
        return int(text)
    bad(translate("LibraryImport", "{value} is not a year.").format(value=text), key)
    return None

"""A key evaluation in and out of Excel: sheet 评价信息 (one field per row: label, value) and sheet 评分表 (the score
sheet of FORMATS §5 with the figures each formula line is computed from). Written with openpyxl through
:mod:`perfdesk.core.io.xlsx_out`, read through :mod:`perfdesk.core.io.sheets`.

Reading only turns cells into values and collects every located problem; the service resolves codes and scores.
Money is in 万元; a formula line's 得分 is recomputed on import (the printed one is compared, never kept).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.keyeval import Formula, ObjectKind
from perfdesk.core.i18n import translate
from perfdesk.core.io import xlsx_out
from perfdesk.core.io.sheets import Book, text_problems
from perfdesk.core.io.targets_xlsx import Problems, cell_text
from perfdesk.core.rules.keyeval import NAMES

INFO, SHEET = "评价信息", "评分表"
KINDS = {"project": "项目", "policy": "政策", "special_fund": "专项资金", "department": "部门"}
FORMULA_WORDS = {f.value: NAMES[f][0] for f in Formula}
# (key, label) of 评价信息, in order
INFO_FIELDS = (("id", "评价编号"), ("title", "评价名称"), ("object_kind", "评价对象类型"), ("year", "预算年度"),
               ("project_code", "项目编码"), ("unit_code", "主管部门编码"), ("agency", "第三方机构"),
               ("lead_evaluator", "主评人"), ("budget", "预算资金（万元）"), ("arrived", "实际到位资金（万元）"),
               ("spent", "实际支出（万元）"), ("report_date", "报告日期"), ("findings", "存在的问题"),
               ("suggestions", "有关建议"))
MONEY = {"budget": "budget_fen", "arrived": "arrived_fen", "spent": "spent_fen"}
# (key, header) of 评分表
COLUMNS = (("level1", "一级指标"), ("level2", "二级指标"), ("level3", "三级指标"), ("points", "分值"),
           ("explanation", "指标解释"), ("criteria", "评分标准"), ("formula", "计算公式"),
           ("target_percent", "目标值（%）"), ("numerator", "分子"), ("denominator", "分母"), ("score", "得分"),
           ("deduction_reason", "扣分原因"))
NUMBERS = ("points", "target_percent", "numerator", "denominator", "score")
WIDTHS = (8, 12, 18, 6, 30, 30, 12, 10, 10, 10, 8, 30)
FEN_PER_WAN = Decimal(1_000_000)


# -- writing ----------------------------------------------------------------------------------------------
def write_evaluation(path: Path, header: Mapping[str, Any], lines: Sequence[Mapping[str, Any]]) -> None:
    wb = Workbook()
    info = wb.active
    info.title = INFO
    info.column_dimensions["A"].width, info.column_dimensions["B"].width = 22, 60
    for key, label in INFO_FIELDS:
        xlsx_out.append(info, [label, _info_value(key, header)])
        info.cell(info.max_row, 1).font = Font(bold=True)
    ws = wb.create_sheet(SHEET)
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    xlsx_out.append(ws, [head for _k, head in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for line in lines:
        xlsx_out.append(ws, [_line_value(key, line) for key, _h in COLUMNS])
    wb.save(path)


def _info_value(key: str, header: Mapping[str, Any]) -> Any:
    if key in MONEY:
        fen = header.get(MONEY[key])
        return None if fen is None else float(Decimal(fen) / FEN_PER_WAN)
    if key == "object_kind":
        return KINDS.get(header.get("object_kind") or "", "")
    value = header.get(key)
    return "" if value is None else value


def _line_value(key: str, line: Mapping[str, Any]) -> Any:
    value = line.get(key)
    if key == "formula":
        return FORMULA_WORDS.get(value or "", "")
    if key in NUMBERS:
        return None if value is None else float(value)
    return value or ""


# -- reading ----------------------------------------------------------------------------------------------
def read_evaluation(path: Path | str) -> tuple[dict[str, Any], list[dict[str, Any]], Problems]:
    """(header, lines, problems) of a workbook written by :func:`write_evaluation` or filled in by hand."""
    path = Path(path)
    problems = Problems(path)
    try:
        book = Book(path)
        names = book.visible
        missing = [n for n in (INFO, SHEET) if n not in names]
        if missing:
            problems.add(translate("KeyEvalImport", "The workbook needs the sheets 评价信息 and 评分表 (missing: "
                                   "{sheets}).").format(sheets="、".join(missing)))
            return {}, [], problems
        rows = {n: book.rows(n) for n in (INFO, SHEET)}
        for n in (INFO, SHEET):
            problems.items += book.problems(n, book.scan(n), formulas="uncached", merges=(n == SHEET))
            problems.items += text_problems(rows[n], path, n)
    except UserErrors as exc:
        problems.items += exc.errors
        return {}, [], problems
    if problems.items:
        return {}, [], problems
    return _header(rows[INFO], problems), _lines(rows[SHEET], problems), problems


def _header(rows: list[list[Any]], problems: Problems) -> dict[str, Any]:
    by_label = {label: key for key, label in INFO_FIELDS}
    out: dict[str, Any] = {}
    for r, row in enumerate(rows, start=1):
        label = cell_text(row[0]) if row else ""
        if label not in by_label:
            continue
        key, raw = by_label[label], row[1] if len(row) > 1 else None
        out.update(_info_field(key, raw, problems, r))
    if not out.get("title"):
        problems.add(translate("KeyEvalImport", "评价名称 is empty."), INFO)
    return out


def _info_field(key: str, raw: Any, problems: Problems, row: int) -> dict[str, Any]:
    text = cell_text(raw)
    if key in ("id", "year"):
        if not text:
            return {}
        if not text.isdigit():
            problems.add(translate("KeyEvalImport", "{value} is not a whole number.").format(value=text), INFO, row, 1)
            return {}
        return {key: int(text)}
    if key in MONEY:
        number = _number(text, problems, INFO, row, 1)
        return {MONEY[key]: None if number is None else int((number * FEN_PER_WAN).to_integral_value())}
    if key == "object_kind":
        found = {v: k for k, v in KINDS.items()}.get(text) or (text if text in KINDS else None)
        if found is None:
            problems.add(translate("KeyEvalImport", "评价对象类型 must be 项目, 政策, 专项资金 or 部门."), INFO, row, 1)
        return {"object_kind": found or ObjectKind.PROJECT.value}
    if key == "report_date":
        return {"report_date": _date(raw, problems, row)}
    return {key: text}


def _date(raw: Any, problems: Problems, row: int) -> dt.date | None:
    if raw in (None, ""):
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(cell_text(raw))
    except ValueError:
        problems.add(translate("KeyEvalImport", "{value} is not a date (YYYY-MM-DD).").format(value=cell_text(raw)),
                     INFO, row, 1)
        return None


def _number(text: str, problems: Problems, sheet: str, row: int, col: int) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        problems.add(translate("KeyEvalImport", "{value} is not a number.").format(value=text), sheet, row, col)
        return None
    return value


def _lines(rows: list[list[Any]], problems: Problems) -> list[dict[str, Any]]:
    if not rows:
        problems.add(translate("KeyEvalImport", "The score sheet is blank."), SHEET)
        return []
    head = [cell_text(c) for c in rows[0]]
    cols = {key: head.index(label) for key, label in COLUMNS if label in head}
    missing = [label for key, label in COLUMNS[:4] if key not in cols]
    if missing:
        problems.add(translate("KeyEvalImport", "The header row lacks the column(s) {columns}.").format(
            columns="、".join(missing)), SHEET, 1)
        return []
    by_word = {word: code for code, word in FORMULA_WORDS.items()}
    out = []
    for r, raw in enumerate(rows[1:], start=2):
        cells = {key: cell_text(raw[c]) if c < len(raw) else "" for key, c in cols.items()}
        if not any(cells.values()):
            continue
        line: dict[str, Any] = {key: cells.get(key, "") for key, _h in COLUMNS if key not in NUMBERS}
        for key in NUMBERS:
            line[key] = _number(cells.get(key, ""), problems, SHEET, r, cols.get(key, 0))
        word = line["formula"]
        line["formula"] = by_word.get(word, word if word in FORMULA_WORDS else "")
        if word and not line["formula"]:
            problems.add(translate("KeyEvalImport", "计算公式 {value} is not one of {choices}.").format(
                value=word, choices="、".join(FORMULA_WORDS.values())), SHEET, r, cols["formula"])
        if line["points"] is None:
            problems.add(translate("KeyEvalImport", "分值 is empty."), SHEET, r, cols["points"])
        line["row"] = r
        out.append(line)
    if not out:
        problems.add(translate("KeyEvalImport", "The score sheet has no indicator."), SHEET)
    return out

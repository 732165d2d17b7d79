"""Flat self-evaluation exports: one indicator per row keyed by the budget system's PRO_CODE (RULES §1 field
names), read with python-calamine (fast for big exports). Money columns are optional and read from the first row
of each project; the money unit comes from the header (``全年预算数（元）``), 万元 by default.

Columns (by header text): PRO_CODE (required), PRO_NAME / 项目名称, DEPT_NAME / 主管部门, AGENCY_NAME / 实施单位,
一级指标, 二级指标, 三级指标 (required), 指标性质, 年度指标值 (required), 度量单位, 实际完成值 (required),
分值, 得分 (at least one of the two: a table printing only scores keeps them, see the scoring engine), 偏差原因,
年初预算数, 全年预算数, 全年执行数.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.money import AmountTooLarge, Money, MoneyUnit, parse_amount
from perfdesk.core.i18n import translate
from perfdesk.core.io.selfeval_xlsx import FLAT, IndicatorRow, MoneyRow, ProjectSheet, key
from perfdesk.core.io.sheets import (
    FIELD_LIMITS,
    LONG_TEXT_MAX,
    Book,
    SheetScan,
    text_problems,
    too_long_message,
)
from perfdesk.core.rules.valuetext import normalise

_COLUMNS = (("code", ("PRO_CODE", "项目编码", "项目代码")), ("name", ("PRO_NAME", "项目名称")),
            ("department", ("DEPT_NAME", "主管部门")), ("unit", ("AGENCY_NAME", "实施单位", "预算单位")),
            ("level1", ("一级指标",)), ("level2", ("二级指标",)), ("indicator", ("三级指标",)),
            ("comparison", ("指标性质",)), ("unit_of_value", ("度量单位", "计量单位")),
            ("actual", ("实际完成值", "完成值", "实际值")), ("target", ("指标值",)), ("points", ("分值", "权重")),
            ("score", ("得分",)), ("reason", ("原因",)), ("initial_budget", ("年初预算",)),
            ("full_year_budget", ("全年预算",)), ("spent", ("执行数",)))
_REQUIRED = {"code": "PRO_CODE", "indicator": "三级指标", "target": "年度指标值", "actual": "实际完成值"}


_LIMITS = {"level1": FIELD_LIMITS["self_eval_line.level1"], "level2": FIELD_LIMITS["self_eval_line.level2"],
           "indicator": FIELD_LIMITS["self_eval_line.name"], "target": FIELD_LIMITS["self_eval_line.target_text"],
           "actual": FIELD_LIMITS["self_eval_line.actual_text"], "code": FIELD_LIMITS["project.code"]}


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return normalise(value) if value is not None else ""


def _columns(header: list[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        k = key(cell).upper()
        for name, words in _COLUMNS:
            if name not in found and any(w.upper() in k for w in words):
                found[name] = i
                break
    return found


class _Reader:
    def __init__(self, file: str, sheet: str, header: list[Any], problems: list[UserError]):
        self.file, self.sheet, self.problems = file, sheet, problems
        self.cols = _columns(header)
        self.unit = MoneyUnit.YUAN if any(re.search(r"[(（]元[)）]", str(h)) for h in header) else MoneyUnit.WAN

    def error(self, message: str, row: int, col: int | None = None) -> None:
        letter = get_column_letter(col + 1) if col is not None else None
        self.problems.append(UserError(message, self.file, self.sheet, row, letter))

    def get(self, values: list[Any], name: str) -> Any:
        i = self.cols.get(name)
        return values[i] if i is not None and i < len(values) else None

    def number(self, values: list[Any], name: str, row: int) -> Decimal | None:
        raw = self.get(values, name)
        if raw is None or _text(raw) in ("", "-", "—", "/"):
            return None
        try:
            return Decimal(str(raw)) if isinstance(raw, (int, float)) else Decimal(_text(raw).removesuffix("分"))
        except InvalidOperation:
            self.error(translate("SelfEvalImport", "“{text}” is not a number").format(text=raw), row, self.cols[name])
            return None

    def money(self, values: list[Any], name: str, row: int) -> Money | None:
        raw = self.get(values, name)
        if raw is None or _text(raw) in ("", "-", "—", "/"):
            return None
        try:
            money = Money.from_amount(Decimal(str(raw)), self.unit) if isinstance(raw, (int, float)) else parse_amount(str(raw), self.unit)
        except AmountTooLarge as exc:
            self.error(str(exc), row, self.cols[name])
            return None
        except ValueError:
            self.error(translate("SelfEvalImport", "“{text}” is not an amount").format(text=raw), row, self.cols[name])
            return None
        if money.fen < 0:
            self.error(translate("SelfEvalImport", "the amount cannot be negative: {text}").format(text=raw), row, self.cols[name])
            return None
        return money

    def line(self, values: list[Any], row: int) -> IndicatorRow:
        cells = {n: f"{get_column_letter(i + 1)}{row}" for n, i in self.cols.items()}
        for name, limit in _LIMITS.items():
            text = _text(self.get(values, name))
            if limit < len(text) <= LONG_TEXT_MAX:  # longer texts are refused for the whole sheet
                self.error(too_long_message(len(text), limit), row, self.cols[name])
        name = _text(self.get(values, "indicator"))
        return IndicatorRow(_text(self.get(values, "level1")), _text(self.get(values, "level2")), name,
                            _text(self.get(values, "target")), _text(self.get(values, "actual")), row,
                            self.number(values, "points", row), self.number(values, "score", row), None,
                            _text(self.get(values, "comparison")), _text(self.get(values, "unit_of_value")),
                            _text(self.get(values, "reason")), name.startswith("其中"), cells)

    def money_row(self, values: list[Any], row: int) -> tuple[MoneyRow, ...]:
        amounts = {n: self.money(values, n, row) for n in ("initial_budget", "full_year_budget", "spent")}
        if not any(v is not None for v in amounts.values()):
            return ()
        return (MoneyRow(translate("SelfEvalImport", "年度资金总额"), "total", row, **amounts),)


def read_flat_selfeval(path: str | Path, sheet: str | None = None) -> tuple[ProjectSheet, ...]:
    """Read a flat export: every visible sheet (or the one named); blank sheets are skipped. Raises
    :class:`UserErrors` with every problem."""
    projects, problems = read_flat_sheets(path, sheet)
    if problems:
        raise UserErrors(problems)
    return projects


def read_flat_sheets(path: str | Path, sheet: str | None = None) -> tuple[tuple[ProjectSheet, ...], list[UserError]]:
    """The projects that could be read and every problem with its row and column (a check reports both): every
    visible sheet (or the one named); blank sheets are skipped."""
    file = str(path)
    problems: list[UserError] = []
    projects: dict[str, dict[str, Any]] = {}
    try:
        book = Book(path)
        if sheet is not None and not book.is_visible(sheet):
            text = translate("SelfEvalImport", "no visible sheet named {sheet}").format(sheet=sheet)
            return (), [UserError(text, file)]
        names = [sheet] if sheet else book.visible
        for name in names:
            _read_flat_sheet(book, name, len(names) == 1, projects, problems)
    except UserErrors as exc:  # the workbook or a sheet could not be opened
        problems += exc.errors
    if not projects and not problems:
        problems.append(UserError(translate("SelfEvalImport", "the workbook holds no indicator rows"), file))
    return tuple(_project(p["reader"], code, p) for code, p in projects.items()), problems


def _read_flat_sheet(book: Book, name: str, only: bool, projects: dict[str, dict[str, Any]],
                     problems: list[UserError]) -> None:
    file, rows = str(book.path), book.rows(name)
    if not rows or not any(_text(v) for v in rows[0]):
        if only:
            problems.append(UserError(translate("SelfEvalImport", "the sheet is blank"), file, name))
        return
    reader = _Reader(file, name, rows[0], problems)
    missing = [label for n, label in _REQUIRED.items() if n not in reader.cols]
    if "points" not in reader.cols and "score" not in reader.cols:
        missing.append(translate("SelfEvalImport", "分值 or 得分"))
    if missing:
        text = translate("SelfEvalImport", "required columns missing from the header: {columns}")
        problems.append(UserError(text.format(columns="、".join(missing)), file, name, 1))
        return
    problems += _cell_problems(book, name, rows, reader)
    _group(reader, rows, projects)


def _cell_problems(book: Book, name: str, rows: list[list[Any]], reader: _Reader) -> list[UserError]:
    """Error values, merged ranges and formulas without a saved value anywhere; any formula in 分值 or 得分 (a
    score is what the evaluator gave, not a computation); control characters and over-long texts."""
    scan = book.scan(name)
    scores = [reader.cols[c] for c in ("points", "score") if c in reader.cols]
    saved = SheetScan(formulas=[f for f in scan.formulas if f[1]])  # the others are reported as unsaved
    return (book.problems(name, scan, merges=True) + book.problems(name, saved, formulas="all", columns=scores)
            + text_problems(rows, book.path, name))


def _group(reader: _Reader, rows: list[list[Any]], projects: dict[str, dict[str, Any]]) -> None:
    for offset, values in enumerate(rows[1:], start=2):
        if not any(_text(v) for v in values):
            continue
        code = _text(reader.get(values, "code"))
        if not code:
            reader.error(translate("SelfEvalImport", "PRO_CODE is blank"), offset, reader.cols["code"])
            continue
        _add(reader, projects, code, values, offset)


def _add(reader: _Reader, projects: dict[str, dict[str, Any]], code: str, values: list[Any], row: int) -> None:
    name = _text(reader.get(values, "name"))
    project = projects.setdefault(code, {"name": name, "row": row, "values": values, "lines": [], "reader": reader})
    if project["reader"] is not reader:
        text = translate("SelfEvalImport", "project code {code} already used on sheet {sheet}")
        reader.error(text.format(code=code, sheet=project["reader"].sheet), row, reader.cols["code"])
        return
    if name and project["name"] and name != project["name"]:
        text = translate("SelfEvalImport", "project {code} is named “{name}” here but “{first}” on row {row}")
        reader.error(text.format(code=code, name=name, first=project["name"], row=project["row"]), row, reader.cols.get("name"))
    line = reader.line(values, row)
    first = next((ln for ln in project["lines"] if (ln.level1, ln.level2, ln.name) == (line.level1, line.level2, line.name)), None)
    if first is not None:
        text = translate("SelfEvalImport", "indicator “{name}” is listed twice for project {code} (first on row {row})")
        reader.error(text.format(name=line.name, code=code, row=first.row), row, reader.cols.get("indicator"))
    project["lines"].append(line)


def _project(reader: _Reader, code: str, p: dict[str, Any]) -> ProjectSheet:
    first = p["values"]
    return ProjectSheet(reader.file, reader.sheet, FLAT, code, p["name"], _text(reader.get(first, "department")),
                        _text(reader.get(first, "unit")), None, reader.unit, reader.money_row(first, p["row"]),
                        lines=tuple(p["lines"]))

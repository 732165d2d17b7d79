"""Questionnaire answers (满意度问卷) from xlsx or CSV: one row per respondent, one column per question.

The first non-blank row is the header. Columns headed 序号, 编号, 问卷编号, 受访者, 姓名, 地区, 区县, 乡镇, 街道, 村,
社区, 类型, 调查方式, 调查日期 or 备注 describe the respondent and are not questions; every other headed column is a
question. A blank row is skipped; a blank answer is no answer. An answer that is neither blank nor one of the five
levels (:mod:`perfdesk.core.rules.survey`) is refused with its row and column, and so is the whole file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.io.sheets import Book, check_widths, read_csv, text_problems
from perfdesk.core.rules.survey import BadAnswer, parse_answer

INFO_HEADERS = frozenset({"序号", "编号", "问卷编号", "受访者", "受访对象", "姓名", "地区", "区县", "县区", "乡镇", "街道",
                          "村", "社区", "类型", "受访者类型", "调查方式", "调查日期", "备注"})
MAX_RESPONDENTS = 100_000
QUESTION_MAX = 500  # characters of a question header


@dataclass(frozen=True)
class Survey:
    file: str
    questions: tuple[str, ...]
    answers: tuple[tuple[int | None, ...], ...]  # one row per respondent, one level (or None) per question


def read_survey(path: Path | str) -> Survey:
    """The questionnaire in ``path`` (.xlsx or .csv), or :class:`UserErrors` naming every bad cell."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        grid = read_csv(path)
        sheet, rows, numbers = None, [list(r) for r in grid.rows], grid.lines
        head = _header_index(rows)
        problems = check_widths(grid, head, path) if head is not None else []
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        book = Book(path)
        sheet = book.visible[0]
        rows = book.rows(sheet)
        numbers = list(range(1, len(rows) + 1))
        problems = book.problems(sheet, book.scan(sheet), formulas="uncached", merges=True)
        head = _header_index(rows)
    else:
        raise UserErrors(UserError(translate("Survey", "Use an .xlsx workbook or a .csv file."), str(path)))
    problems += text_problems(rows, path, sheet, numbers=numbers)
    if problems:
        raise UserErrors(problems)
    if head is None:
        raise UserErrors(UserError(translate("Survey", "The file is blank."), str(path), sheet))
    return _parse(rows, numbers, head, str(path), sheet)


def _header_index(rows: list[list[Any]]) -> int | None:
    return next((i for i, row in enumerate(rows) if any(_text(c) for c in row)), None)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _parse(rows: list[list[Any]], numbers: list[int], head: int, file: str, sheet: str | None) -> Survey:
    problems: list[UserError] = []

    def bad(message: str, row: int | None = None, col: int | None = None) -> None:
        problems.append(UserError(message, file, sheet, row, None if col is None else get_column_letter(col + 1)))

    header = [_text(c) for c in rows[head]]
    columns = [c for c, h in enumerate(header) if h and h not in INFO_HEADERS]
    seen: dict[str, int] = {}
    for c in columns:
        if header[c] in seen:
            bad(translate("Survey", "The question {question} appears twice (also column {other}).").format(
                question=header[c], other=get_column_letter(seen[header[c]] + 1)), numbers[head], c)
        seen.setdefault(header[c], c)
        if len(header[c]) > QUESTION_MAX:
            bad(translate("Survey", "The question is longer than {n} characters.").format(n=QUESTION_MAX),
                numbers[head], c)
    if not columns:
        bad(translate("Survey", "The header row names no question: one column per question, headed by the "
                      "question."), numbers[head])
    answers = []
    for row, number in zip(rows[head + 1:], numbers[head + 1:], strict=True):
        if not any(_text(c) for c in row):
            continue
        for c, value in enumerate(row):
            if value not in (None, "") and (c >= len(header) or not header[c]):
                bad(translate("Survey", "An answer in a column without a heading."), number, c)
        answers.append(tuple(_answer(row, c, number, bad) for c in columns))
    if len(answers) > MAX_RESPONDENTS:
        bad(translate("Survey", "More than {n} respondents.").format(n=MAX_RESPONDENTS))
    if columns and not answers and not problems:
        bad(translate("Survey", "The file has no respondent below the header."))
    if problems:
        raise UserErrors(problems)
    return Survey(file, tuple(header[c] for c in columns), tuple(answers))


def _answer(row: list[Any], col: int, number: int, bad: Any) -> int | None:
    value = row[col] if col < len(row) else None
    try:
        return parse_answer(value)
    except BadAnswer:
        bad(translate("Survey", "The answer {value} is not one of 非常满意, 满意, 基本满意, 不满意, 非常不满意 "
                      "(or 5 to 1); leave it blank when not answered.").format(value=_text(value)), number, col)
        return None

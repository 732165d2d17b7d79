"""The flat list's column-speed reader gives exactly what the row-by-row reader gives, and steps aside (None)
whenever a cell has a problem, so that every problem is still named by row and column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from perfdesk.core.io import targets_xlsx as tx

HEADER = list(tx.FLAT_HEADER)


def row(code: str = "P1", name: str = "校舍面积", **cells: Any) -> list[Any]:
    values = {"FISCAL_YEAR": 2025.0, "AGENCY_CODE": "101", "AGENCY_NAME": "教育局", "PRO_CODE": code,
              "PRO_NAME": "校舍维修", "指标类型": "年度", "一级指标": "产出指标", "二级指标": "数量指标", "三级指标": name,
              "指标性质": "≥", "指标值": "800", "度量单位": "平方米", "分值": 20.0, "指标值确定依据": "计划标准",
              "年度目标": "完成校舍维修800平方米", "中期目标": "", "备注": ""} | cells
    return [values[h] for h in HEADER]


def both(rows: list[list[Any]]) -> tuple[list[tx.ParsedTarget] | None, list[tx.ParsedTarget], list[str]]:
    problems = tx.Problems(Path("t.xlsx"))
    cols = {h: i for i, h in enumerate(HEADER)}
    body = rows[1:]
    columns = tx._columns(body, len(HEADER))
    texts = tx._text_columns(columns, cols, tx.FLAT_READ, len(body))
    filled = [any(tx.cell_text(c) for c in r) for r in body]
    fast = tx._flat_when_valid(columns, texts, filled, cols, "S", 2)
    slow = tx._flat_rows(body, texts, filled, cols, "S", 2, problems)
    return fast, slow, [str(p) for p in problems.items]


def test_a_valid_varied_sheet_reads_the_same_at_column_speed() -> None:
    rows = [HEADER,
            row(),
            row(name="合格率", 二级指标="质量指标", 指标性质="=", 指标值="100", 度量单位="%", 分值=10),
            ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],  # a blank spacer row
            row(name="满意度", 一级指标="满意度指标", 二级指标="服务对象满意度指标", 指标值="≥95%", 指标性质="", 度量单位="",
                分值="10", 年度目标="", 中期目标="三年完成", 备注="抽样"),
            row(code="P2", name="时限", 二级指标="时效指标", 指标性质="", 指标值="2025年12月底前", 度量单位="", 分值=None,
                指标值确定依据="", FISCAL_YEAR="2025"),
            row(code="P2", name="效果", 一级指标="效益指标", 二级指标="社会效益指标", 指标性质="定性", 指标值="达到预期",
                度量单位="", 分值=12.5, 指标类型="中期", 年度目标="完成校舍维修800平方米")]
    fast, slow, problems = both(rows)
    assert problems == []
    assert fast == slow
    assert [(t.code, t.row, len(t.draft.indicators)) for t in slow] == [("P1", 2, 3), ("P2", 6, 2)]


def test_a_project_whose_rows_are_apart_reads_the_same_at_column_speed() -> None:
    rows = [HEADER, row(), row(code="P2", 年度目标="P2的目标"), row(name="合格率", 年度目标="", 中期目标="三年完成"),
            row(code="P2", name="时限", 年度目标="P2的目标")]
    fast, slow, problems = both(rows)
    assert problems == [] and fast == slow
    assert [(t.code, t.row, t.draft.annual_goal, t.draft.medium_goal, len(t.draft.indicators)) for t in slow] == [
        ("P1", 2, "完成校舍维修800平方米", "三年完成", 2), ("P2", 3, "P2的目标", "", 2)]


def test_a_second_goal_on_a_later_run_of_rows_leaves_the_naming_to_the_row_reader() -> None:
    fast, _slow, problems = both([HEADER, row(), row(code="P2"), row(name="合格率", 年度目标="另一个目标")])
    assert fast is None and problems


@pytest.mark.parametrize("cells", [
    {"FISCAL_YEAR": "二〇二五"}, {"FISCAL_YEAR": 2025.5}, {"FISCAL_YEAR": None}, {"FISCAL_YEAR": True},
    {"PRO_CODE": ""}, {"三级指标": ""}, {"指标类型": "全年"}, {"指标性质": "大于"}, {"指标值确定依据": "经验"},
    {"分值": "十分"}, {"分值": True}, {"年度目标": "另一个目标"},
])
def test_any_problem_leaves_the_naming_to_the_row_reader(cells: dict[str, Any]) -> None:
    fast, _slow, problems = both([HEADER, row(), row(name="第二个", **cells)])
    assert fast is None
    assert problems, "the row reader names the problem"


def test_a_cell_under_no_heading_keeps_the_row_and_the_row_reader_names_it() -> None:
    rows = [HEADER + [""], row() + [""], [""] * len(HEADER) + ["孤立的值"]]
    problems = tx.Problems(Path("t.xlsx"))
    parsed = tx.read_flat(rows, "S", problems)
    assert [t.code for t in parsed] == ["P1"]
    assert [(p.row, p.column) for p in problems.items] == [(3, "A")]


@pytest.mark.parametrize("column", [
    ["校舍", "校舍", "校舍"],  # texts only, none with spaces around
    [" 校舍", "校舍 ", "校舍", "\t台账\n", "台账"],  # spaces around some
    ["校舍", 800.0, 800.0, None, 12, "", "  "],  # numbers and empty cells among the texts
    ["1", 1, 1.0, True],  # equal as keys, not as texts
])
def test_a_columns_texts_are_its_cells_stripped_and_equal_texts_are_one_object(column: list[Any]) -> None:
    texts = tx._texts([c.encode().decode() if isinstance(c, str) else c for c in column])  # fresh objects, as read
    assert texts == [tx.cell_text(c) for c in column]
    typed = [t for t, cell in zip(texts, column, strict=True) if isinstance(cell, str)]  # the cells of text
    by_text: dict[str, str] = {}
    assert all(by_text.setdefault(t, t) is t for t in typed)

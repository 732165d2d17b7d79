"""The longest texts an import accepts still print: a 5,000-character goal flows over pages of the 申报表 and a
300-character indicator name and project name fit their cells."""

from __future__ import annotations

import re
from dataclasses import replace

from perfdesk.core.io.sheets import FIELD_LIMITS, LONG_TEXT_MAX
from perfdesk.core.reports.tables import text_pieces
from perfdesk.core.reports.target_declaration import build_target_declaration
from tests.reports.conftest import pdf_text
from tests.reports.samples import PROJECT, TARGET_DECLARATION


def _sentences(n: int) -> str:
    return "".join(f"第{i}项任务按期完成。" for i in range(1, n + 1))


def test_a_goal_as_long_as_an_import_accepts_prints_every_sentence_over_several_pages() -> None:
    goal = _sentences(600)[:LONG_TEXT_MAX - 5]  # goals print as 目标1：…
    last = int(re.findall(r"第(\d+)项任务按期完成。", goal)[-1])
    indicator = replace(TARGET_DECLARATION.annual_indicators[0], level3="长" * FIELD_LIMITS["target_indicator.name"])
    decl = replace(TARGET_DECLARATION, annual_goals=(goal,), medium_goals=(),  # one column: its lines read in order
                   annual_indicators=(indicator, *TARGET_DECLARATION.annual_indicators[1:]),
                   project=replace(PROJECT, name="农" * FIELD_LIMITS["project.name"]))
    pages = pdf_text(build_target_declaration(decl).pdf)
    text = re.sub(r"\s+", "", "".join(pages))
    assert len(pages) >= 3
    for i in range(1, last + 1):
        assert f"第{i}项任务按期完成" in text, i
    assert "长" * 50 in text and "农" * 50 in text


def test_text_pieces_cut_after_a_sentence_and_lose_nothing() -> None:
    text = _sentences(200)
    pieces = text_pieces(text, 100)
    assert "".join(pieces) == text
    assert all(len(p) <= 100 and p.endswith("。") for p in pieces[:-1])
    assert text_pieces("短目标") == ["短目标"]


def _printed(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(pdf_text(pdf)))


def test_long_goals_print_on_the_self_evaluation_and_monitoring_tables() -> None:
    from perfdesk.core.reports.monitoring_data import MonitoringLine, MonitoringTable
    from perfdesk.core.reports.monitoring_table import build_monitoring_table
    from perfdesk.core.reports.selfeval_table import build_selfeval_table
    from tests.reports.samples import SELF_EVALUATION

    goal = _sentences(600)[:LONG_TEXT_MAX]
    last = int(re.findall(r"第(\d+)项任务按期完成。", goal)[-1])
    selfeval = build_selfeval_table(replace(SELF_EVALUATION, goal_expected="", goal_actual=goal)).pdf
    line = MonitoringLine("产出指标", "数量指标", "新建工程", "≥12处", "8处", "12处")
    monitoring = build_monitoring_table(MonitoringTable(PROJECT, "1—7月", (), "", goal, "", (line,))).pdf
    for pdf in (selfeval, monitoring):
        text = _printed(pdf)
        assert all(f"第{i}项任务按期完成" in text for i in (1, last // 2, last))

"""Department-wide self-evaluation on the project scoring engine (RULES §11, FORMATS §4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfdesk.core.domain.money import Money
from perfdesk.core.domain.score import Grade
from perfdesk.core.rules.deptwide import (
    DeptEvaluation,
    DeptIndicator,
    DeptTask,
    score_department,
    task_totals,
)
from perfdesk.core.rules.params import DeptWideParams, ScoringParams
from perfdesk.core.rules.scoring.engine import EvaluationInput, EvaluationLine, score_evaluation
from perfdesk.core.rules.scoring.execution import ExecutionInput
from perfdesk.core.rules.scoring.flags import FlagCode

D = Decimal


def _line(name: str, target: str, actual: str, points: str, level1: str = "产出指标", level2: str = "数量指标",
          **kw: object) -> DeptIndicator:
    return DeptIndicator(level1, level2, name, target, D(points), actual, **kw)  # type: ignore[arg-type]


def _filler(points: str) -> DeptIndicator:
    return _line("履职任务完成率", "=100%", "100%", points, "效益指标", "社会效益指标")


def test_the_published_chongqing_department_table_scores_97_6() -> None:
    # 重庆 西部科学城 融媒体中心 2021 部门整体绩效自评表 (published): 执行率 76%, 执行率权重 10, 执行率得分 7.6;
    # 播发稿件数量 年初指标值 2200篇, 全年完成值 2859篇, 权重 10, 得分 10; 自评总分 97.6 (every indicator full).
    # The task amounts are ours (the page prints only the rate); the rate, points and scores are the table's.
    tasks = (DeptTask("新闻宣传", budget=Money.wan("600"), spent=Money.wan("456")),
             DeptTask("人员及日常运转", budget=Money.wan("400"), spent=Money.wan("304")))
    dept = DeptEvaluation(tasks, (_line("播发稿件数量", "≥2200篇", "2859篇", "10"), _filler("80")),
                          execution_explanation="部分项目跨年实施")
    result = score_department(dept)
    assert result.execution.rate == D(76)
    assert result.execution.final_score == D("7.60")
    assert result.lines[0].final_score == D(10)
    assert result.total == D("97.60")
    assert result.grade is Grade.EXCELLENT


def test_the_same_lines_score_the_same_as_a_project_table() -> None:
    indicators = (_line("培训人次", "≥500人次", "450人次", "40"), _line("投诉率", "≤5%", "8%", "20", "效益指标", "社会效益指标"),
                  _line("群众满意度", "≥90%", "93%", "30", "满意度指标", "服务对象满意度指标"))
    dept = DeptEvaluation((DeptTask("任务", budget=Money.wan("100"), spent=Money.wan("95")),), indicators)
    as_department = score_department(dept)
    as_project = score_evaluation(EvaluationInput(
        tuple(EvaluationLine(i.name, i.points, i.level1, i.level2, i.target, i.actual) for i in indicators),
        ExecutionInput(full_year_budget=Money.wan("100"), spent=Money.wan("95"))), ScoringParams())
    assert [ln.final_score for ln in as_department.lines] == [ln.final_score for ln in as_project.lines]
    assert [ln.final_score for ln in as_department.lines] == [D(36), D("12.50"), D(30)]  # 40×450/500, 20×5/8
    assert as_department.total == as_project.total == D("88.00")  # 9.5 + 36 + 12.5 + 30
    assert as_department.grade is Grade.GOOD


@pytest.mark.parametrize(("spent", "score", "explain"), [
    ("100", "10.00", False), ("120", "10.00", False),  # over-spending never scores past the points
    ("90", "9.00", False), ("89.99", "9.00", True),  # below 90% an explanation is required (the setting)
    ("0", "0.00", True)])
def test_execution_is_the_tasks_total_with_its_boundaries(spent: str, score: str, explain: bool) -> None:
    tasks = (DeptTask("甲", budget=Money.wan("60"), spent=Money.wan(spent)), DeptTask("乙", budget=Money.wan("40"),
                                                                                      spent=Money.wan("0")))
    # all spending on task 甲: the rate is over the 金额合计 of both tasks
    result = score_department(DeptEvaluation(tasks, (_filler("90"),)))
    assert result.execution.final_score == D(score)
    assert any(f.code is FlagCode.EXPLANATION_REQUIRED for f in result.flags) is explain


def test_totals_wait_for_every_task_to_have_its_spending() -> None:
    tasks = (DeptTask("甲", budget=Money.wan("60"), spent=Money.wan("60")), DeptTask("乙", budget=Money.wan("40")))
    assert task_totals(tasks) == (Money.wan("100"), None)
    result = score_department(DeptEvaluation(tasks, (_filler("90"),)))
    assert result.execution.final_score == 0  # never full marks for what is not known
    assert any(f.code is FlagCode.NO_BUDGET for f in result.flags)


def test_grade_bands_at_their_edges() -> None:
    tasks = (DeptTask("甲", budget=Money.wan("100"), spent=Money.wan("100")),)
    at_90 = score_department(DeptEvaluation(tasks, (_line("完成数", "=100个", "80个", "50"), _filler("40"))))
    assert at_90.total == D(90) and at_90.grade is Grade.EXCELLENT  # 10 + 40 + 40
    half_up = score_department(DeptEvaluation(tasks, (_line("完成数", "=10000个", "7999个", "50"), _filler("40"))))
    assert half_up.total == D(90) and half_up.grade is Grade.EXCELLENT  # 50 × 7999/10000 = 39.995 → 40.00
    below = score_department(DeptEvaluation(tasks, (_line("完成数", "=10000个", "7998个", "50"), _filler("40"))))
    assert below.total == D("89.99") and below.grade is Grade.GOOD  # 39.99


def test_without_execution_points_the_indicators_carry_the_hundred() -> None:
    tasks = (DeptTask("甲", budget=Money.wan("100"), spent=Money.wan("50")),)
    dept = DeptEvaluation(tasks, (_line("完成数", "=100个", "100个", "60"), _filler("40")))
    result = score_department(dept, params=DeptWideParams(execution_points=D(0)))
    assert result.total == D(100)  # half the money unspent costs nothing when the table prints no execution score
    assert not any(f.code is FlagCode.POINTS_NOT_100 for f in result.flags)
    assert result.params["deptwide"] == {"execution_points": "0"}
    assert score_department(dept).total == D(105)  # the default adds 10 × 50%: flagged, never normalised
    assert any(f.code is FlagCode.POINTS_NOT_100 for f in score_department(dept).flags)

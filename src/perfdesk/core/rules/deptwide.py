"""Department-wide self-evaluation (部门整体支出绩效自评, RULES §11, FORMATS §4) on the project scoring engine.

A department's table is the project table's shape with the main tasks (年度主要任务) in place of the project
money: their 金额合计 (预算数, 执行数) is the budget-execution line, scored 分值 × min(执行率, 100%) with the points
of ``DeptWideParams.execution_points`` (0: the table prints no execution score); each annual indicator is a line
scored by :func:`perfdesk.core.rules.scoring.engine.score_evaluation` exactly as a project's indicator is, with the
same settings (``ScoringParams``: bands, rounding, caps, grades). Nothing here touches the database.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from perfdesk.core.domain.money import Money
from perfdesk.core.rules.params import DeptWideParams, ScoringParams, snapshot
from perfdesk.core.rules.scoring.engine import (
    EvaluationInput,
    EvaluationLine,
    EvaluationResult,
    score_evaluation,
)
from perfdesk.core.rules.scoring.execution import ExecutionInput


@dataclass(frozen=True)
class DeptTask:
    """A main task: 任务名称, 主要内容, 预算数, 执行数 (None until the year is evaluated)."""

    name: str
    content: str = ""
    budget: Money = Money(0)
    spent: Money | None = None


@dataclass(frozen=True)
class DeptIndicator:
    """An annual indicator: its place in the tree, 年度指标值 as typed, 分值, and once evaluated 实际完成值."""

    level1: str
    level2: str
    name: str
    target: str = ""
    points: Decimal | None = None
    actual: str = ""
    override_score: Decimal | None = None
    override_reason: str = ""
    deviation: str = ""  # 偏差原因分析及改进措施
    not_applicable: bool = False


@dataclass(frozen=True)
class DeptEvaluation:
    tasks: tuple[DeptTask, ...]
    indicators: tuple[DeptIndicator, ...]
    execution_points: Decimal | None = None  # None: the setting
    execution_explanation: str = ""
    file: str | None = None
    sheet: str | None = None


def task_totals(tasks: tuple[DeptTask, ...]) -> tuple[Money, Money | None]:
    """金额合计: the tasks' 预算数 and 执行数 (None while any task has no 执行数)."""
    budget = Money.sum(t.budget for t in tasks)
    spent = None if any(t.spent is None for t in tasks) or not tasks else Money.sum(t.spent for t in tasks)
    return budget, spent


def evaluation_input(dept: DeptEvaluation, params: DeptWideParams) -> EvaluationInput:
    """The department's table as the engine's input: 金额合计 as the 年度资金总额 row, the indicators as lines."""
    budget, spent = task_totals(dept.tasks)
    points = params.execution_points if dept.execution_points is None else dept.execution_points
    lines = tuple(EvaluationLine(i.name, i.points, i.level1, i.level2, i.target, i.actual,
                                 override_score=i.override_score, override_reason=i.override_reason,
                                 not_applicable=i.not_applicable) for i in dept.indicators)
    execution = ExecutionInput(full_year_budget=budget, spent=spent, explanation=dept.execution_explanation)
    return EvaluationInput(lines, execution, execution_points=points, file=dept.file, sheet=dept.sheet)


def score_department(dept: DeptEvaluation, scoring: ScoringParams | None = None,
                     params: DeptWideParams | None = None) -> EvaluationResult:
    """Score the department's table with the project engine; the result's ``params`` holds both groups in force."""
    scoring, params = scoring or ScoringParams(), params or DeptWideParams()
    result = score_evaluation(evaluation_input(dept, params), scoring)
    return dataclasses.replace(result, params={**result.params, **snapshot(params)})

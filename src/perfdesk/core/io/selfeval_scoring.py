"""From a parsed self-evaluation sheet to the scoring engine's input: the printed scores are kept beside the
rule's (never used as overrides: a service turns a printed score into an override only with a reason)."""

from __future__ import annotations

from perfdesk.core.io.selfeval_xlsx import IndicatorRow, ProjectSheet, comparison_from_nature
from perfdesk.core.rules.scoring.engine import EvaluationInput, EvaluationLine
from perfdesk.core.rules.scoring.execution import MoneyRowInput, execution_input_from_rows


def to_evaluation_line(row: IndicatorRow) -> EvaluationLine:
    return EvaluationLine(row.name, row.points, row.level1, row.level2, row.target, row.actual,
                          comparison_from_nature(row.comparison) if row.comparison else None, row.unit,
                          printed_score=row.score, sub_row=row.sub_row, row=row.row)


def to_evaluation_input(project: ProjectSheet) -> EvaluationInput:
    """The engine's input for one project; a zero 年度资金总额 row falls back to its sub-rows (flagged)."""
    total = project.total_row
    subs = [r for r in project.money_rows if r.kind != "total"]
    as_input = [MoneyRowInput(r.initial_budget, r.full_year_budget, r.spent, r.adjusted_budget) for r in subs]
    head = total or next((r for r in project.money_rows if r.points is not None), None)
    total_input = MoneyRowInput() if total is None else MoneyRowInput(total.initial_budget, total.full_year_budget,
                                                                      total.spent, total.adjusted_budget)
    execution, flags = execution_input_from_rows(total_input, as_input, head.reason if head else "")
    return EvaluationInput(tuple(to_evaluation_line(r) for r in project.lines), execution,
                           head.points if head else None, head.score if head else None,
                           printed_total=project.printed_total, printed_grade=project.printed_grade,
                           file=project.file, sheet=project.sheet, execution_row=head.row if head else None,
                           input_flags=flags)

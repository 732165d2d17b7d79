"""The report adapters read the database in a few set-based queries, however many projects are printed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select

from perfdesk.core.db import models as m
from perfdesk.core.services.report_kinds import evaluation, scope, targets
from perfdesk.core.services.selfeval_reports import selfeval_documents


@contextmanager
def counted(session: Any) -> Iterator[list[str]]:
    """The SQL statements the session's engine runs inside the block."""
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def queries(session: Any, read: Callable[[], Any]) -> tuple[int, Any]:
    with counted(session) as statements:
        result = read()
    return len(statements), result


def busiest_unit(session: Any) -> list[int]:
    """The unit with the most self-evaluations in 2025."""
    rows = session.execute(select(m.Project.unit_id).join(m.SelfEvaluation).join(m.BudgetYear)
                           .where(m.BudgetYear.year == 2025)).scalars().all()
    return [max(set(rows), key=rows.count)]


def test_a_unit_batch_of_self_evaluations_is_read_in_four_queries(demo_db):
    with demo_db.sessions() as s:
        unit = busiest_unit(s)
        n_unit, unit_docs = queries(s, lambda: selfeval_documents(s, year=2025, unit_ids=unit))
        n_year, year_docs = queries(s, lambda: selfeval_documents(s, year=2025))
    assert len(unit_docs) >= 2 and len(year_docs) > len(unit_docs)
    assert n_unit == n_year == 4  # evaluations, lines, fund splits, the annual goals of their targets


def test_the_fund_split_of_each_table_is_read_with_the_batch(demo_db):
    with demo_db.sessions() as s:
        docs = {d.project.code: d for d in selfeval_documents(s, year=2025)}
        funds = s.execute(select(m.Project.code, m.ProjectFund.source, m.ProjectFund.full_year_fen)
                          .join(m.ProjectFund).join(m.SelfEvaluation).join(m.BudgetYear)
                          .where(m.BudgetYear.year == 2025, m.SelfEvaluation.source != "import")).all()
    assert len({code for code, _s, _f in funds}) >= 10
    for code, source, fen in funds:  # the sources are named like the fields: fiscal_current, fiscal_carryover, other
        assert getattr(docs[code].funds, source).full_year.fen == fen, (code, source)


def test_a_limit_reads_only_the_first_tables_by_project_code(demo_db):
    with demo_db.sessions() as s:
        everything = selfeval_documents(s, year=2025)
        n, first = queries(s, lambda: selfeval_documents(s, year=2025, limit=4))
        lines = s.execute(select(m.SelfEvalLine.id).join(m.SelfEvaluation).join(m.Project).join(m.BudgetYear)
                          .where(m.BudgetYear.year == 2025)).all()
    assert first == everything[:4] and len(everything) > 4
    assert n == 4 and len(lines) > sum(len(d.lines) for d in first) + 4  # with the annual goals


def test_evaluation_reports_and_declarations_of_a_year_take_a_fixed_number_of_queries(demo_db):
    with demo_db.sessions() as s:
        where = scope(s, year=2025)
        n_reports, reports = queries(s, lambda: evaluation.reports(s, where))
        n_targets, (declarations, _warnings) = queries(s, lambda: targets.declarations(s, where))
    assert len(reports) >= 3 and len(declarations) >= 20
    assert n_reports <= 11 and n_targets <= 4

"""Shared steps of the key-evaluation tests: a demo project of 2025 without a key evaluation, a unit of work."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork

NOW = dt.datetime(2026, 5, 20, 9, 0)
WAN = 1_000_000  # fen per 万元


def work(db) -> UnitOfWork:  # type: ignore[no-untyped-def]
    return UnitOfWork(db.sessions, user="评价科", now=NOW)


def free_project(db) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """(code, full-year budget in fen) of a 2025 project with no key evaluation."""
    with db.sessions() as s:
        taken = select(m.KeyEvaluation.project_id).where(m.KeyEvaluation.project_id.is_not(None))
        row = s.execute(select(m.Project.code, m.Project.full_year_budget_fen)
                        .join(m.BudgetYear, m.BudgetYear.id == m.Project.year_id)
                        .where(m.BudgetYear.year == 2025, m.Project.id.not_in(taken))
                        .order_by(m.Project.code)).first()
    return row[0], row[1]


def count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def fill_figures(db, evaluation_id: int) -> None:  # type: ignore[no-untyped-def]
    """Money 500/480/450 万元, outputs 95 of 100 with 90 up to standard, cost 90 of 100, every hand line full
    except 完成及时性 (6 of 8), satisfaction 88%."""
    from perfdesk.core.services import keyeval

    with work(db) as uow:
        keyeval.update_evaluation(uow, evaluation_id, budget_fen=500 * WAN, arrived_fen=480 * WAN, spent_fen=450 * WAN)
    with db.sessions() as s:
        lines = [(ln.id, ln.formula, ln.level3, ln.points) for ln in
                 s.get(m.KeyEvaluation, evaluation_id).lines]
    figures = {"completion": (Decimal(95), Decimal(100)), "quality": (Decimal(90), Decimal(95)),
               "cost_saving": (Decimal(90), Decimal(100)), "satisfaction": (Decimal(88), None)}
    for line_id, formula, name, points in lines:
        with work(db) as uow:
            if formula in figures:
                num, den = figures[formula]
                keyeval.update_line(uow, evaluation_id, line_id, numerator=num, denominator=den)
            elif not formula:
                score = Decimal(6) if name == "完成及时性" else points
                keyeval.update_line(uow, evaluation_id, line_id, score=score,
                                    deduction_reason="延迟一个月完成" if score < points else "")

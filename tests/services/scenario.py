"""Hand-built ranking scenarios written straight into a migrated database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from perfdesk.core.db import models as m
from perfdesk.core.db.engine import Database
from perfdesk.core.domain.money import Money

NOW = dt.datetime(2025, 6, 30, 9, 0)


@dataclass(frozen=True)
class P:
    """A project: code, score (None = unscored), budget in 万元, fund origin, department, key evaluation kind."""

    code: str
    score: str | None
    budget: str = "100"
    origin: str = "own_level"
    department: str = "县教育局"
    key: str = ""  # key_single / key_comprehensive: scored by a key evaluation instead
    status: str = "approved"  # the self-evaluation's ReviewStatus
    kind: str = "project"  # project or policy


def build(db: Database, projects: Iterable[P], year: int = 2025) -> dict[str, int]:
    """Write the year, the departments and the projects with their scores; returns code → project id."""
    ids: dict[str, int] = {}
    with db.sessions() as s:
        y = m.BudgetYear(year=year)
        s.add(y)
        s.flush()
        depts: dict[str, m.Unit] = {}
        for p in projects:
            dept = depts.get(p.department)
            if dept is None:
                dept = depts[p.department] = m.Unit(code=f"D{len(depts) + 1:03d}", name=p.department, kind="department")
                s.add(dept)
                s.flush()
            budget = Money.wan(p.budget).fen
            proj = m.Project(year_id=y.id, code=p.code, name=f"项目{p.code}", unit_id=dept.id, department_id=dept.id,
                             fund_origin=p.origin, initial_budget_fen=budget, full_year_budget_fen=budget, kind=p.kind)
            s.add(proj)
            s.flush()
            ids[p.code] = proj.id
            if p.key and p.score is not None:
                s.add(m.KeyEvaluation(year_id=y.id, project_id=proj.id, title=f"重点评价{p.code}", category=p.key,
                                      score=Decimal(p.score)))
            elif p.score is not None:
                s.add(m.SelfEvaluation(project_id=proj.id, total_final=Decimal(p.score), status=p.status))
        s.commit()
    return ids


def category(n: int, prefix: str = "P", *, department: str = "县教育局", budget: str = "100",
             scores: list[str] | None = None) -> list[P]:
    scores = scores or [str(100 - i) for i in range(n)]
    return [P(f"{prefix}{i + 1:02d}", s, budget, department=department) for i, s in enumerate(scores)]


def set_score(db: Database, project_id: int, score: str) -> None:
    with db.sessions() as s:
        ev = s.query(m.SelfEvaluation).filter_by(project_id=project_id).one()
        ev.total_final = Decimal(score)
        s.commit()

"""Read queries behind the home page and the leadership brief: counts grouped in SQL, one query per figure.

Every query takes the budget year's id (and, where the home page narrows to a unit subtree, the unit ids);
grouping happens in SQL so no per-project loop runs in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased

from perfdesk.core.db import models as m

Dept = aliased(m.Unit)
Owner = aliased(m.Unit)
P = m.Project


def _ones(condition: Any) -> Any:
    """1 where ``condition`` holds, else 0 (summed to count; works on SQLite and PostgreSQL alike)."""
    return case((condition, 1), else_=0)


def _units(stmt: Select, unit_ids: Iterable[int] | None) -> Select:
    return stmt if unit_ids is None else stmt.where(P.unit_id.in_(sorted(unit_ids)))


def project_count(session: Session, year_id: int, unit_ids: Iterable[int] | None = None) -> int:
    return session.scalar(_units(select(func.count(P.id)).where(P.year_id == year_id), unit_ids)) or 0


def target_status_by_department(session: Session, year_id: int, unit_ids: Iterable[int] | None = None
                                ) -> list[tuple[str, str, str, int]]:
    """(department code, department name, status of the current target or '' when none, projects), grouped
    in SQL; the department is the project's supervising department, else its own unit."""
    t = m.PerformanceTarget
    code = func.coalesce(Dept.code, Owner.code)
    name = func.coalesce(Dept.name, Owner.name)
    status = func.coalesce(t.status, "")
    stmt = (select(code, name, status, func.count(P.id)).select_from(P)
            .join(Owner, Owner.id == P.unit_id).outerjoin(Dept, Dept.id == P.department_id)
            .outerjoin(t, (t.project_id == P.id) & t.is_current.is_(True))
            .where(P.year_id == year_id).group_by(code, name, status).order_by(code))
    return [tuple(row) for row in session.execute(_units(stmt, unit_ids))]  # type: ignore[misc]


def self_evaluation_counts(session: Session, year_id: int, unit_ids: Iterable[int] | None = None
                           ) -> list[tuple[str, str, int]]:
    """(status, grade, evaluations) of the year's self-evaluations."""
    e = m.SelfEvaluation
    stmt = (select(e.status, e.grade, func.count(e.id)).join(P, P.id == e.project_id)
            .where(P.year_id == year_id).group_by(e.status, e.grade))
    return [tuple(row) for row in session.execute(_units(stmt, unit_ids))]  # type: ignore[misc]


def latest_spot_check(session: Session, year_id: int) -> tuple[int, dt.datetime] | None:
    row = session.execute(select(m.SpotCheck.id, m.SpotCheck.created_at).where(m.SpotCheck.year_id == year_id)
                          .order_by(m.SpotCheck.id.desc()).limit(1)).first()
    return None if row is None else (row[0], row[1])


def spot_check_items(session: Session, spot_check_id: int) -> tuple[int, int, int]:
    """(items drawn, reviewed, reviewed with a score different from the self-evaluation's)."""
    i = m.SpotCheckItem
    reviewed = i.review_total.is_not(None)
    differs = reviewed & (i.review_total != m.SelfEvaluation.total_final)
    stmt = (select(func.count(i.id), func.count(i.review_total),
                   func.coalesce(func.sum(_ones(differs)), 0))
            .join(m.SelfEvaluation, m.SelfEvaluation.id == i.evaluation_id).where(i.spot_check_id == spot_check_id))
    row = session.execute(stmt).one()
    return int(row[0]), int(row[1]), int(row[2])


def latest_ranking_run(session: Session, year_id: int) -> dict[str, Any] | None:
    r = m.RankingRun
    row = session.execute(select(r.id, r.version, r.status, r.created_at, r.confirmed_at).where(r.year_id == year_id)
                          .order_by(r.version.desc()).limit(1)).first()
    return None if row is None else dict(row._mapping)


def ranking_decisions(session: Session, run_id: int) -> list[tuple[str, int, int, int]]:
    """(decision, entries, budget in fen, cut in fen) of a ranking run."""
    e = m.RankingEntry
    stmt = (select(e.decision, func.count(e.id), func.coalesce(func.sum(e.budget_fen), 0),
                   func.coalesce(func.sum(e.cut_fen), 0)).where(e.run_id == run_id).group_by(e.decision))
    return [tuple(row) for row in session.execute(stmt)]  # type: ignore[misc]


def ledger_counts(session: Session, year_id: int, on: dt.date, unit_ids: Iterable[int] | None = None
                  ) -> tuple[int, int, int]:
    """(items not closed, of them past their deadline on ``on``, closed) of the year's rectification ledger."""
    i = m.RectificationItem
    not_closed = i.status != "closed"
    late = not_closed & i.deadline.is_not(None) & (i.deadline < on)
    stmt = select(func.coalesce(func.sum(_ones(not_closed)), 0),
                  func.coalesce(func.sum(_ones(late)), 0),
                  func.coalesce(func.sum(_ones(~not_closed)), 0)).where(i.year_id == year_id)
    if unit_ids is not None:
        stmt = stmt.where(i.unit_id.in_(sorted(unit_ids)))
    row = session.execute(stmt).one()
    return int(row[0]), int(row[1]), int(row[2])


def open_key_monitoring(session: Session, round_id: int) -> int:
    """Key-monitoring items of a round with no measure recorded yet."""
    k = m.KeyMonitoringItem
    return session.scalar(select(func.count(k.id)).where(k.round_id == round_id, k.measure == "")) or 0

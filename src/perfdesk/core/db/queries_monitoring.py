"""Read queries of in-year monitoring: rounds, the stored execution snapshot, indicator progress, key items.

SQL straight into plain rows (no ORM objects), as :mod:`perfdesk.core.db.queries`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from perfdesk.core.db import driver
from perfdesk.core.db import models as m

_LIKELIHOOD_RANK = {"certain": 0, "possible": 1, "impossible": 2}


@dataclass(frozen=True)
class RoundRow:
    id: int
    year: int
    as_of: dt.date
    name: str
    source_file: str
    created_at: dt.datetime
    created_by: str
    params: dict[str, Any] | None
    rows: int


@dataclass(frozen=True)
class ExecutionRowView:
    """One stored execution row with what the warning list shows beside it."""

    execution_id: int
    project_id: int | None
    code: str
    name: str
    unit_id: int | None
    unit_code: str
    unit_name: str
    sector: str
    budget_fen: int
    spent_fen: int
    initial_fen: int | None
    expected_full_year_fen: int | None


def rounds(session: Session, year: int | None = None, round_id: int | None = None) -> list[RoundRow]:
    """Rounds newest first (by as-of date, then creation), of one budget year or all (or the one round asked for)."""
    counted = select(m.MonitoringExecution.round_id, func.count().label("n"))
    if round_id is not None:  # count only its rows: a city database holds rounds of 24,000 rows each
        counted = counted.where(m.MonitoringExecution.round_id == round_id)
    counts = counted.group_by(m.MonitoringExecution.round_id).subquery()
    stmt = (select(m.MonitoringRound.id, m.BudgetYear.year, m.MonitoringRound.as_of, m.MonitoringRound.name,
                   m.MonitoringRound.source_file, m.MonitoringRound.created_at, m.MonitoringRound.created_by,
                   m.MonitoringRound.params, func.coalesce(counts.c.n, 0))
            .join(m.BudgetYear, m.BudgetYear.id == m.MonitoringRound.year_id)
            .outerjoin(counts, counts.c.round_id == m.MonitoringRound.id)
            .order_by(m.MonitoringRound.as_of.desc(), m.MonitoringRound.created_at.desc(), m.MonitoringRound.id.desc()))
    if year is not None:
        stmt = stmt.where(m.BudgetYear.year == year)
    if round_id is not None:
        stmt = stmt.where(m.MonitoringRound.id == round_id)
    return [RoundRow(*row) for row in session.execute(stmt)]


def round_row(session: Session, round_id: int) -> RoundRow | None:
    found = rounds(session, round_id=round_id)
    return found[0] if found else None


ProjectUnit = aliased(m.Unit)
AgencyUnit = aliased(m.Unit)


def executions(session: Session, round_id: int, unit_ids: frozenset[int] | None = None) -> list[ExecutionRowView]:
    """The stored snapshot of a round in project-code order; rows without a project take their unit from the
    file's AGENCY_CODE when it names a known unit."""
    return [ExecutionRowView(*row) for row in execution_tuples(session, round_id, unit_ids)]


def execution_tuples(session: Session, round_id: int, unit_ids: frozenset[int] | None = None) -> list[tuple[Any, ...]]:
    """:func:`executions` as plain tuples in :class:`ExecutionRowView` field order (the warnings of 24,000
    projects read them without building an object per row)."""
    e, p = m.MonitoringExecution, m.Project
    stmt = (select(e.id, e.project_id, func.coalesce(p.code, e.project_code),
                   func.coalesce(p.name, e.project_name), func.coalesce(ProjectUnit.id, AgencyUnit.id),
                   func.coalesce(ProjectUnit.code, AgencyUnit.code, e.agency_code),
                   func.coalesce(ProjectUnit.name, AgencyUnit.name, ""), func.coalesce(p.sector, ""),
                   e.budget_fen, e.spent_fen, p.initial_budget_fen, e.expected_full_year_fen)
            .select_from(e)
            .outerjoin(p, p.id == e.project_id)
            .outerjoin(ProjectUnit, ProjectUnit.id == p.unit_id)
            .outerjoin(AgencyUnit, and_(e.project_id.is_(None), AgencyUnit.code == e.agency_code))
            .where(e.round_id == round_id))
    rows = driver.rows(session, stmt)  # integers and text only: nothing for SQLAlchemy to convert
    if unit_ids is not None:
        rows = [r for r in rows if r[4] in unit_ids]
    rows.sort(key=_CODE_THEN_ID)  # as ORDER BY code, id would (binary collation: code point order), at a
    return rows  # tenth of the cost of SQLite's sorter on wide rows


_CODE_THEN_ID = itemgetter(2, 0)


def worst_likelihoods(session: Session, round_id: int) -> dict[int, str]:
    """Per project, the worst likelihood its indicators reported in the round (impossible > possible > certain)."""
    stmt = (select(m.PerformanceTarget.project_id, m.IndicatorProgress.likelihood)
            .join(m.TargetIndicator, m.TargetIndicator.id == m.IndicatorProgress.indicator_id)
            .join(m.PerformanceTarget, m.PerformanceTarget.id == m.TargetIndicator.target_id)
            .where(m.IndicatorProgress.round_id == round_id, m.IndicatorProgress.likelihood != ""))
    worst: dict[int, str] = {}
    for project_id, likelihood in session.execute(stmt):
        if _LIKELIHOOD_RANK.get(likelihood, -1) > _LIKELIHOOD_RANK.get(worst.get(project_id, ""), -1):
            worst[project_id] = likelihood
    return worst


def flagged_before(session: Session, round_id: int) -> set[int]:
    """Projects put under key monitoring in an earlier round of the same budget year."""
    this = session.get(m.MonitoringRound, round_id)
    if this is None:
        return set()
    earlier = (select(m.MonitoringRound.id)
               .where(m.MonitoringRound.year_id == this.year_id, m.MonitoringRound.id != round_id,
                      (m.MonitoringRound.as_of < this.as_of)
                      | and_(m.MonitoringRound.as_of == this.as_of, m.MonitoringRound.id < round_id)))
    stmt = select(m.KeyMonitoringItem.project_id).where(m.KeyMonitoringItem.round_id.in_(earlier))
    return set(session.scalars(stmt))


@dataclass(frozen=True)
class IndicatorProgressRow:
    indicator_id: int
    sort_order: int
    level1: str
    level2: str
    name: str
    target_text: str
    unit: str
    progress_text: str
    progress_num: Decimal | None
    expected_text: str
    expected_num: Decimal | None
    deviation_category: str
    deviation_reason: str
    likelihood: str
    remark: str
    entered: bool  # a progress row exists for this indicator in the round
    row_version: int | None = None  # of that row, for the save to check that nobody saved it since


def indicator_progress(session: Session, round_id: int, project_id: int) -> list[IndicatorProgressRow]:
    """The project's current annual indicators with the progress entered for them in the round (blank if none)."""
    ind, ip, t = m.TargetIndicator, m.IndicatorProgress, m.PerformanceTarget
    stmt = (select(ind.id, ind.sort_order, ind.level1, ind.level2, ind.name, ind.value_text, ind.unit,
                   func.coalesce(ip.progress_text, ""), ip.progress_num, func.coalesce(ip.expected_text, ""),
                   ip.expected_num, func.coalesce(ip.deviation_category, ""), func.coalesce(ip.deviation_reason, ""),
                   func.coalesce(ip.likelihood, ""), func.coalesce(ip.remark, ""), ip.id.is_not(None),
                   ip.row_version)
            .join(t, t.id == ind.target_id)
            .outerjoin(ip, and_(ip.indicator_id == ind.id, ip.round_id == round_id))
            .where(t.project_id == project_id, t.is_current.is_(True), ind.part == "annual")
            .order_by(ind.sort_order, ind.id))
    return [IndicatorProgressRow(*row[:-2], bool(row[-2]), row[-1]) for row in session.execute(stmt)]


@dataclass(frozen=True)
class KeyItemRow:
    id: int
    project_id: int
    code: str
    name: str
    unit_name: str
    selected_by: str
    reason: str
    measure: str
    measure_note: str
    withdrawn_fen: int | None
    follow_up: str
    status: str


def key_items(session: Session, round_id: int) -> list[KeyItemRow]:
    k, p = m.KeyMonitoringItem, m.Project
    stmt = (select(k.id, k.project_id, p.code, p.name, m.Unit.name, k.selected_by, k.reason, k.measure,
                   k.measure_note, k.withdrawn_fen, k.follow_up, k.status)
            .join(p, p.id == k.project_id).join(m.Unit, m.Unit.id == p.unit_id)
            .where(k.round_id == round_id).order_by(p.code, k.id))
    return [KeyItemRow(*row) for row in session.execute(stmt)]


def project_codes(session: Session, year_id: int) -> dict[str, int]:
    """Code → id of the projects of a budget year (24,000 of them for an import of a city's export)."""
    return dict(driver.rows(session, f"SELECT code, id FROM {m.Project.__tablename__} WHERE year_id = ?", (year_id,)))


def project_header(session: Session, project_id: int) -> dict[str, Any]:
    """What the header of the monitoring table prints: names, codes, goal and money by fund source."""
    p = session.get(m.Project, project_id)
    if p is None:
        return {}
    target = next((t for t in p.targets if t.is_current), None)
    funds = {f.source: (f.initial_fen, f.full_year_fen) for f in p.funds}
    dept = p.department or p.unit
    return {"id": p.id, "code": p.code, "name": p.name, "year": p.year.year, "unit": p.unit.name,
            "unit_code": p.unit.code, "department": dept.name, "department_code": dept.code,
            "initial": p.initial_budget_fen, "full_year": p.full_year_budget_fen, "funds": funds,
            "annual_goal": target.annual_goal if target else ""}

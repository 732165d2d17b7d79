"""Read queries for big grids and lists: SQL straight into plain rows (no ORM objects)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Float, Select, and_, cast, func, or_, select
from sqlalchemy.orm import Session, aliased

from perfdesk.core.db import models as m
from perfdesk.core.domain.ordering import natural_key


@dataclass(frozen=True)
class UnitNode:
    id: int
    code: str
    name: str
    kind: str
    parent_id: int | None
    active: bool = True


def years(session: Session) -> list[int]:
    return list(session.scalars(select(m.BudgetYear.year).order_by(m.BudgetYear.year.desc())))


def year_id(session: Session, year: int) -> int | None:
    return session.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == year))


def units(session: Session) -> list[UnitNode]:
    """Every unit, by its sort order and then its code in natural order (unit 2 before unit 10)."""
    rows = session.execute(select(m.Unit.sort_order, m.Unit.id, m.Unit.code, m.Unit.name, m.Unit.kind,
                                  m.Unit.parent_id, m.Unit.active)).all()
    rows.sort(key=lambda r: (r[0] or 0, natural_key(r[2])))
    return [UnitNode(*row[1:]) for row in rows]


def subtree_ids(nodes: Iterable[UnitNode], root: int) -> set[int]:
    children: dict[int | None, list[int]] = {}
    for n in nodes:
        children.setdefault(n.parent_id, []).append(n.id)
    out, stack = set(), [root]
    while stack:
        current = stack.pop()
        out.add(current)
        stack.extend(children.get(current, []))
    return out


@dataclass(frozen=True)
class ProjectFilter:
    year: int | None = None
    unit_ids: frozenset[int] | None = None
    text: str = ""
    sector: str = ""


SelfEval = aliased(m.SelfEvaluation)
Target = aliased(m.PerformanceTarget)
UnitA = aliased(m.Unit)

PROJECT_COLUMNS: dict[str, Any] = {
    "code": m.Project.code,
    "name": m.Project.name,
    "unit": UnitA.name,
    "sector": m.Project.sector,
    "fund_origin": m.Project.fund_origin,
    "budget": m.Project.full_year_budget_fen,
    "spent": m.Project.spent_fen,
    "target_status": Target.status,
    "score": SelfEval.total_final,
    "retired": m.Project.retired,  # not a column of its own: the list shows a retired project in grey
}


def _project_select(columns: Sequence[Any]) -> Select:
    return (select(*columns).select_from(m.Project)
            .join(m.BudgetYear, m.BudgetYear.id == m.Project.year_id)
            .join(UnitA, UnitA.id == m.Project.unit_id)
            .outerjoin(Target, and_(Target.project_id == m.Project.id, Target.is_current.is_(True)))
            .outerjoin(SelfEval, SelfEval.project_id == m.Project.id))


def _apply_filter(stmt: Select, flt: ProjectFilter) -> Select:
    if flt.year is not None:
        stmt = stmt.where(m.BudgetYear.year == flt.year)
    if flt.unit_ids is not None:
        stmt = stmt.where(m.Project.unit_id.in_(flt.unit_ids))
    if flt.sector:
        stmt = stmt.where(m.Project.sector == flt.sector)
    text = flt.text.strip()
    if text:
        like = f"%{text}%"
        stmt = stmt.where(or_(m.Project.code.ilike(like), m.Project.name.ilike(like)))
    return stmt


def project_ids(session: Session, flt: ProjectFilter, sort: str = "code", descending: bool = False) -> list[int]:
    """Ids of the matching projects in display order (sorting and filtering in SQL)."""
    key = PROJECT_COLUMNS.get(sort, m.Project.code)
    if sort == "score":  # exact decimals are text on SQLite: order by their numeric value (ordering only)
        key = func.coalesce(cast(key, Float), -1)
    order = key.desc() if descending else key.asc()
    stmt = _apply_filter(_project_select([m.Project.id]), flt).order_by(order, m.Project.id)
    return list(session.scalars(stmt))


def project_rows(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Display rows for the given project ids."""
    cols = [m.Project.id, *(c.label(name) for name, c in PROJECT_COLUMNS.items())]
    stmt = _project_select(cols).where(m.Project.id.in_(list(ids)))
    return {row.id: dict(row._mapping) for row in session.execute(stmt)}


def project_detail(session: Session, project_id: int) -> dict[str, Any]:
    p = session.get(m.Project, project_id)
    if p is None:
        return {}
    dept = p.department.name if p.department else ""
    target = next((t for t in p.targets if t.is_current), None)
    indicators = [] if target is None else [
        {"level1": i.level1, "level2": i.level2, "name": i.name, "value": i.value_text, "weight": i.weight}
        for i in target.indicators]
    funds = {f.source: (f.initial_fen, f.full_year_fen, f.spent_fen) for f in p.funds}
    return {"id": p.id, "code": p.code, "name": p.name, "year": p.year.year, "unit": p.unit.name,
            "department": dept, "sector": p.sector, "budget_type": p.budget_type, "fund_origin": p.fund_origin,
            "attribute": p.attribute, "initial": p.initial_budget_fen, "full_year": p.full_year_budget_fen,
            "spent": p.spent_fen, "funds": funds, "target_status": target.status if target else "",
            "annual_goal": target.annual_goal if target else "", "indicators": indicators}

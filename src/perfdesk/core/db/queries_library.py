"""Read queries of the indicator library (指标库): filtered entries as plain rows, with derived usage counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_targets as qt

L = m.LibraryIndicator
COMMON_SECTOR = "general"  # shipped common (共性) rows carry this sector code

ENTRY_COLUMNS = (L.id, L.scope, L.sector, L.project_type, L.level1, L.level2, L.name, L.comparison, L.typical_value,
                 L.unit, L.value_basis, L.measurement, L.source, L.department_code, L.year_from, L.year_to, L.active)


@dataclass(frozen=True)
class LibraryFilter:
    """What to show. ``words`` match the name or the measurement note (every word must match); ``year`` keeps
    entries valid in that budget year; ``with_common`` adds 共性 entries to a sector filter (the picker)."""

    words: str = ""
    sector: str = ""
    scope: str = ""
    level1: str = ""
    level2: str = ""
    year: int | None = None
    with_common: bool = False
    include_inactive: bool = False
    limit: int | None = None


def valid_in(year: int) -> Any:
    return and_(or_(L.year_from.is_(None), L.year_from <= year), or_(L.year_to.is_(None), L.year_to >= year))


def _where(flt: LibraryFilter) -> list[Any]:
    conds: list[Any] = [] if flt.include_inactive else [L.active.is_(True)]
    for word in flt.words.split():
        pattern = f"%{word}%"
        conds.append(or_(L.name.ilike(pattern), L.measurement.ilike(pattern)))
    if flt.sector:
        sector = L.sector == flt.sector
        conds.append(or_(sector, L.scope == "common", L.sector == COMMON_SECTOR) if flt.with_common else sector)
    if flt.scope:
        conds.append(L.scope == flt.scope)
    if flt.level1:
        conds.append(L.level1 == flt.level1)
    if flt.level2:
        conds.append(L.level2 == flt.level2)
    if flt.year is not None:
        conds.append(valid_in(flt.year))
    return conds


def entries(session: Session, flt: LibraryFilter = LibraryFilter()) -> list[dict[str, Any]]:
    """Matching entries (sector, then tree order, then id), each with ``uses``: target indicators pointing at it."""
    stmt = select(*ENTRY_COLUMNS).where(*_where(flt)).order_by(L.sector, L.level1, L.level2, L.id)
    if flt.limit:
        stmt = stmt.limit(flt.limit)
    rows = [dict(r._mapping) for r in session.execute(stmt)]
    uses = qt.usage_counts(session, [r["id"] for r in rows]) if len(rows) <= qt.CHUNK else qt.usage_counts(session)
    for row in rows:
        row["uses"] = uses.get(row["id"], 0)
    return rows


def entry(session: Session, entry_id: int) -> dict[str, Any] | None:
    row = session.execute(select(*ENTRY_COLUMNS).where(L.id == entry_id)).first()
    if row is None:
        return None
    out = dict(row._mapping)
    out["uses"] = qt.usage_counts(session, [entry_id]).get(entry_id, 0)
    out["years_used"] = used_years(session, entry_id)
    return out


def used_years(session: Session, entry_id: int) -> list[int]:
    """Budget years of the targets that use the entry."""
    stmt = (select(m.BudgetYear.year).distinct()
            .join(m.Project, m.Project.year_id == m.BudgetYear.id)
            .join(m.PerformanceTarget, m.PerformanceTarget.project_id == m.Project.id)
            .join(m.TargetIndicator, m.TargetIndicator.target_id == m.PerformanceTarget.id)
            .where(m.TargetIndicator.library_id == entry_id).order_by(m.BudgetYear.year))
    return list(session.scalars(stmt))


def uses_from_year(session: Session, entry_id: int, year: int) -> list[int]:
    """Ids of target indicators of budget year ``year`` or later that use the entry."""
    stmt = (select(m.TargetIndicator.id)
            .join(m.PerformanceTarget, m.PerformanceTarget.id == m.TargetIndicator.target_id)
            .join(m.Project, m.Project.id == m.PerformanceTarget.project_id)
            .join(m.BudgetYear, m.BudgetYear.id == m.Project.year_id)
            .where(m.TargetIndicator.library_id == entry_id, m.BudgetYear.year >= year))
    return list(session.scalars(stmt))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(L)) or 0


def distinct_values(session: Session, column: str) -> list[str]:
    col = getattr(L, column)
    return [v for v in session.scalars(select(col).distinct().where(col != "").order_by(col))]


def keys(session: Session) -> list[dict[str, Any]]:
    """Every active entry's identity and content, for duplicate detection on import."""
    return [dict(r._mapping) for r in session.execute(select(*ENTRY_COLUMNS).where(L.active.is_(True)))]


def project_sector_year(session: Session, project_id: int) -> tuple[str, int | None]:
    """The project's sector and budget year: what the target editor's library picker filters on."""
    row = session.execute(select(m.Project.sector, m.BudgetYear.year).join(m.BudgetYear, m.BudgetYear.id == m.Project.year_id)
                          .where(m.Project.id == project_id)).first()
    return (row.sector or "", row.year) if row else ("", None)

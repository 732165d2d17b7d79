"""Read queries of the targets area: plain rows for checks, grids, the review queue and exports."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import String, and_, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from perfdesk.core.db import driver
from perfdesk.core.db import models as m
from perfdesk.core.db.types import ExactDecimals
from perfdesk.core.domain.ordering import natural_key

CHUNK = 900
Dept = aliased(m.Unit)

TARGET_COLUMNS = (m.PerformanceTarget.id.label("target_id"), m.PerformanceTarget.status,
                  m.PerformanceTarget.version, m.PerformanceTarget.row_version, m.PerformanceTarget.annual_goal, m.PerformanceTarget.medium_goal,
                  m.PerformanceTarget.medium_period, m.PerformanceTarget.medium_total_fen,
                  m.PerformanceTarget.medium_fiscal_fen, m.PerformanceTarget.medium_other_fen,
                  m.PerformanceTarget.filled_by, m.PerformanceTarget.phone, m.PerformanceTarget.filled_on,
                  m.Project.id.label("project_id"), m.Project.code, m.Project.name, m.Project.previous_id,
                  m.Project.negative_externality, m.Project.attribute, m.Project.period_start,
                  m.Project.period_end, m.Project.initial_budget_fen, m.Project.full_year_budget_fen,
                  m.BudgetYear.year, m.Unit.id.label("unit_id"), m.Unit.code.label("unit_code"),
                  m.Unit.name.label("unit_name"), Dept.code.label("dept_code"), Dept.name.label("dept_name"))

INDICATOR_COLUMNS = (m.TargetIndicator.id, m.TargetIndicator.target_id, m.TargetIndicator.part,
                     m.TargetIndicator.sort_order, m.TargetIndicator.level1, m.TargetIndicator.level2,
                     m.TargetIndicator.name, m.TargetIndicator.comparison, m.TargetIndicator.value_text,
                     m.TargetIndicator.value_num, m.TargetIndicator.unit, m.TargetIndicator.weight,
                     m.TargetIndicator.value_basis, m.TargetIndicator.library_id, m.TargetIndicator.note)


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def current_targets(session: Session, *, year: int | None = None, unit_ids: frozenset[int] | None = None,
                    project_ids: Sequence[int] | None = None, status: str | None = None) -> list[dict[str, Any]]:
    """The current target version of each matching project, with its project, unit and department."""
    stmt = (select(*TARGET_COLUMNS).select_from(m.PerformanceTarget)
            .join(m.Project, m.Project.id == m.PerformanceTarget.project_id)
            .join(m.BudgetYear, m.BudgetYear.id == m.Project.year_id)
            .join(m.Unit, m.Unit.id == m.Project.unit_id)
            .outerjoin(Dept, Dept.id == m.Project.department_id)
            .where(m.PerformanceTarget.is_current.is_(True)).order_by(m.Unit.code, m.Project.code))
    if year is not None:
        stmt = stmt.where(m.BudgetYear.year == year)
    if unit_ids is not None:
        stmt = stmt.where(m.Project.unit_id.in_(unit_ids))
    if status is not None:
        stmt = stmt.where(m.PerformanceTarget.status == status)
    if project_ids is not None:
        out: list[dict[str, Any]] = []
        for part in chunks(list(project_ids)):
            out += _dicts(session.execute(stmt.where(m.Project.id.in_(part))))
        return _by_codes(out)
    return _by_codes(_dicts(session.execute(stmt)))


def _by_codes(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """By unit code, then project code, in natural order (unit 2 before unit 10)."""
    return sorted(rows, key=lambda r: (natural_key(r["unit_code"]), natural_key(r["code"])))


def _dicts(result: Any) -> list[dict[str, Any]]:
    """A result's rows as dicts (zip is much cheaper than Row._mapping for thousands of rows)."""
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result]


def indicators_of(session: Session, target_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """Per target, its indicators as rows of :data:`INDICATOR_COLUMNS` (decimals as :class:`ExactDecimals`
    gives them: each distinct stored text converted once)."""
    out: dict[int, list[dict[str, Any]]] = {tid: [] for tid in target_ids}
    decimals = {"value_num", "weight"}
    columns = [type_coerce(c, String).label(c.key) if c.key in decimals else c for c in INDICATOR_COLUMNS]
    keys = [c.key for c in INDICATOR_COLUMNS]
    exact = ExactDecimals()
    t = m.TargetIndicator
    for part in chunks(list(target_ids)):
        stmt = (select(*columns).where(t.target_id.in_(part))
                .order_by(t.target_id, t.part.desc(), t.sort_order, t.id))
        for values in driver.rows(session, stmt):  # plain tuples: no per-row processing by SQLAlchemy
            row = dict(zip(keys, values, strict=True))
            row["value_num"], row["weight"] = exact(row["value_num"]), exact(row["weight"])
            out[row["target_id"]].append(row)
    return out


CHECK_COLUMNS = ("level1", "level2", "name", "comparison", "value_text", "value_num", "unit", "weight",
                 "value_basis", "part")  # the order of rules.target_checks.IndicatorFacts


def check_indicators(session: Session, target_ids: Sequence[int]) -> dict[int, list[tuple[Any, ...]]]:
    """Per target, what the quality checks read of its indicators (:data:`CHECK_COLUMNS`), in the order of
    :func:`indicators_of`. Decimals are read as their stored text and each distinct text converted once: this
    is the read behind checking a whole city's targets."""
    t = m.TargetIndicator
    raw = {"value_num": type_coerce(t.value_num, String), "weight": type_coerce(t.weight, String)}
    columns = [raw.get(name, getattr(t, name)) for name in CHECK_COLUMNS]
    exact = ExactDecimals()
    out: dict[int, list[tuple[Any, ...]]] = {tid: [] for tid in target_ids}
    conn = session.connection()  # Core rows: the ORM's per-row handling is not needed for plain columns
    for part in chunks(list(target_ids)):
        stmt = (select(t.target_id, *columns).where(t.target_id.in_(part))
                .order_by(t.target_id, t.part.desc(), t.sort_order, t.id))
        for tid, l1, l2, name, comparison, text, num, unit, weight, basis, ind_part in conn.execute(stmt):
            out[tid].append((l1, l2, name, comparison, text, exact(num), unit, exact(weight), basis, ind_part))
    return out


def last_year_actuals(session: Session, previous_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """{previous project id: {indicator name: actual number}} from last year's self-evaluations."""
    out: dict[int, dict[str, Any]] = {}
    exact = ExactDecimals()
    for part in chunks(list(previous_ids)):
        stmt = (select(m.SelfEvaluation.project_id, m.SelfEvalLine.name, type_coerce(m.SelfEvalLine.actual_num, String))
                .join(m.SelfEvalLine, m.SelfEvalLine.evaluation_id == m.SelfEvaluation.id)
                .where(m.SelfEvaluation.project_id.in_(part), m.SelfEvalLine.kind == "indicator",
                       m.SelfEvalLine.actual_num.is_not(None)))
        for pid, name, actual in driver.rows(session, stmt):  # fetched at once: tens of thousands of rows
            out.setdefault(pid, {})[name] = exact(actual)
    return out


def project_by_code(session: Session, year: int) -> dict[str, dict[str, Any]]:
    stmt = (select(m.Project.id, m.Project.code, m.Project.name, m.Project.sector, m.PerformanceTarget.id.label("target_id"),
                   m.PerformanceTarget.status, m.Project.negative_externality, m.Project.previous_id,
                   m.BudgetYear.year, m.Unit.code.label("unit_code"), m.Unit.name.label("unit_name"))
            .join(m.BudgetYear, m.BudgetYear.id == m.Project.year_id)
            .join(m.Unit, m.Unit.id == m.Project.unit_id)
            .outerjoin(m.PerformanceTarget, and_(m.PerformanceTarget.project_id == m.Project.id,
                                                 m.PerformanceTarget.is_current.is_(True)))
            .where(m.BudgetYear.year == year))
    return {row["code"]: row for row in _dicts(session.execute(stmt))}


def versions(session: Session, project_id: int) -> list[dict[str, Any]]:
    stmt = (select(m.PerformanceTarget.id, m.PerformanceTarget.version, m.PerformanceTarget.status,
                   m.PerformanceTarget.is_current, m.PerformanceTarget.adjustment_reason,
                   m.PerformanceTarget.replaces_id)
            .where(m.PerformanceTarget.project_id == project_id).order_by(m.PerformanceTarget.version))
    return [dict(r._mapping) for r in session.execute(stmt)]


def reviews(session: Session, project_id: int) -> list[dict[str, Any]]:
    stmt = (select(m.TargetReview.at, m.TargetReview.user, m.TargetReview.from_status, m.TargetReview.to_status,
                   m.TargetReview.comment, m.PerformanceTarget.version)
            .join(m.PerformanceTarget, m.PerformanceTarget.id == m.TargetReview.target_id)
            .where(m.PerformanceTarget.project_id == project_id).order_by(m.TargetReview.at, m.TargetReview.id))
    return [dict(r._mapping) for r in session.execute(stmt)]


def usage_counts(session: Session, library_ids: Sequence[int] | None = None) -> dict[int, int]:
    """How many target indicators use each library entry (derived, never stored)."""
    stmt = (select(m.TargetIndicator.library_id, func.count()).where(m.TargetIndicator.library_id.is_not(None))
            .group_by(m.TargetIndicator.library_id))
    if library_ids is not None:
        stmt = stmt.where(m.TargetIndicator.library_id.in_(list(library_ids)))
    return {lid: n for lid, n in session.execute(stmt)}

"""Read queries of the self-evaluation area (RULES §4, §5): SQL straight into plain dict rows, no ORM objects."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import Select, String, and_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from perfdesk.core.db import models as m
from perfdesk.core.db.types import DecimalText, ExactDecimals

SE, LN, P = m.SelfEvaluation, m.SelfEvalLine, m.Project
Dept = aliased(m.Unit)
UnitA = aliased(m.Unit)

EVALUATION_COLUMNS = (
    SE.id, SE.project_id, SE.status, SE.source, SE.source_file, SE.source_sheet, SE.goal_expected, SE.goal_actual,
    SE.initial_budget_fen, SE.full_year_budget_fen, SE.spent_fen, SE.execution_rate, SE.total_computed,
    SE.total_final, SE.total_printed, SE.grade, SE.flags, SE.scored_at, SE.submitted_at, SE.reviewed_by,
    SE.review_comment, SE.row_version,
    P.code.label("code"), P.name.label("name"), P.unit_id.label("unit_id"), P.department_id.label("department_id"),
    P.initial_budget_fen.label("p_initial_fen"), P.full_year_budget_fen.label("p_full_year_fen"),
    P.adjusted_budget_fen.label("p_adjusted_fen"), P.spent_fen.label("p_spent_fen"),
    m.BudgetYear.year.label("year"), UnitA.name.label("unit_name"), Dept.name.label("department_name"),
    Dept.code.label("department_code"), UnitA.code.label("unit_code"),
)

LINE_COLUMNS = (
    LN.id, LN.evaluation_id, LN.indicator_id, LN.kind, LN.sort_order, LN.level1, LN.level2, LN.name, LN.comparison,
    LN.target_text, LN.target_num, LN.actual_text, LN.actual_num, LN.qualitative_level, LN.qualitative_pick,
    LN.points, LN.computed_score, LN.printed_score, LN.override_score, LN.override_reason, LN.explanation,
    LN.deviation_analysis, LN.evidence, LN.flags, LN.not_applicable,
)

REPORT_LINE_COLUMNS = (  # what a printed table shows of a line
    LN.evaluation_id, LN.kind, LN.level1, LN.level2, LN.name, LN.target_text, LN.actual_text, LN.points,
    LN.computed_score, LN.printed_score, LN.override_score, LN.override_reason, LN.explanation,
    LN.deviation_analysis, LN.not_applicable, LN.comparison,
)

CHUNK = 900  # bound parameters per IN list (old SQLite builds allow 999)


def _raw_decimals(columns: Sequence[Any]) -> tuple[list[Any], list[str]]:
    """The columns with decimals read as their stored text (converted once per distinct text by :func:`_rows`),
    and the names of those columns."""
    out, names = [], []
    for column in columns:
        if isinstance(column.type, DecimalText):
            out.append(type_coerce(column, String).label(column.key))
            names.append(column.key)
        else:
            out.append(column)
    return out, names


EVALUATION_SELECT, EVALUATION_DECIMALS = _raw_decimals(EVALUATION_COLUMNS)
LINE_SELECT, LINE_DECIMALS = _raw_decimals(LINE_COLUMNS)
REPORT_LINE_SELECT, REPORT_LINE_DECIMALS = _raw_decimals(REPORT_LINE_COLUMNS)


def _rows(session: Session, statements: Iterable[Select], decimals: Sequence[str]) -> list[dict[str, Any]]:
    """Plain dict rows through Core (no ORM row loading); decimal texts become Decimals as DecimalText does,
    each distinct text converted once."""
    session.flush()  # what the ORM's autoflush would do before a query
    connection = session.connection()
    exact = ExactDecimals()
    out: list[dict[str, Any]] = []
    for stmt in statements:
        result = connection.execute(stmt)
        keys = list(result.keys())
        rows = [dict(zip(keys, row, strict=True)) for row in result]
        for name in decimals:
            for row in rows:
                row[name] = exact(row[name])
        out += rows
    return out


def _evaluations() -> Select:
    return (select(*EVALUATION_SELECT).select_from(SE).join(P, P.id == SE.project_id)
            .join(m.BudgetYear, m.BudgetYear.id == P.year_id).join(UnitA, UnitA.id == P.unit_id)
            .outerjoin(Dept, Dept.id == P.department_id))


def _where(stmt: Select, year: int | None, unit_ids: Iterable[int] | None) -> Select:
    if year is not None:
        stmt = stmt.where(m.BudgetYear.year == year)
    if unit_ids is not None:
        stmt = stmt.where(P.unit_id.in_(list(unit_ids)))
    return stmt


def evaluation_rows(session: Session, *, year: int | None = None, unit_ids: Iterable[int] | None = None,
                    ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
    """Evaluations with their project's code, name, units and money, ordered by project code."""
    stmt = _where(_evaluations(), year, unit_ids).order_by(P.code, SE.id)
    if ids is None:
        return _rows(session, [stmt], EVALUATION_DECIMALS)
    chunks = [stmt.where(SE.id.in_(ids[start:start + CHUNK])) for start in range(0, len(ids), CHUNK)]
    return sorted(_rows(session, chunks, EVALUATION_DECIMALS), key=lambda r: (r["code"], r["id"]))


def scoped(*, year: int | None = None, unit_ids: Iterable[int] | None = None, codes: Collection[str] = (),
           limit: int | None = None) -> Select:
    """The evaluations of a report's scope, by project code: of a year, of units, of project codes (none: all),
    the first ``limit``. Read them with :func:`rows_of`, their lines and fund splits with :func:`lines_of` and
    :func:`funds_of`: one query per table whatever the number of evaluations."""
    stmt = _where(_evaluations(), year, unit_ids).order_by(P.code, SE.id)
    if codes:
        stmt = stmt.where(P.code.in_(sorted(set(codes))))
    return stmt if limit is None else stmt.limit(limit)


def rows_of(session: Session, evaluations: Select) -> list[dict[str, Any]]:
    return _rows(session, [evaluations], EVALUATION_DECIMALS)


def lines_of(session: Session, evaluations: Select) -> dict[int, list[dict[str, Any]]]:
    """Lines per evaluation id, in table order, of the evaluations selected by :func:`scoped`: the columns a
    printed table shows."""
    ids = evaluations.with_only_columns(SE.id).subquery()
    stmt = select(*REPORT_LINE_SELECT).where(LN.evaluation_id.in_(select(ids.c.id))).order_by(
        LN.evaluation_id, LN.sort_order, LN.id)
    return _by_evaluation(_rows(session, [stmt], REPORT_LINE_DECIMALS))


def funds_of(session: Session, evaluations: Select) -> dict[int, dict[str, tuple[int | None, int | None, int | None]]]:
    """(initial, full year, spent) per fund source, per project of the evaluations selected by :func:`scoped`."""
    f = m.ProjectFund
    projects = evaluations.with_only_columns(SE.project_id).subquery()
    stmt = (select(f.project_id, f.source, f.initial_fen, f.full_year_fen, f.spent_fen)
            .where(f.project_id.in_(select(projects.c.project_id))).order_by(f.project_id, f.id))
    out: dict[int, dict[str, tuple[int | None, int | None, int | None]]] = {}
    for pid, source, initial, full_year, spent in session.execute(stmt):
        out.setdefault(pid, {})[source] = (initial, full_year, spent)
    return out


def _by_evaluation(rows: Iterable[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row["evaluation_id"], []).append(row)
    return out


def line_rows(session: Session, *, year: int | None = None, ids: Sequence[int] | None = None
              ) -> dict[int, list[dict[str, Any]]]:
    """Lines per evaluation id, in table order: of one year (one query) or of the given evaluations."""
    stmt = select(*LINE_SELECT).order_by(LN.evaluation_id, LN.sort_order, LN.id)
    if ids is None:
        stmt = (stmt.join(SE, SE.id == LN.evaluation_id).join(P, P.id == SE.project_id)
                .join(m.BudgetYear, and_(m.BudgetYear.id == P.year_id)))
        chunks = [stmt if year is None else stmt.where(m.BudgetYear.year == year)]
    else:
        chunks = [stmt.where(LN.evaluation_id.in_(ids[start:start + CHUNK])) for start in range(0, len(ids), CHUNK)]
    return _by_evaluation(_rows(session, chunks, LINE_DECIMALS))


def evaluation_id_of_project(session: Session, project_id: int) -> int | None:
    return session.scalar(select(SE.id).where(SE.project_id == project_id))


def project_by_code(session: Session, code: str, year: int | None) -> list[tuple[int, int]]:
    """(project id, year) of the projects with this code (in ``year`` when given)."""
    stmt = (select(P.id, m.BudgetYear.year).join(m.BudgetYear, m.BudgetYear.id == P.year_id)
            .where(P.code == code))
    if year is not None:
        stmt = stmt.where(m.BudgetYear.year == year)
    return [(r[0], r[1]) for r in session.execute(stmt)]


def current_indicators(session: Session, project_id: int) -> list[dict[str, Any]]:
    """The indicators of the project's current target version, in order, with the target's status."""
    tgt, ind = m.PerformanceTarget, m.TargetIndicator
    stmt = (select(ind.id, ind.level1, ind.level2, ind.name, ind.comparison, ind.value_text, ind.value_num, ind.unit,
                   ind.weight, tgt.status, tgt.annual_goal)
            .join(tgt, tgt.id == ind.target_id)
            .where(tgt.project_id == project_id, tgt.is_current.is_(True), ind.part == "annual")
            .order_by(ind.sort_order, ind.id))
    return [dict(r._mapping) for r in session.execute(stmt)]


def review_totals(session: Session, evaluation_ids: Iterable[int]) -> dict[int, Any]:
    """The review total chosen for ranking (``use_for_ranking``), per evaluation id, from the latest spot check."""
    stmt = (select(m.SpotCheckItem.evaluation_id, m.SpotCheckItem.review_total)
            .where(m.SpotCheckItem.use_for_ranking.is_(True), m.SpotCheckItem.review_total.is_not(None))
            .order_by(m.SpotCheckItem.id))
    wanted = set(evaluation_ids)
    return {eid: total for eid, total in session.execute(stmt) if eid in wanted}


def projects_without_evaluation(session: Session, *, year: int | None = None,
                                unit_ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
    """Projects that have no self-evaluation yet, by code, with the status of their current targets ("" when none)."""
    tgt = m.PerformanceTarget
    stmt = (select(P.id, P.code, P.name, tgt.status.label("target_status")).select_from(P)
            .join(m.BudgetYear, m.BudgetYear.id == P.year_id)
            .outerjoin(tgt, and_(tgt.project_id == P.id, tgt.is_current.is_(True)))
            .where(~select(SE.id).where(SE.project_id == P.id).exists()).order_by(P.code, P.id))
    if year is not None:
        stmt = stmt.where(m.BudgetYear.year == year)
    if unit_ids is not None:
        stmt = stmt.where(P.unit_id.in_(list(unit_ids)))
    return [dict(r._mapping, target_status=r.target_status or "") for r in session.execute(stmt)]

"""Reads for key evaluations (重点绩效评价): the list, one evaluation's units, and findings for the ledger."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from perfdesk.core.db import models as m

LIST_COLUMNS = ("id", "year", "title", "object_kind", "category", "project_code", "unit", "agency",
                "lead_evaluator", "budget_fen", "score", "grade", "status", "report_date")


def evaluation_rows(session: Session, year: int | None = None) -> list[dict[str, Any]]:
    """Every key evaluation (of one budget year when given), newest year first, in the order entered."""
    k, p, y = m.KeyEvaluation, m.Project, m.BudgetYear
    owner = aliased(m.Unit)
    stmt = (select(k.id, y.year, k.title, k.object_kind, k.category, p.code,
                   func.coalesce(owner.name, ""), k.agency, k.lead_evaluator, k.budget_fen, k.score, k.grade,
                   k.status, k.report_date)
            .join(y, y.id == k.year_id).outerjoin(p, p.id == k.project_id)
            .outerjoin(owner, owner.id == func.coalesce(k.unit_id, p.unit_id))
            .order_by(y.year.desc(), k.id))
    if year is not None:
        stmt = stmt.where(y.year == year)
    return [dict(zip(LIST_COLUMNS, row, strict=True)) for row in session.execute(stmt)]


def concerned_units(session: Session, evaluation_id: int) -> list[str]:
    """Codes and names of the units an evaluation concerns: the unit evaluated and the units under it, the
    project's unit and its supervising department, and the parents of each (an expert with a conflict with any
    of them is left out)."""
    k = session.get(m.KeyEvaluation, evaluation_id)
    if k is None:
        return []
    ids = {k.unit_id}
    if k.project_id is not None:
        project = session.get(m.Project, k.project_id)
        if project is not None:
            ids |= {project.unit_id, project.department_id}
    out: list[str] = []
    seen: set[int] = set()
    queue = [i for i in ids if i is not None] + _below(session, k.unit_id)
    while queue:
        unit = session.get(m.Unit, queue.pop())
        if unit is None or unit.id in seen:
            continue
        seen.add(unit.id)
        out += [unit.code, unit.name]
        if unit.parent_id is not None:
            queue.append(unit.parent_id)
    return out


def _below(session: Session, unit_id: int | None) -> list[int]:
    """The units under ``unit_id`` (a department evaluated evaluates its subordinate units too)."""
    out, level = [], [unit_id] if unit_id is not None else []
    while level:
        level = list(session.scalars(select(m.Unit.id).where(m.Unit.parent_id.in_(level))))
        out += level
    return out


def finding_rows(session: Session, year_id: int, evaluation_id: int | None = None) -> list[dict[str, Any]]:
    """One ledger row per finding (a line of 存在的问题) of the year's key evaluations, owned by the project's unit
    or the unit evaluated; evaluations with no unit to own the items are left out."""
    k, p = m.KeyEvaluation, m.Project
    stmt = (select(k.id, k.title, k.findings, k.suggestions, p.id, func.coalesce(p.unit_id, k.unit_id))
            .outerjoin(p, p.id == k.project_id)
            .where(k.year_id == year_id, k.findings != "").order_by(k.id))
    if evaluation_id is not None:
        stmt = stmt.where(k.id == evaluation_id)
    out = []
    for kid, title, findings, suggestions, pid, unit in session.execute(stmt):
        if unit is None:
            continue
        lines = [ln.strip() for ln in findings.splitlines() if ln.strip()]
        for n, line in enumerate(lines, 1):
            ref = f"key_evaluation:{kid}" if len(lines) == 1 else f"key_evaluation:{kid}:{n}"
            out.append({"source_ref": ref, "problem": f"{title}：{line}", "measure": suggestions,
                        "project_id": pid, "unit_id": unit})
    return out

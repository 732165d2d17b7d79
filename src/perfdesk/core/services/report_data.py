"""Shared adapters from the database to the report engine's plain data (``perfdesk.core.reports.data``).

The report kinds ``targets``, ``selfeval`` and ``evaluation`` read their projects through these helpers: one
query per table for the whole scope (no per-project queries), rows in project-code order, and one writer that
prints one project as a single table and many as a batch (one PDF with contents, or a folder of PDFs).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from perfdesk.core.db import models as m
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.i18n import translate
from perfdesk.core.progress import Progress, no_progress, scaled
from perfdesk.core.reports import data
from perfdesk.core.reports.batch import Item, build_batch_folder, build_batch_pdf, build_item
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds import Scope

P = m.Project
ImplUnit = aliased(m.Unit)
DeptUnit = aliased(m.Unit)
LOADING = 0.15  # share of the progress bar spent reading the database


# -- projects in scope ------------------------------------------------------------------------------------
def in_scope(stmt: Select, where: Scope) -> Select:
    """Restrict a statement that involves :class:`Project` to the scope's year, project or units."""
    stmt = stmt.where(P.year_id == where.year_id)
    if where.project_id is not None:
        stmt = stmt.where(P.id == where.project_id)
    if where.unit_ids is not None:
        stmt = stmt.where(P.unit_id.in_(sorted(where.unit_ids)))
    return stmt


def project_rows(session: Session, where: Scope) -> list[dict[str, Any]]:
    """The projects in scope with their units, money and period, by project code."""
    stmt = (select(P.id, P.code, P.name, P.attribute, P.period_start, P.period_end, P.sector, P.fund_origin,
                   P.initial_budget_fen, P.full_year_budget_fen, P.adjusted_budget_fen, P.spent_fen, P.unit_id,
                   m.BudgetYear.year, ImplUnit.name.label("unit_name"),
                   func.coalesce(DeptUnit.name, ImplUnit.name).label("department_name"),
                   func.coalesce(DeptUnit.code, ImplUnit.code).label("department_code"))
            .join(m.BudgetYear, m.BudgetYear.id == P.year_id).join(ImplUnit, ImplUnit.id == P.unit_id)
            .outerjoin(DeptUnit, DeptUnit.id == P.department_id).order_by(P.code, P.id))
    return [dict(r._mapping) for r in session.execute(in_scope(stmt, where))]


def project_info(row: Mapping[str, Any]) -> data.ProjectInfo:
    return data.ProjectInfo(row["code"], row["name"], row["year"], row["department_name"] or "",
                            row["unit_name"] or "", row["department_code"] or "")


def fund_splits(session: Session, where: Scope) -> dict[int, dict[str, tuple[int, int, int]]]:
    """(initial, full year, spent) in fen per fund source, per project in scope."""
    f = m.ProjectFund
    stmt = in_scope(select(f.project_id, f.source, f.initial_fen, f.full_year_fen, f.spent_fen)
                    .join(P, P.id == f.project_id), where)
    out: dict[int, dict[str, tuple[int, int, int]]] = {}
    for pid, source, initial, full_year, spent in session.execute(stmt):
        out.setdefault(pid, {})[source] = (initial or 0, full_year or 0, spent or 0)
    return out


def current_targets(session: Session, where: Scope) -> dict[int, dict[str, Any]]:
    """The current target version of each project in scope."""
    t = m.PerformanceTarget
    stmt = in_scope(select(t).join(P, P.id == t.project_id).where(t.is_current.is_(True)), where)
    return {tgt.project_id: _columns(tgt) for tgt in session.scalars(stmt)}


def _columns(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


# -- values -----------------------------------------------------------------------------------------------
def money(fen: int | None) -> Money | None:
    return None if fen is None else Money(fen)


def rate(spent: int | None, budget: int | None) -> Decimal | None:
    """Spent / budget as a fraction; None when there is no budget."""
    return None if not budget or spent is None else Decimal(spent) / Decimal(budget)


def fund_row(initial: int | None, full_year: int | None, spent: int | None) -> data.FundRow:
    return data.FundRow(Money(initial or 0), Money(full_year or 0), Money(spent or 0), rate(spent, full_year))


def lines_of(text: str | None) -> tuple[str, ...]:
    """Goals or findings typed one per line, with any ``目标1：`` / ``1.`` / ``（一）`` numbering removed."""
    out = []
    for line in (text or "").splitlines():
        line = _NUMBERING.sub("", line.strip())
        if line:
            out.append(line)
    return tuple(out)


_NUMBERING = re.compile(r"^(目标\s*\d+\s*[：:]|\d+\s*[.．、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)\s*")


def period_text(start: int | None, end: int | None) -> str:
    """项目期 as printed: ``2024年—2026年``, ``2025年``, or blank."""
    if start and end and start != end:
        return f"{start}年—{end}年"
    return f"{start or end}年" if (start or end) else ""


def date_of(value: dt.datetime | dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


# -- writing ----------------------------------------------------------------------------------------------
def nothing_to_print(what: str) -> UserErrors:
    return UserErrors(translate("ReportKinds", "Nothing to print: there is no {what} in this scope.")
                      .format(what=what))


def loading(progress: Progress | None) -> Progress:
    """The part of the progress bar used while reading (cancellable like the rest)."""
    return scaled(progress, 0.0, LOADING)


def write_items(items: Sequence[Item], out: Path, where: Scope, *, folder: bool = False, notes: bool = False,
                progress: Progress | None = None) -> list[str]:
    """One project → its table alone; a unit or a year → one PDF with contents, or (``folder``) a folder of
    PDFs named by project code and name. Returns the warnings (characters no font could print …)."""
    report = progress or no_progress
    rest = scaled(report, LOADING, 1.0)
    if folder:
        results = build_batch_folder(items, out, notes=notes, progress=rest)
        return _merged(w for r in results for w in r.warnings)
    if where.project_id is not None and len(items) == 1:
        report(LOADING, "")
        result = build_item(items[0], out, notes=notes)
        report(1.0, "")
        return list(result.warnings)
    return list(build_batch_pdf(items, out, notes=notes, progress=rest).warnings)


def _merged(warnings: Any) -> list[str]:
    return list(dict.fromkeys(warnings))


# -- choices for the report centre ------------------------------------------------------------------------
def project_choices(session: Session, year: int | None, unit_ids: frozenset[int] | None = None, text: str = "",
                    limit: int = 500) -> list[tuple[str, str]]:
    """(code, name) of the year's projects, within the units when given, matching ``text`` in code or name."""
    stmt = (select(P.code, P.name).join(m.BudgetYear, m.BudgetYear.id == P.year_id).order_by(P.code).limit(limit))
    if year is not None:
        stmt = stmt.where(m.BudgetYear.year == year)
    if unit_ids is not None:
        stmt = stmt.where(P.unit_id.in_(sorted(unit_ids)))
    if text.strip():
        like = f"%{text.strip()}%"
        stmt = stmt.where(P.code.ilike(like) | P.name.ilike(like))
    return [(code, name) for code, name in session.execute(stmt)]


@guard(Right.READ, audit="print.report")
def run_kind(db: Any, kind: str, *, out: Path, project: str | None = None, unit: str | None = None,
             year: int | None = None, folder: bool = False, progress: Progress | None = None,
             user: str = "") -> list[str]:
    """Build one report kind in its own (read-only) unit of work: what the report centre runs in the background."""
    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.services import report_kinds

    module = report_kinds.kinds()[kind]
    options = {"folder": True} if folder else {}
    with UnitOfWork(db.sessions, user) as uow:
        warnings = module.build(uow, project=project, unit=unit, year=year, out=out, progress=progress, **options)
        uow.commit()  # reports only read, but letters record the document numbers they were given
        return warnings

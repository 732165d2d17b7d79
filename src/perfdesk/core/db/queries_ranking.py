"""Read queries of ranking and results application (RULES §7, §8): SQL straight into plain rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from perfdesk.core.db import models as m

Dept = aliased(m.Unit)
Owner = aliased(m.Unit)


class ScoredProject(NamedTuple):
    """A project of the year with every score that may rank it (a named tuple: 20,000 are built per ranking)."""

    id: int
    code: str
    name: str
    fund_origin: str
    category: str  # Project.category override ('' = derived)
    full_year_fen: int
    initial_fen: int
    department: str  # 主管部门 name (the owning unit when it has none)
    self_score: Decimal | None
    review_score: Decimal | None  # spot-check review total chosen for ranking
    key_category: str
    key_score: Decimal | None
    kind: str = "project"  # ProjectKind: project or policy
    status: str = ""  # ReviewStatus of the self-evaluation ('' = none)


class Decimals(dict[Any, Decimal | None]):
    """Stored decimal text → Decimal, each distinct value converted once (scores repeat across projects)."""

    def __missing__(self, text: Any) -> Decimal | None:
        value = None if text is None else Decimal(str(text))
        self[text] = value
        return value


def scored_projects(session: Session, year_id: int) -> list[ScoredProject]:
    """Projects and policies of the year (not department-wide budgets) with their scores.

    Core SQL on the connection (no ORM row processing), unit names from one small dictionary instead of two
    joins, score texts converted to Decimal once per distinct value."""
    p = m.Project.__table__.c
    total = type_coerce(m.SelfEvaluation.__table__.c.total_final, String)
    stmt = (select(p.id, p.code, p.name, p.fund_origin, p.category, p.full_year_budget_fen, p.initial_budget_fen,
                   p.department_id, p.unit_id, total, p.kind, m.SelfEvaluation.__table__.c.status)
            .select_from(m.Project.__table__)
            .outerjoin(m.SelfEvaluation.__table__, m.SelfEvaluation.__table__.c.project_id == p.id)
            .where(p.year_id == year_id, p.kind != "department_wide")
            .order_by(p.code))
    conn = session.connection()
    units = {uid: name for uid, name in conn.execute(select(m.Unit.__table__.c.id, m.Unit.__table__.c.name))}
    decimals = Decimals()
    reviews = review_scores(session, year_id)
    keys = key_scores(session, year_id)
    none = ("", None)
    return [ScoredProject(pid, code, name, origin, category, full_year, initial,
                          _department(units, dept, owner), decimals[text], reviews.get(pid),
                          *keys.get(pid, none), kind, status or "")
            for pid, code, name, origin, category, full_year, initial, dept, owner, text, kind, status
            in conn.execute(stmt)]


def _department(units: dict[int, str], dept: int | None, owner: int) -> str:
    """COALESCE(主管部门 name, owning unit name), as the ranking has always shown it."""
    name = units.get(dept)  # type: ignore[arg-type]
    return name if name is not None else units.get(owner) or ""


def review_scores(session: Session, year_id: int) -> dict[int, Decimal]:
    """project id → the spot-check review total marked ``use_for_ranking`` (the latest review wins)."""
    stmt = (select(m.SelfEvaluation.project_id, m.SpotCheckItem.review_total)
            .join(m.SpotCheckItem, m.SpotCheckItem.evaluation_id == m.SelfEvaluation.id)
            .join(m.SpotCheck, m.SpotCheck.id == m.SpotCheckItem.spot_check_id)
            .where(m.SpotCheck.year_id == year_id, m.SpotCheckItem.use_for_ranking.is_(True),
                   m.SpotCheckItem.review_total.is_not(None))
            .order_by(m.SpotCheckItem.id))
    return {pid: total for pid, total in session.execute(stmt)}


def key_scores(session: Session, year_id: int) -> dict[int, tuple[str, Decimal]]:
    """project id → (category, score) of its scored key evaluation (the latest wins)."""
    stmt = (select(m.KeyEvaluation.project_id, m.KeyEvaluation.category, m.KeyEvaluation.score)
            .where(m.KeyEvaluation.year_id == year_id, m.KeyEvaluation.project_id.is_not(None),
                   m.KeyEvaluation.score.is_not(None))
            .order_by(m.KeyEvaluation.id))
    return {pid: (category, score) for pid, category, score in session.execute(stmt)}


class UnlinkedKeyEvaluation(NamedTuple):
    """A key evaluation of the year without a project: a special fund's or a sector's comprehensive evaluation."""

    id: int
    title: str
    category: str
    budget_fen: int
    score: Decimal | None
    object_kind: str = "project"


KEY_CODE = "KE-{id}"  # the code a key evaluation without a project is listed under (ranking entries, Excel)


def unlinked_key_evaluations(session: Session, year_id: int) -> list[UnlinkedKeyEvaluation]:
    k = m.KeyEvaluation
    stmt = (select(k.id, k.title, k.category, func.coalesce(k.budget_fen, 0), k.score, k.object_kind)
            .where(k.year_id == year_id, k.project_id.is_(None), k.object_kind != "department")  # RULES §7 scope
            .order_by(k.id))
    return [UnlinkedKeyEvaluation(*row) for row in session.execute(stmt)]


# -- runs ------------------------------------------------------------------------------------------------
RUN_COLUMNS = ("id", "version", "status", "created_at", "created_by", "confirmed_at", "confirmed_by", "note")


def runs(session: Session, year_id: int) -> list[dict[str, Any]]:
    """The year's ranking runs, newest first."""
    cols = [getattr(m.RankingRun, c) for c in RUN_COLUMNS]
    stmt = select(*cols).where(m.RankingRun.year_id == year_id).order_by(m.RankingRun.version.desc())
    return [dict(zip(RUN_COLUMNS, row, strict=True)) for row in session.execute(stmt)]


ENTRY_COLUMNS = ("id", "project_id", "category", "rank_group", "score", "score_source", "rank", "category_size",
                 "in_scope", "exclusion_reason", "proposed_decision", "decision", "cut_ratio", "budget_fen",
                 "cut_fen", "suggested_budget_fen", "rule", "exception_reason", "probation_reason",
                 "rectification_owner")


def entry_rows(session: Session, run_id: int, *, entry_id: int | None = None) -> list[dict[str, Any]]:
    """Every entry of a run with its project's code, name, unit and department, in the order saved. An entry of a
    key evaluation without a project has the code ``KE-<id>``, the evaluation's title and no unit."""
    cols = [getattr(m.RankingEntry, c) for c in ENTRY_COLUMNS]
    stmt = (select(*cols, m.Project.code, func.coalesce(m.Project.name, m.KeyEvaluation.title), m.Project.unit_id,
                   Owner.name, func.coalesce(Dept.name, Owner.name), m.Project.department_id,
                   m.RankingEntry.key_evaluation_id)
            .outerjoin(m.Project, m.Project.id == m.RankingEntry.project_id)
            .outerjoin(Owner, Owner.id == m.Project.unit_id)
            .outerjoin(Dept, Dept.id == m.Project.department_id)
            .outerjoin(m.KeyEvaluation, m.KeyEvaluation.id == m.RankingEntry.key_evaluation_id)
            .where(m.RankingEntry.run_id == run_id).order_by(m.RankingEntry.id))
    if entry_id is not None:
        stmt = stmt.where(m.RankingEntry.id == entry_id)
    names = (*ENTRY_COLUMNS, "code", "name", "unit_id", "unit", "department", "department_id", "key_evaluation_id")
    rows = [dict(zip(names, row, strict=True)) for row in session.execute(stmt)]
    for row in rows:
        if row["code"] is None:
            row["code"], row["unit"] = KEY_CODE.format(id=row["key_evaluation_id"]), ""
    return rows


# -- the rectification ledger ----------------------------------------------------------------------------
@dataclass(frozen=True)
class LedgerFilter:
    year_id: int | None = None
    unit_ids: frozenset[int] | None = None
    status: str = ""  # '' = any
    source: str = ""
    overdue_on: dt.date | None = None  # only items open after their deadline on this day
    text: str = ""


LEDGER_COLUMNS = ("id", "year_id", "unit_id", "project_id", "source", "source_ref", "problem", "measure",
                  "deadline", "status", "closed_on", "closing_evidence", "created_at", "created_by", "row_version")


def ledger_rows(session: Session, flt: LedgerFilter) -> list[dict[str, Any]]:
    """Ledger items with unit and project names and attachment counts; overdue first, then by deadline."""
    attachments = (select(m.Attachment.item_id, func.count().label("n")).group_by(m.Attachment.item_id)
                   .subquery())
    cols = [getattr(m.RectificationItem, c) for c in LEDGER_COLUMNS]
    stmt = (select(*cols, Owner.name, m.Project.code, m.Project.name, func.coalesce(attachments.c.n, 0))
            .join(Owner, Owner.id == m.RectificationItem.unit_id)
            .outerjoin(m.Project, m.Project.id == m.RectificationItem.project_id)
            .outerjoin(attachments, attachments.c.item_id == m.RectificationItem.id))
    stmt = _ledger_filter(stmt, flt)
    stmt = stmt.order_by(m.RectificationItem.deadline.is_(None), m.RectificationItem.deadline, m.RectificationItem.id)
    names = (*LEDGER_COLUMNS, "unit", "project_code", "project_name", "attachments")
    return [dict(zip(names, row, strict=True)) for row in session.execute(stmt)]


def _ledger_filter(stmt: Any, flt: LedgerFilter) -> Any:
    item = m.RectificationItem
    if flt.year_id is not None:
        stmt = stmt.where(item.year_id == flt.year_id)
    if flt.unit_ids is not None:
        stmt = stmt.where(item.unit_id.in_(flt.unit_ids))
    if flt.status:
        stmt = stmt.where(item.status == flt.status)
    if flt.source:
        stmt = stmt.where(item.source == flt.source)
    if flt.overdue_on is not None:
        stmt = stmt.where(item.status != "closed", item.deadline.is_not(None), item.deadline < flt.overdue_on)
    text = flt.text.strip()
    if text:
        like = f"%{text}%"
        stmt = stmt.where(item.problem.ilike(like) | item.measure.ilike(like) | Owner.name.ilike(like)
                          | m.Project.name.ilike(like) | m.Project.code.ilike(like))
    return stmt

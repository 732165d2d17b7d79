"""The registries of key evaluation: third-party agencies (第三方机构) with their quality ratings, the expert
library (专家库) with each expert's conflicts of interest, and recorded expert draws (RULES §6; 烟台, seed 004)."""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_keyeval as qk
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.keyeval import AgencyRating
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.rules import experts as X
from perfdesk.core.services.access import Right, guard

AGENCY_FIELDS = ("name", "credit_code", "contact", "phone", "rating", "rating_year", "rating_note", "active")
EXPERT_FIELDS = ("name", "field", "title", "employer", "conflicts", "phone", "active")
LIMITS = {"name": 200, "credit_code": 40, "contact": 60, "phone": 40, "field": 60, "title": 60, "employer": 200}
LABELS = {"name": QT_TRANSLATE_NOOP("Registry", "The name"),
          "credit_code": QT_TRANSLATE_NOOP("Registry", "The credit code"),
          "contact": QT_TRANSLATE_NOOP("Registry", "The contact"), "phone": QT_TRANSLATE_NOOP("Registry", "The phone"),
          "field": QT_TRANSLATE_NOOP("Registry", "The field"), "title": QT_TRANSLATE_NOOP("Registry", "The title"),
          "employer": QT_TRANSLATE_NOOP("Registry", "The employer")}


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}


def _length_problems(values: Mapping[str, Any], limits: Mapping[str, int]) -> list[str]:
    return [translate("Registry", "{field} is longer than {n} characters.").format(
            field=translate("Registry", LABELS[key]), n=n)
            for key, n in limits.items() if len(str(values.get(key) or "")) > n]


# -- agencies --------------------------------------------------------------------------------------------
def agency_problems(session: Session, values: Mapping[str, Any], own_id: int | None = None) -> list[str]:
    problems = []
    name = str(values.get("name") or "")
    if not name:
        problems.append(translate("Registry", "The agency needs its name."))
    twin = session.scalar(select(m.EvalAgency.id).where(m.EvalAgency.name == name))
    if name and twin is not None and twin != own_id:
        problems.append(translate("Registry", "The agency {name} is already in the registry.").format(name=name))
    if values.get("rating") and values["rating"] not in {r.value for r in AgencyRating}:
        problems.append(translate("Registry", "The rating must be one of 优秀, 良好, 合格, 不合格."))
    year = values.get("rating_year")
    if year is not None and not 1990 <= int(year) <= 2100:
        problems.append(translate("Registry", "{year} is not a year.").format(year=year))
    limits = {k: v for k, v in LIMITS.items() if k in ("name", "credit_code", "contact", "phone")}
    return problems + _length_problems(values, limits)


@guard(Right.REVIEW)
def add_agency(uow: UnitOfWork, **values: Any) -> int:
    values = _clean(values)
    problems = agency_problems(uow.session, values)
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    row = m.EvalAgency(**{k: v for k, v in values.items() if k in AGENCY_FIELDS})
    uow.session.add(row)
    uow.session.flush()
    uow.audit("agency.add", "eval_agency", row.id, name=row.name)
    uow.commit()
    return row.id


@guard(Right.REVIEW)
def update_agency(uow: UnitOfWork, agency_id: int, **changes: Any) -> None:
    """Change an agency's details or rate its work (rating, year, note); the printed name of its evaluations
    follows a new name."""
    row = uow.session.get(m.EvalAgency, agency_id)
    if row is None:
        raise UserErrors(translate("Registry", "There is no agency {id}.").format(id=agency_id))
    changes = _clean(changes)
    problems = agency_problems(uow.session, {f: getattr(row, f) for f in AGENCY_FIELDS} | changes, agency_id)
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    for key, value in changes.items():
        setattr(row, key, value)
    for k in uow.session.scalars(select(m.KeyEvaluation).where(m.KeyEvaluation.agency_id == agency_id)):
        k.agency = row.name
    uow.audit("agency.update", "eval_agency", agency_id, changes={k: str(v) for k, v in changes.items()})
    uow.commit()


def agencies(session: Session) -> list[dict[str, Any]]:
    """Every agency with how many evaluations it made and their mean score."""
    k = m.KeyEvaluation
    counts = {aid: (n, mean) for aid, n, mean in session.execute(
        select(k.agency_id, func.count(k.id), func.avg(k.score)).where(k.agency_id.is_not(None))
        .group_by(k.agency_id))}
    rows = session.scalars(select(m.EvalAgency).order_by(m.EvalAgency.name)).all()
    return [{"id": a.id, **{f: getattr(a, f) for f in AGENCY_FIELDS}, "evaluations": counts.get(a.id, (0, None))[0]}
            for a in rows]


# -- experts ---------------------------------------------------------------------------------------------
def conflicts_of(text: str | Sequence[str]) -> list[str]:
    """Conflicted units typed in one cell, separated by 、，, ; or new lines."""
    if not isinstance(text, str):
        return [str(t).strip() for t in text if str(t).strip()]
    for sep in "，,；;\n":
        text = text.replace(sep, "、")
    return [t.strip() for t in text.split("、") if t.strip()]


def expert_problems(values: Mapping[str, Any]) -> list[str]:
    problems = [] if values.get("name") else [translate("Registry", "The expert needs a name.")]
    limits = {k: v for k, v in LIMITS.items() if k in ("field", "title", "employer", "phone")} | {"name": 60}
    return problems + _length_problems(values, limits)


@guard(Right.REVIEW)
def add_expert(uow: UnitOfWork, *, commit: bool = True, **values: Any) -> int:
    values = _clean(values)
    values["conflicts"] = conflicts_of(values.get("conflicts") or [])
    problems = expert_problems(values)
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    row = m.Expert(**{k: v for k, v in values.items() if k in EXPERT_FIELDS})
    uow.session.add(row)
    uow.session.flush()
    uow.audit("expert.add", "expert", row.id, name=row.name, field=row.field)
    if commit:
        uow.commit()
    return row.id


@guard(Right.REVIEW)
def update_expert(uow: UnitOfWork, expert_id: int, **changes: Any) -> None:
    row = uow.session.get(m.Expert, expert_id)
    if row is None:
        raise UserErrors(translate("Registry", "There is no expert {id}.").format(id=expert_id))
    changes = _clean(changes)
    if "conflicts" in changes:
        changes["conflicts"] = conflicts_of(changes["conflicts"])
    problems = expert_problems({f: getattr(row, f) for f in EXPERT_FIELDS} | changes)
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    for key, value in changes.items():
        setattr(row, key, value)
    uow.audit("expert.update", "expert", expert_id, changes={k: str(v) for k, v in changes.items()})
    uow.commit()


def experts(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(m.Expert).order_by(m.Expert.field, m.Expert.id)).all()
    return [{"id": e.id, **{f: getattr(e, f) for f in EXPERT_FIELDS}} | {"conflicts": list(e.conflicts or [])}
            for e in rows]


def candidates(session: Session) -> list[X.Candidate]:
    return [X.Candidate(e.id, e.name, e.field, e.employer, tuple(e.conflicts or ()), e.active)
            for e in session.scalars(select(m.Expert))]


# -- the draw --------------------------------------------------------------------------------------------
@guard(Right.REVIEW)
def draw_experts(uow: UnitOfWork, evaluation_id: int, *, count: int, seed: int | None = None,
                 field: str = "") -> dict[str, Any]:
    """Draw a panel for an evaluation (:func:`perfdesk.core.rules.experts.draw_panel`) and record it: the seed
    (a new one when none is given), the rule, who was drawn and who was left out for a conflict of interest."""
    if uow.session.get(m.KeyEvaluation, evaluation_id) is None:
        raise UserErrors(translate("KeyEval", "There is no key evaluation {id}.").format(id=evaluation_id))
    seed = secrets.randbelow(1_000_000) if seed is None else seed
    try:
        d = X.draw_panel(candidates(uow.session), qk.concerned_units(uow.session, evaluation_id), count, seed,
                         field.strip())
    except ValueError as exc:
        raise UserErrors(str(exc)) from exc
    row = m.ExpertDraw(evaluation_id=evaluation_id, seed=seed, count=count, field=field.strip(), drawn_at=uow.now(),
                       drawn_by=uow.user, experts=list(d.chosen), excluded=list(d.excluded), rule=d.rule)
    uow.session.add(row)
    uow.session.flush()
    uow.audit("expert.draw", "key_evaluation", evaluation_id, seed=seed, count=count, experts=list(d.chosen))
    uow.commit()
    return draw_view(uow.session, row)


def draw_view(session: Session, row: m.ExpertDraw) -> dict[str, Any]:
    people = {e.id: e for e in session.scalars(select(m.Expert).where(
        m.Expert.id.in_(list(row.experts or []) + list(row.excluded or []))))}

    def person(i: int) -> dict[str, Any]:
        e = people.get(i)
        return {"id": i, "name": e.name if e else "", "field": e.field if e else "", "title": e.title if e else "",
                "employer": e.employer if e else ""}

    return {"id": row.id, "evaluation_id": row.evaluation_id, "seed": row.seed, "count": row.count,
            "field": row.field, "drawn_at": row.drawn_at, "drawn_by": row.drawn_by, "rule": row.rule,
            "experts": [person(i) for i in row.experts or []], "excluded": [person(i) for i in row.excluded or []]}


def draws(session: Session, evaluation_id: int) -> list[dict[str, Any]]:
    rows = session.scalars(select(m.ExpertDraw).where(m.ExpertDraw.evaluation_id == evaluation_id)
                           .order_by(m.ExpertDraw.id)).all()
    return [draw_view(session, r) for r in rows]


# -- the expert library in and out of Excel --------------------------------------------------------------
def export_experts(session: Session, path: Path | str) -> int:
    from perfdesk.core.io.experts_xlsx import write_experts

    return write_experts(Path(path), experts(session))


@guard(Right.REVIEW)
def import_experts(uow: UnitOfWork, path: Path | str, *, backup: bool = True) -> tuple[int, int]:
    """Add the workbook's experts, all or nothing; an expert already in the library (same name and employer) is
    updated from the row. A name twice in the file with the same employer is refused. Returns (added, updated)."""
    from perfdesk.core.io.experts_xlsx import read_experts

    rows, problems = read_experts(path)
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        key = (row["name"], row["employer"])
        if key in seen:
            problems.add(translate("ExpertsImport", "The same expert as row {row}.").format(row=seen[key]),
                         row["sheet"], row["row"])
        seen.setdefault(key, row["row"])
    problems.raise_if_any()
    if backup:
        from perfdesk.core.services import maintenance

        maintenance.backup_before(uow, "import")
    existing = {(e.name, e.employer): e for e in uow.session.scalars(select(m.Expert))}
    added = updated = 0
    for row in rows:
        values = {k: row[k] for k in EXPERT_FIELDS} | {"conflicts": conflicts_of(row["conflicts"])}
        old = existing.get((row["name"], row["employer"]))
        if old is None:
            uow.session.add(m.Expert(**values))
            added += 1
        else:
            for key, value in values.items():
                setattr(old, key, value)
            updated += 1
    uow.audit("expert.import", "expert", None, file=Path(path).name, added=added, updated=updated)
    uow.commit()
    return added, updated

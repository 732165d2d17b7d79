"""Ex-ante assessment (事前绩效评估, RULES §9): forms saved and scored, listed, imported and exported, and the
"no assessment, no budget" flag (朝阳县) shown where a project's budget or targets are reviewed.

A project may be assessed more than once (after an adjustment, again); the assessment in force is the latest by
date (then by id). Each saved assessment stores its total, its conclusion and the parameters in force."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db import queries as q
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.score import RoundingMode
from perfdesk.core.i18n import translate
from perfdesk.core.io import exante_xlsx as xl
from perfdesk.core.rules import exante as rules
from perfdesk.core.rules.params import ExAnteParams, ScoringParams, encode, from_values, snapshot
from perfdesk.core.services import settings
from perfdesk.core.services.access import Right, guard

FEN_PER_WAN = 1_000_000  # 1 万元 = 10,000 元 = 1,000,000 分


# -- scoring ----------------------------------------------------------------------------------------------
def params(session: Session) -> ExAnteParams:
    return settings.load(session, ExAnteParams)


def rounding(session: Session) -> RoundingMode:
    return RoundingMode(settings.load(session, ScoringParams).rounding)


def score(form: rules.Form, p: ExAnteParams, mode: RoundingMode = RoundingMode.TWO_PLACES) -> rules.Result:
    return rules.assess(form.items, p.shares, p.support_from, p.adjust_from, mode)


def blank_form(session: Session, project_id: int) -> rules.Form:
    """PerfDesk's template for a project (the policy wording for a policy), nothing graded yet."""
    project = _project(session, project_id)
    kind = "policy" if project.kind == "policy" else "project"
    return rules.Form(project_id, kind, items=tuple(rules.template(kind)),
                      findings=tuple((d, "") for d in rules.dimensions(kind)))


def _project(session: Session, project_id: int) -> m.Project:
    project = session.get(m.Project, project_id)
    if project is None:
        raise UserErrors(translate("ExAnte", "There is no project {id}.").format(id=project_id))
    return project


# -- saving -----------------------------------------------------------------------------------------------
@guard(Right.EDIT)
def save(uow: UnitOfWork, form: rules.Form, *, assessment_id: int | None = None, commit: bool = True) -> int:
    """Create (``assessment_id`` None) or replace an assessment; checks the form, scores it with the settings in
    force and stores the total, conclusion and parameters. Raises UserErrors naming what is wrong."""
    session = uow.session
    _project(session, form.project_id)
    problems = rules.check_items(form.items)
    if form.kind not in ("project", "policy"):
        problems.append(translate("ExAnte", "The subject is a project or a policy."))
    if form.assessed_on is None:
        problems.append(translate("ExAnte", "Enter the date of the assessment."))
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    p, mode = params(session), rounding(session)
    result = score(form, p, mode)
    if form.enters_library and result.conclusion == rules.REJECT:
        raise UserErrors(translate("ExAnte", "A project the assessment does not support cannot enter the project "
                                   "library."))
    row = _row(session, assessment_id, form.project_id)
    row.kind, row.assessed_on, row.assessor = form.kind, form.assessed_on, form.assessor.strip()
    row.total_score, row.conclusion = result.total, result.conclusion
    row.enters_library, row.opinion = form.enters_library, form.opinion.strip()
    row.findings = {dim: text.strip() for dim, text in form.findings if text.strip()} or None
    row.params = snapshot(p, settings.load(session, ScoringParams))
    row.updated_at, row.updated_by = uow.now(), uow.user
    row.scores = [m.ExAnteScore(sort_order=i, dimension=it.dimension, item=it.item, points=it.points,
                                grade=it.grade, score=rules.item_score(it, p.shares, mode))
                  for i, it in enumerate(form.items)]
    session.flush()
    uow.audit("exante.save", "ex_ante_assessment", row.id, project_id=form.project_id,
              total=str(result.total), conclusion=result.conclusion)
    if commit:
        uow.commit()
    return row.id


def _row(session: Session, assessment_id: int | None, project_id: int) -> m.ExAnteAssessment:
    if assessment_id is None:
        row = m.ExAnteAssessment(project_id=project_id)
        session.add(row)
        return row
    row = session.get(m.ExAnteAssessment, assessment_id)
    if row is None:
        raise UserErrors(translate("ExAnte", "There is no assessment {id}.").format(id=assessment_id))
    if row.project_id != project_id:
        raise UserErrors(translate("ExAnte", "Assessment {id} belongs to another project.").format(id=assessment_id))
    return row


@guard(Right.REVIEW)
def delete(uow: UnitOfWork, assessment_id: int) -> None:
    row = uow.session.get(m.ExAnteAssessment, assessment_id)
    if row is None:
        raise UserErrors(translate("ExAnte", "There is no assessment {id}.").format(id=assessment_id))
    uow.audit("exante.delete", "ex_ante_assessment", assessment_id, project_id=row.project_id)
    uow.session.delete(row)
    uow.commit()


# -- reading ----------------------------------------------------------------------------------------------
def form_of(session: Session, assessment_id: int) -> rules.Form:
    row = session.get(m.ExAnteAssessment, assessment_id)
    if row is None:
        raise UserErrors(translate("ExAnte", "There is no assessment {id}.").format(id=assessment_id))
    items = tuple(rules.Item(s.dimension, s.item, s.points, s.grade) for s in row.scores)
    dims = list(dict.fromkeys([*rules.dimensions(row.kind), *(s.dimension for s in row.scores)]))
    found = row.findings or {}
    return rules.Form(row.project_id, row.kind, row.assessed_on, row.assessor, items,
                      tuple((d, found.get(d, "")) for d in dims), row.opinion, row.enters_library)


def latest_ids(session: Session, project_ids: Iterable[int] | None = None) -> dict[int, int]:
    """The assessment in force of each project: the latest by date, then by id."""
    stmt = select(m.ExAnteAssessment.project_id, m.ExAnteAssessment.id).order_by(
        m.ExAnteAssessment.assessed_on, m.ExAnteAssessment.id)
    if project_ids is not None:
        stmt = stmt.where(m.ExAnteAssessment.project_id.in_(list(project_ids)))
    return {pid: aid for pid, aid in session.execute(stmt)}


def required(project: dict[str, Any], p: ExAnteParams) -> bool:
    """Whether a project needs an assessment: a project or policy (not a department-wide budget), new unless
    every project needs one, with a budget at or above the setting's amount."""
    if project["kind"] not in ("project", "policy"):
        return False
    if p.required_for == "new" and project["attribute"] != "new":
        return False
    return project["budget"] >= p.required_from_wan * FEN_PER_WAN


ASSESSMENT_COLUMNS = (m.ExAnteAssessment.id, m.ExAnteAssessment.project_id, m.ExAnteAssessment.assessed_on,
                      m.ExAnteAssessment.assessor, m.ExAnteAssessment.total_score, m.ExAnteAssessment.conclusion,
                      m.ExAnteAssessment.enters_library, m.ExAnteAssessment.kind)


def rows(session: Session, *, year: int | None, unit_ids: frozenset[int] | None = None,
         everything: bool = False) -> list[dict[str, Any]]:
    """The projects of a year (and units) that need an assessment or have one (every project with
    ``everything``), each with its assessment in force (``assessment_id`` None when there is none)."""
    p = params(session)
    projects = _projects(session, year=year, unit_ids=unit_ids)
    latest = latest_ids(session, [pr["project_id"] for pr in projects]) if projects else {}
    heads = _assessments(session, latest.values())
    out = []
    for pr in projects:
        head = heads.get(latest.get(pr["project_id"], -1))
        needed = required(pr, p)
        if head is None and not needed and not everything:
            continue
        out.append({**pr, "required": needed, "assessment_id": head["id"] if head else None,
                    "assessed_on": head["assessed_on"] if head else None, "assessor": head["assessor"] if head else "",
                    "total": head["total_score"] if head else None, "conclusion": head["conclusion"] if head else "",
                    "enters_library": bool(head and head["enters_library"]),
                    "flag": _flag(needed, head)})
    return out


def _projects(session: Session, *, year: int | None, unit_ids: frozenset[int] | None = None,
              project_ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
    stmt = (select(m.Project.id.label("project_id"), m.Project.code, m.Project.name, m.Project.kind,
                   m.Project.attribute, m.Project.full_year_budget_fen.label("budget"), m.Unit.name.label("unit"),
                   m.Unit.code.label("unit_code"), m.BudgetYear.year)
            .join(m.Unit, m.Unit.id == m.Project.unit_id).join(m.BudgetYear, m.BudgetYear.id == m.Project.year_id)
            .where(m.Project.retired.is_(False)).order_by(m.Unit.code, m.Project.code))
    if year is not None:
        stmt = stmt.where(m.BudgetYear.year == year)
    if unit_ids is not None:
        stmt = stmt.where(m.Project.unit_id.in_(unit_ids))
    if project_ids is not None:
        stmt = stmt.where(m.Project.id.in_(list(project_ids)))
    return [dict(r._mapping) for r in session.execute(stmt)]


def _assessments(session: Session, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    wanted = list(ids)
    if not wanted:
        return {}
    stmt = select(*ASSESSMENT_COLUMNS).where(m.ExAnteAssessment.id.in_(wanted))
    return {r.id: dict(r._mapping) for r in session.execute(stmt)}


# -- the "no assessment, no budget" flag --------------------------------------------------------------------
NONE, INCOMPLETE, REJECTED = "none", "incomplete", "rejected"


def _flag(needed: bool, head: dict[str, Any] | None) -> str:
    """Why a project that needs an assessment has no supporting one ("" when it has one or needs none)."""
    if not needed:
        return ""
    if head is None:
        return NONE
    if not head["conclusion"]:
        return INCOMPLETE
    return "" if rules.supports(head["conclusion"]) else REJECTED


def flag_text(flag: str) -> str:
    return {NONE: translate("ExAnte", "No ex-ante assessment: no budget"),
            INCOMPLETE: translate("ExAnte", "Ex-ante assessment not finished: no budget"),
            REJECTED: translate("ExAnte", "Ex-ante assessment does not support it: no budget")}.get(flag, "")


def budget_flags(session: Session, project_ids: Sequence[int]) -> dict[int, str]:
    """Projects (of ``project_ids``) without a supporting assessment while "no assessment, no budget" is on,
    with the reason as a short text; empty while the setting is off."""
    p = params(session)
    if not p.no_assessment_no_budget or not project_ids:
        return {}
    out: dict[int, str] = {}
    for part in _chunks(list(project_ids)):
        projects = _projects(session, year=None, project_ids=part)
        latest = latest_ids(session, part)
        heads = _assessments(session, latest.values())
        for pr in projects:
            flag = _flag(required(pr, p), heads.get(latest.get(pr["project_id"], -1)))
            if flag:
                out[pr["project_id"]] = flag_text(flag)
    return out


def _chunks(ids: list[int], size: int = 900) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


# -- one assessment in full (show, print, export) ----------------------------------------------------------
@dataclass(frozen=True)
class Assessment:
    id: int
    project_id: int
    code: str
    name: str
    unit: str
    department: str
    year: int
    budget_fen: int
    form: rules.Form
    result: rules.Result
    scores: tuple[Decimal | None, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)


def assessment(session: Session, assessment_id: int) -> Assessment:
    row = session.get(m.ExAnteAssessment, assessment_id)
    if row is None:
        raise UserErrors(translate("ExAnte", "There is no assessment {id}.").format(id=assessment_id))
    project = _project(session, row.project_id)
    form = form_of(session, assessment_id)
    result = score(form, stored_params(session, row), rounding(session))
    dept = project.department.name if project.department else project.unit.name
    return Assessment(row.id, project.id, project.code, project.name, project.unit.name, dept, project.year.year,
                      project.full_year_budget_fen, form, result, tuple(s.score for s in row.scores), row.params or {})


def assessment_by_code(session: Session, code: str, year: int | None = None) -> Assessment:
    """The assessment in force of the project with ``code`` (in ``year``, default the latest)."""
    year = year or (q.years(session) or [None])[0]
    found = session.scalar(select(m.Project.id).join(m.BudgetYear, m.BudgetYear.id == m.Project.year_id)
                           .where(m.Project.code == code, m.BudgetYear.year == year))
    if found is None:
        raise UserErrors(translate("ExAnte", "No project {code} in {year}.").format(code=code, year=year))
    latest = latest_ids(session, [found]).get(found)
    if latest is None:
        raise UserErrors(translate("ExAnte", "Project {code} has no ex-ante assessment.").format(code=code))
    return assessment(session, latest)


def stored_params(session: Session, row: m.ExAnteAssessment) -> ExAnteParams:
    """The parameters an assessment was scored with (those in force now for one saved before they were kept)."""
    stored = (row.params or {}).get(ExAnteParams.GROUP)
    if not stored:
        return params(session)
    return from_values(ExAnteParams, {k: encode(v) for k, v in stored.items()})


def as_json(a: Assessment) -> dict[str, Any]:
    f = a.form
    return {"id": a.id, "project": a.code, "name": a.name, "unit": a.unit, "year": a.year, "kind": f.kind,
            "assessed_on": f.assessed_on, "assessor": f.assessor, "total": a.result.total, "points": a.result.points,
            "conclusion": a.result.conclusion, "conclusion_text": rules.CONCLUSION_TEXT.get(a.result.conclusion, ""),
            "enters_library": f.enters_library, "opinion": f.opinion,
            "dimensions": [{"dimension": d.dimension, "points": d.points, "score": d.score,
                            "finding": dict(f.findings).get(d.dimension, "")} for d in a.result.dimensions],
            "items": [{"dimension": it.dimension, "item": it.item, "points": it.points, "grade": it.grade,
                       "score": s} for it, s in zip(f.items, a.scores or (None,) * len(f.items), strict=True)]}


# -- Excel ------------------------------------------------------------------------------------------------
def export_workbook(session: Session, path: Path, *, year: int | None, unit_ids: frozenset[int] | None = None,
                    blank: bool = False) -> int:
    """Write the assessments in force of a year (and units); with ``blank``, PerfDesk's blank form for every
    project that needs an assessment and has none, to fill in and import. Returns the assessments written."""
    written = []
    for r in rows(session, year=year, unit_ids=unit_ids):
        if r["assessment_id"] is not None and not blank:
            a = assessment(session, r["assessment_id"])
            written.append(xl.Written(a.code, a.name, a.form, a.result.total, a.result.conclusion, a.scores))
        elif r["assessment_id"] is None and blank and r["required"]:
            written.append(xl.Written(r["code"], r["name"], blank_form(session, r["project_id"])))
    return xl.write_assessments(Path(path), written)


@dataclass
class ImportReport:
    saved: list[str] = field(default_factory=list)  # project codes
    skipped: list[str] = field(default_factory=list)  # blank forms left untouched
    dry_run: bool = False


@guard(Right.REVIEW)
def import_workbook(uow: UnitOfWork, path: Path, *, year: int, dry_run: bool = False) -> ImportReport:
    """Store the assessments of a workbook, all or nothing (a backup first). A project's assessment of the same
    date is replaced; a form with no grade and no date is skipped (a blank form not filled in). Every problem is
    reported with its sheet, row and column, and nothing is changed then."""
    parsed, problems = xl.read_assessments(Path(path))
    session, p, mode = uow.session, params(uow.session), rounding(uow.session)
    codes = {r["code"]: r["project_id"] for r in _projects(session, year=year)}
    report, ready = ImportReport(dry_run=dry_run), []
    for a in parsed:
        if not any(it.grade for it in a.items) and not a.date_text:
            report.skipped.append(a.code)
            continue
        project_id = codes.get(a.code)
        if project_id is None:
            problems.add(translate("ExAnteImport", "There is no project {code} in {year}.").format(
                code=a.code, year=year), xl.HEAD_SHEET, a.row, "A")
            continue
        _check_parsed(a, p, mode, problems)
        ready.append((a, project_id))
    problems.raise_if_any()
    if not dry_run:
        from perfdesk.core.services import maintenance

        maintenance.backup_before(uow, "import")
        for a, project_id in ready:
            same_day = session.scalar(select(m.ExAnteAssessment.id).where(
                m.ExAnteAssessment.project_id == project_id, m.ExAnteAssessment.assessed_on == a.assessed_on))
            save(uow, a.form(project_id), assessment_id=same_day, commit=False)
        uow.audit("exante.import", "ex_ante_assessment", None, file=Path(path).name, saved=len(ready))
    report.saved = [a.code for a, _ in ready]
    return report


def _check_parsed(a: xl.Parsed, p: ExAnteParams, mode: RoundingMode, problems: Any) -> None:
    """A filled form must be complete, and any score or conclusion printed in it must be the one its grades give."""
    if not a.date_text:
        problems.add(translate("ExAnteImport", "Enter the date of the assessment."), xl.HEAD_SHEET, a.row, "D")
    if not a.items:
        problems.add(translate("ExAnteImport", "Project {code} has no item on the sheet 评分.").format(code=a.code),
                     xl.HEAD_SHEET, a.row, "A")
    for it, r, printed in zip(a.items, a.item_rows, a.printed_scores, strict=True):
        computed = rules.item_score(it, p.shares, mode)
        if computed is None:
            problems.add(translate("ExAnteImport", "The item {item} has no grade.").format(item=it.item),
                         xl.ITEM_SHEET, r, "E")
        elif printed is not None and printed != computed:
            problems.add(translate("ExAnteImport", "The printed score {printed} differs from {computed}, what the "
                                   "grade {grade} earns.").format(printed=printed, computed=computed, grade=it.grade),
                         xl.ITEM_SHEET, r, "F")
    result = rules.assess(a.items, p.shares, p.support_from, p.adjust_from, mode)
    if result.ungraded:
        return
    if a.printed_total is not None and a.printed_total != result.total:
        problems.add(translate("ExAnteImport", "The printed total {printed} differs from {computed}, the sum of the "
                               "item scores.").format(printed=a.printed_total, computed=result.total),
                     xl.HEAD_SHEET, a.row, "H")
    if a.printed_conclusion and a.printed_conclusion != result.conclusion:
        problems.add(translate("ExAnteImport", "The printed conclusion {printed} differs from {computed}, what the "
                               "total {total} gives.").format(printed=rules.CONCLUSION_TEXT[a.printed_conclusion],
                                                              computed=rules.CONCLUSION_TEXT[result.conclusion],
                                                              total=result.total), xl.HEAD_SHEET, a.row, "I")


# -- the printed 事前绩效评估意见 -------------------------------------------------------------------------------
def opinion(session: Session, assessment_id: int, *, issued: dt.date) -> Any:
    """The printed opinion (:class:`perfdesk.core.reports.exante.Opinion`) of one assessment."""
    from perfdesk.core.domain.money import Money
    from perfdesk.core.reports import exante as report
    from perfdesk.core.services import letterhead

    a = assessment(session, assessment_id)
    findings = dict(a.form.findings)
    dims = tuple(report.DimensionLine(d.dimension, d.points, d.score, findings.get(d.dimension, ""))
                 for d in a.result.dimensions)
    items = tuple(report.ItemLine(it.dimension, it.item, it.points, it.grade, s)
                  for it, s in zip(a.form.items, a.scores or (None,) * len(a.form.items), strict=True))
    return report.Opinion(a.unit, a.name, a.code, Money(a.budget_fen).format_wan(), a.form.kind, a.form.assessed_on,
                          a.result.total, a.result.conclusion, a.form.enters_library, dims, items,
                          letterhead.issuer(session), issued, a.form.opinion)


def write_opinions(session: Session, assessment_ids: Sequence[int], target: Path, *, issued: dt.date) -> Any:
    """One PDF with the opinion of each assessment; returns the build result (pages, warnings)."""
    from perfdesk.core.reports.exante import build_opinions

    if not assessment_ids:
        raise UserErrors(translate("ExAnte", "There is no ex-ante assessment to print."))
    return build_opinions([opinion(session, i, issued=issued) for i in assessment_ids], target)

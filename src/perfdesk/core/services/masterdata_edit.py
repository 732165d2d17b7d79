"""Master data by hand (RULES §1): add, edit, move and retire units and projects.

A unit or project that anything refers to (projects, targets, monitoring, evaluations, users, ledger items …)
is retired (停用), never deleted, so what was recorded about it stays readable; one nothing refers to is deleted.
Money is entered in 万元 as people read the tables and stored exactly in fen: a negative amount or one with a
fraction of a fen is refused, never rounded.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from perfdesk.core.db import concurrency
from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import BudgetType, FundOrigin, ProjectAttribute, ProjectKind, UnitKind
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.services.access import Right, guard

FEN_PER_WAN = 1_000_000
DELETED, RETIRED = "deleted", "retired"


# -- money --------------------------------------------------------------------------------------------------
def fen_from_wan(text: str, field: str) -> int:
    """An amount typed in 万元 (``"12.5"``, ``"1,234.000001"``) as exact fen; refuses negatives, text and
    fractions of a fen with a message naming ``field``."""
    cleaned = text.strip().replace(",", "").replace("，", "")
    if not cleaned:
        return 0
    try:
        wan = Decimal(cleaned)
    except InvalidOperation:
        raise UserErrors(UserError(translate("MasterData", "not an amount: {text}").format(text=text),
                                   column=field)) from None
    if not wan.is_finite() or wan < 0:
        raise UserErrors(UserError(translate("MasterData", "an amount cannot be negative: {text}").format(text=text),
                                   column=field))
    fen = wan * FEN_PER_WAN
    if fen != fen.to_integral_value():
        raise UserErrors(UserError(translate("MasterData", "{text} 万元 is not a whole number of fen (at most six "
                                             "decimals in 万元)").format(text=text), column=field))
    return int(fen)


def wan_text(fen: int) -> str:
    """Fen as 万元 for editing: two decimals, more only when the amount needs them (exact)."""
    wan = Decimal(fen).scaleb(-6)
    return f"{wan.quantize(Decimal('0.01'))}" if wan == wan.quantize(Decimal("0.01")) else f"{wan.normalize():f}"


# -- units --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class UnitValues:
    code: str
    name: str
    kind: str = UnitKind.UNIT.value
    parent_id: int | None = None
    mof_div_code: str = ""


def unit_rows(session: Session) -> list[dict[str, Any]]:
    """Every unit, sorted by unit code, with its parent and how many projects it has (all years)."""
    parent = m.Unit.__table__.alias("parent")
    uses = (select(func.count()).where(m.Project.unit_id == m.Unit.id).correlate(m.Unit).scalar_subquery())
    stmt = (select(m.Unit.id, m.Unit.code, m.Unit.name, m.Unit.kind, m.Unit.parent_id, m.Unit.active,
                   m.Unit.mof_div_code, parent.c.code.label("parent_code"), parent.c.name.label("parent_name"),
                   uses.label("projects"), m.Unit.row_version)
            .outerjoin(parent, parent.c.id == m.Unit.parent_id).order_by(m.Unit.code))
    return [dict(r._mapping) for r in session.execute(stmt)]


def _unit(uow: UnitOfWork, unit_id: int) -> m.Unit:
    unit = uow.session.get(m.Unit, unit_id)
    if unit is None:
        raise UserErrors(translate("MasterData", "No such unit."))
    return unit


def _check_unit(uow: UnitOfWork, values: UnitValues, unit_id: int | None) -> None:
    problems: list[str] = []
    if not values.code.strip():
        problems.append(translate("MasterData", "The unit code is required."))
    if not values.name.strip():
        problems.append(translate("MasterData", "The unit name is required."))
    if values.kind not in {k.value for k in UnitKind}:
        problems.append(translate("MasterData", "Unknown kind of unit: {kind}").format(kind=values.kind))
    other = uow.session.scalar(select(m.Unit.id).where(m.Unit.code == values.code.strip()))
    if other is not None and other != unit_id:
        problems.append(translate("MasterData", "Unit code {code} is already used.").format(code=values.code.strip()))
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    if values.parent_id is not None:
        _check_parent(uow, unit_id, values.parent_id)


def _check_parent(uow: UnitOfWork, unit_id: int | None, parent_id: int) -> None:
    """The new parent exists and is not the unit itself nor one of its descendants."""
    current: int | None = parent_id
    while current is not None:
        if current == unit_id:
            raise UserErrors(translate("MasterData", "A unit cannot be placed under itself or one of its own units."))
        current = _unit(uow, current).parent_id


@guard(Right.REVIEW)
def add_unit(uow: UnitOfWork, values: UnitValues) -> int:
    _check_unit(uow, values, None)
    unit = m.Unit(code=values.code.strip(), name=values.name.strip(), kind=values.kind, parent_id=values.parent_id,
                  mof_div_code=values.mof_div_code.strip(), active=True)
    uow.session.add(unit)
    uow.session.flush()
    uow.audit("unit.add", "unit", unit.id, code=unit.code, name=unit.name)
    return unit.id


@guard(Right.REVIEW)
def edit_unit(uow: UnitOfWork, unit_id: int, values: UnitValues, *, seen_version: int | None = None) -> None:
    unit = _unit(uow, unit_id)
    concurrency.expect(uow.session, unit, seen_version)
    _check_unit(uow, values, unit_id)
    before = {"code": unit.code, "name": unit.name, "kind": unit.kind, "parent_id": unit.parent_id}
    unit.code, unit.name, unit.kind = values.code.strip(), values.name.strip(), values.kind
    unit.parent_id, unit.mof_div_code = values.parent_id, values.mof_div_code.strip()
    uow.session.flush()
    uow.audit("unit.edit", "unit", unit_id, before=before)


@guard(Right.REVIEW)
def move_unit(uow: UnitOfWork, unit_id: int, parent_id: int | None) -> None:
    """Place a unit under another (``None``: at the top of the tree). Projects keep the 主管部门 recorded for
    their year; a project added or edited afterwards takes the department of the unit's new place."""
    unit = _unit(uow, unit_id)
    if parent_id is not None:
        _check_parent(uow, unit_id, parent_id)
    before, unit.parent_id = unit.parent_id, parent_id
    uow.session.flush()
    uow.audit("unit.move", "unit", unit_id, before=before, after=parent_id)


UNIT_REFERENCES = ((m.Project, "unit_id"), (m.Project, "department_id"), (m.Unit, "parent_id"),
                   (m.User, "unit_id"), (m.RectificationItem, "unit_id"))


def _referred(session: Session, references: tuple[tuple[Any, str], ...], ident: int) -> bool:
    return any(session.scalar(select(func.count()).where(getattr(model, column) == ident))
               for model, column in references)


def _retire_or_delete(uow: UnitOfWork, row: m.Unit | m.Project, entity: str,
                      references: tuple[tuple[Any, str], ...]) -> str:
    if _referred(uow.session, references, row.id):
        if isinstance(row, m.Unit):
            row.active = False
        else:
            row.retired = True
        uow.audit(f"{entity}.retire", entity, row.id, code=row.code)
        return RETIRED
    uow.audit(f"{entity}.delete", entity, row.id, code=row.code, name=row.name)
    uow.session.delete(row)
    uow.session.flush()
    return DELETED


@guard(Right.REVIEW)
def retire_unit(uow: UnitOfWork, unit_id: int) -> str:
    """Delete a unit nothing refers to; retire one that is referred to. Returns ``deleted`` or ``retired``."""
    return _retire_or_delete(uow, _unit(uow, unit_id), "unit", UNIT_REFERENCES)


@guard(Right.REVIEW)
def reactivate_unit(uow: UnitOfWork, unit_id: int) -> None:
    _unit(uow, unit_id).active = True
    uow.audit("unit.reactivate", "unit", unit_id)


# -- projects -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProjectValues:
    code: str
    name: str
    unit_id: int
    kind: str = ProjectKind.PROJECT.value
    sector: str = ""
    budget_type: str = BudgetType.GENERAL.value
    fund_origin: str = FundOrigin.OWN_LEVEL.value
    attribute: str = ProjectAttribute.CONTINUING.value
    period_start: int | None = None
    period_end: int | None = None
    initial_budget_fen: int = 0
    full_year_budget_fen: int = 0
    note: str = ""


PROJECT_FIELDS = tuple(f.name for f in fields(ProjectValues))


def project_rows(session: Session, year: int | None) -> list[dict[str, Any]]:
    """The projects of a budget year for the 项目 page, sorted by code (retired ones included, marked)."""
    dept = m.Unit.__table__.alias("dept")
    stmt = (select(m.Project.id, m.Project.code, m.Project.name, m.Project.kind, m.Project.unit_id,
                   m.Unit.code.label("unit_code"), m.Unit.name.label("unit_name"), dept.c.name.label("department"),
                   m.Project.sector, m.Project.budget_type, m.Project.fund_origin, m.Project.attribute,
                   m.Project.period_start, m.Project.period_end, m.Project.initial_budget_fen,
                   m.Project.full_year_budget_fen, m.Project.note, m.Project.retired, m.Project.previous_id,
                   m.Project.row_version.label("row_version"))
            .join(m.BudgetYear, m.BudgetYear.id == m.Project.year_id).join(m.Unit, m.Unit.id == m.Project.unit_id)
            .outerjoin(dept, dept.c.id == m.Project.department_id)
            .where(m.BudgetYear.year == year).order_by(m.Project.code))
    return [dict(r._mapping) for r in session.execute(stmt)]


def department_of(session: Session, unit_id: int) -> int | None:
    """The 主管部门 a unit belongs to: the nearest department up its tree (itself when it is one)."""
    current = session.get(m.Unit, unit_id)
    while current is not None:
        if current.kind == UnitKind.DEPARTMENT.value:
            return current.id
        current = current.parent
    return None


def _check_project(uow: UnitOfWork, year_id: int, values: ProjectValues, project_id: int | None) -> None:
    problems: list[str] = []
    if not values.code.strip():
        problems.append(translate("MasterData", "The project code is required."))
    if not values.name.strip():
        problems.append(translate("MasterData", "The project name is required."))
    unit = uow.session.get(m.Unit, values.unit_id) if values.unit_id else None
    if unit is None:
        problems.append(translate("MasterData", "Choose the unit the project belongs to."))
    elif not unit.active and project_id is None:
        problems.append(translate("MasterData", "Unit {name} is retired.").format(name=unit.name))
    for enum, value in ((ProjectKind, values.kind), (BudgetType, values.budget_type),
                        (FundOrigin, values.fund_origin), (ProjectAttribute, values.attribute)):
        if value not in {e.value for e in enum}:
            problems.append(translate("MasterData", "Unknown value: {value}").format(value=value))
    if min(values.initial_budget_fen, values.full_year_budget_fen) < 0:
        problems.append(translate("MasterData", "An amount cannot be negative."))
    if values.period_start and values.period_end and values.period_end < values.period_start:
        problems.append(translate("MasterData", "The project period ends before it starts."))
    other = uow.session.scalar(select(m.Project.id).where(m.Project.year_id == year_id,
                                                          m.Project.code == values.code.strip()))
    if other is not None and other != project_id:
        problems.append(translate("MasterData", "Project code {code} is already used in this year.").format(
            code=values.code.strip()))
    if problems:
        raise UserErrors([UserError(p) for p in problems])


def _write_project(session: Session, project: m.Project, values: ProjectValues) -> None:
    for name in PROJECT_FIELDS:
        value = getattr(values, name)
        setattr(project, name, value.strip() if isinstance(value, str) else value)
    project.department_id = department_of(session, values.unit_id)


@guard(Right.REVIEW)
def add_project(uow: UnitOfWork, year: int, values: ProjectValues) -> int:
    year_id = uow.session.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == year))
    if year_id is None:
        raise UserErrors(translate("MasterData", "There is no budget year {year}.").format(year=year))
    _check_project(uow, year_id, values, None)
    project = m.Project(year_id=year_id, spent_fen=0)
    _write_project(uow.session, project, values)
    uow.session.add(project)
    uow.session.flush()
    uow.audit("project.add", "project", project.id, code=project.code, year=year)
    return project.id


def _project(uow: UnitOfWork, project_id: int) -> m.Project:
    project = uow.session.get(m.Project, project_id)
    if project is None:
        raise UserErrors(translate("MasterData", "No such project."))
    return project


@guard(Right.REVIEW)
def edit_project(uow: UnitOfWork, project_id: int, values: ProjectValues, *, seen_version: int | None = None
                 ) -> list[str]:
    """Save a project's fields; returns the names of the fields that changed (recorded in the audit log).
    Refused (:class:`ConcurrentEdit`) when someone saved the project since it was shown at ``seen_version``."""
    project = _project(uow, project_id)
    concurrency.expect(uow.session, project, seen_version)
    _check_project(uow, project.year_id, values, project_id)
    before = {name: getattr(project, name) for name in PROJECT_FIELDS}
    _write_project(uow.session, project, values)
    changed = {k: [v, getattr(project, k)] for k, v in before.items() if v != getattr(project, k)}
    uow.session.flush()
    uow.audit("project.edit", "project", project_id, changes=changed)
    return list(changed)


PROJECT_REFERENCES = ((m.PerformanceTarget, "project_id"), (m.MonitoringExecution, "project_id"),
                      (m.KeyMonitoringItem, "project_id"), (m.SelfEvaluation, "project_id"),
                      (m.KeyEvaluation, "project_id"), (m.RankingEntry, "project_id"),
                      (m.RectificationItem, "project_id"), (m.ExAnteAssessment, "project_id"),
                      (m.CostItem, "project_id"), (m.Project, "previous_id"))


@guard(Right.REVIEW)
def retire_project(uow: UnitOfWork, project_id: int) -> str:
    """Delete a project nothing refers to; retire one with targets, monitoring, evaluations or a successor."""
    return _retire_or_delete(uow, _project(uow, project_id), "project", PROJECT_REFERENCES)


@guard(Right.REVIEW)
def reactivate_project(uow: UnitOfWork, project_id: int) -> None:
    _project(uow, project_id).retired = False
    uow.audit("project.reactivate", "project", project_id)


# -- what a new database still lacks ------------------------------------------------------------------------
@dataclass(frozen=True)
class DatabaseStatus:
    years: int
    units: int
    projects: int
    library: int

    @property
    def empty(self) -> bool:
        """No budget year or no project yet: the first day's work is still to do."""
        return not self.years or not self.projects


def database_status(session: Session) -> DatabaseStatus:
    def count(model: Any) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0
    return DatabaseStatus(count(m.BudgetYear), count(m.Unit), count(m.Project), count(m.LibraryIndicator))


# -- an import's summary, as people read it -----------------------------------------------------------------
def import_summary_lines(summary: Any) -> list[str]:
    """The lines of a :class:`perfdesk.core.services.masterdata.ProjectsImportSummary` shown after an import."""
    head = translate("MasterData", "{created} projects added, {updated} updated, {unchanged} unchanged; {units} "
                                   "units added (budget years {years}).")
    lines = [head.format(created=summary.projects_created, updated=summary.projects_updated,
                         unchanged=summary.projects_unchanged, units=len(summary.units_created),
                         years="、".join(str(y) for y in summary.years))]
    if summary.changes:
        lines.append(translate("MasterData", "Changed (old → new):"))
        lines += ["  " + change.text() for change in summary.changes]
    if summary.missing:
        lines.append(translate("MasterData", "{n} projects of the year are not in the files (kept, not deleted):")
                     .format(n=len(summary.missing)))
        lines += [f"  {year} {code} {name}" for year, code, name in summary.missing]
    lines += [translate("MasterData", "Warning: {message}").format(message=w) for w in summary.warnings]
    return lines + list(summary.notes)

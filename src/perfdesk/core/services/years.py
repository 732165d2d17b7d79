"""Budget years (RULES §1): create an empty year, or open a new one from last year.

A new year from last year carries the continuing and multi-year projects (linked to last year's through
``Project.previous_id``, so "copy last year's targets" and the "below last year's actual" check find them) and
copies their approved targets as drafts for the departments to revise. Budgets start at zero: the new year's
amounts come from the budget system's export for that year. The unit tree is shared by all years, so it is
carried as it is. Nothing of the old year changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import ProjectAttribute, ReviewStatus
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.targets import DRAFT_FIELDS, HEADER_FIELDS
from perfdesk.core.i18n import translate
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.masterdata import ensure_year

CARRIED_FIELDS = ("code", "name", "kind", "unit_id", "department_id", "sector", "budget_type", "fund_origin",
                  "period_start", "period_end", "pro_kind_code", "exp_func_code", "fund_type_code",
                  "negative_externality", "category", "note")


@dataclass
class NewYearSummary:
    year: int
    from_year: int | None
    carried: int = 0  # projects carried into the new year
    targets_copied: int = 0  # approved targets copied as drafts
    not_carried: list[str] = field(default_factory=list)  # "code name": one-off projects that ended
    without_approved_target: list[str] = field(default_factory=list)  # carried, but no approved target to copy

    def as_json(self) -> dict[str, object]:
        return {"year": self.year, "from_year": self.from_year, "carried": self.carried,
                "targets_copied": self.targets_copied, "not_carried": self.not_carried,
                "without_approved_target": self.without_approved_target}

    def lines(self) -> list[str]:
        """The summary as a finance officer reads it (printed by the CLI, shown by the GUI)."""
        if self.from_year is None:
            return [translate("Years", "Budget year {year} created (empty: no earlier year to carry from).")
                    .format(year=self.year)]
        lines = [translate("Years", "Budget year {year} created from {source}: {carried} projects carried, "
                                    "{copied} approved targets copied as drafts.")
                 .format(year=self.year, source=self.from_year, carried=self.carried, copied=self.targets_copied)]
        for title, labels in ((translate("Years", "Not carried (one-off, ended or retired): {n}"), self.not_carried),
                              (translate("Years", "Carried without an approved target to copy: {n}"),
                               self.without_approved_target)):
            if labels:
                lines += [title.format(n=len(labels)), *(f"  {label}" for label in labels)]
        lines.append(translate("Years", "Budgets of the new year start at zero: import the budget system's export "
                                        "for {year}.").format(year=self.year))
        return lines


def _check_year(uow: UnitOfWork, year: int) -> None:
    if uow.session.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == year)) is not None:
        raise UserErrors(translate("Years", "The budget year {year} already exists.").format(year=year))


@guard(Right.REVIEW)
def create_year(uow: UnitOfWork, year: int) -> int:
    """An empty budget year (for a county's first year, before its projects are imported or entered);
    refused when it exists."""
    _check_year(uow, year)
    return ensure_year(uow, year)


def latest_year_before(uow: UnitOfWork, year: int) -> int | None:
    return uow.session.scalar(select(m.BudgetYear.year).where(m.BudgetYear.year < year)
                              .order_by(m.BudgetYear.year.desc()).limit(1))


def carries_on(project: m.Project, year: int) -> bool:
    """A project goes on into ``year`` when it is continuing (延续) or its project period reaches that year."""
    if project.retired or not project.unit.active:
        return False
    if project.period_end is not None and project.period_end < year:
        return False
    return project.attribute == ProjectAttribute.CONTINUING.value or project.period_end is not None


@guard(Right.REVIEW)
def new_year(uow: UnitOfWork, year: int, *, from_year: int | None = None) -> NewYearSummary:
    """Create ``year`` from ``from_year`` (default: the latest year before it). The caller commits."""
    _check_year(uow, year)
    source = from_year if from_year is not None else latest_year_before(uow, year)
    old_id = None if source is None else uow.session.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == source))
    if source is not None and old_id is None:
        raise UserErrors(translate("Years", "There is no budget year {year} to start from.").format(year=source))
    if source is not None and source >= year:
        raise UserErrors(translate("Years", "The new year must come after {year}.").format(year=source))
    new_id = create_year(uow, year)
    summary = NewYearSummary(year, source)
    if old_id is not None:
        _carry_projects(uow, old_id, new_id, summary)
    uow.audit("year.new", "budget_year", new_id, **summary.as_json())
    return summary


def _carry_projects(uow: UnitOfWork, old_id: int, new_id: int, summary: NewYearSummary) -> None:
    old = uow.session.scalars(select(m.Project).where(m.Project.year_id == old_id).order_by(m.Project.code))
    for project in old:
        label = f"{project.code} {project.name}"
        if not carries_on(project, summary.year):
            summary.not_carried.append(label)
            continue
        carried = m.Project(year_id=new_id, previous_id=project.id, attribute=ProjectAttribute.CONTINUING.value,
                            initial_budget_fen=0, full_year_budget_fen=0, spent_fen=0,
                            **{name: getattr(project, name) for name in CARRIED_FIELDS})
        uow.session.add(carried)
        summary.carried += 1
        approved = _approved_target(project)
        if approved is None:
            summary.without_approved_target.append(label)
            continue
        carried.targets.append(_draft_copy(approved, uow))
        summary.targets_copied += 1
    uow.session.flush()


def _approved_target(project: m.Project) -> m.PerformanceTarget | None:
    return next((t for t in project.targets if t.is_current and t.status == ReviewStatus.APPROVED.value), None)


def _draft_copy(target: m.PerformanceTarget, uow: UnitOfWork) -> m.PerformanceTarget:
    copy = m.PerformanceTarget(version=1, is_current=True, status=ReviewStatus.DRAFT.value,
                               filled_on=uow.now().date(), **{k: getattr(target, k) for k in HEADER_FIELDS})
    for order, ind in enumerate(target.indicators):
        copy.indicators.append(m.TargetIndicator(sort_order=order, **{k: getattr(ind, k) for k in DRAFT_FIELDS}))
    return copy

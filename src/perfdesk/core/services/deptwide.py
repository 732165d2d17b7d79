"""Department-wide performance (部门整体绩效, RULES §11): a department's targets (职能职责, 年度主要任务, 年度总体目标,
年度绩效指标) and its self-evaluation, scored on the project engine (:mod:`perfdesk.core.rules.deptwide`) with the
settings in force, which are stored with the result.

Workbooks (:mod:`perfdesk.core.io.deptwide_xlsx`) come in all or nothing after a backup: a department's record is
replaced by the workbook's (tasks and indicators included); a record with every 执行数 and 实际完成值 filled in is
scored at once. Every use case commits its own unit of work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.i18n import translate
from perfdesk.core.io import deptwide_xlsx as xl
from perfdesk.core.io.deptwide_xlsx import DeptSheet
from perfdesk.core.rules import deptwide as rules
from perfdesk.core.rules.params import DeptWideParams, ScoringParams, from_snapshot
from perfdesk.core.rules.scoring.engine import EvaluationResult
from perfdesk.core.services import maintenance, settings
from perfdesk.core.services.access import Right, guard


@dataclass(frozen=True)
class DeptRow:
    """A line of the department list."""

    id: int
    unit_code: str
    unit_name: str
    status: str
    tasks: int
    indicators: int
    budget: Money
    spent: Money | None
    total: Decimal | None
    grade: str


@dataclass(frozen=True)
class ImportSummary:
    departments: tuple[str, ...]
    scored: tuple[str, ...]
    backup: Path | None


# -- reading ----------------------------------------------------------------------------------------------
def _year_id(session: Session, year: int) -> int:
    found = session.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == year))
    if found is None:
        raise UserErrors(translate("DeptWide", "There is no budget year {year} in this database.").format(year=year))
    return found


def _unit(session: Session, code: str) -> m.Unit:
    found = session.scalar(select(m.Unit).where(m.Unit.code == code))
    if found is None:
        raise UserErrors(translate("DeptWide", "There is no department with code {code}.").format(code=code))
    return found


def find(session: Session, year: int, unit_code: str) -> m.DeptPerformance | None:
    return session.scalar(select(m.DeptPerformance).join(m.BudgetYear).join(m.Unit, m.Unit.id == m.DeptPerformance.unit_id)
                          .where(m.BudgetYear.year == year, m.Unit.code == unit_code))


def get(session: Session, year: int, unit_code: str) -> m.DeptPerformance:
    found = find(session, year, unit_code)
    if found is None:
        text = translate("DeptWide", "Department {code} has no department-wide targets for {year}.")
        raise UserErrors(text.format(code=unit_code, year=year))
    return found


def list_departments(session: Session, year: int, unit_ids: frozenset[int] | None = None) -> list[DeptRow]:
    query = (select(m.DeptPerformance, m.Unit).join(m.Unit, m.Unit.id == m.DeptPerformance.unit_id)
             .join(m.BudgetYear).where(m.BudgetYear.year == year).order_by(m.Unit.sort_order, m.Unit.code))
    out = []
    for dp, unit in session.execute(query).all():
        if unit_ids is not None and unit.id not in unit_ids:
            continue
        tasks = tuple(_task(t) for t in dp.tasks)
        budget, spent = rules.task_totals(tasks)
        out.append(DeptRow(dp.id, unit.code, unit.name, dp.status, len(dp.tasks), len(dp.indicators), budget, spent,
                           dp.total_final, dp.grade))
    return out


def _task(t: m.DeptTask) -> rules.DeptTask:
    return rules.DeptTask(t.name, t.content, Money(t.budget_fen), None if t.spent_fen is None else Money(t.spent_fen))


def _indicator(i: m.DeptIndicator) -> rules.DeptIndicator:
    return rules.DeptIndicator(i.level1, i.level2, i.name, i.target_text, i.points, i.actual_text, i.override_score,
                               i.override_reason, i.deviation_analysis, i.not_applicable)


def sheet_of(session: Session, dp: m.DeptPerformance) -> DeptSheet:
    """The record as a workbook holds it (for export, printing and disclosure)."""
    unit = session.get(m.Unit, dp.unit_id)
    year = session.get(m.BudgetYear, dp.year_id)
    return DeptSheet(year.year, unit.code, unit.name, dp.duties, dp.goal_expected, dp.goal_actual,  # type: ignore[union-attr]
                     dp.execution_explanation, dp.filled_by, dp.phone,
                     [_task(t) for t in dp.tasks], [_indicator(i) for i in dp.indicators])


def evaluation_of(dp: m.DeptPerformance) -> rules.DeptEvaluation:
    return rules.DeptEvaluation(tuple(_task(t) for t in dp.tasks), tuple(_indicator(i) for i in dp.indicators),
                                dp.execution_points, dp.execution_explanation)


def is_blank(sheet: DeptSheet) -> bool:
    """A blank form sent back as it went out: nothing to import for that department."""
    return not (sheet.tasks or sheet.indicators or sheet.duties or sheet.goal_expected or sheet.goal_actual)


def is_complete(sheet: DeptSheet) -> bool:
    """Every task has its 执行数 and every applicable indicator its 实际完成值 (or a score set by hand)."""
    return bool(sheet.indicators) and all(t.spent is not None for t in sheet.tasks) and all(
        i.not_applicable or i.actual or i.override_score is not None for i in sheet.indicators)


# -- writing ----------------------------------------------------------------------------------------------
@guard(Right.EDIT)
def save(uow: UnitOfWork, sheet: DeptSheet) -> int:
    """Create or replace a department's record (targets and actuals as given); returns its id. Not committed."""
    session = uow.session
    year_id = _year_id(session, sheet.year)
    unit = _unit(session, sheet.unit_code)
    dp = find(session, sheet.year, sheet.unit_code)
    if dp is None:
        dp = m.DeptPerformance(year_id=year_id, unit_id=unit.id)
        session.add(dp)
    dp.duties, dp.goal_expected, dp.goal_actual = sheet.duties, sheet.goal_expected, sheet.goal_actual
    dp.execution_explanation, dp.filled_by, dp.phone = sheet.execution_explanation, sheet.filled_by, sheet.phone
    dp.tasks = [m.DeptTask(sort_order=n, name=t.name, content=t.content, budget_fen=t.budget.fen,
                           spent_fen=None if t.spent is None else t.spent.fen) for n, t in enumerate(sheet.tasks)]
    dp.indicators = [m.DeptIndicator(sort_order=n, level1=i.level1, level2=i.level2, name=i.name, target_text=i.target,
                                     points=i.points, actual_text=i.actual, override_score=i.override_score,
                                     override_reason=i.override_reason, deviation_analysis=i.deviation,
                                     not_applicable=i.not_applicable) for n, i in enumerate(sheet.indicators)]
    dp.total_computed = dp.total_final = dp.execution_rate = None
    dp.grade, dp.flags, dp.params, dp.scored_at = "", None, None, None
    session.flush()
    return dp.id


@guard(Right.EDIT)
def save_one(uow: UnitOfWork, sheet: DeptSheet) -> int:
    """:func:`save` and, when complete, score; committed."""
    dp_id = save(uow, sheet)
    if is_complete(sheet):
        _score(uow, uow.session.get(m.DeptPerformance, dp_id))  # type: ignore[arg-type]
    uow.audit("deptwide.save", "dept_performance", dp_id, unit=sheet.unit_code, year=sheet.year)
    uow.commit()
    return dp_id


@guard(Right.REVIEW)
def import_workbook(uow: UnitOfWork, path: str | Path) -> ImportSummary:
    """Every department of the workbook, all or nothing after a backup; complete records are scored."""
    pending = maintenance.start_backup(uow, "import")
    try:
        sheets = [s for s in xl.read_departments(path) if not is_blank(s)]
        if not sheets:
            raise UserErrors(UserError(translate("DeptWide", "Nothing is filled in: no department has tasks, "
                                                 "indicators, duties or goals."), str(path), xl.DEPT))
        _check_known(uow.session, sheets, Path(path))
        backup = pending.wait()
    except BaseException:
        pending.discard()
        raise
    scored = []
    for sheet in sheets:
        dp_id = save(uow, sheet)
        if is_complete(sheet):
            _score(uow, uow.session.get(m.DeptPerformance, dp_id))  # type: ignore[arg-type]
            scored.append(sheet.unit_code)
    codes = tuple(s.unit_code for s in sheets)
    uow.audit("deptwide.import", "dept_performance", None, file=Path(path).name, departments=list(codes))
    uow.commit()
    return ImportSummary(codes, tuple(scored), backup)


def _check_known(session: Session, sheets: Sequence[DeptSheet], path: Path) -> None:
    years = set(session.scalars(select(m.BudgetYear.year)))
    units = set(session.scalars(select(m.Unit.code)))
    problems = []
    for s in sheets:
        if s.year not in years:
            text = translate("DeptWide", "There is no budget year {year} in this database.").format(year=s.year)
            problems.append(UserError(text, str(path), xl.DEPT, s.row, "A"))
        if s.unit_code not in units:
            text = translate("DeptWide", "There is no department with code {code}.").format(code=s.unit_code)
            problems.append(UserError(text, str(path), xl.DEPT, s.row, "B"))
    if problems:
        raise UserErrors(problems)


def export_workbook(session: Session, path: str | Path, year: int, unit_codes: Sequence[str] | None = None, *,
                    blank_forms: bool = False) -> int:
    """The departments of ``year`` (those of ``unit_codes`` when given) in the import layout; with
    ``blank_forms``, each supervising department (of ``unit_codes``) without a record as an empty row to fill in."""
    _year_id(session, year)
    rows = list_departments(session, year)
    wanted = [r for r in rows if unit_codes is None or r.unit_code in unit_codes]
    sheets = [sheet_of(session, session.get(m.DeptPerformance, r.id)) for r in wanted]  # type: ignore[arg-type]
    if blank_forms:
        have = {r.unit_code for r in rows}
        units = session.execute(select(m.Unit.code, m.Unit.name).where(m.Unit.kind == "department", m.Unit.active)
                                .order_by(m.Unit.sort_order, m.Unit.code)).all()
        sheets += [DeptSheet(year, code, name) for code, name in units
                   if code not in have and (unit_codes is None or code in unit_codes)]
    return xl.write_departments(path, sheets)


@guard(Right.REVIEW)
def score(uow: UnitOfWork, year: int, unit_code: str) -> EvaluationResult:
    """Score the department's self-evaluation with the settings in force; committed."""
    dp = get(uow.session, year, unit_code)
    result = _score(uow, dp)
    uow.audit("deptwide.score", "dept_performance", dp.id, unit=unit_code, year=year, total=str(result.total))
    uow.commit()
    return result


def result_of(session: Session, dp: m.DeptPerformance, *, as_scored: bool = False) -> EvaluationResult:
    """The scoring of the record as it stands (nothing written), with the settings in force now, or
    (``as_scored``) with those stored when it was scored: what is printed is the score that was given."""
    stored = dp.params if as_scored else None
    scoring = from_snapshot(ScoringParams, stored) or settings.load(session, ScoringParams)
    dept = from_snapshot(DeptWideParams, stored) or settings.load(session, DeptWideParams)
    return rules.score_department(evaluation_of(dp), scoring, dept)


def _score(uow: UnitOfWork, dp: m.DeptPerformance) -> EvaluationResult:
    result = result_of(uow.session, dp)
    for row, line in zip(dp.indicators, result.lines, strict=True):
        row.computed_score, row.explanation = line.rule_score, line.explanation
    dp.execution_rate = result.execution.rate
    dp.total_computed = result.lines_total
    dp.total_final, dp.grade = result.total, result.grade.value
    dp.params = result.params
    dp.flags = [f.message for f in result.flags]
    dp.scored_at = uow.now()
    return result


@guard(Right.REVIEW)
def set_status(uow: UnitOfWork, year: int, unit_code: str, status: str, comment: str = "") -> None:
    dp = get(uow.session, year, unit_code)
    dp.status = status
    if comment:
        dp.review_comment = comment
    uow.audit("deptwide.status", "dept_performance", dp.id, status=status)
    uow.commit()

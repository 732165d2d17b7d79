"""Indicator progress in the official 项目支出绩效目标执行监控表 (FORMATS §2): import the tables units fill in
Excel into a monitoring round, and export the round's tables for them to fill in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_monitoring as qm
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.io.monitoring_table_xlsx import (
    ProgressSheet,
    read_progress_workbook,
    write_progress_workbook,
)
from perfdesk.core.io.selfeval_xlsx import key
from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.rules import monitoring as rules
from perfdesk.core.rules.params import MonitoringParams
from perfdesk.core.services import monitoring as svc
from perfdesk.core.services import monitoring_reports as adapt
from perfdesk.core.services import settings
from perfdesk.core.services.access import Right, guard


@dataclass(frozen=True)
class Unmatched:
    sheet: str
    row: int
    name: str  # the 三级指标 typed that matches none of the project's current indicators


@dataclass(frozen=True)
class ProgressImport:
    round_id: int
    projects: int
    saved: int  # indicator rows written
    unmatched: tuple[Unmatched, ...]
    notes: tuple[str, ...]  # remarks on the import for the person (none today: every ticked reason is stored)


@guard(Right.EDIT)
def import_progress_table(uow: UnitOfWork, path: str | Path, round_id: int, *,
                          progress: Progress | None = None) -> ProgressImport:
    """Store the indicator progress of filled-in monitoring tables in a round (all-or-nothing).

    Each sheet's project is found among the round year's projects by code, else by its unique name; each line
    by its 三级指标 among the project's current annual indicators (then 二级指标 + 三级指标 when names repeat).
    Lines matching no indicator are reported, not stored. The period 1—N月 must be the round's."""
    report = progress or no_progress
    sheets = read_progress_workbook(path, lambda f, message: report(0.6 * f, message))
    session = uow.session
    rnd = svc.find_round(session, round_id=round_id)
    projects = _projects(session, rnd.year)
    params = settings.load(session, MonitoringParams)
    problems: list[UserError] = []
    entries: list[svc.ProgressEntry] = []
    unmatched: list[Unmatched] = []
    seen: dict[int, str] = {}
    message = translate("Monitoring", "Matching projects")
    for i, sheet in enumerate(sheets):
        if i % 20 == 0:
            report(0.6 + 0.2 * i / len(sheets), message)
        pid = _project(sheet, projects, rnd, problems, params.time_basis)
        if pid is None:
            continue
        if pid in seen:
            problems.append(UserError(translate("MonitoringImport", "the project is also on sheet {other}")
                                      .format(other=seen[pid]), sheet.file, sheet.sheet))
            continue
        seen[pid] = sheet.sheet
        found, missing = _entries(sheet, qm.indicator_progress(session, round_id, pid))
        entries += found
        unmatched += missing
    problems += svc.check_progress(entries, params)
    if problems:
        raise UserErrors(problems)
    report(0.8, translate("Monitoring", "Writing the snapshot"))
    _backup_before_import(uow)
    _store_goals(uow, round_id, sheets, seen)
    saved = svc.save_indicator_progress(uow, round_id, entries, source=f"import:{Path(path).name}")
    report(1.0, translate("Monitoring", "Done"))
    return ProgressImport(round_id, len(seen), saved, tuple(unmatched), ())


def _backup_before_import(uow: UnitOfWork) -> None:
    """The backup every import takes once its file is found valid (see services.maintenance.backup_before)."""
    from perfdesk.core.services import maintenance

    maintenance.backup_before(uow, "import")


class _Projects:
    """The year's projects (id, code, name) by code and by name key, looked up once per sheet."""

    def __init__(self, rows: list[tuple[int, str, str]]):
        self.by_code: dict[str, list[tuple[int, str, str]]] = {}
        self.by_name: dict[str, list[tuple[int, str, str]]] = {}
        for row in rows:
            self.by_code.setdefault(row[1], []).append(row)
            self.by_name.setdefault(key(row[2]), []).append(row)


def _projects(session: Any, year: int) -> _Projects:
    stmt = (select(m.Project.id, m.Project.code, m.Project.name).join(m.BudgetYear)
            .where(m.BudgetYear.year == year))
    return _Projects([tuple(r) for r in session.execute(stmt)])


def _project(sheet: ProgressSheet, projects: _Projects, rnd: qm.RoundRow,
             problems: list[UserError], basis: str) -> int | None:
    def problem(message: str) -> None:
        problems.append(UserError(message, sheet.file, sheet.sheet))

    if sheet.month is not None and sheet.month != rules.period_months(rnd.as_of, rnd.year, basis):
        problem(translate("MonitoringImport", "the table reports {period} but the round is {round_period} (as of "
                          "{as_of})").format(period=f"1—{sheet.month}月",
                                            round_period=rules.period_label(rnd.as_of, rnd.year, basis),
                                            as_of=rnd.as_of))
    if sheet.year is not None and sheet.year != rnd.year:
        problem(translate("MonitoringImport", "the table is for {year} but the round is of budget year {round_year}")
                .format(year=sheet.year, round_year=rnd.year))
    by_code = projects.by_code.get(sheet.code, []) if sheet.code else []
    by_name = projects.by_name.get(key(sheet.name), []) if sheet.name else []
    if by_code:
        return by_code[0][0]
    if sheet.code:
        problem(translate("MonitoringImport", "unknown project code {code} in budget year {year}")
                .format(code=sheet.code, year=rnd.year))
    elif len(by_name) > 1:
        problem(translate("MonitoringImport", "{n} projects are named “{name}”: give the 项目编码")
                .format(n=len(by_name), name=sheet.name))
    elif by_name:
        return by_name[0][0]
    elif sheet.name:
        problem(translate("MonitoringImport", "unknown project “{name}” in budget year {year}")
                .format(name=sheet.name, year=rnd.year))
    return None


def _entries(sheet: ProgressSheet, indicators: list[qm.IndicatorProgressRow]
             ) -> tuple[list[svc.ProgressEntry], list[Unmatched]]:
    by_name: dict[str, list[qm.IndicatorProgressRow]] = {}
    for ind in indicators:
        by_name.setdefault(key(ind.name), []).append(ind)
    entries, unmatched = [], []
    for line in sheet.lines:
        candidates = by_name.get(key(line.name), [])
        if len(candidates) > 1:
            candidates = [c for c in candidates if key(c.level2) == key(line.level2)] or candidates[:1]
        if not candidates:
            unmatched.append(Unmatched(sheet.sheet, line.row, line.name))
            continue
        entries.append(svc.ProgressEntry(candidates[0].indicator_id, line.progress, line.expected, line.deviation,
                                         line.reason, line.likelihood, line.remark, line.row, sheet.file,
                                         sheet.sheet))
    return entries, unmatched


def _store_goals(uow: UnitOfWork, round_id: int, sheets: tuple[ProgressSheet, ...], seen: dict[int, str]) -> None:
    """The overall goal's progress goes on the project's execution row of the round, when it has one."""
    by_sheet = {s.sheet: s for s in sheets}
    for pid, name in seen.items():
        sheet = by_sheet[name]
        if not (sheet.goal_progress or sheet.goal_expected):
            continue
        row = uow.session.scalar(select(m.MonitoringExecution).where(
            m.MonitoringExecution.round_id == round_id, m.MonitoringExecution.project_id == pid))
        if row is not None:
            row.goal_progress, row.goal_expected = sheet.goal_progress, sheet.goal_expected


@guard(Right.READ, audit="export.progress_table")
def export_progress_table(session: Any, round_id: int, path: str | Path, *, project_ids: list[int] | None = None,
                          unit_ids: frozenset[int] | None = None, progress: Progress | None = None) -> int:
    """Write the round's monitoring tables (every project of the round, or those asked for) with the entries
    so far, for units to fill in and send back. Returns the number of sheets. ``progress(fraction, message)``
    hears of reading the round (to 0.2), laying out each sheet and saving; it may raise Cancelled."""
    report = progress or no_progress
    report(0.0, translate("Monitoring", "Reading the round"))
    if project_ids is None:
        project_ids = [r.project_id for r in qm.executions(session, round_id, unit_ids) if r.project_id is not None]
    tables = adapt.monitoring_tables(session, round_id, project_ids)
    written = write_progress_workbook(path, tables, lambda f, message: report(0.2 + 0.8 * f, message))
    report(1.0, translate("Monitoring", "Done"))
    return written

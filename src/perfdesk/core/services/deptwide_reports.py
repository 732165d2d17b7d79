"""The printed department-wide documents: the 部门整体支出绩效自评表, its target version and the self-evaluation
report, from the stored record (and its scoring as it stands, with the settings in force)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.reports import deptwide as pdf
from perfdesk.core.reports.data import Signature
from perfdesk.core.reports.document import BuildResult
from perfdesk.core.rules.deptwide import task_totals
from perfdesk.core.services import deptwide

Clean = Callable[[str], str]


def _same(text: str) -> str:
    return text


def dept_table(session: Session, year: int, unit_code: str, *, public: bool = False, clean: Clean = _same
               ) -> pdf.DeptTable:
    """The record as printed. ``public``: no signature block; ``clean`` is applied to every free text."""
    dp = deptwide.get(session, year, unit_code)
    sheet = deptwide.sheet_of(session, dp)
    scored = dp.total_final is not None
    result = deptwide.result_of(session, dp, as_scored=True) if scored else None
    budget, spent = task_totals(tuple(sheet.tasks))
    lines = tuple(pdf.LineRow(i.level1, i.level2, clean(i.name), clean(i.target), clean(i.actual), i.points,
                              None if result is None else result.lines[n].final_score, clean(i.deviation),
                              i.not_applicable) for n, i in enumerate(sheet.indicators))
    execution = result.execution if result is not None else None
    points = execution.points if execution is not None else None
    total_points = None if result is None else (points or 0) + sum(
        (ln.points for ln in result.lines if ln.counted), start=0)
    findings = tuple(f"{ln.name}：{ln.deviation}" for ln in lines
                     if ln.deviation and not ln.not_applicable and ln.score != ln.points)
    signature = None if public else Signature(sheet.unit_name, sheet.filled_by, sheet.phone)
    return pdf.DeptTable(
        sheet.unit_name, year, clean(sheet.duties),
        tuple(pdf.TaskRow(clean(t.name), clean(t.content), t.budget, t.spent) for t in sheet.tasks), budget, spent,
        clean(sheet.goal_expected), clean(sheet.goal_actual), lines,
        None if execution is None else execution.rate, points, None if execution is None else execution.final_score,
        total_points, None if result is None else result.total, result.grade.value if result else "", signature,
        sheet.unit_name, dp.scored_at.date() if dp.scored_at else None, findings)


def write_table(session: Session, out: Path, year: int, unit_code: str | None) -> BuildResult:
    """One department's table, or (``unit_code`` None) every department's of the year in one PDF."""
    return pdf.build_tables(_tables(session, year, unit_code), out)


def write_report(session: Session, out: Path, year: int, unit_code: str | None) -> BuildResult:
    """One department's report with its table, or (``unit_code`` None) every department's."""
    return pdf.build_tables(_tables(session, year, unit_code), out, report=True)


def _tables(session: Session, year: int, unit_code: str | None) -> list[pdf.DeptTable]:
    codes = [unit_code] if unit_code else [r.unit_code for r in deptwide.list_departments(session, year)]
    if not codes:
        raise UserErrors(translate("DeptWide", "No department has department-wide targets for {year}.")
                         .format(year=year))
    return [dept_table(session, year, code) for code in codes]


def write_target_table(session: Session, out: Path, year: int, unit_code: str) -> BuildResult:
    table = dataclasses.replace(dept_table(session, year, unit_code), signature=None)
    return pdf.build_target_table(table, out)

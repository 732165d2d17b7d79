"""Adapters from a monitoring round in the database to the plain data the report engine prints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_monitoring as qm
from perfdesk.core.domain.enums import FundSource, WarningLevel
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.i18n import translate
from perfdesk.core.reports.data import ProjectInfo
from perfdesk.core.reports.monitoring_data import (
    MonitoringFundRow,
    MonitoringLine,
    MonitoringSummary,
    MonitoringTable,
    ProgressLine,
    ReminderLetter,
)
from perfdesk.core.reports.monitoring_summary import LETTER_TITLE
from perfdesk.core.rules import monitoring as rules
from perfdesk.core.rules.params import MonitoringParams, ReportParams
from perfdesk.core.services import document_numbers, letterhead, settings
from perfdesk.core.services import monitoring as svc

FISCAL = (FundSource.FISCAL_CURRENT.value, FundSource.FISCAL_CARRYOVER.value)


def impossible_wording(session: Any) -> str:
    """The printed word for 'impossible': the report setting when changed, else the monitoring one."""
    printed = settings.load(session, ReportParams).monitoring_likelihood_impossible
    if printed != ReportParams().monitoring_likelihood_impossible:
        return printed
    return settings.load(session, MonitoringParams).likelihood_wording


def monitoring_table(session: Any, round_id: int, project_id: int) -> MonitoringTable:
    """The 项目支出绩效目标执行监控表 of one project in a round."""
    rnd = svc.find_round(session, round_id=round_id)
    h = qm.project_header(session, project_id)
    if not h:
        raise UserErrors(translate("Monitoring", "No such project."))
    e = session.scalar(select(m.MonitoringExecution).where(m.MonitoringExecution.round_id == round_id,
                                                           m.MonitoringExecution.project_id == project_id))
    info = ProjectInfo(h["code"], h["name"], h["year"], h["department"], h["unit"], h["department_code"])
    lines = tuple(MonitoringLine(r.level1, r.level2, r.name, r.target_text, r.progress_text, r.expected_text,
                                 r.deviation_category, r.deviation_reason, r.likelihood, r.remark)
                  for r in qm.indicator_progress(session, round_id, project_id))
    return MonitoringTable(info, round_period(session, rnd), _fund_rows(h, e), h["annual_goal"],
                           e.goal_progress if e else "", e.goal_expected if e else "", lines,
                           impossible_wording(session))


def round_period(session: Any, rnd: qm.RoundRow, params: MonitoringParams | None = None) -> str:
    """The round's 1—N月 on the time basis in force (the months its time progress counts)."""
    basis = (params or settings.load(session, MonitoringParams)).time_basis
    return rules.period_label(rnd.as_of, rnd.year, basis)


def _fund_rows(h: dict[str, Any], e: m.MonitoringExecution | None) -> tuple[MonitoringFundRow, ...]:
    funds = h["funds"]
    fiscal_initial = sum(funds.get(s, (0, 0))[0] for s in FISCAL)
    other_initial = funds.get(FundSource.OTHER.value, (0, 0))[0]
    if e is None:
        return (MonitoringFundRow("年度资金总额", Money(h["initial"]), None, None, None),
                MonitoringFundRow("其中：财政拨款", Money(fiscal_initial), None, None, None),
                MonitoringFundRow("其他资金", Money(other_initial), None, None, None))
    return (
        MonitoringFundRow("年度资金总额", Money(h["initial"]), Money(e.spent_fen), _rate(e.spent_fen, e.budget_fen),
                          _money(e.expected_full_year_fen)),
        MonitoringFundRow("其中：财政拨款", Money(fiscal_initial), _money(e.fiscal_spent_fen),
                          _rate(e.fiscal_spent_fen, e.fiscal_budget_fen), None),
        MonitoringFundRow("其他资金", Money(other_initial), _money(e.other_spent_fen),
                          _rate(e.other_spent_fen, e.other_budget_fen), None),
    )


def _money(fen: int | None) -> Money | None:
    return None if fen is None else Money(fen)


def _rate(spent: int | None, budget: int | None) -> Decimal | None:
    if spent is None or not budget:
        return None
    return Decimal(spent) / Decimal(budget)


def monitoring_tables(session: Any, round_id: int, project_ids: Sequence[int]) -> list[MonitoringTable]:
    return [monitoring_table(session, round_id, pid) for pid in project_ids]


# -- summary and letters ----------------------------------------------------------------------------------------
def _line(r: rules.ProjectMonitoring | rules.RollUp, *, unit: str = "", note: str = "") -> ProgressLine:
    if isinstance(r, rules.RollUp):
        return ProgressLine(r.name or r.key, r.budget, r.spent, r.execution_percent, r.lag_shown, r.level.value,
                            r.projects, r.red, r.yellow)
    return ProgressLine(r.name, r.budget, r.spent, r.execution_percent, r.lag_shown, r.level.value,
                        unit=unit or r.unit_name, note=note)


def issuer(session: Any) -> tuple[str, str]:
    """(county, issuing authority): the county name setting and its finance bureau."""
    head = letterhead.load(session)
    return head.county, head.issuer


def summary(session: Any, round_id: int, *, issued: dt.date | None = None,
            unit_ids: frozenset[int] | None = None) -> MonitoringSummary:
    w = svc.warnings(session, round_id, unit_ids=unit_ids)
    results = [row.result for row in w.rows]
    county, authority = issuer(session)
    keys = {k.project_id: k for k in qm.key_items(session, round_id)}
    key_lines = [_line(row.result, note=_key_note(row, keys.get(row.project_id)))
                 for row in w.rows if row.project_id in keys or row.result.key]
    basis = "按日历天数计算" if w.params.time_basis == rules.TimeBasis.CALENDAR_DAY else "按已过月份÷12计算"
    by_lag = sorted(results, key=lambda r: -(r.lag_points or 0))
    return MonitoringSummary(
        county=county, issuer=authority, issued=issued or dt.date.today(), year=w.round.year, as_of=w.round.as_of,
        period=round_period(session, w.round, w.params), time_percent=_time_percent(w),
        time_basis_text=basis, red_points=_plain(w.params.red_lag_points),
        yellow_points=_plain(w.params.yellow_lag_points), key_points=_plain(w.params.key_monitoring_lag_points),
        total=_line(w.total) if w.total else _empty(),
        counts=w.counts(), units=tuple(_line(u) for u in w.by_unit),
        red_projects=tuple(_line(r) for r in by_lag if r.level is WarningLevel.RED),
        key_projects=tuple(key_lines), over_budget=tuple(_line(r) for r in results if r.over_budget),
        no_budget=tuple(_line(r) for r in results if r.no_budget), schedule_text=schedule_text(w.params))


def schedule_text(params: MonitoringParams) -> str:
    """The execution schedule in words while warnings follow it ("" for warnings by lag)."""
    if params.warning_basis != "schedule":
        return ""
    months = "、".join(f"{int(m)}月末" for m, _ in params.schedule)
    shares = "、".join(f"{_plain(Decimal(p))}%" for _, p in params.schedule)
    return f"截至{months}预算执行进度应分别达到{shares}，低于的项目为红色预警"


def due_text(params: MonitoringParams, as_of: dt.date, year: int) -> str:
    """What was due at the latest checkpoint passed ("4月末应达到的25%"), while warnings follow the schedule."""
    due = rules.schedule_due(as_of, year, params.schedule) if params.warning_basis == "schedule" else None
    if due is None:
        return ""
    share = _plain(Decimal(due[1].numerator * 100) / Decimal(due[1].denominator))
    return f"{due[0]}月末应达到的{share}%"


def _time_percent(w: svc.Warnings) -> Decimal:
    return rules.percent_shown(rules.time_share(w.round.as_of, w.round.year, w.params.time_basis)) or Decimal(0)


def _key_note(row: svc.WarningRow, item: qm.KeyItemRow | None) -> str:
    note = row.result.key_reason_text or (item.reason if item else "")
    if item is not None and item.measure:
        note += f"；处理措施：{svc.KeyMeasure(item.measure).label()}"
        if item.measure_note:
            note += f"（{item.measure_note}）"
    return note


def _plain(value: Decimal) -> Decimal:
    return Decimal(f"{value.normalize():f}")


def _empty() -> ProgressLine:
    return ProgressLine("", Money(0), Money(0), None, None, "none", 0)


def reminder_letters(session: Any, round_id: int, *, issued: dt.date | None = None,
                     unit_ids: frozenset[int] | None = None) -> list[ReminderLetter]:
    """One letter per unit that has red-warning projects, units in code order."""
    w = svc.warnings(session, round_id, unit_ids=unit_ids)
    _, authority = issuer(session)
    by_unit: dict[tuple[str, str], list[ProgressLine]] = {}
    for row in w.rows:
        r = row.result
        if r.level is WarningLevel.RED:
            by_unit.setdefault((r.unit_code, r.unit_name), []).append(_line(r))
    when = issued or dt.date.today()
    return [ReminderLetter(unit=name or code, issuer=authority, issued=when, year=w.round.year,
                           as_of=w.round.as_of, time_percent=_time_percent(w),
                           red_points=_plain(w.params.red_lag_points), projects=tuple(lines),
                           number=document_numbers.number_for(session, LETTER_TITLE, name or code, when),
                           due_text=due_text(w.params, w.round.as_of, w.round.year))
            for (code, name), lines in sorted(by_unit.items())]

"""Where the year's cycle stands (工作台, the home page) and the leadership brief (领导简报) print the same figures.

:func:`figures` reads one budget year as of an explicit date (never the clock): targets by status and by
supervising department; the latest monitoring round dated on or before that date with its red and yellow warnings
and key-monitoring projects (the warning rules and settings of the monitoring area); self-evaluations by status
and grade; the latest spot check; the newest ranking run (draft or confirmed) with the amounts cut; and the
rectification ledger, open and overdue on that date. :meth:`HomeFigures.waiting` says what waits for whom.
Grouping happens in SQL (:mod:`perfdesk.core.db.queries_home`), so nothing heavy runs on the way to the first page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db import queries as q
from perfdesk.core.db import queries_home as qh
from perfdesk.core.db import queries_monitoring as qm
from perfdesk.core.domain.enums import Decision, WarningLevel
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.i18n import translate
from perfdesk.core.reports.home_data import (
    GRADES,
    DepartmentTargets,
    HomeFigures,
    LedgerFigures,
    MonitoringFigures,
    RankingFigures,
    SelfEvalFigures,
    SpotCheckFigures,
    StatusCounts,
    TargetFigures,
)
from perfdesk.core.rules import monitoring as mrules
from perfdesk.core.rules.params import GeneralParams
from perfdesk.core.services import monitoring as svc  # the warning rules, as the monitoring area applies them
from perfdesk.core.services import package_history, settings
from perfdesk.core.services.access import Right, guard

CUT_DECISIONS = (Decision.CANCEL.value, Decision.CUT.value)


# -- reading ---------------------------------------------------------------------------------------------------
def figures(session: Session, *, year: int | None, as_of: dt.date,
            unit_ids: Iterable[int] | None = None) -> HomeFigures | None:
    """The figures of ``year`` (None: the latest) as of ``as_of``; None when there is no such year or it has no
    projects yet (an empty database: the page says what to do first)."""
    years = q.years(session)
    if year is None and years:
        year = years[0]
    if year not in years:
        return None
    year_id = q.year_id(session, year)
    assert year_id is not None
    units = None if unit_ids is None else frozenset(unit_ids)
    targets = target_figures(session, year_id, units)
    if targets.counts.total == 0:
        return None
    return HomeFigures(
        year=year, as_of=as_of, county=settings.load(session, GeneralParams).county_name, targets=targets,
        monitoring=monitoring_figures(session, year, as_of, units), selfeval=selfeval_figures(session, year_id, units),
        spotcheck=spotcheck_figures(session, year_id), ranking=ranking_figures(session, year_id),
        ledger=LedgerFigures(*qh.ledger_counts(session, year_id, as_of, units)), unit_ids=units,
        exchange=package_history.status(session, year=year, as_of=as_of))


def _status_counts(pairs: Iterable[tuple[str, int]]) -> StatusCounts:
    counts = dict.fromkeys(("draft", "submitted", "returned", "approved", "missing"), 0)
    for status, n in pairs:
        counts[status if status in counts else "missing"] += n
    return StatusCounts(**counts)


def target_figures(session: Session, year_id: int, unit_ids: frozenset[int] | None = None) -> TargetFigures:
    rows = qh.target_status_by_department(session, year_id, unit_ids)
    departments: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for code, name, status, n in rows:
        departments.setdefault((code, name), []).append((status, n))
    by_department = tuple(DepartmentTargets(code, name, _status_counts(pairs))
                          for (code, name), pairs in departments.items())
    return TargetFigures(_status_counts((status, n) for _, _, status, n in rows), by_department)


def latest_round(session: Session, year: int, as_of: dt.date) -> qm.RoundRow | None:
    """The newest round of ``year`` dated on or before ``as_of``."""
    return next((r for r in qm.rounds(session, year) if r.as_of <= as_of), None)


def monitoring_figures(session: Session, year: int, as_of: dt.date,
                       unit_ids: frozenset[int] | None = None) -> MonitoringFigures:
    rnd = latest_round(session, year, as_of)
    if rnd is None:
        return MonitoringFigures()
    w = svc.warnings(session, rnd.id, unit_ids=unit_ids)
    keys = {k.project_id for k in qm.key_items(session, rnd.id)}
    results = [row.result for row in w.rows]
    total = w.total
    return MonitoringFigures(
        round_id=rnd.id, round_name=rnd.name, round_as_of=rnd.as_of, projects=len(results),
        time_percent=mrules.percent_shown(mrules.time_share(rnd.as_of, rnd.year, w.params.time_basis)),
        execution_percent=total.execution_percent if total else None,
        red=sum(r.level is WarningLevel.RED for r in results),
        yellow=sum(r.level is WarningLevel.YELLOW for r in results),
        key=sum(1 for row in w.rows if row.project_id in keys or row.result.key),
        key_without_measure=qh.open_key_monitoring(session, rnd.id),
        budget=total.budget if total else Money(0), spent=total.spent if total else Money(0))


def selfeval_figures(session: Session, year_id: int, unit_ids: frozenset[int] | None = None) -> SelfEvalFigures:
    rows = qh.self_evaluation_counts(session, year_id, unit_ids)
    projects = qh.project_count(session, year_id, unit_ids)
    started = sum(n for _, _, n in rows)
    counts = _status_counts([(status, n) for status, _, n in rows] + [("missing", projects - started)])
    by_grade = dict.fromkeys(GRADES, 0)
    for _, grade, n in rows:
        if grade in by_grade:
            by_grade[grade] += n
    return SelfEvalFigures(projects, counts, tuple(by_grade.items()))


def spotcheck_figures(session: Session, year_id: int) -> SpotCheckFigures:
    latest = qh.latest_spot_check(session, year_id)
    if latest is None:
        return SpotCheckFigures()
    check_id, created = latest
    return SpotCheckFigures(created.date(), *qh.spot_check_items(session, check_id))


def ranking_figures(session: Session, year_id: int) -> RankingFigures:
    run = qh.latest_ranking_run(session, year_id)
    if run is None:
        return RankingFigures()
    decisions = {d: (n, budget, cut) for d, n, budget, cut in qh.ranking_decisions(session, run["id"])}
    return RankingFigures(
        run_id=run["id"], version=run["version"], status=run["status"], entries=sum(n for n, _, _ in decisions.values()),
        cancelled=decisions.get(Decision.CANCEL.value, (0, 0, 0))[0], cut=decisions.get(Decision.CUT.value, (0, 0, 0))[0],
        probation=decisions.get(Decision.PROBATION.value, (0, 0, 0))[0],
        cut_amount=Money(sum(decisions.get(d, (0, 0, 0))[2] for d in CUT_DECISIONS)))


def has_year(session: Session) -> bool:
    """Whether the database holds any budget year with projects (else the home page says what to do first)."""
    return session.scalar(select(m.Project.id).limit(1)) is not None


# -- the leadership brief --------------------------------------------------------------------------------------
@guard(Right.READ, audit="print.brief")
def write_brief(session: Session, *, year: int | None, as_of: dt.date, out: Path) -> list[str]:
    """Print the leadership brief of ``year`` as of ``as_of`` to ``out``; returns the printing warnings."""
    from perfdesk.core.reports.brief import build_brief  # reportlab: only when printing
    from perfdesk.core.services.monitoring_reports import issuer

    found = figures(session, year=year, as_of=as_of)
    if found is None:
        raise UserErrors(translate("Home", "The year has no projects yet: there is nothing to brief on."))
    return list(build_brief(found, issuer(session)[1], out).warnings)

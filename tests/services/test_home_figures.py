"""The home page's figures on the demo database, each checked against a direct query of the same rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.money import Money
from perfdesk.core.services import home, ledger, monitoring, ranking, spotcheck

YEAR = 2025
AS_OF = dt.date(2025, 12, 15)


def _count(session, stmt) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(stmt) or 0


def _projects(year: int = YEAR):  # type: ignore[no-untyped-def]
    return select(m.Project.id).join(m.BudgetYear).where(m.BudgetYear.year == year)


@pytest.fixture
def figures(demo_db):  # type: ignore[no-untyped-def]
    with demo_db.sessions() as session:
        return home.figures(session, year=YEAR, as_of=AS_OF)


def test_target_counts_match_the_current_targets_by_status(demo_db, figures):
    with demo_db.sessions() as s:
        rows = dict(s.execute(select(m.PerformanceTarget.status, func.count())
                              .where(m.PerformanceTarget.is_current.is_(True),
                                     m.PerformanceTarget.project_id.in_(_projects()))
                              .group_by(m.PerformanceTarget.status)).all())
        total = _count(s, select(func.count()).select_from(_projects().subquery()))
    c = figures.targets.counts
    assert (c.draft, c.submitted, c.returned, c.approved) == (
        rows.get("draft", 0), rows.get("submitted", 0), rows.get("returned", 0), rows.get("approved", 0))
    assert c.total == total == figures.projects
    assert c.submitted > 0 and c.approved > 0  # the demo has work at every step


def test_each_departments_target_counts_add_up_and_match_its_own_projects(demo_db, figures):
    by_dept = figures.targets.by_department
    assert sum(d.counts.total for d in by_dept) == figures.targets.counts.total
    assert sum(d.counts.submitted for d in by_dept) == figures.targets.counts.submitted
    first = max(by_dept, key=lambda d: d.counts.total)
    with demo_db.sessions() as s:
        dept_id = s.scalar(select(m.Unit.id).where(m.Unit.code == first.code))
        own = _count(s, select(func.count(m.Project.id)).join(m.BudgetYear).where(
            m.BudgetYear.year == YEAR,
            (m.Project.department_id == dept_id) | ((m.Project.department_id.is_(None)) & (m.Project.unit_id == dept_id))))
    assert first.counts.total == own


def test_monitoring_figures_are_those_of_the_latest_round_on_or_before_the_date(demo_db):
    with demo_db.sessions() as s:
        f = home.figures(s, year=YEAR, as_of=dt.date(2025, 11, 15))
        rnd = monitoring.find_round(s, year=YEAR, as_of=dt.date(2025, 10, 31))
        w = monitoring.warnings(s, rnd.id)
    mo = f.monitoring
    assert mo.round_id == rnd.id and mo.round_as_of == dt.date(2025, 10, 31)
    counts = w.counts()
    assert (mo.projects, mo.red, mo.yellow) == (counts["projects"], counts["red"], counts["yellow"])
    assert mo.red > 0 and mo.yellow > 0
    assert mo.time_percent == Decimal("83.29")  # 304 of 365 days
    assert mo.execution_percent == w.total.execution_percent
    assert mo.budget == w.total.budget and mo.spent == w.total.spent


def test_before_the_first_round_there_is_no_monitoring_figure(demo_db):
    with demo_db.sessions() as s:
        f = home.figures(s, year=YEAR, as_of=dt.date(2025, 3, 1))
    assert f.monitoring.round_id is None and f.monitoring.red == 0


def test_self_evaluation_counts_and_grades_match_the_evaluations(demo_db, figures):
    with demo_db.sessions() as s:
        evs = s.execute(select(m.SelfEvaluation.status, m.SelfEvaluation.grade)
                        .where(m.SelfEvaluation.project_id.in_(_projects()))).all()
    statuses = [st for st, _ in evs]
    se = figures.selfeval
    assert se.counts.approved == statuses.count("approved")
    assert se.counts.submitted == statuses.count("submitted")
    assert se.done == statuses.count("approved") + statuses.count("submitted")
    assert se.counts.missing == figures.projects - len(evs)
    assert dict(se.grades) == {g: sum(1 for _, gr in evs if gr == g) for g in ("优", "良", "中", "差")}


def test_spot_check_ranking_and_ledger_figures_follow_the_work_done(demo_db):
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        check_id = spotcheck.draw(uow, YEAR, seed=11)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        run_id = ranking.create_run(uow, YEAR)
    with demo_db.sessions() as s:
        unit_id = s.scalar(select(m.Unit.id).order_by(m.Unit.code))
    with UnitOfWork(demo_db.sessions, "tester", now=dt.datetime(2025, 8, 1, 9)) as uow:
        ledger.create_item(uow, year=YEAR, unit_id=unit_id, problem="目标未细化", deadline=dt.date(2025, 11, 30))
    with UnitOfWork(demo_db.sessions, "tester", now=dt.datetime(2025, 8, 1, 9)) as uow:
        ledger.create_item(uow, year=YEAR, unit_id=unit_id, problem="资金闲置", deadline=dt.date(2026, 1, 31))
    with demo_db.sessions() as s:
        f = home.figures(s, year=YEAR, as_of=AS_OF)
        items = _count(s, select(func.count()).where(m.SpotCheckItem.spot_check_id == check_id))
        entries = s.execute(select(m.RankingEntry.decision, m.RankingEntry.cut_fen)
                            .where(m.RankingEntry.run_id == run_id)).all()
    assert f.spotcheck.items == items > 0 and f.spotcheck.reviewed == 0 and f.spotcheck.to_review == items
    assert f.ranking.run_id == run_id and f.ranking.status == "draft" and not f.ranking.confirmed
    assert f.ranking.entries == len(entries)
    assert f.ranking.cut == sum(1 for d, _ in entries if d == "cut")
    assert f.ranking.cancelled == sum(1 for d, _ in entries if d == "cancel")
    assert f.ranking.cut_amount == Money(sum(c for d, c in entries if d in ("cut", "cancel")))
    assert f.ranking.cut_amount > Money(0)
    assert (f.ledger.open, f.ledger.overdue, f.ledger.closed) == (2, 1, 0)
    waiting = {w.what: w.count for w in f.waiting()}
    assert waiting["ranking_draft"] == 1 and waiting["ledger_overdue"] == 1
    assert waiting["spotcheck_to_review"] == items
    assert waiting["targets_submitted"] == f.targets.counts.submitted


def test_narrowing_to_a_unit_counts_only_its_projects(demo_db):
    from perfdesk.core.db import queries as q

    with demo_db.sessions() as s:
        nodes = q.units(s)
        dept = next(n for n in nodes if n.kind == "department")
        ids = frozenset(q.subtree_ids(nodes, dept.id))
        f = home.figures(s, year=YEAR, as_of=AS_OF, unit_ids=ids)
        own = _count(s, select(func.count()).select_from(_projects().where(m.Project.unit_id.in_(ids)).subquery()))
    assert f.projects == own > 0


def test_an_empty_database_or_an_unknown_year_has_no_figures(db, demo_db):
    with db.sessions() as s:
        assert home.figures(s, year=None, as_of=AS_OF) is None
        assert not home.has_year(s)
    with demo_db.sessions() as s:
        assert home.figures(s, year=1999, as_of=AS_OF) is None

"""A new budget year from last year: continuing and multi-year projects carried and linked, approved targets
copied as drafts, one-off projects left behind, and nothing of the old year changed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import targets as target_service
from perfdesk.core.services.years import create_year, new_year


def _snapshot(db, year: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Every column of the year's projects, targets and indicators."""
    with db.sessions() as s:
        pids = list(s.scalars(select(m.Project.id).join(m.BudgetYear).where(m.BudgetYear.year == year)))
        rows: list[tuple] = []
        for table, key in ((m.Project, m.Project.id), (m.PerformanceTarget, m.PerformanceTarget.project_id)):
            for obj in s.scalars(select(table).where(key.in_(pids))):
                rows.append(tuple(getattr(obj, c.key) for c in table.__table__.columns))
        tids = select(m.PerformanceTarget.id).where(m.PerformanceTarget.project_id.in_(pids))
        for ind in s.scalars(select(m.TargetIndicator).where(m.TargetIndicator.target_id.in_(tids))):
            rows.append(tuple(getattr(ind, c.key) for c in m.TargetIndicator.__table__.columns))
    return sorted(rows, key=repr)


@pytest.fixture
def last_year(db):  # type: ignore[no-untyped-def]
    """2025: a continuing project with an approved target, a new multi-year one (2025–2027) with a draft target,
    a one-off new project, a continuing project whose period ended in 2025, and a retired one."""
    with db.sessions() as s:
        y = m.BudgetYear(year=2025)
        dept = m.Unit(code="101", name="县教育局", kind="department")
        s.add_all([y, dept])
        s.flush()
        common = {"year_id": y.id, "unit_id": dept.id, "department_id": dept.id, "sector": "education",
                  "initial_budget_fen": 100_000_000, "full_year_budget_fen": 120_000_000, "spent_fen": 90_000_000}
        specs = [("A", "continuing", None, None, False), ("B", "new", 2025, 2027, False), ("C", "new", None, None, False),
                 ("D", "continuing", 2023, 2025, False), ("E", "continuing", None, None, True)]
        ids = {}
        for code, attribute, start, end, retired in specs:
            p = m.Project(code=code, name=f"项目{code}", attribute=attribute, period_start=start, period_end=end,
                          retired=retired, **common)
            s.add(p)
            s.flush()
            ids[code] = p.id
        approved = m.PerformanceTarget(project_id=ids["A"], version=1, status="approved", annual_goal="资助1000名学生",
                                       filled_by="张三", filled_on=dt.date(2025, 3, 1))
        approved.indicators.append(m.TargetIndicator(level1="产出指标", level2="数量指标", name="资助人数", comparison=">=",
                                                     value_text="1000", value_num=Decimal(1000), unit="人",
                                                     weight=Decimal(20)))
        s.add_all([approved, m.PerformanceTarget(project_id=ids["B"], version=1, status="draft", annual_goal="建设")])
        s.commit()
    return ids


def _new(db, year: int, **kw):  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, user="tester", now=dt.datetime(2026, 1, 5, 9, 0)) as uow:
        summary = new_year(uow, year, **kw)
        uow.commit()
    return summary


def test_continuing_and_multi_year_projects_are_carried_and_linked_to_last_year(db, last_year) -> None:  # type: ignore[no-untyped-def]
    summary = _new(db, 2026)
    assert (summary.from_year, summary.carried, summary.targets_copied) == (2025, 2, 1)
    assert summary.not_carried == ["C 项目C", "D 项目D", "E 项目E"]
    assert summary.without_approved_target == ["B 项目B"]
    with db.sessions() as s:
        new = {p.code: p for p in s.scalars(select(m.Project).join(m.BudgetYear).where(m.BudgetYear.year == 2026))}
        assert sorted(new) == ["A", "B"]
        assert new["A"].previous_id == last_year["A"] and new["B"].previous_id == last_year["B"]
        assert new["B"].attribute == "continuing" and (new["B"].period_start, new["B"].period_end) == (2025, 2027)
        assert (new["A"].initial_budget_fen, new["A"].full_year_budget_fen, new["A"].spent_fen) == (0, 0, 0)
        assert new["A"].sector == "education" and new["A"].department_id == new["A"].unit_id
        target = new["A"].targets[0]
        assert (target.status, target.version, target.is_current, target.annual_goal) == ("draft", 1, True, "资助1000名学生")
        assert [(i.name, i.value_text, i.weight) for i in target.indicators] == [("资助人数", "1000", Decimal(20))]
        assert target.filled_on == dt.date(2026, 1, 5)
        assert new["B"].targets == []
        # "copy last year's targets" finds last year's approved target through the link
        draft = target_service.last_year_draft(s, new["A"].id)
        assert draft is not None and draft.annual_goal == "资助1000名学生"


def test_the_old_year_is_unchanged(db, last_year) -> None:  # type: ignore[no-untyped-def]
    before = _snapshot(db, 2025)
    _new(db, 2026)
    assert _snapshot(db, 2025) == before


def test_below_last_years_actual_check_reads_the_carried_projects_history(db, last_year) -> None:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        ev = m.SelfEvaluation(project_id=last_year["A"])
        ev.lines.append(m.SelfEvalLine(kind="indicator", name="资助人数", actual_num=Decimal(1200)))
        s.add(ev)
        s.commit()
    _new(db, 2026)
    with db.sessions() as s:
        pid = s.scalar(select(m.Project.id).join(m.BudgetYear).where(m.BudgetYear.year == 2026, m.Project.code == "A"))
        assert target_service.last_actuals_for(s, s.get(m.Project, pid).previous_id) == {"资助人数": Decimal(1200)}
        rules = {f.rule for f in target_service.check_project(s, pid)}
    assert "below_last_year" in rules


def test_an_existing_year_or_a_missing_source_is_refused(db, last_year) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserErrors, match="already exists"):
        _new(db, 2025)
    with pytest.raises(UserErrors, match="no budget year 2020"):
        _new(db, 2026, from_year=2020)
    with pytest.raises(UserErrors, match="must come after"):
        _new(db, 2024, from_year=2025)
    with db.sessions() as s:
        assert list(s.scalars(select(m.BudgetYear.year))) == [2025]


def test_a_first_year_is_created_empty(db) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, user="tester") as uow:
        create_year(uow, 2026)
        summary = new_year(uow, 2027)
        uow.commit()
    assert (summary.from_year, summary.carried) == (2026, 0)
    with pytest.raises(UserErrors, match="not a budget year"):
        _new(db, 26)

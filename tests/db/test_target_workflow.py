"""Target workflow: draft → submitted → returned (comment required) / approved; locks; adjustments; audit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import targets as ts

NOW = dt.datetime(2025, 3, 1, 9, 30)


@pytest.fixture(autouse=True)
def _english_messages():  # type: ignore[no-untyped-def]
    from perfdesk.core import i18n

    i18n.install_catalogue("en")


def work(db, user: str = "unit1") -> UnitOfWork:  # type: ignore[no-untyped-def]
    return UnitOfWork(db.sessions, user, now=NOW)


def target_of(db, status: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        t = s.scalar(select(m.PerformanceTarget).join(m.Project).join(m.BudgetYear)
                     .where(m.BudgetYear.year == 2025, m.PerformanceTarget.status == status)
                     .order_by(m.PerformanceTarget.id))
        return t.id, t.project_id


def clean_draft(db, project_id: int) -> None:  # type: ignore[no-untyped-def]
    """Make the draft pass the error-level checks (the demo marks some projects with negative externality)."""
    with work(db) as u:
        head, draft = ts.load_target(u.session, project_id)
        u.session.get(m.Project, project_id).negative_externality = False
        ts.save_target(u, project_id, draft)
        u.commit()


def reviews(db, target_id: int) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return [(r.from_status, r.to_status, r.user, r.comment) for r in s.scalars(
            select(m.TargetReview).where(m.TargetReview.target_id == target_id).order_by(m.TargetReview.id))]


def test_submit_return_resubmit_approve_records_who_and_when(demo_db) -> None:  # type: ignore[no-untyped-def]
    tid, pid = target_of(demo_db, "draft")
    clean_draft(demo_db, pid)
    with work(demo_db, "unit1") as u:
        ts.submit(u, tid)
        u.commit()
    with work(demo_db, "czj") as u:
        ts.return_target(u, tid, "满意度指标值偏低")
        u.commit()
    with work(demo_db, "unit1") as u:
        ts.submit(u, tid)
        u.commit()
    with work(demo_db, "czj") as u:
        ts.approve(u, tid)
        u.commit()
    assert reviews(demo_db, tid) == [("draft", "submitted", "unit1", ""), ("submitted", "returned", "czj", "满意度指标值偏低"),
                                     ("returned", "submitted", "unit1", ""), ("submitted", "approved", "czj", "")]
    with demo_db.sessions() as s:
        audit = [(a.action, a.user, a.at) for a in s.scalars(select(m.AuditLog).where(
            m.AuditLog.entity == "performance_target", m.AuditLog.entity_id == tid, m.AuditLog.action != "target.save"))]
    assert audit == [("target.submitted", "unit1", NOW), ("target.returned", "czj", NOW),
                     ("target.submitted", "unit1", NOW), ("target.approved", "czj", NOW)]


def test_returning_without_a_comment_is_refused(demo_db) -> None:  # type: ignore[no-untyped-def]
    tid, _ = target_of(demo_db, "submitted")
    with work(demo_db, "czj") as u, pytest.raises(UserErrors, match="comment"):
        ts.return_target(u, tid, "  ")
    assert reviews(demo_db, tid)[-1][1] == "submitted"


def test_a_draft_cannot_be_approved_directly(demo_db) -> None:  # type: ignore[no-untyped-def]
    tid, _ = target_of(demo_db, "draft")
    with work(demo_db, "czj") as u, pytest.raises(UserErrors):
        ts.approve(u, tid)


def test_submitting_with_error_findings_is_refused_with_the_reasons(demo_db) -> None:  # type: ignore[no-untyped-def]
    tid, pid = target_of(demo_db, "draft")
    with work(demo_db) as u:
        head, draft = ts.load_target(u.session, pid)
        draft.indicators[0].unit = ""
        draft.indicators[0].value_text = "100"
        u.session.get(m.Project, pid).negative_externality = False
        ts.save_target(u, pid, draft)
        u.commit()
    with work(demo_db) as u, pytest.raises(UserErrors) as info:
        ts.submit(u, tid)
    assert any("unit" in str(e) for e in info.value.errors)


@pytest.mark.parametrize("status", ["submitted", "approved"])
def test_a_submitted_or_approved_target_cannot_be_edited(demo_db, status: str) -> None:  # type: ignore[no-untyped-def]
    _, pid = target_of(demo_db, status)
    with work(demo_db) as u:
        _, draft = ts.load_target(u.session, pid)
        with pytest.raises(UserErrors, match="locked"):
            ts.save_target(u, pid, draft)


def test_an_adjustment_keeps_the_approved_version_and_starts_a_new_draft(demo_db) -> None:  # type: ignore[no-untyped-def]
    tid, pid = target_of(demo_db, "approved")
    with work(demo_db) as u:
        with pytest.raises(UserErrors, match="reason"):
            ts.adjust(u, tid, "")
        new_id = ts.adjust(u, tid, "项目实施内容调整")
        _, draft = ts.load_target(u.session, pid)
        draft.indicators[0].weight = Decimal(7)
        ts.save_target(u, pid, draft)
        u.commit()
    with demo_db.sessions() as s:
        old, new = s.get(m.PerformanceTarget, tid), s.get(m.PerformanceTarget, new_id)
        assert (old.status, old.is_current, new.status, new.is_current) == ("approved", False, "draft", True)
        assert (new.version, new.replaces_id, new.adjustment_reason) == (old.version + 1, tid, "项目实施内容调整")
        assert old.indicators[0].weight != Decimal(7) and new.indicators[0].weight == Decimal(7)
        assert len(old.indicators) == len(new.indicators)


def test_copy_from_last_year_shows_what_changed(demo_db) -> None:  # type: ignore[no-untyped-def]
    _, pid = target_of(demo_db, "draft")
    with demo_db.sessions() as s:
        last = ts.last_year_draft(s, pid)
        _, current = ts.load_target(s, pid)
    assert last is not None and last.indicators
    changes = ts.diff(last, current)
    kinds = {c.kind for c in changes}
    assert kinds <= {"added", "removed", "changed"} and changes
    same = ts.diff(last, last)
    assert same == []


def test_the_review_queue_lists_submitted_targets_with_their_finding_counts(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        queue = ts.review_queue(s, year=2025)
        submitted = s.scalars(select(m.PerformanceTarget.id).join(m.Project).join(m.BudgetYear).where(
            m.BudgetYear.year == 2025, m.PerformanceTarget.status == "submitted")).all()
    assert sorted(r["target_id"] for r in queue) == sorted(submitted)
    assert all({"errors", "warnings", "notes"} <= set(r) for r in queue)

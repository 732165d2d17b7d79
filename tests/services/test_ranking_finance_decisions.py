"""Finance decides the last places the ranking left to it (报财政研究决定); the decision carries over a re-run
while the rule still leaves the project to finance (RULES §7)."""

from __future__ import annotations

import pytest

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import Decision
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.services import ranking as svc
from tests.services.scenario import NOW, P, build, category, set_score


def work(db) -> UnitOfWork:  # type: ignore[no-untyped-def]
    return UnitOfWork(db.sessions, user="张会计", now=NOW)


def entries(db, run_id: int) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        view = svc.load_run(s, run_id)
    return {e.code: (e, r) for e, r in zip(view.entries, view.rows, strict=True)}


def test_finance_cancels_the_last_of_a_small_department_and_a_re_run_keeps_the_decision(db) -> None:  # type: ignore[no-untyped-def]
    ids = build(db, [*category(6), P("F1", "90", department="县文化和旅游局"), P("F2", "80", department="县文化和旅游局")])
    with work(db) as uow:
        run_id = svc.create_run(uow, 2025)
    f2, row = entries(db, run_id)["F2"]
    assert f2.decision is Decision.REPORT_ONLY
    with work(db) as uow, pytest.raises(UserErrors, match="record the reason"):
        svc.decide(uow, row["id"], Decision.CANCEL, reason="")
    with work(db) as uow:
        svc.decide(uow, row["id"], Decision.CANCEL, reason="项目已无实施必要")
    decided, _ = entries(db, run_id)["F2"]
    assert (decided.decision, decided.cut, decided.exception_reason) == (Decision.CANCEL, Money.wan(100), "项目已无实施必要")
    set_score(db, ids["P01"], "99")  # scores change: a new draft, finance's decision carried over
    with work(db) as uow:
        new_id, _changes = svc.rerun(uow, run_id)
    carried, _ = entries(db, new_id)["F2"]
    assert (carried.decision, carried.proposed_decision, carried.exception_reason) == (
        Decision.CANCEL, Decision.REPORT_ONLY, "项目已无实施必要")


def test_a_project_the_rule_decided_does_not_take_finance_s_decision(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(6))
    with work(db) as uow:
        run_id = svc.create_run(uow, 2025)
    _, row = entries(db, run_id)["P06"]
    with work(db) as uow, pytest.raises(UserErrors, match="only a project left for finance to decide"):
        svc.decide(uow, row["id"], Decision.KEEP, reason="x")

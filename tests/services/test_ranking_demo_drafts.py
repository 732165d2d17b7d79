"""On the demo county, no draft or returned self-evaluation is ranked or cut: each is listed apart as not
complete (before, drafts were cut like final ones)."""

from __future__ import annotations

from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.engine import open_database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import Decision
from perfdesk.core.services import ranking as svc


def test_the_demo_s_unfinished_self_evaluations_are_listed_apart_never_ranked(demo_db_path) -> None:  # type: ignore[no-untyped-def]
    with open_database(demo_db_path) as db:
        with UnitOfWork(db.sessions, user="test") as uow:
            year = svc.default_year(uow.session)
            run_id = svc.create_run(uow, year)  # type: ignore[arg-type]
        with db.sessions() as s:
            view = svc.load_run(s, run_id)
            status = dict(s.execute(select(m.SelfEvaluation.project_id, m.SelfEvaluation.status)).all())
    by_status: dict[str, set[Decision]] = {}
    for e, row in zip(view.entries, view.rows, strict=True):
        if row["project_id"] in status and e.score_source != "key":
            by_status.setdefault(status[row["project_id"]], set()).add(e.decision)
    unfinished = by_status.get("draft", set()) | by_status.get("returned", set())
    assert unfinished and unfinished <= {Decision.INCOMPLETE, Decision.EXCLUDED}
    assert Decision.INCOMPLETE not in by_status.get("approved", set()) | by_status.get("submitted", set())

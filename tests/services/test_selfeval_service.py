"""Self-evaluation services on the demo database: stored scores, entry, overrides, workflow, ranking."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_selfeval as Q
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.services import selfeval, settings


def _work(db):  # type: ignore[no-untyped-def]
    return UnitOfWork(db.sessions, "tester")


def _quantitative_line(db):  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        line = s.scalars(select(m.SelfEvalLine).where(m.SelfEvalLine.kind == "indicator",
                                                      m.SelfEvalLine.target_text.like("≥%人"))).first()
        return line.id, line.evaluation_id, line.points


def test_demo_databases_come_scored_with_settings_and_explanations(demo_db) -> None:
    with demo_db.sessions() as s:
        evaluations = list(s.scalars(select(m.SelfEvaluation)))
        assert evaluations and all(e.total_final is not None and e.grade in "优良中差" for e in evaluations)
        assert all(e.params["scoring"]["execution_points"] == "10" for e in evaluations)
        lines = list(s.scalars(select(m.SelfEvalLine)))
        assert all(ln.computed_score is not None and ln.explanation for ln in lines)


def test_the_total_is_the_sum_of_the_stored_line_scores(demo_db) -> None:
    with demo_db.sessions() as s:
        ev = s.scalars(select(m.SelfEvaluation)).first()
        finals = [ln.override_score if ln.override_score is not None else ln.computed_score for ln in ev.lines
                  if ln.kind != "sub_row" and not ln.not_applicable]
        assert ev.total_final == sum(finals, D(0)) == ev.total_computed


def test_a_short_actual_scores_points_times_actual_over_target_with_the_numbers(demo_db) -> None:
    line_id, eid, points = _quantitative_line(demo_db)
    with _work(demo_db) as uow:
        ev = uow.session.get(m.SelfEvaluation, eid)
        ev.status = "draft"
        uow.commit()
    with _work(demo_db) as uow:
        line = uow.session.get(m.SelfEvalLine, line_id)
        target = D(line.target_text.strip("≥人"))
        result = selfeval.save_entry(uow, eid, {line_id: {"actual_text": f"{target / 2}人"}})
    with demo_db.sessions() as s:
        line = s.get(m.SelfEvalLine, line_id)
        assert line.actual_num == target / 2
        assert line.computed_score == (points / 2).quantize(D("0.01"))
        assert f"× {points} points" in line.explanation and "= " in line.explanation
        assert s.get(m.SelfEvaluation, eid).total_final == result.total
        audit = s.scalars(select(m.AuditLog).where(m.AuditLog.action == "selfeval.entry")).all()
        assert audit and audit[-1].details["field"] == "actual_text"


def test_a_score_set_by_hand_needs_a_reason_is_audited_and_moves_only_the_final_total(demo_db) -> None:
    line_id, eid, points = _quantitative_line(demo_db)
    with _work(demo_db) as uow, pytest.raises(UserErrors):
        selfeval.set_override(uow, line_id, D(1), "  ")
    with demo_db.sessions() as s:
        before = s.get(m.SelfEvaluation, eid)
        computed, final = before.total_computed, before.total_final
        line_score = s.get(m.SelfEvalLine, line_id).computed_score
    with _work(demo_db) as uow:
        selfeval.set_override(uow, line_id, line_score - 1, "佐证材料显示仅部分完成")
    with demo_db.sessions() as s:
        ev = s.get(m.SelfEvaluation, eid)
        assert (ev.total_computed, ev.total_final) == (computed, final - 1)
        entry = s.scalars(select(m.AuditLog).where(m.AuditLog.action == "selfeval.override")).one()
        assert entry.details["reason"] == "佐证材料显示仅部分完成" and entry.user == "tester"


def test_an_override_outside_the_points_is_refused(demo_db) -> None:
    line_id, _eid, points = _quantitative_line(demo_db)
    with _work(demo_db) as uow, pytest.raises(UserErrors):
        selfeval.set_override(uow, line_id, points + 1, "reason")


def test_the_live_preview_scores_unsaved_edits_without_writing(demo_db) -> None:
    line_id, eid, _points = _quantitative_line(demo_db)
    with demo_db.sessions() as s:
        stored = s.get(m.SelfEvaluation, eid).total_final
        changed = selfeval.preview(s, eid, {line_id: {"actual_text": "0人"}})
        assert changed.total < stored
        assert s.get(m.SelfEvaluation, eid).total_final == stored


def test_submitted_evaluations_are_locked_until_finance_returns_them_with_a_comment(demo_db) -> None:
    _line, eid, _ = _quantitative_line(demo_db)
    with _work(demo_db) as uow:
        uow.session.get(m.SelfEvaluation, eid).status = "draft"
        uow.commit()
    with _work(demo_db) as uow:
        selfeval.submit(uow, eid)
    with _work(demo_db) as uow, pytest.raises(UserErrors):
        selfeval.save_entry(uow, eid, {})
    with _work(demo_db) as uow, pytest.raises(UserErrors):
        selfeval.return_for_changes(uow, eid, "")
    with _work(demo_db) as uow:
        selfeval.return_for_changes(uow, eid, "请补充佐证材料")
    with demo_db.sessions() as s:
        ev = s.get(m.SelfEvaluation, eid)
        assert (ev.status, ev.review_comment, ev.reviewed_by) == ("returned", "请补充佐证材料", "tester")


def test_changed_settings_are_stored_with_the_result(demo_db) -> None:
    with _work(demo_db) as uow:
        settings.save(uow, ScoringParams(rounding="integer"))
        uow.commit()
    with _work(demo_db) as uow:
        selfeval.score_year(uow, 2025)
    with demo_db.sessions() as s:
        ev = s.scalars(select(m.SelfEvaluation).join(m.Project).join(m.BudgetYear)
                       .where(m.BudgetYear.year == 2025)).first()
        assert ev.params["scoring"]["rounding"] == "integer"
        assert all(ln.computed_score == ln.computed_score.to_integral_value() for ln in ev.lines)


def test_each_unit_ranks_its_projects_high_to_low_and_ties_share_a_rank(demo_db) -> None:
    with demo_db.sessions() as s:
        rows = selfeval.unit_ranking(s, 2025)
    assert rows
    for unit in {r.unit for r in rows}:
        mine = [r for r in rows if r.unit == unit]
        scores = [r.score for r in mine]
        assert scores == sorted(scores, reverse=True)
        assert mine[0].rank == 1
        for a, b in zip(mine, mine[1:], strict=False):
            assert (b.rank == a.rank) == (b.score == a.score)


def test_starting_an_evaluation_lists_the_approved_indicators_with_their_targets(demo_db) -> None:
    with demo_db.sessions() as s:
        project_id = s.scalar(select(m.PerformanceTarget.project_id).where(m.PerformanceTarget.status == "approved",
                                                                           m.PerformanceTarget.is_current.is_(True)))
        existing = Q.evaluation_id_of_project(s, project_id)
        s.execute(m.SelfEvaluation.__table__.delete().where(m.SelfEvaluation.id == existing))
        s.commit()
        wanted = [i["name"] for i in Q.current_indicators(s, project_id)]
    with _work(demo_db) as uow:
        eid = selfeval.start_evaluation(uow, project_id)
    with demo_db.sessions() as s:
        lines = Q.line_rows(s, ids=[eid])[eid]
    assert [ln["name"] for ln in lines[1:]] == wanted and lines[0]["kind"] == "execution"
    assert all(ln["target_text"] for ln in lines[1:])


def test_objects_the_session_holds_show_the_scores_just_stored_before_the_commit(demo_db) -> None:
    line_id, eid, _points = _quantitative_line(demo_db)
    with _work(demo_db) as uow:
        ev, line = uow.session.get(m.SelfEvaluation, eid), uow.session.get(m.SelfEvalLine, line_id)
        ev.total_final, line.computed_score, line.explanation = D(1), D(0), "stale"
        uow.session.flush()
        selfeval.rescore(uow, [eid])
        stored = uow.session.execute(select(m.SelfEvaluation.__table__.c.total_final)
                                     .where(m.SelfEvaluation.id == eid)).scalar_one()
        assert ev.total_final == stored != D(1)
        assert line.explanation != "stale" and line.computed_score == uow.session.execute(
            select(m.SelfEvalLine.__table__.c.computed_score).where(m.SelfEvalLine.id == line_id)).scalar_one()

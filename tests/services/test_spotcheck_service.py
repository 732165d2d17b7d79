"""Spot checks: reproducible draws, review rules, quality per unit, the ranking choice."""

from __future__ import annotations

from decimal import Decimal as D

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_selfeval as Q
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import selfeval, spotcheck


def _draw(db, seed: int) -> int:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, "finance") as uow:
        return spotcheck.draw(uow, 2025, seed)


def _sample(db, check_id: int) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return [(it.code, it.selected_because) for it in spotcheck.compared_items(s, check_id)]


def test_the_same_seed_draws_the_same_sample_and_the_rule_is_recorded(demo_db) -> None:
    first, second = _draw(demo_db, 42), _draw(demo_db, 42)
    assert _sample(demo_db, first) == _sample(demo_db, second)
    assert _sample(demo_db, first) != _sample(demo_db, _draw(demo_db, 43))
    with demo_db.sessions() as s:
        check = s.get(m.SpotCheck, first)
        assert check.seed == 42 and check.rule["spotcheck"]["sample_percent"] == "20" and check.rule["group_by"] == "department"


def test_every_department_is_sampled_at_least_once(demo_db) -> None:
    check_id = _draw(demo_db, 1)
    with demo_db.sessions() as s:
        units = {it.unit for it in spotcheck.compared_items(s, check_id)}
        departments = {e["department_name"] or e["unit_name"] for e in Q.evaluation_rows(s, year=2025)}
    assert units == departments


def test_a_line_without_evidence_scores_zero_in_review_and_quality_is_the_mean_absolute_difference(demo_db) -> None:
    check_id = _draw(demo_db, 5)
    with demo_db.sessions() as s:
        item = spotcheck.compared_items(s, check_id)[0]
    victim = next(ln for ln in item.lines if ln.self_score and ln.name != "预算执行率")
    with UnitOfWork(demo_db.sessions, "reviewer") as uow:
        total = spotcheck.review_item(uow, item.item_id, {victim.line_id: spotcheck.ReviewInput(has_evidence=False)},
                                      conclusion="佐证不足")
    assert total == item.self_total - victim.self_score
    with demo_db.sessions() as s:
        again = next(it for it in spotcheck.compared_items(s, check_id) if it.item_id == item.item_id)
    line = next(ln for ln in again.lines if ln.line_id == victim.line_id)
    assert (line.review_score, line.rule) == (D(0), "no_evidence") and "佐证" not in line.reason or line.reason
    quality = {q.unit: q for q in spotcheck.quality_by_unit([again])}[again.unit]
    assert quality.mean_absolute_difference == victim.self_score / len(again.lines)


def test_the_review_total_ranks_only_when_finance_chooses_it(demo_db) -> None:
    check_id = _draw(demo_db, 9)
    with demo_db.sessions() as s:
        item = spotcheck.compared_items(s, check_id)[0]
    with UnitOfWork(demo_db.sessions, "reviewer") as uow:
        spotcheck.review_item(uow, item.item_id, {ln.line_id: spotcheck.ReviewInput(D(0)) for ln in item.lines})
    with demo_db.sessions() as s:
        row = next(r for r in selfeval.unit_ranking(s, 2025) if r.code == item.code)
        assert (row.score, row.score_source) == (item.self_total, "self")
    with UnitOfWork(demo_db.sessions, "chief") as uow:
        spotcheck.choose_for_ranking(uow, item.item_id, True)
    with demo_db.sessions() as s:
        row = next(r for r in selfeval.unit_ranking(s, 2025) if r.code == item.code)
        chosen = s.get(m.SpotCheckItem, item.item_id)
        assert (row.score, row.score_source, row.grade) == (D(0), "review", "差")
        assert chosen.choice_by == "chief" and chosen.choice_at is not None

"""Spot-check review totals on the self score's basis (RULES §5, issue 15 item 5): a review that changes nothing
totals exactly the self score (not-applicable lines left out, the execution-rate cap and the rounding of the self
score applied), so it shows a difference of 0, opens no rectification item and ranks the capped score."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.services import ledger, selfeval, settings, spotcheck


def _drawn(db, *, best: bool = False) -> spotcheck.ComparedItem:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, "finance") as uow:
        check_id = spotcheck.draw(uow, 2025, 7)
    with db.sessions() as s:
        items = spotcheck.compared_items(s, check_id)
    return max(items, key=lambda it: it.self_total) if best else items[0]


def _change(db, evaluation_id: int, change) -> None:  # type: ignore[no-untyped-def]
    """Change the stored self-evaluation, then score it again as a unit would before submitting."""
    with UnitOfWork(db.sessions, "unit") as uow:
        change(uow.session.get(m.SelfEvaluation, evaluation_id))
        uow.session.flush()
        selfeval.rescore(uow, [evaluation_id])
        uow.commit()


def _again(db, item: spotcheck.ComparedItem) -> spotcheck.ComparedItem:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        items = spotcheck.compared_items(s, s.get(m.SpotCheckItem, item.item_id).spot_check_id)
    return next(it for it in items if it.item_id == item.item_id)


def _review(db, item, findings=None) -> D:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, "reviewer") as uow:
        return spotcheck.review_item(uow, item.item_id, findings or {}, conclusion="")


def _spot_ledger_items(db) -> int:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, "finance") as uow:
        return ledger.items_from_findings(uow, 2025)["spot_check"]


def _not_applicable_line(db, item) -> m.SelfEvalLine:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalars(select(m.SelfEvalLine).where(m.SelfEvalLine.evaluation_id == item.evaluation_id,
                                                      m.SelfEvalLine.kind == "indicator", m.SelfEvalLine.points > 0)
                         .order_by(m.SelfEvalLine.sort_order)).first()


def _mark_not_applicable(db, item) -> m.SelfEvalLine:  # type: ignore[no-untyped-def]
    line = _not_applicable_line(db, item)

    def change(ev: m.SelfEvaluation) -> None:
        next(ln for ln in ev.lines if ln.id == line.id).not_applicable = True
    _change(db, item.evaluation_id, change)
    return line


@pytest.mark.parametrize("rescale", [False, True])
def test_a_review_without_findings_leaves_a_not_applicable_line_out_and_differs_by_0(demo_db, rescale) -> None:
    if rescale:  # 百分制折算: the other lines' self scores are rescaled; the review keeps them as they are
        with UnitOfWork(demo_db.sessions, "finance") as uow:
            settings.save(uow, ScoringParams(rescale_not_applicable=True))
            uow.commit()
    item = _drawn(demo_db)
    line = _mark_not_applicable(demo_db, item)
    before = _again(demo_db, item)
    assert line.computed_score and line.computed_score > 0  # what today's review added: +its rule score
    total = _review(demo_db, item)
    after = _again(demo_db, item)
    assert total == after.review_total == before.self_total and after.difference == 0
    compared = next(ln for ln in after.lines if ln.line_id == line.id)
    assert compared.review_score is None and compared.difference is None
    assert _spot_ledger_items(demo_db) == 0


def test_a_finding_on_a_counted_line_still_shows_its_difference_and_opens_an_item(demo_db) -> None:
    item = _drawn(demo_db)
    _mark_not_applicable(demo_db, item)
    before = _again(demo_db, item)
    victim = next(ln for ln in before.lines if ln.self_score and ln.name != "预算执行率"
                  and ln.line_id != _not_applicable_line(demo_db, item).id)
    total = _review(demo_db, item, {victim.line_id: spotcheck.ReviewInput(has_evidence=False)})
    assert total == before.self_total - victim.self_score
    assert _again(demo_db, item).difference == -victim.self_score
    assert _spot_ledger_items(demo_db) == 1


def _capped(db) -> spotcheck.ComparedItem:  # type: ignore[no-untyped-def]
    """The best drawn project, with 65% of its budget spent and the execution-rate caps on (65% → at most 79)."""
    with UnitOfWork(db.sessions, "finance") as uow:
        settings.save(uow, ScoringParams(caps_enabled=True))
        uow.commit()
    item = _drawn(db, best=True)

    def spend_65(ev: m.SelfEvaluation) -> None:
        ev.spent_fen = ev.full_year_budget_fen * 65 // 100
    _change(db, item.evaluation_id, spend_65)
    return _again(db, item)


def test_a_review_without_findings_keeps_the_execution_rate_cap_and_ranks_the_capped_score(demo_db) -> None:
    item = _capped(demo_db)
    with demo_db.sessions() as s:
        ev = s.get(m.SelfEvaluation, item.evaluation_id)
        lines_total = sum(ln.computed_score for ln in ev.lines if ln.kind != "sub_row" and not ln.not_applicable)
    assert item.self_total == D(79) and lines_total > D(79)  # the cap is what today's review dropped
    assert _review(demo_db, item) == D(79)
    again = _again(demo_db, item)
    assert again.difference == 0 and _spot_ledger_items(demo_db) == 0
    execution = next(ln for ln in again.lines if ln.name == "预算执行率")
    assert f"the lines add up to {lines_total.normalize():f}" in execution.reason and "capped at 79" in execution.reason
    with UnitOfWork(demo_db.sessions, "chief") as uow:
        spotcheck.choose_for_ranking(uow, item.item_id, True)
    with demo_db.sessions() as s:
        row = next(r for r in selfeval.unit_ranking(s, 2025) if r.code == item.code)
    assert (row.score, row.score_source) == (D(79), "review")


def test_a_review_lowering_a_capped_table_below_its_cap_shows_the_difference(demo_db) -> None:
    item = _capped(demo_db)
    with demo_db.sessions() as s:
        ev = s.get(m.SelfEvaluation, item.evaluation_id)
        lines_total = sum(ln.computed_score for ln in ev.lines if ln.kind != "sub_row" and not ln.not_applicable)
    findings = {ln.line_id: spotcheck.ReviewInput(D(0)) for ln in item.lines if ln.name != "预算执行率"}
    execution = next(ln for ln in item.lines if ln.name == "预算执行率")
    total = _review(demo_db, item, findings)
    assert total == execution.self_score < D(79) and lines_total > D(79)
    assert _again(demo_db, item).difference == execution.self_score - D(79)
    assert _spot_ledger_items(demo_db) == 1


def test_a_review_score_above_the_line_points_is_refused_with_the_bound(demo_db) -> None:
    item = _drawn(demo_db)
    line = next(ln for ln in item.lines if ln.points and ln.name != "预算执行率")
    with pytest.raises(UserErrors) as caught:
        _review(demo_db, item, {line.line_id: spotcheck.ReviewInput(line.points + 1)})
    assert f"0–{line.points.normalize():f}" in str(caught.value)


def test_a_review_score_on_a_not_applicable_line_is_refused(demo_db) -> None:
    item = _drawn(demo_db)
    line = _mark_not_applicable(demo_db, item)
    with pytest.raises(UserErrors) as caught:
        _review(demo_db, item, {line.id: spotcheck.ReviewInput(D(1))})
    assert f"{line.name}: not applicable, not counted" in str(caught.value)

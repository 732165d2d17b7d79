"""Ranking runs in the database: saved, adjusted, confirmed (then immutable), audited, re-run (RULES §7)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import Decision
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.rules.params import RankingParams
from perfdesk.core.services import ranking as svc
from tests.services.scenario import NOW, P, build, category, set_score


def work(db, user: str = "张会计") -> UnitOfWork:  # type: ignore[no-untyped-def]
    return UnitOfWork(db.sessions, user=user, now=NOW)


def new_run(db, year: int = 2025, **kw) -> int:  # type: ignore[no-untyped-def]
    with work(db) as uow:
        return svc.create_run(uow, year, **kw)


def load(db, run_id: int) -> svc.RunView:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return svc.load_run(s, run_id)


def by_code(view: svc.RunView) -> dict[str, tuple]:
    return {e.code: (e, r) for e, r in zip(view.entries, view.rows, strict=True)}


def guanxian() -> list[P]:
    """An arithmetic fixture, not a reproduction of published data: 冠县 published only its totals (seed 000:
    73 projects cut 3,037万元, 15 eliminated 1,424万元, 7 on probation 235万元), not its departments, projects,
    scores or budgets. The sizes and budgets here are invented so that the rule, applied per department, gives
    exactly those totals: 22 departments rank their own projects, 15 of 20 (bottom 4), 7 of 25 (bottom 5); 73
    cuts of 10% make 3,037万元, 15 cancellations 1,424万元, and 7 last places kept on probation (cut 10%)
    235万元. The 冠县-shaped county under the defaults is tests/unit/test_ranking_guanxian.py."""
    cut_budgets = iter(["400"] * 72 + ["1570"])
    cancel_budgets = iter(["90"] * 14 + ["164"])
    probation_budgets = iter(["300"] * 6 + ["550"])
    out = []
    for d in range(22):
        size, bottom = (20, 4) if d < 15 else (25, 5)
        for i in range(size):
            rank = i + 1
            if rank == size:
                budget = next(cancel_budgets) if d < 15 else next(probation_budgets)
            else:
                budget = next(cut_budgets) if rank > size - bottom else "50"
            out.append(P(f"D{d:02d}P{i:02d}", str(100 - i), budget, department=f"部门{d:02d}"))
    return out


def test_an_arithmetic_guanxian_style_year_gives_the_published_totals(db) -> None:  # type: ignore[no-untyped-def]
    build(db, guanxian())  # the defaults rank within each department
    run_id = new_run(db)
    view = load(db, run_id)
    for e, row in zip(view.entries, view.rows, strict=True):
        if e.decision is Decision.CANCEL and e.group >= "部门15":
            with work(db) as uow:
                svc.put_on_probation(uow, row["id"], reason="涉及民生，确实难以取消", owner=e.department)
    with work(db, "李局长") as uow:
        ledger_items = svc.confirm_run(uow, run_id)
    view = load(db, run_id)
    summary = view.summary()
    assert summary.text() == ("Cut: 73 projects, 3,037.00万元; Cancel: 15 projects, 1,424.00万元; "
                              "Probation: 7 projects, 235.00万元; 4,696.00万元 in all")
    lines = {line.decision: (line.count, line.cut) for line in summary.lines}
    assert lines[Decision.CUT] == (73, Money.wan(3037))
    assert lines[Decision.CANCEL] == (15, Money.wan(1424))
    assert lines[Decision.PROBATION] == (7, Money.wan(235))
    assert (summary.total_count, summary.total_cut) == (95, Money.wan(4696))
    assert (view.status, view.confirmed_by, view.version) == ("confirmed", "李局长", 1)
    assert len(ledger_items) == 7
    assert len(view.budget_suggestions()) == 95
    assert len(view.entries) == 15 * 20 + 7 * 25 and len({e.code for e in view.entries}) == len(view.entries)
    assert all(e.cut + e.suggested_budget == e.budget for e in view.entries)


def test_every_decision_records_its_rule_and_numbers_and_the_run_its_parameters(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(10))
    view = load(db, new_run(db))
    ninth, _ = by_code(view)["P09"]
    assert ninth.rule == "rank 9 of 10, bottom 20% of 10 rounded up = 2 → cut 10%"
    assert (ninth.cut_ratio, ninth.cut, ninth.suggested_budget) == (Decimal("0.1"), Money.wan(10), Money.wan(90))
    assert view.params["ranking"]["min_cut_percent"] == "10"
    assert view.params["ranking"]["bottom_count_rounding"] == "ceil"
    assert view.params["scoring"]["grade_excellent"] == "90"


@pytest.mark.parametrize(("n", "cut", "cancelled", "for_finance"),
                         [(1, 0, 0, 1), (2, 0, 0, 1), (4, 0, 0, 1), (5, 0, 1, 0), (10, 1, 1, 0), (11, 2, 1, 0)])
def test_category_sizes_at_the_twenty_percent_boundaries(db, n, cut, cancelled, for_finance) -> None:  # type: ignore[no-untyped-def]
    build(db, category(n))
    decisions = [e.decision for e in load(db, new_run(db)).entries]
    assert decisions.count(Decision.CUT) == cut and decisions.count(Decision.CANCEL) == cancelled
    assert decisions.count(Decision.REPORT_ONLY) == for_finance


def test_transfers_from_above_are_listed_apart_and_unscored_projects_too(db) -> None:  # type: ignore[no-untyped-def]
    build(db, [*category(3), P("C1", "20", origin="central_transfer"), P("N1", "30", origin="non_fiscal"),
               P("U1", None)])
    view = load(db, new_run(db))
    apart = {e.code: (e.decision, e.in_scope, e.exclusion_reason) for e, _ in view.apart()}
    assert apart == {"U1": (Decision.UNSCORED, True, ""),
                     "C1": (Decision.EXCLUDED, False, "Central transfer: out of the scope of last-place elimination"),
                     "N1": (Decision.EXCLUDED, False, "Non-fiscal funds: out of the scope of last-place elimination")}
    assert [e.code for e, _ in view.ranked()[("self", "县教育局")]] == ["P01", "P02", "P03"]


def test_a_key_evaluation_score_ranks_the_project_in_its_key_category(db) -> None:  # type: ignore[no-untyped-def]
    keys = [P(f"K{i}", str(90 - i), key="key_single") for i in range(1, 6)]
    build(db, [*category(2), *keys, P("KP", "60", key="key_single", kind="policy")])
    entries = {e.code: e for e in load(db, new_run(db)).entries}
    assert (entries["K5"].category, entries["K5"].score_source, entries["K5"].decision) == (
        "key_project", "key", Decision.CANCEL)
    # a policy is ranked only against policies: alone in its list, left for finance to decide
    assert (entries["KP"].category, entries["KP"].rank, entries["KP"].decision) == (
        "key_policy", 1, Decision.REPORT_ONLY)
    assert entries["P01"].score_source == "self"


def test_a_spot_check_review_chosen_for_ranking_replaces_the_self_score(db) -> None:  # type: ignore[no-untyped-def]
    ids = build(db, category(5))
    with db.sessions() as s:
        ev = s.scalar(select(m.SelfEvaluation).where(m.SelfEvaluation.project_id == ids["P01"]))
        check = m.SpotCheck(year_id=1, seed=1, rule={}, created_at=NOW)
        s.add(check)
        s.flush()
        s.add(m.SpotCheckItem(spot_check_id=check.id, evaluation_id=ev.id, selected_because="sample",
                              review_total=Decimal("50"), use_for_ranking=True))
        s.commit()
    entries = {e.code: e for e in load(db, new_run(db)).entries}
    assert (entries["P01"].score, entries["P01"].score_source, entries["P01"].decision) == (
        Decimal("50"), "review", Decision.CANCEL)


def test_finance_raises_a_cut_but_below_the_minimum_needs_an_exception_reason(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(10))
    run_id = new_run(db)
    _, row = by_code(load(db, run_id))["P09"]
    with work(db) as uow:
        svc.adjust_cut(uow, row["id"], Decimal("0.3"))
    with work(db) as uow, pytest.raises(UserErrors, match="below the minimum of 10%"):
        svc.adjust_cut(uow, row["id"], Decimal("0.05"))
    e, _ = by_code(load(db, run_id))["P09"]
    assert (e.decision, e.cut, e.suggested_budget) == (Decision.CUT, Money.wan(30), Money.wan(70))
    with work(db) as uow:
        svc.adjust_cut(uow, row["id"], Decimal("0.05"), exception_reason="县政府常务会议决定")
    e, _ = by_code(load(db, run_id))["P09"]
    assert (e.cut, e.exception_reason) == (Money.wan(5), "县政府常务会议决定")


def test_probation_requires_a_reason_and_an_owner(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(5))
    run_id = new_run(db)
    _, row = by_code(load(db, run_id))["P05"]
    with work(db) as uow, pytest.raises(UserErrors) as caught:
        svc.put_on_probation(uow, row["id"], reason="", owner="")
    assert len(caught.value.errors) == 2
    e, _ = by_code(load(db, run_id))["P05"]
    assert e.decision is Decision.CANCEL


def test_a_confirmed_run_is_immutable_and_every_step_is_audited(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(5))
    run_id = new_run(db)
    _, row = by_code(load(db, run_id))["P05"]
    with work(db, "李局长") as uow:
        svc.confirm_run(uow, run_id)
    for attempt in (lambda u: svc.adjust_cut(u, row["id"], Decimal("0.5"), exception_reason="x"),
                    lambda u: svc.put_on_probation(u, row["id"], reason="r", owner="o"),
                    lambda u: svc.confirm_run(u, run_id), lambda u: svc.delete_draft(u, run_id)):
        with work(db) as uow, pytest.raises(UserErrors, match="confirmed and can no longer be changed"):
            attempt(uow)
    with db.sessions() as s:
        log = s.execute(select(m.AuditLog.action, m.AuditLog.user, m.AuditLog.entity_id)
                        .where(m.AuditLog.action.like("ranking.%")).order_by(m.AuditLog.id)).all()
    assert log == [("ranking.run.create", "张会计", run_id), ("ranking.run.confirm", "李局长", run_id)]
    e, _ = by_code(load(db, run_id))["P05"]
    assert e.decision is Decision.CANCEL


def test_an_adjustment_is_audited_with_before_and_after(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(10))
    run_id = new_run(db)
    _, row = by_code(load(db, run_id))["P09"]
    with work(db) as uow:
        svc.adjust_cut(uow, row["id"], Decimal("0.2"))
    with db.sessions() as s:
        details = s.scalar(select(m.AuditLog.details).where(m.AuditLog.action == "ranking.entry.adjust"))
    assert details["before"] == {"decision": "cut", "cut_ratio": "0.1", "cut_fen": Money.wan(10).fen}
    assert details["after"] == {"decision": "cut", "cut_ratio": "0.2", "cut_fen": Money.wan(20).fen}


def test_re_running_on_changed_scores_shows_what_changed_and_keeps_adjustments(db) -> None:  # type: ignore[no-untyped-def]
    ids = build(db, category(10))
    first = new_run(db)
    _, row = by_code(load(db, first))["P09"]
    with work(db) as uow:
        svc.adjust_cut(uow, row["id"], Decimal("0.25"))
    set_score(db, ids["P01"], "50")  # the best project falls to the last place
    with work(db) as uow:
        second, changes = svc.rerun(uow, first)
    view = load(db, second)
    assert view.version == 2 and view.status == "draft"
    changed = {c.code: {f.field: (f.before, f.after) for f in c.changes} for c in changes}
    assert changed["P01"]["decision"] == (Decision.KEEP, Decision.CANCEL)
    assert changed["P10"]["decision"] == (Decision.CANCEL, Decision.CUT)
    assert changed["P09"]["decision"] == (Decision.CUT, Decision.KEEP)
    assert by_code(view)["P09"][0].cut == Money(0)


def test_a_re_run_carries_an_adjustment_where_the_rule_proposes_the_same(db) -> None:  # type: ignore[no-untyped-def]
    ids = build(db, category(10))
    first = new_run(db)
    _, row = by_code(load(db, first))["P09"]
    with work(db) as uow:
        svc.adjust_cut(uow, row["id"], Decimal("0.25"))
    set_score(db, ids["P01"], "99.5")
    with work(db) as uow:
        second, changes = svc.rerun(uow, first)
    assert by_code(load(db, second))["P09"][0].cut == Money.wan(25)
    assert {c.code for c in changes} == {"P01"}


def test_a_crash_while_carrying_adjustments_over_leaves_no_run_without_them(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = build(db, category(10))
    first = new_run(db)
    _, row = by_code(load(db, first))["P09"]
    with work(db) as uow:
        svc.put_on_probation(uow, row["id"], reason="涉及民生", owner="县农业农村局")
    set_score(db, ids["P01"], "99.5")
    with db.sessions() as s:
        before = (s.scalar(select(func.count()).select_from(m.RankingRun)),
                  s.scalar(select(func.count()).select_from(m.RankingEntry)))

    def crash(*_a, **_k):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt  # the process dies between the new draft and the carried adjustments

    monkeypatch.setattr(svc, "_carry_adjustments", crash)
    with pytest.raises(KeyboardInterrupt), work(db) as uow:
        svc.rerun(uow, first)
    with db.sessions() as s:
        after = (s.scalar(select(func.count()).select_from(m.RankingRun)),
                 s.scalar(select(func.count()).select_from(m.RankingEntry)))
    assert after == before  # no new draft that the next `rank --confirm` would confirm without the probation
    assert svc.latest_run_id(db.sessions(), 2025) == first


def test_what_if_parameters_compute_without_saving(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(10))
    with db.sessions() as s:
        result = svc.compute(s, 2025, RankingParams(bottom_percent=Decimal(30)))
        assert [e.decision for e in result.entries].count(Decision.CUT) == 2
        assert s.scalar(select(m.RankingRun.id)) is None


def test_the_json_lists_every_project_with_the_fields_the_cli_promises(db) -> None:  # type: ignore[no-untyped-def]
    build(db, [*category(10), P("C1", "20", origin="central_transfer")])
    data = svc.as_json(load(db, new_run(db)))
    assert len(data["projects"]) == 11
    p09 = next(p for p in data["projects"] if p["project"] == "P09")
    assert {k: p09[k] for k in ("category", "score", "rank", "in_scope", "decision", "cut_ratio", "budget",
                                "cut_amount")} == {
        "category": "self", "score": "92", "rank": 9, "in_scope": True, "decision": "cut",
        "cut_ratio": "0.1", "budget": "1000000.00", "cut_amount": "100000.00"}
    assert data["summary"]["total_cut_amount"] == "1100000.00"


def test_a_key_evaluation_without_a_project_is_ranked_in_its_category_and_saved_against_the_evaluation(  # type: ignore[no-untyped-def]
        db, tmp_path) -> None:
    from perfdesk.core.services import results_outputs as outputs

    build(db, [P("K1", "91", key="key_comprehensive"), P("K2", "70", key="key_comprehensive"),
               P("K3", "80", key="key_comprehensive"), P("K4", "75", key="key_comprehensive"), *category(3)])
    with db.sessions() as s:
        year_id = s.scalar(select(m.BudgetYear.id))
        fund = m.KeyEvaluation(year_id=year_id, project_id=None, title="农业产业发展专项资金综合评价",
                               category="key_comprehensive", budget_fen=Money.wan("5000").fen, score=Decimal("65"))
        unscored = m.KeyEvaluation(year_id=year_id, project_id=None, title="教育领域资金综合评价",
                                   category="key_comprehensive")
        s.add_all([fund, unscored])
        s.commit()
        fund_id, unscored_id = fund.id, unscored.id
    view = load(db, new_run(db))
    entries = by_code(view)
    entry, row = entries[f"KE-{fund_id}"]
    assert (entry.name, entry.category, entry.score, entry.rank, entry.category_size) == (
        "农业产业发展专项资金综合评价", "key_comprehensive", Decimal("65"), 5, 5)
    assert entry.decision is Decision.CANCEL and entry.cut == Money.wan("5000")
    assert row["key_evaluation_id"] == fund_id and row["project_id"] is None and row["unit"] == ""
    assert entries["K2"][0].rank == 4 and entries[f"KE-{unscored_id}"][0].decision is Decision.UNSCORED
    with db.sessions() as s:
        report = outputs.report_data(s, view)
    assert any("未对应具体项目的财政重点评价2项" in line for line in report.rules)
    with work(db) as uow:
        svc.put_on_probation(uow, row["id"], reason="涉及民生", owner="县农业农村局")
    with work(db) as uow:
        assert svc.confirm_run(uow, view.id) == []  # no unit owns the fund: nothing on the ledger

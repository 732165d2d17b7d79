"""Ranking and last-place elimination (RULES §7, seed 000 冠县)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfdesk.core.domain.enums import Decision
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.rules.params import RankingParams
from perfdesk.core.rules.ranking import (
    EvaluationKind,
    RankingInput,
    bottom_count,
    category_for,
    competition_ranks,
    diff_runs,
    move_to_probation,
    rank_projects,
    set_cut_ratio,
    summarize,
)


def project(code: str, score: str | None, budget: str = "100", *, origin: str = "own_level",
            evaluation: str = "self", department: str = "", category: str = "") -> RankingInput:
    return RankingInput(code=code, name=f"项目{code}", evaluation=evaluation, fund_origin=origin,
                        score=None if score is None else Decimal(score), budget=Money.wan(budget),
                        department=department, category=category)


def category_of(n: int, scores: list[str] | None = None) -> list[RankingInput]:
    scores = scores or [str(100 - i) for i in range(n)]
    return [project(f"P{i + 1:02d}", s) for i, s in enumerate(scores)]


def decisions(items: list[RankingInput], params: RankingParams | None = None) -> list[str]:
    result = rank_projects(items, params)
    return [e.decision.value for e in result.entries]


# -- counts and ranks ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("n", "ceil", "round_", "floor"), [
    (1, 1, 0, 0), (2, 1, 0, 0), (5, 1, 1, 1), (10, 2, 2, 2), (11, 3, 2, 2), (13, 3, 3, 2), (3, 1, 1, 0),
])
def test_bottom_twenty_percent_count_by_rounding(n, ceil, round_, floor):
    assert bottom_count(n, Decimal(20), "ceil") == ceil
    assert bottom_count(n, Decimal(20), "round") == round_
    assert bottom_count(n, Decimal(20), "floor") == floor


def test_round_is_half_up_not_to_even():
    assert bottom_count(5, Decimal(50), "round") == 3  # 2.5 → 3
    assert bottom_count(25, Decimal(10), "round") == 3  # 2.5 → 3


def test_equal_scores_share_a_competition_rank():
    assert competition_ranks([Decimal(90), Decimal(85), Decimal(85), Decimal(80)]) == [1, 2, 2, 4]


def test_categories_come_from_evaluation_kind_and_fund_origin():
    assert category_for(EvaluationKind.KEY_SINGLE, "own_level") == "key_single"
    assert category_for("key_comprehensive", "county_transfer") == "key_comprehensive"
    assert category_for("self", "own_level") == "self_own_level"
    assert category_for("self", "county_transfer") == "self_county_transfer"


# -- the last-place rule ---------------------------------------------------------------------------------
def test_ten_projects_last_is_cancelled_and_ninth_is_cut_ten_percent():
    result = rank_projects(category_of(10, [str(s) for s in range(95, 85, -1)]))
    entries = result.entries
    assert [e.decision for e in entries] == [Decision.KEEP] * 8 + [Decision.CUT, Decision.CANCEL]
    ninth, last = entries[8], entries[9]
    assert ninth.rule == "rank 9 of 10, bottom 20% of 10 rounded up = 2 → cut 10%"
    assert (ninth.cut_ratio, ninth.cut, ninth.suggested_budget) == (Decimal("0.1"), Money.wan(10), Money.wan(90))
    assert last.rule == "rank 10 of 10, last place → cancel"
    assert (last.cut, last.suggested_budget, last.cut_ratio) == (Money.wan(100), Money(0), None)
    assert entries[0].rule == "rank 1 of 10, above the bottom 20% of 10 rounded up = 2 → keep"
    assert entries[0].category == "self" and entries[0].category_size == 10


def test_eleven_projects_have_three_in_the_bottom_with_ceil_and_two_with_round_or_floor():
    items = category_of(11)
    assert decisions(items).count("cut") == 2 and decisions(items).count("cancel") == 1
    assert decisions(items, RankingParams(bottom_count_rounding="round")).count("cut") == 1
    assert decisions(items, RankingParams(bottom_count_rounding="floor")).count("cut") == 1


def test_five_projects_have_only_the_last_in_the_bottom_and_it_is_cancelled():
    assert decisions(category_of(5)) == ["keep"] * 4 + ["cancel"]


def test_two_projects_the_last_is_cancelled_when_the_minimum_list_size_allows_it():
    assert decisions(category_of(2), RankingParams(min_category_size_for_cancel=2)) == ["keep", "cancel"]


def test_below_the_minimum_list_size_the_last_place_is_left_for_finance_to_decide():
    for n in (2, 3, 4):  # the PerfDesk default minimum is 5
        result = rank_projects(category_of(n))
        assert [e.decision for e in result.entries] == [Decision.KEEP] * (n - 1) + [Decision.REPORT_ONLY]
        assert result.entries[-1].cut == Money(0) and result.entries[-1].suggested_budget == Money.wan(100)
    last = rank_projects(category_of(4)).entries[3]
    assert last.rule == ("rank 4 of 4, last place in a list of 4 (fewer than 5) → for finance to decide, "
                         "not cancelled automatically")
    assert decisions(category_of(5)) == ["keep"] * 4 + ["cancel"]  # 5 is large enough


def test_a_category_of_one_is_reported_not_cancelled():
    [entry] = rank_projects(category_of(1)).entries
    assert entry.decision is Decision.REPORT_ONLY and entry.rank == 1
    assert entry.cut == Money(0) and entry.suggested_budget == entry.budget
    assert "only project in its list" in entry.rule


def test_floor_rounding_in_a_small_category_still_cancels_the_last_place():
    params = RankingParams(bottom_count_rounding="floor", min_category_size_for_cancel=3)
    assert decisions(category_of(3), params) == ["keep", "keep", "cancel"]


def test_projects_tied_with_the_cut_line_share_its_cut():
    # 10 projects; ranks 8 and 9 tie at 80 → both in the bottom, although the count is 2.
    scores = ["95", "94", "93", "92", "91", "90", "89", "80", "80", "70"]
    result = rank_projects(category_of(10, scores))
    e = result.entries
    assert [x.rank for x in e[7:]] == [8, 8, 10]
    assert [x.decision for x in e[6:]] == [Decision.KEEP, Decision.CUT, Decision.CUT, Decision.CANCEL]
    assert e[7].rule == "rank 8 of 10, tied with the cut line, bottom 20% of 10 rounded up = 2 → cut 10%"
    assert e[8].rule == "rank 8 of 10, bottom 20% of 10 rounded up = 2 → cut 10%"


def test_without_sharing_ties_the_display_order_decides_at_the_cut_line():
    scores = ["95", "94", "93", "92", "91", "90", "89", "80", "80", "70"]
    result = rank_projects(category_of(10, scores), RankingParams(ties_share_treatment=False))
    assert [x.decision.value for x in result.entries[7:]] == ["keep", "cut", "cancel"]


def test_several_projects_tied_for_last_place_are_all_cancelled():
    scores = ["95", "94", "93", "92", "91", "90", "89", "88", "60", "60"]
    e = rank_projects(category_of(10, scores)).entries
    assert [x.decision.value for x in e[7:]] == ["keep", "cancel", "cancel"]
    assert e[8].rank == e[9].rank == 9
    assert e[9].rule == "rank 9 of 10, 2 projects tied for last place → all cancelled"


def test_a_category_where_everyone_has_the_same_score_is_reported():
    assert decisions(category_of(4, ["80"] * 4)) == ["report_only"] * 4


def test_ties_are_shown_in_code_order():
    items = [project("B", "80"), project("A", "80"), project("C", "90")]
    assert [e.code for e in rank_projects(items).entries] == ["C", "A", "B"]


def test_a_changed_minimum_cut_changes_the_cut_amount():
    params = RankingParams(min_cut_percent=Decimal(15))
    ninth = rank_projects(category_of(10), params).entries[8]
    assert ninth.cut == Money.wan(15) and ninth.rule.endswith("→ cut 15%")


def test_cuts_are_rounded_half_up_to_the_fen():
    items = category_of(10)[:9] + [project("P10", "1", budget="0.000005")]  # 5 fen budget → 0.5 fen cut
    params = RankingParams(cancel_last=False)
    last = rank_projects(items, params).entries[9]
    assert last.budget == Money(5) and last.cut == Money(1) and last.suggested_budget == Money(4)


# -- scope -----------------------------------------------------------------------------------------------
def test_transfers_from_above_and_non_fiscal_funds_are_listed_apart_with_the_reason():
    items = category_of(3) + [project("C1", "10", origin="central_transfer"),
                              project("N1", "20", origin="non_fiscal"), project("U1", None)]
    result = rank_projects(items)
    tail = result.entries[3:]
    assert [(e.code, e.decision.value, e.in_scope) for e in tail] == [
        ("U1", "unscored", True), ("C1", "excluded", False), ("N1", "excluded", False)]
    assert tail[1].exclusion_reason == "Central transfer: out of the scope of last-place elimination"
    assert tail[0].rank is None and tail[0].cut == Money(0)
    assert [e.decision.value for e in result.entries[:3]] == ["keep", "keep", "report_only"]


def test_a_category_left_out_of_the_settings_is_excluded():
    params = RankingParams(categories=("self_own_level",))
    result = rank_projects([project("K1", "50", evaluation="key_single"), *category_of(2)], params)
    assert result.entries[-1].exclusion_reason == "Key evaluation of a single policy or project: not ranked in the settings"


def test_a_category_override_wins_over_the_derived_one():
    [e] = rank_projects([project("X", "70", category="key_comprehensive")]).entries
    assert e.category == "key_comprehensive"


def test_categories_are_ranked_separately_in_settings_order():
    items = [*category_of(3), project("K1", "99", evaluation="key_single"), project("K2", "10", evaluation="key_single")]
    result = rank_projects(items)
    assert [(e.category, e.code, e.decision.value) for e in result.entries] == [
        ("key_project", "K1", "keep"), ("key_project", "K2", "report_only"),
        ("self", "P01", "keep"), ("self", "P02", "keep"), ("self", "P03", "report_only")]
    assert set(result.ranked()) == {("key_project", ""), ("self", "")}


# -- adjustments -----------------------------------------------------------------------------------------
def test_a_cut_ratio_can_be_raised_above_the_minimum():
    ninth = rank_projects(category_of(10)).entries[8]
    raised = set_cut_ratio(ninth, Decimal("0.25"))
    assert (raised.cut, raised.suggested_budget, raised.decision) == (Money.wan(25), Money.wan(75), Decision.CUT)
    assert raised.proposed_decision is Decision.CUT
    assert raised.rule.endswith("; adjusted → cut 25%")


def test_a_cut_below_the_minimum_needs_a_recorded_exception_reason():
    ninth = rank_projects(category_of(10)).entries[8]
    with pytest.raises(UserErrors) as caught:
        set_cut_ratio(ninth, Decimal("0.05"))
    assert str(caught.value) == ("P09: a cut of 5% is below the minimum of 10%; "
                                 "record the reason for the exception")
    lowered = set_cut_ratio(ninth, Decimal("0.05"), exception_reason="县委决定保障民生项目")
    assert lowered.cut == Money.wan(5) and lowered.exception_reason == "县委决定保障民生项目"


def test_cutting_instead_of_cancelling_needs_a_reason():
    last = rank_projects(category_of(10)).entries[9]
    with pytest.raises(UserErrors):
        set_cut_ratio(last, Decimal("0.5"))
    assert set_cut_ratio(last, Decimal("0.5"), exception_reason="合同已签").cut == Money.wan(50)


def test_probation_requires_a_reason_and_a_rectification_owner():
    last = rank_projects(category_of(10)).entries[9]
    with pytest.raises(UserErrors) as caught:
        move_to_probation(last, reason=" ", owner="")
    assert [e.message for e in caught.value.errors] == [
        "P10: probation needs a reason", "P10: probation needs the unit that leads the rectification"]
    kept = move_to_probation(last, reason="涉及民生，确实难以取消", owner="县教育局")
    assert (kept.decision, kept.proposed_decision) == (Decision.PROBATION, Decision.CANCEL)
    assert (kept.cut_ratio, kept.cut, kept.suggested_budget) == (Decimal("0.1"), Money.wan(10), Money.wan(90))
    assert (kept.probation_reason, kept.rectification_owner) == ("涉及民生，确实难以取消", "县教育局")


def test_excluded_and_unscored_projects_cannot_be_adjusted():
    [e] = rank_projects([project("C", "10", origin="central_transfer")]).entries
    with pytest.raises(UserErrors):
        set_cut_ratio(e, Decimal("0.2"))
    with pytest.raises(UserErrors):
        move_to_probation(e, reason="r", owner="o")


# -- grade rule set --------------------------------------------------------------------------------------
def test_grade_rule_set_keeps_good_projects_cuts_fair_ones_and_cancels_poor_ones():
    items = [project("A", "95"), project("B", "85"), project("C", "70"), project("D", "50")]
    result = rank_projects(items, RankingParams(rule_set="grade"))
    assert [(e.decision.value, e.cut) for e in result.entries] == [
        ("keep", Money(0)), ("keep", Money(0)), ("cut", Money.wan(10)), ("cancel", Money.wan(100))]
    assert result.entries[0].rule == "rank 1 of 4, score 95, grade 优 → priority guarantee"
    assert result.entries[2].rule == "rank 3 of 4, score 70, grade 中 → cut 10%"


def test_grade_rule_set_can_suspend_poor_projects_on_probation():
    params = RankingParams(rule_set="grade", grade_poor_decision="probation", grade_fair_cut_percent=Decimal(20))
    items = [project("C", "70"), project("D", "50", department="县农业局")]
    c, d = rank_projects(items, params).entries
    assert c.cut == Money.wan(20)
    assert (d.decision, d.rectification_owner, d.cut) == (Decision.PROBATION, "县农业局", Money(0))


# -- the 冠县 2024 totals --------------------------------------------------------------------------------
def _guanxian() -> list[RankingInput]:
    """An arithmetic fixture, not a reproduction of published data: 冠县 published only its 2024 totals (seed
    000), not its departments, projects, scores or budgets; these are invented to give exactly those totals.

    22 departments each rank their own projects: 15 of 20 projects (bottom 4), 7 of 25 (bottom 5).
    That gives 22 last places and 95 − 22 = 73 cut projects. Budgets are chosen so that the 73 cuts of 10% make
    3,037万元, the 15 cancellations 1,424万元 and 7 probation cases (last places kept, cut 10%) 235万元.
    The county shaped like 冠县 under the defaults, with drafts and small departments, is
    tests/unit/test_ranking_guanxian.py.
    """
    items: list[RankingInput] = []
    cut_budgets = iter(["400"] * 72 + ["1570"])
    cancel_budgets = iter(["90"] * 14 + ["164"])
    probation_budgets = iter(["300"] * 6 + ["550"])
    for d in range(22):
        size, bottom = (20, 4) if d < 15 else (25, 5)
        for i in range(size):
            rank = i + 1
            if rank == size:
                budget = next(cancel_budgets) if d < 15 else next(probation_budgets)
            elif rank > size - bottom:
                budget = next(cut_budgets)
            else:
                budget = "50"
            items.append(project(f"D{d:02d}P{i:02d}", str(100 - i), budget, department=f"部门{d:02d}"))
    return items


def test_the_arithmetic_guanxian_fixture_gives_the_published_2024_totals():
    result = rank_projects(_guanxian())  # the defaults rank within each department
    entries = list(result.entries)
    for k, e in enumerate(entries):
        if e.decision is Decision.CANCEL and e.group >= "部门15":
            entries[k] = move_to_probation(e, reason="确实难以取消", owner=e.department)
    summary = summarize(entries)
    cut, cancel, probation = (summary.line(d) for d in (Decision.CUT, Decision.CANCEL, Decision.PROBATION))
    assert (cut.count, cut.cut) == (73, Money.wan(3037))
    assert (cancel.count, cancel.cut) == (15, Money.wan(1424))
    assert (probation.count, probation.cut) == (7, Money.wan(235))
    assert (summary.total_count, summary.total_cut) == (95, Money.wan(4696))
    assert summary.text() == ("Cut: 73 projects, 3,037.00万元; Cancel: 15 projects, 1,424.00万元; "
                              "Probation: 7 projects, 235.00万元; 4,696.00万元 in all")
    assert len(result.ranked()) == 22


# -- diff ------------------------------------------------------------------------------------------------
def test_diff_between_runs_lists_changed_added_and_removed_projects():
    first = rank_projects(category_of(10)).entries
    second_items = category_of(10)[:9] + [project("P11", "50")]
    second = rank_projects(second_items, RankingParams(min_cut_percent=Decimal(20))).entries
    changes = {c.code: c for c in diff_runs(first, second)}
    assert changes["P11"].kind == "added" and changes["P10"].kind == "removed"
    p09 = changes["P09"]
    assert p09.kind == "changed"
    assert {(f.field, f.before, f.after) for f in p09.changes} == {
        ("cut_ratio", Decimal("0.1"), Decimal("0.2")), ("cut", Money.wan(10), Money.wan(20)),
        ("suggested_budget", Money.wan(90), Money.wan(80))}
    assert "P01" not in changes

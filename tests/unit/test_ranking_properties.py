"""Properties of the ranking that must hold for any input (RULES §7)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from perfdesk.core.domain.enums import Decision
from perfdesk.core.domain.money import Money
from perfdesk.core.rules.params import RankingParams
from perfdesk.core.rules.ranking import RankingInput, bottom_count, rank_projects

ORIGINS = ["own_level", "county_transfer", "central_transfer", "provincial_transfer", "non_fiscal"]
EVALUATIONS = ["self", "key_single", "key_comprehensive"]

scores = st.one_of(st.none(), st.integers(min_value=0, max_value=40).map(lambda s: Decimal(60 + s) / 1))
STATUSES = ["", "draft", "submitted", "returned", "approved"]
projects = st.lists(
    st.tuples(st.sampled_from(EVALUATIONS), st.sampled_from(ORIGINS), scores,
              st.integers(min_value=0, max_value=10**10), st.sampled_from(["甲", "乙", "丙"]),
              st.sampled_from(["project", "policy"]), st.sampled_from(STATUSES)),
    max_size=60,
).map(lambda rows: [RankingInput(f"P{i:03d}", f"项目{i}", ev, origin, score, Money(fen), department=dept,
                                 kind=kind, status=status, score_source="self" if ev == "self" else "key")
                    for i, (ev, origin, score, fen, dept, kind, status) in enumerate(rows)])
params = st.builds(
    RankingParams,
    bottom_percent=st.sampled_from([Decimal(10), Decimal(20), Decimal("33.3"), Decimal(50)]),
    bottom_count_rounding=st.sampled_from(["ceil", "round", "floor"]),
    min_cut_percent=st.sampled_from([Decimal(10), Decimal("12.5"), Decimal(30)]),
    min_category_size_for_cancel=st.integers(min_value=1, max_value=7),
    ties_share_treatment=st.booleans(),
    rank_within_department=st.booleans(),
    separate_policies=st.booleans(),
    separate_transfers=st.booleans(),
    rank_submitted=st.booleans(),
    rule_set=st.sampled_from(["last_place", "grade"]),
)


@settings(max_examples=300, deadline=None)
@given(projects, params)
def test_every_project_gets_exactly_one_decision_and_the_amounts_add_up(items, p):
    result = rank_projects(items, p)
    assert Counter(e.code for e in result.entries) == Counter(i.code for i in items)
    assert sum(e.cut.fen for e in result.entries) + sum(e.suggested_budget.fen for e in result.entries) == \
        sum(i.budget.fen for i in items)
    for e in result.entries:
        assert Money(0) <= e.cut <= e.budget
        assert (e.decision is Decision.EXCLUDED) == (not e.in_scope)
        if e.decision is Decision.CANCEL:
            assert e.suggested_budget == Money(0)
        if e.decision is Decision.CUT:
            assert e.cut == e.budget.times(e.cut_ratio)


@settings(max_examples=300, deadline=None)
@given(projects, params)
def test_last_place_rule_cancels_only_the_last_and_cuts_at_least_the_bottom_count(items, p):
    p = RankingParams(**{**p.__dict__, "rule_set": "last_place"})
    for (_, _), group in rank_projects(items, p).ranked().items():
        n = len(group)
        last_rank = group[-1].rank
        if n == 1 or group[0].rank == last_rank:
            assert {e.decision for e in group} == {Decision.REPORT_ONLY}
            continue
        for e in group:
            if e.decision is Decision.CANCEL:
                assert e.rank == last_rank
            if e.decision is Decision.CUT:
                assert e.cut_ratio == p.min_cut_percent / 100
        small = n < max(2, p.min_category_size_for_cancel)
        for e in group:  # a list below the minimum size never cancels: its last place is for finance to decide
            assert e.decision is not Decision.CANCEL or not small
            assert (e.decision is Decision.REPORT_ONLY) == (small and e.rank == last_rank)
        bottom = sum(e.decision in (Decision.CUT, Decision.CANCEL, Decision.REPORT_ONLY) for e in group)
        assert bottom >= min(n, bottom_count(n, p.bottom_percent, p.bottom_count_rounding))
        if p.ties_share_treatment:  # equal scores always get equal decisions
            by_score: dict[Decimal, set[Decision]] = {}
            for e in group:
                by_score.setdefault(e.score, set()).add(e.decision)
            assert all(len(d) == 1 for d in by_score.values())


@settings(max_examples=300, deadline=None)
@given(projects, params)
def test_a_draft_or_returned_self_evaluation_is_never_ranked_into_a_decision(items, p):
    by_code = {i.code: i for i in items}
    for e in rank_projects(items, p).entries:
        item = by_code[e.code]
        unfinished = item.status in ("draft", "returned") or (item.status == "submitted" and not p.rank_submitted)
        if item.score_source == "self" and unfinished and e.decision is not Decision.EXCLUDED:
            assert e.decision is Decision.INCOMPLETE and e.rank is None and e.cut == Money(0)
        if e.rank is not None:
            assert item.score_source == "key" or not unfinished

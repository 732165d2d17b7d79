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
projects = st.lists(
    st.tuples(st.sampled_from(EVALUATIONS), st.sampled_from(ORIGINS), scores,
              st.integers(min_value=0, max_value=10**10), st.sampled_from(["甲", "乙", "丙"])),
    max_size=60,
).map(lambda rows: [RankingInput(f"P{i:03d}", f"项目{i}", ev, origin, score, Money(fen), department=dept)
                    for i, (ev, origin, score, fen, dept) in enumerate(rows)])
params = st.builds(
    RankingParams,
    bottom_percent=st.sampled_from([Decimal(10), Decimal(20), Decimal("33.3"), Decimal(50)]),
    bottom_count_rounding=st.sampled_from(["ceil", "round", "floor"]),
    min_cut_percent=st.sampled_from([Decimal(10), Decimal("12.5"), Decimal(30)]),
    min_category_size_for_cancel=st.integers(min_value=1, max_value=4),
    ties_share_treatment=st.booleans(),
    rank_within_department=st.booleans(),
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
        bottom = sum(e.decision in (Decision.CUT, Decision.CANCEL) for e in group)
        assert bottom >= min(n, bottom_count(n, p.bottom_percent, p.bottom_count_rounding))
        if p.ties_share_treatment:  # equal scores always get equal decisions
            by_score: dict[Decimal, set[Decision]] = {}
            for e in group:
                by_score.setdefault(e.score, set()).add(e.decision)
            assert all(len(d) == 1 for d in by_score.values())

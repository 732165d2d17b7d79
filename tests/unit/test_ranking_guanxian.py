"""A county shaped like 冠县 (seed 000) ranked under the default settings (RULES §7).

The county is invented: 冠县 published its rule and its totals, not its departments or scores. What is taken from
the seed is the shape: about 22 supervising departments, each ranking its own self-evaluated projects (own-level
and county transfers together, policies apart), about 400 projects in scope, transfers from above and non-fiscal
funds out of scope, finance's key evaluations ranked only against the same kind. Every draft scores 8.44 with
blank actuals, the case that was proposed for cancellation before drafts were kept out of the ranking.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from perfdesk.core.domain.enums import Decision
from perfdesk.core.domain.money import Money
from perfdesk.core.rules.params import RankingParams
from perfdesk.core.rules.ranking import RankingInput, rank_projects

# projects with a final self-evaluation per department: 19 departments of 5 or more, then 4, 3 and 2
SIZES = [40, 34, 30, 28, 26, 24, 22, 21, 20, 19, 18, 17, 16, 15, 14, 12, 11, 10, 8, 4, 3, 2]
OUT_OF_SCOPE = ["central_transfer"] * 30 + ["provincial_transfer"] * 12 + ["municipal_transfer"] * 6 + ["non_fiscal"] * 5
# the demo's four key evaluations of projects (score, budget in 万元): the 良 one of 2,850.70万元 comes last
KEY = [("89.5", "2887.17"), ("88.5", "3131.57"), ("86", "2867.92"), ("82", "2850.70")]


def dept(d: int) -> str:
    return f"县{d:02d}局"


def item(code: str, score: str | None, department: str, *, origin: str = "own_level", status: str = "approved",
         kind: str = "project", evaluation: str = "self", budget: str = "100") -> RankingInput:
    return RankingInput(code=code, name=f"项目{code}", evaluation=evaluation, fund_origin=origin,
                        score=None if score is None else Decimal(score), budget=Money.wan(budget),
                        department=department, score_source="key" if evaluation != "self" else "self",
                        kind=kind, status=status)


def county() -> list[RankingInput]:
    items = []
    for d, size in enumerate(SIZES):
        for i in range(size):  # every third project is a county transfer the department supervises
            status = "submitted" if d == 3 and i >= size - 2 else "approved"
            items.append(item(f"D{d:02d}P{i:02d}", str(Decimal(95) - Decimal(i) / 2), dept(d),
                              origin="county_transfer" if i % 3 == 2 else "own_level", status=status))
        items.append(item(f"D{d:02d}DRAFT", "8.44", dept(d), status="draft"))
    items += [item(f"R{d}", "40", dept(d), status="returned") for d in range(3)]
    items += [item(f"X{k:02d}", "20", dept(k % 22), origin=origin) for k, origin in enumerate(OUT_OF_SCOPE)]
    items += [item(f"POL{k}", score, dept(0), kind="policy") for k, score in enumerate(["85", "80", "75"])]
    items += [item(f"KEY{k}", score, "", evaluation="key_single", budget=budget, status="")
              for k, (score, budget) in enumerate(KEY)]
    return items


def test_a_county_shaped_like_guanxian_cuts_one_last_place_per_large_department_and_about_a_fifth():
    result = rank_projects(county())
    counts = Counter(e.decision for e in result.entries)
    assert counts == {Decision.KEEP: 401 - 65 - 19 - 5, Decision.CUT: 65, Decision.CANCEL: 19,
                      Decision.REPORT_ONLY: 5, Decision.INCOMPLETE: 25, Decision.EXCLUDED: 53}
    assert sum(SIZES) == 394 and (65 + 19) / 394 > Decimal("0.2")  # 84 of 394 self-evaluated: about a fifth
    cancelled = [e for e in result.entries if e.decision is Decision.CANCEL]
    # one last place per department of 5 or more: its lowest final score, never its draft
    assert [(e.department, e.code) for e in cancelled] == [
        (dept(d), f"D{d:02d}P{size - 1:02d}") for d, size in enumerate(SIZES) if size >= 5]
    summary = {e.decision: Money.sum(x.cut for x in result.entries if x.decision is e.decision)
               for e in result.entries}
    assert summary[Decision.CUT] == Money.wan(650) and summary[Decision.CANCEL] == Money.wan(1900)


def test_the_bottom_fifth_of_each_department_is_counted_rounding_up():
    lists = rank_projects(county()).ranked()
    forty = lists[("self", dept(0))]
    assert len(forty) == 40 and [e.decision for e in forty[-8:]] == [Decision.CUT] * 7 + [Decision.CANCEL]
    eight = lists[("self", dept(18))]  # 20% of 8 = 1.6 → 2: the last cancelled, the one before it cut
    assert [e.decision for e in eight] == [Decision.KEEP] * 6 + [Decision.CUT, Decision.CANCEL]
    assert eight[6].rule == "rank 7 of 8, bottom 20% of 8 rounded up = 2 → cut 10%"
    # own-level projects and county transfers are one list per department
    assert {e.code[-3:] for e in eight} == {f"P{i:02d}" for i in range(8)}


def test_no_draft_or_returned_self_evaluation_is_ranked_and_each_says_why():
    result = rank_projects(county())
    apart = [e for e in result.entries if e.decision is Decision.INCOMPLETE]
    assert len(apart) == 25 and all(e.rank is None and e.cut == Money(0) for e in apart)
    assert {e.code for e in apart} == {f"D{d:02d}DRAFT" for d in range(22)} | {"R0", "R1", "R2"}
    draft = next(e for e in apart if e.code == "D00DRAFT")
    assert draft.rule == "self-evaluation status Draft: listed apart as not complete, not ranked"
    assert draft.score == Decimal("8.44") and draft.suggested_budget == Money.wan(100)


def test_small_departments_policies_and_key_evaluations_leave_their_last_place_for_finance():
    result = rank_projects(county())
    finance = [(e.category, e.group, e.code, e.category_size) for e in result.entries
               if e.decision is Decision.REPORT_ONLY]
    assert finance == [("key_project", "", "KEY3", 4), ("self", dept(19), "D19P03", 4),
                       ("self", dept(20), "D20P02", 3), ("self", dept(21), "D21P01", 2),
                       ("self_policy", dept(0), "POL2", 3)]
    key = next(e for e in result.entries if e.code == "KEY3")
    assert key.budget == Money.wan("2850.70") and key.cut == Money(0) and key.score == Decimal(82)
    assert key.rule == ("rank 4 of 4, last place in a list of 4 (fewer than 5) → for finance to decide, "
                        "not cancelled automatically")


def test_out_of_scope_funds_are_never_ranked_even_with_the_lowest_scores():
    excluded = [e for e in rank_projects(county()).entries if e.decision is Decision.EXCLUDED]
    assert len(excluded) == 53 and {e.code[0] for e in excluded} == {"X"}
    assert Counter(e.exclusion_reason.split(":")[0] for e in excluded) == {
        "Central transfer": 30, "Provincial transfer": 12, "Municipal transfer": 6, "Non-fiscal funds": 5}


def test_submitted_but_unreviewed_self_evaluations_count_unless_the_setting_says_otherwise():
    by_default = {e.code: e.decision for e in rank_projects(county()).entries}
    assert (by_default["D03P26"], by_default["D03P27"], by_default["D03P25"]) == (
        Decision.CUT, Decision.CANCEL, Decision.CUT)
    strict = {e.code: e for e in rank_projects(county(), RankingParams(rank_submitted=False)).entries}
    assert (strict["D03P26"].decision, strict["D03P27"].decision, strict["D03P25"].decision) == (
        Decision.INCOMPLETE, Decision.INCOMPLETE, Decision.CANCEL)
    assert strict["D03P27"].rule == ("self-evaluation submitted but not yet reviewed: listed apart as not "
                                     "complete (settings), not ranked")


def test_the_old_county_wide_setting_still_works_when_chosen():
    params = RankingParams(rank_within_department=False, separate_transfers=True, min_category_size_for_cancel=2)
    result = rank_projects(county(), params)
    cancelled = Counter(e.category for e in result.entries if e.decision is Decision.CANCEL)
    assert cancelled == {"key_project": 1, "self_own_level": 1, "self_county_transfer": 1, "self_policy": 1}


def test_finance_decides_a_last_place_left_to_it_with_a_recorded_reason():
    from perfdesk.core.domain.errors import UserErrors
    from perfdesk.core.rules.ranking import decide_for_finance

    entries = {e.code: e for e in rank_projects(county()).entries}
    key = entries["KEY3"]
    try:
        decide_for_finance(key, Decision.CANCEL, reason=" ")
        raise AssertionError("a decision without a reason was taken")
    except UserErrors as exc:
        assert str(exc) == "KEY3: record the reason for finance's decision"
    kept = decide_for_finance(key, Decision.KEEP, reason="评价等级为良，项目已完工")
    assert (kept.decision, kept.proposed_decision, kept.cut, kept.exception_reason) == (
        Decision.KEEP, Decision.REPORT_ONLY, Money(0), "评价等级为良，项目已完工")
    small = decide_for_finance(entries["D21P01"], Decision.CANCEL, reason="连续两年排名末位")
    assert (small.cut, small.suggested_budget) == (Money.wan(100), Money(0))
    assert small.rule.endswith("; finance decided → cancel")
    try:
        decide_for_finance(entries["D00P39"], Decision.KEEP, reason="x")  # cancelled by the rule itself
        raise AssertionError("finance's decision taken on a project the rule decided")
    except UserErrors as exc:
        assert "only a project left for finance to decide" in str(exc)

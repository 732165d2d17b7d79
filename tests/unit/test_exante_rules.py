"""Ex-ante assessment rules (RULES §9): the five dimensions, grades, totals and the conclusion's boundaries."""

from __future__ import annotations

from decimal import Decimal

import pytest

from perfdesk.core.domain.score import RoundingMode
from perfdesk.core.rules import exante as r
from perfdesk.core.rules.params import ExAnteParams

P = ExAnteParams()


def graded(kind: str, grades: str) -> list[r.Item]:
    """The template with the grades given in item order (one character each, '-' for none)."""
    items = r.template(kind)
    return [r.Item(i.dimension, i.item, i.points, "" if g == "-" else g) for i, g in zip(items, grades, strict=True)]


def assess(items: list[r.Item], p: ExAnteParams = P) -> r.Result:
    return r.assess(items, p.shares, p.support_from, p.adjust_from)


def test_the_template_has_the_five_dimensions_of_20_points_made_of_5_point_items() -> None:
    for kind in ("project", "policy"):
        result = assess(r.template(kind))
        assert [d.dimension for d in result.dimensions] == list(r.dimensions(kind))
        assert [d.points for d in result.dimensions] == [Decimal(20)] * 5
        assert result.points == Decimal(100) and len(r.template(kind)) == 20


def test_policies_use_the_policy_wording_of_the_dimensions() -> None:
    assert r.dimensions("policy") == ("政策设立必要性", "政策保障充分性", "政策目标合理性", "政策实施可持续性", "政策资金合规性")
    assert r.dimensions("project")[0] == "必要性" and r.dimensions("project")[-1] == "筹资合规性"


def test_a_grade_earns_its_share_of_the_items_points() -> None:
    item = r.Item("必要性", "立项依据是否充分", Decimal(5))
    assert [r.item_score(r.Item(item.dimension, item.item, item.points, g), P.shares) for g in r.GRADES] == [
        Decimal("5.00"), Decimal("4.00"), Decimal("3.00"), Decimal("0.00")]
    assert r.item_score(item, P.shares) is None  # not graded: no points, never full marks


def test_all_excellent_is_100_and_supported() -> None:
    result = assess(graded("project", "优" * 20))
    assert result.total == Decimal(100) and result.conclusion == r.SUPPORT


@pytest.mark.parametrize(("grades", "total", "conclusion"), [
    ("良" * 20, "80.00", r.SUPPORT),  # exactly 80: the boundary belongs to 予以支持
    ("良" * 19 + "中", "79.00", r.ADJUST),  # 79: 调整后支持
    ("中" * 20, "60.00", r.ADJUST),  # exactly 60: the boundary belongs to 调整后支持
    ("中" * 19 + "差", "57.00", r.REJECT),  # below 60: 不予支持
    ("差" * 20, "0.00", r.REJECT),
])
def test_the_conclusion_bands_at_80_and_60(grades: str, total: str, conclusion: str) -> None:
    result = assess(graded("project", grades))
    assert result.total == Decimal(total) and result.conclusion == conclusion


def test_thresholds_and_shares_come_from_the_settings() -> None:
    strict = ExAnteParams(support_from=Decimal(85), adjust_from=Decimal(70), share_good=Decimal(75))
    result = assess(graded("project", "良" * 20), strict)
    assert result.total == Decimal(75) and result.conclusion == r.ADJUST


def test_an_ungraded_item_leaves_the_assessment_without_a_conclusion() -> None:
    result = assess(graded("project", "优" * 19 + "-"))
    assert result.ungraded == 1 and result.conclusion == "" and result.total == Decimal(95)


def test_dimension_scores_add_up_per_dimension() -> None:
    result = assess(graded("project", "优优优优" + "差差差差" + "良良良良" + "中中中中" + "优良中差"))
    assert [d.score for d in result.dimensions] == [Decimal(20), Decimal(0), Decimal(16), Decimal(12), Decimal(12)]
    assert result.total == Decimal(60) and result.conclusion == r.ADJUST


def test_shares_are_rounded_per_item_as_set() -> None:
    thirds = ExAnteParams(share_good=Decimal("66.666"))
    item = r.Item("必要性", "x", Decimal(5), "良")
    assert r.item_score(item, thirds.shares) == Decimal("3.33")
    assert r.item_score(item, thirds.shares, RoundingMode.INTEGER) == Decimal(3)


def test_a_county_form_with_its_own_items_and_points_is_scored_as_printed() -> None:
    items = [r.Item("必要性", "a", Decimal(10), "优"), r.Item("必要性", "b", Decimal(30), "良"),
             r.Item("可行性", "c", Decimal(60), "中")]
    result = assess(items)
    assert result.points == Decimal(100) and result.total == Decimal("10") + Decimal("24") + Decimal("36")


def test_bad_forms_are_named() -> None:
    assert r.check_items([]) == ["The assessment has no items."]
    problems = r.check_items([r.Item("必要性", "x", Decimal(0), "A")])
    assert len(problems) == 2 and "优, 良, 中, 差" in problems[1]


def test_only_support_and_support_after_adjustment_give_a_budget() -> None:
    assert r.supports(r.SUPPORT) and r.supports(r.ADJUST)
    assert not r.supports(r.REJECT) and not r.supports("")

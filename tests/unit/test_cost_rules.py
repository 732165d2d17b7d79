"""The 聊城 checks of a cost-benefit analysis table (RULES §10), each at its boundary, with the tolerances of the
settings."""

from __future__ import annotations

from decimal import Decimal as D

from perfdesk.core.rules import costs as rules
from perfdesk.core.rules.params import CostParams

HOTEL = rules.Standard("TY-001", "住宿费（省内）", D(350), "元/人·天", year_from=2024)
LAMP = rules.Standard("HY-001", "路灯维护定额", D(300), "元/盏·年", "industry", year_from=2024, year_to=2026)
CARE = rules.Standard("BM-001", "受助人员生活照料", D("1.2"), "万元/人·年", "department", "D001")
STAFF = rules.Standard("BM-002", "护理人员配比", D(5), "人/百床", "department", "D001")


def item(name: str = "差旅费", cost: int = 35000, quantity: str = "100", amount: int = 3500000,
         standard: rules.Standard | None = HOTEL, basis: str = "") -> rules.Item:
    return rules.Item(name, cost, D(quantity), "人·天", amount, standard, basis)


def table(*items: rules.Item, budget: int = 3500000, driver: str = "出差人天数", year: int = 2025,
          department: str = "D001") -> rules.Analysis:
    return rules.Analysis(year, department, budget, items, driver)


def rules_of(analysis: rules.Analysis, params: CostParams = CostParams()) -> list[tuple[str, str]]:
    return [(f.rule, f.item) for f in rules.check(analysis, params)]


def test_a_table_whose_items_meet_the_budget_exactly_has_no_finding() -> None:
    assert rules_of(table(item())) == []


def test_items_one_fen_below_the_budget_are_an_incomplete_breakdown_with_the_gap_stated() -> None:
    found = rules.check(table(item(), budget=3500001), CostParams())
    assert [(f.rule, f.item, f.severity) for f in found] == [("incomplete", "", "error")]
    assert "0.01 元" in found[0].message and "3.50 万元" in found[0].message


def test_items_above_the_budget_are_not_incomplete() -> None:
    assert rules_of(table(item(), budget=3499999)) == []


def test_the_sum_tolerance_is_a_setting_and_its_edge_passes() -> None:
    loose = CostParams(sum_tolerance_yuan=D(100))
    assert rules_of(table(item(), budget=3500000 + 10000), loose) == []
    assert rules_of(table(item(), budget=3500000 + 10001), loose) == [("incomplete", "")]


def test_unit_cost_times_quantity_below_the_amount_is_inconsistent_and_equal_is_not() -> None:
    assert rules_of(table(item(amount=3500001), budget=3500001)) == [("inconsistent", "差旅费")]
    assert rules_of(table(item(amount=3500000))) == []
    assert rules_of(table(item(amount=3499999), budget=3499999)) == []  # the product above the amount is not flagged


def test_the_inconsistency_message_shows_the_multiplication() -> None:
    meeting = item("会议费", 45000, "200", 10000000, rules.Standard("TY-002", "会议费", D(550), "元/人·天"))
    found = rules.check(table(meeting, budget=10000000), CostParams())
    assert [f.rule for f in found] == ["inconsistent"]
    assert "450.00 元 × quantity 200人·天 = 90,000.00 元" in found[0].message
    assert "10,000.00 元 less" in found[0].message


def test_the_product_is_rounded_to_the_fen_like_the_amount() -> None:
    # 33.33 元 × 2.5 = 83.325 元, written 83.33 元: consistent; 83.34 元 is not
    assert rules_of(table(item(cost=3333, quantity="2.5", amount=8333, standard=None, basis="市场询价"), budget=8333)) == []
    assert rules_of(table(item(cost=3333, quantity="2.5", amount=8334, standard=None, basis="市场询价"),
                          budget=8334)) == [("inconsistent", "差旅费")]


def test_the_product_tolerance_is_a_setting() -> None:
    loose = CostParams(product_tolerance_yuan=D(1))
    assert rules_of(table(item(amount=3500100), budget=3500100), loose) == []
    assert rules_of(table(item(amount=3500101), budget=3500101), loose) == [("inconsistent", "差旅费")]


def test_a_unit_cost_at_its_standard_passes_and_one_fen_above_is_over_standard() -> None:
    assert rules_of(table(item(cost=35000))) == []
    found = rules.check(table(item(cost=35001, amount=3500100), budget=3500100), CostParams())
    assert [(f.rule, f.item) for f in found] == [("over_standard", "差旅费")]
    assert "350.01 元" in found[0].message and "住宿费（省内）" in found[0].message and "0.01 元" in found[0].message


def test_the_standard_tolerance_is_a_percentage_setting() -> None:
    ten = CostParams(standard_tolerance_percent=D(10))
    assert rules_of(table(item(cost=38500, amount=3850000), budget=3850000), ten) == []  # 350 × 1.1 = 385
    assert rules_of(table(item(cost=38501, amount=3850100), budget=3850100), ten) == [("over_standard", "差旅费")]


def test_a_standard_in_wan_yuan_is_compared_in_the_same_money() -> None:
    care = rules.Item("生活照料", 1200000, D(25), "人·年", 30000000, CARE)
    assert rules_of(table(care, budget=30000000)) == []
    over = rules.Item("生活照料", 1200001, D(25), "人·年", 30000025, CARE)
    assert rules_of(table(over, budget=30000025)) == [("over_standard", "生活照料")]


def test_a_standard_that_is_no_money_amount_is_not_compared_and_says_so() -> None:
    nurses = rules.Item("护理人员", 500000, D(10), "人", 5000000, STAFF)
    found = rules.check(table(nurses, budget=5000000), CostParams())
    assert [(f.rule, f.severity) for f in found] == [("standard_not_comparable", "info")]
    assert "人/百床" in found[0].message


def test_a_standard_outside_its_years_or_of_another_department_does_not_apply() -> None:
    lamps = rules.Item("路灯维修", 30000, D(100), "盏·年", 3000000, LAMP)
    assert rules_of(table(lamps, budget=3000000, year=2026)) == []
    assert rules_of(table(lamps, budget=3000000, year=2027)) == [("standard_not_applicable", "路灯维修")]
    assert rules_of(table(item(standard=HOTEL), year=2023)) == [("standard_not_applicable", "差旅费")]
    care = rules.Item("生活照料", 1200000, D(25), "人·年", 30000000, CARE)
    assert rules_of(table(care, budget=30000000, department="D002")) == [("standard_not_applicable", "生活照料")]


def test_an_item_with_neither_standard_nor_basis_and_a_table_without_driver_are_noted() -> None:
    assert rules_of(table(item(standard=None), driver="")) == [("no_core_driver", ""), ("no_basis", "差旅费")]
    assert rules_of(table(item(standard=None, basis="近三年平均"))) == []


def test_the_three_liaocheng_faults_of_one_table_are_all_reported_in_table_order() -> None:
    lamps = rules.Item("路灯维修费", 30000, D(3200), "盏·年", 96000000, LAMP)
    hotel = rules.Item("差旅费（住宿）", 38000, D(100), "人·天", 3800000, HOTEL)
    meeting = rules.Item("会议费", 45000, D(200), "人·天", 10000000,
                         rules.Standard("TY-002", "会议费", D(550), "元/人·天"))
    found = rules_of(table(lamps, hotel, meeting, budget=120000000))
    assert found == [("incomplete", ""), ("over_standard", "差旅费（住宿）"), ("inconsistent", "会议费")]


def test_money_units_of_standards() -> None:
    assert rules.fen_per_unit("元/人·天") == 100
    assert rules.fen_per_unit("万元/公里") == 1_000_000
    assert rules.fen_per_unit("千元/次") == 100_000
    assert rules.fen_per_unit("人/百床") is None
    assert rules.fen_per_unit("") is None

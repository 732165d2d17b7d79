"""Every target quality check: a case that must flag and one that must not (RULES §2)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from perfdesk.core.rules import target_checks as tc

D = Decimal


def ind(level1: str, level2: str, name: str, value: str = "≥95%", *, comparison: str = ">=", num: str | None = "95",
        unit: str = "%", weight: str | None = "10", basis: str = "plan", part: str = "annual") -> tc.IndicatorFacts:
    return tc.IndicatorFacts(level1, level2, name, comparison, value, None if num is None else D(num), unit,
                             None if weight is None else D(weight), basis, part)


def good_target(**kw) -> tc.TargetFacts:  # type: ignore[no-untyped-def]
    inds = (
        ind("成本指标", "经济成本指标", "项目总成本", "≤120万元", comparison="<=", num="120", unit="万元", weight="10"),
        ind("产出指标", "数量指标", "维修改造校舍面积", "≥800平方米", num="800", unit="平方米", weight="20"),
        ind("产出指标", "质量指标", "项目验收合格率", "=100%", comparison="=", num="100", weight="10"),
        ind("产出指标", "时效指标", "项目完成时限", "2025年12月31日前", comparison="", num=None, unit="", weight="10"),
        ind("效益指标", "社会效益指标", "政策知晓率", "≥90%", num="90", weight="20"),
        ind("效益指标", "可持续影响指标", "长效管理机制健全性", "健全", comparison="qual", num=None, unit="", weight="10"),
        ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", num="90", weight="10"),
    )
    base = tc.TargetFacts("P1", "校舍维修", "完成校舍维修改造800平方米，验收合格率100%。",
                          "三年内完成全县校舍改造。", False, inds)
    return replace(base, **kw)


def rules(facts: tc.TargetFacts, settings: tc.CheckSettings | None = None) -> list[str]:
    return [f.rule for f in tc.run_checks(facts, settings or tc.CheckSettings())]


def with_indicator(facts: tc.TargetFacts, index: int, **changes) -> tc.TargetFacts:  # type: ignore[no-untyped-def]
    inds = list(facts.indicators)
    inds[index] = replace(inds[index], **changes)
    return replace(facts, indicators=tuple(inds))


def test_a_well_written_target_raises_no_finding() -> None:
    assert rules(good_target()) == []


def test_a_missing_first_level_group_is_an_error_naming_the_group() -> None:
    facts = replace(good_target(), indicators=good_target().indicators[1:])  # no cost group
    found = [f for f in tc.run_checks(facts, tc.CheckSettings()) if f.rule == "levels_present"]
    assert len(found) == 1 and "成本指标" in found[0].message and found[0].severity == "error"
    assert "levels_present" not in rules(facts, tc.CheckSettings(require_cost_level=False))


def test_a_second_level_that_does_not_belong_to_its_first_level_is_flagged() -> None:
    facts = with_indicator(good_target(), 1, level2="社会效益指标")
    found = [f for f in tc.run_checks(facts, tc.CheckSettings()) if f.rule == "level2_matches"]
    assert [(f.indicator, f.indicator_name) for f in found] == [(1, "维修改造校舍面积")]
    assert "level2_matches" not in rules(with_indicator(good_target(), 1, level2="质量指标"))


def test_a_quantitative_indicator_without_unit_is_incomplete() -> None:
    facts = with_indicator(good_target(), 1, unit="", value_text="≥800")
    assert rules(facts) == ["quantitative_complete"]
    assert "quantitative_complete" not in rules(good_target())


def test_an_indicator_without_any_value_is_incomplete() -> None:
    facts = with_indicator(good_target(), 5, value_text="")
    assert rules(facts) == ["quantitative_complete"]


def test_a_missing_value_basis_is_a_warning() -> None:
    facts = with_indicator(good_target(), 4, value_basis="")
    found = tc.run_checks(facts, tc.CheckSettings())
    assert [(f.rule, f.severity, f.indicator) for f in found] == [("value_basis", "warning", 4)]


def test_weights_must_add_up_to_the_total() -> None:
    facts = with_indicator(good_target(), 1, weight=D(25))
    found = [f for f in tc.run_checks(facts, tc.CheckSettings()) if f.rule == "weights_total"]
    assert len(found) == 1 and "95" in found[0].message and "90" in found[0].message
    assert "weights_total" not in rules(good_target())


def test_a_missing_weight_is_named_on_its_indicator() -> None:
    facts = with_indicator(good_target(), 2, weight=None)
    found = [f for f in tc.run_checks(facts, tc.CheckSettings()) if f.rule == "weights_total"]
    assert [f.indicator for f in found] == [2, None]


def test_weights_per_first_level_are_compared_with_the_usual_shares() -> None:
    facts = with_indicator(with_indicator(good_target(), 4, weight=D(10)), 1, weight=D(30))
    found = [f for f in tc.run_checks(facts, tc.CheckSettings()) if f.rule == "weights_by_level"]
    assert len(found) == 2 and all(f.severity == "info" for f in found)
    assert "weights_by_level" not in rules(good_target())


@pytest.mark.parametrize(("cost_points_from", "expected"), [
    ("output", []),  # cost 10 + output 40 = the 50 of output
    ("own", ["产出指标 weights add up to 40, the usual share is 50."]),
    ("effect", ["产出指标 weights add up to 40, the usual share is 50.",
                "效益指标 weights add up to 40, the usual share is 30."]),
])
def test_cost_weights_count_where_the_settings_put_the_cost_points(cost_points_from: str, expected: list[str]) -> None:
    settings = tc.CheckSettings(cost_points_from=cost_points_from)
    found = [f.message for f in tc.run_checks(good_target(), settings) if f.rule == "weights_by_level"]
    assert found == expected


def test_medium_term_indicators_do_not_count_in_the_annual_weights() -> None:
    medium = ind("产出指标", "数量指标", "三年累计改造面积", "≥2400平方米", num="2400", unit="平方米", weight="50",
                 part="medium")
    facts = good_target(indicators=(*good_target().indicators, medium))
    assert facts.annual_weights == {"成本指标": D(10), "产出指标": D(40), "效益指标": D(30), "满意度指标": D(10)}
    assert not {"weights_total", "weights_by_level"} & set(rules(facts))


def test_a_project_with_negative_externality_needs_a_social_or_ecological_cost_indicator() -> None:
    facts = good_target(negative_externality=True)
    assert rules(facts) == ["negative_externality"]
    fixed = with_indicator(facts, 0, level2="生态环境成本指标", name="施工扬尘影响")
    assert rules(fixed) == []


def test_a_target_below_last_years_actual_is_warned() -> None:
    facts = good_target(last_actuals={"政策知晓率": D(93)})
    assert rules(facts) == ["below_last_year"]
    assert [f.indicator for f in tc.run_checks(facts, tc.CheckSettings())] == [4]
    assert rules(good_target(last_actuals={"政策知晓率": D(88)})) == []
    assert rules(good_target(last_actuals={"项目总成本": D(125)})) == []  # a ≤ ceiling below last year's cost
    assert rules(good_target(last_actuals={"其他指标": D(100)})) == []  # last year's actual of another indicator
    tolerant = tc.CheckSettings(below_last_year_percent=D(5))
    assert rules(facts, tolerant) == []
    assert rules(good_target(last_actuals={"政策知晓率": D(95)}), tolerant) == ["below_last_year"]  # 90 < 95 × 95 %


@pytest.mark.parametrize("text", ["进一步提高", "有所改善", "明显提升", "逐步完善"])
def test_vague_wording_without_a_measurable_value_is_flagged(text: str) -> None:
    facts = with_indicator(good_target(), 5, value_text=text)
    assert rules(facts) == ["vague_wording"]


def test_vague_words_with_a_number_or_a_level_are_accepted() -> None:
    assert rules(with_indicator(good_target(), 5, value_text="进一步提高至95%")) == []
    assert rules(with_indicator(good_target(), 5, value_text="优")) == []


def test_quality_filed_under_effect_is_flagged_but_environmental_quality_is_not() -> None:
    facts = with_indicator(good_target(), 4, name="工程验收合格率")
    assert rules(facts) == ["quality_under_effect"]
    assert rules(with_indicator(good_target(), 4, level2="生态效益指标", name="空气质量优良天数比例")) == []


def test_satisfaction_used_as_effect_is_flagged() -> None:
    facts = with_indicator(good_target(), 4, name="群众满意度")
    assert rules(facts) == ["satisfaction_as_effect"]
    assert "satisfaction_as_effect" not in rules(good_target())


def test_a_quantity_indicator_counted_in_money_is_flagged() -> None:
    facts = with_indicator(good_target(), 1, name="发放补助资金", unit="万元", value_text="≥800万元")
    assert rules(facts) == ["quantity_is_money"]
    assert rules(with_indicator(good_target(), 1, name="补助学生人数", unit="人", value_text="≥800人")) == []


def test_the_same_indicator_under_output_and_effect_is_flagged() -> None:
    facts = with_indicator(good_target(), 4, name="维修改造校舍面积")
    found = [f for f in tc.run_checks(facts, tc.CheckSettings()) if f.rule == "duplicate_output_effect"]
    assert [f.indicator for f in found] == [4]
    assert "duplicate_output_effect" not in rules(good_target())


def test_an_annual_goal_copied_from_the_medium_term_goal_is_flagged() -> None:
    facts = good_target(annual_goal="三年内完成全县校舍改造。")
    assert rules(facts) == ["annual_goal_copied"]
    assert rules(good_target(annual_goal="2025—2027年完成全县校舍改造", medium_goal="")) == ["annual_goal_copied"]
    assert rules(good_target()) == []


def test_a_check_can_be_turned_off_or_given_another_severity() -> None:
    facts = with_indicator(good_target(), 4, value_basis="")
    assert rules(facts, tc.CheckSettings(severities={"value_basis": "off"})) == []
    found = tc.run_checks(facts, tc.CheckSettings(severities={"value_basis": "error"}))
    assert found[0].severity == "error" and found[0].source


def test_every_registered_check_has_a_label_a_source_and_a_valid_default_severity() -> None:
    assert len(tc.CHECKS) == 15
    for spec in tc.CHECKS.values():
        assert spec.label and spec.source and spec.severity in tc.SEVERITIES


# -- issue 15 item 9: wrong second level, vague wording, last year's actual for every comparison, 2020 layout ----
@pytest.mark.parametrize(("index", "level2", "name", "expected"), [
    (1, "数量指标", "项目验收合格率", "质量指标"),  # 合格率 under 数量
    (1, "数量指标", "垃圾清运达标率", "质量指标"),
    (1, "数量指标", "资金拨付及时率", "时效指标"),  # 及时率 under 数量
    (1, "数量指标", "项目完成时间", "时效指标"),
    (2, "质量指标", "培训（参会）人次", "数量指标"),  # a count under 质量 (INDICATORS.md, training)
    (2, "质量指标", "补贴渔船数量", "数量指标"),
    (2, "质量指标", "任务完成时限", "时效指标"),
    (3, "时效指标", "培训人员合格率", "质量指标"),  # INDICATORS.md, training: a 质量 indicator
    (3, "时效指标", "组织召开会议次数", "数量指标"),
])
def test_a_third_level_under_the_wrong_output_second_level_is_flagged(index: int, level2: str, name: str,
                                                                      expected: str) -> None:
    facts = with_indicator(good_target(), index, level2=level2, name=name)
    found = [f for f in tc.run_checks(facts, tc.CheckSettings()) if f.rule == "level3_matches_level2"]
    assert [(f.indicator, f.severity) for f in found] == [(index, "warning")]
    assert f"产出指标/{expected}" in found[0].message and level2 in found[0].message


@pytest.mark.parametrize(("level2", "name"), [  # real names from INDICATORS.md where they were published
    ("数量指标", "补贴渔船数"), ("数量指标", "发放（缴纳）覆盖率"), ("数量指标", "科目调整次数"),
    ("数量指标", "培训（参会）人次"), ("数量指标", "完成调研报告数量"), ("数量指标", "乡村道路建设养护里程"),
    ("数量指标", "自然保护区负氧离子监测点"), ("数量指标", "培训合格人数"),
    ("质量指标", "工资发放准确性"), ("质量指标", "垃圾无害化处理率"), ("质量指标", "培训人员合格率"),
    ("时效指标", "城市道路以克论净量化考核"), ("时效指标", "项目完成时限"), ("时效指标", "资金拨付及时率"),
    # filed so in the shipped library's published tables: incident counts and timeliness rates under 质量
    ("质量指标", "施工安全事故发生次数"), ("质量指标", "法定传染病报告及时率"), ("质量指标", "信访事项按期办结率"),
    ("数量指标", "农产品质量安全监测抽检批次"),
])
def test_a_third_level_under_its_own_second_level_is_not_flagged(level2: str, name: str) -> None:
    facts = with_indicator(good_target(), 1, level2=level2, name=name)
    assert "level3_matches_level2" not in rules(facts)


def test_the_wrong_second_level_is_only_judged_under_output() -> None:
    facts = with_indicator(good_target(), 4, name="政策宣传次数")  # 效益指标/社会效益指标: not an output level
    assert "level3_matches_level2" not in rules(facts)


@pytest.mark.parametrize("text", ["显著提升", "提高", "稳步增长", "效果明显", "持续向好", "逐年提高", "较上年提高",
                                  "有效改善", "降低", "2025年持续提高", "2025年12月31日前显著提升", "1—12月稳步增长",
                                  # typical values printed in the shipped library's published tables
                                  "巩固提升", "稳中有升", "明显改观", "有效减轻"])
def test_wider_vague_wording_and_a_year_or_date_alone_are_flagged(text: str) -> None:
    facts = with_indicator(good_target(), 5, value_text=text)
    found = [f for f in tc.run_checks(facts, tc.CheckSettings()) if f.rule == "vague_wording"]
    assert [f.indicator for f in found] == [5] and text in found[0].message


@pytest.mark.parametrize("text", ["较上年提高10%", "提高5个百分点", "健全", "有效", "达成预期指标", "符合相关规定",
                                  "2025年12月31日前", "按期完成", "保持稳定", "正常运转", "AAAA级及以上"])
def test_measurable_or_level_wording_is_not_vague(text: str) -> None:
    assert "vague_wording" not in rules(with_indicator(good_target(), 5, value_text=text))


def test_an_equal_target_below_last_years_actual_is_warned() -> None:
    facts = good_target(last_actuals={"项目验收合格率": D("100.5")})  # =100% against 100.5 last year
    found = [f for f in tc.run_checks(facts, tc.CheckSettings()) if f.rule == "below_last_year"]
    assert [(f.indicator, f.message) for f in found] == [(2, "Target 100 is below last year's actual 100.5.")]
    assert rules(good_target(last_actuals={"项目验收合格率": D(100)})) == []


def test_a_reverse_target_looser_than_last_years_actual_is_warned() -> None:
    facts = good_target(last_actuals={"项目总成本": D(110)})  # ≤120万元 while last year cost 110万元
    found = [f for f in tc.run_checks(facts, tc.CheckSettings()) if f.rule == "below_last_year"]
    assert [f.indicator for f in found] == [0] and "120" in found[0].message and "110" in found[0].message
    assert rules(good_target(last_actuals={"项目总成本": D(120)})) == []  # as strict as last year
    tolerant = tc.CheckSettings(below_last_year_percent=D(10))
    assert rules(facts, tolerant) == []  # 120 ≤ 110 × 110 % = 121
    assert rules(good_target(last_actuals={"项目总成本": D(109)}), tolerant) == ["below_last_year"]  # 120 > 119.9


def test_an_equal_or_unsigned_cost_or_time_limit_is_judged_lower_is_better() -> None:
    cost = with_indicator(good_target(), 0, comparison="=", value_text="=120万元")
    assert rules(replace(cost, last_actuals={"项目总成本": D(110)})) == ["below_last_year"]
    assert rules(replace(cost, last_actuals={"项目总成本": D(130)})) == []  # cheaper than last year: strict
    unsigned = with_indicator(good_target(), 3, name="办结天数", comparison="", value_text="10天", value_num=D(10), unit="天")
    assert "below_last_year" in rules(replace(unsigned, last_actuals={"办结天数": D(8)}))  # 10 days against 8
    assert "below_last_year" not in rules(replace(unsigned, last_actuals={"办结天数": D(12)}))


def test_the_2020_layout_with_cost_under_output_is_accepted() -> None:
    facts = with_indicator(good_target(), 0, level1="产出指标", level2="成本指标", name="人工成本",
                           value_text="≤620万元/月", value_num=D(620), unit="万元/月")  # INDICATORS.md, urban management
    assert rules(facts) == []
    no_cost = with_indicator(good_target(), 0, level1="产出指标", level2="数量指标", name="清扫保洁道路面积",
                             value_text="1346.0088万平方米", value_num=D("1346.0088"), unit="万平方米")
    assert rules(no_cost) == ["levels_present"]  # still an error when there is no cost indicator at all


@pytest.mark.parametrize("value", ["2025年12月31日", "2025年12月31日前", "2020年1月--2020年11月"])
def test_a_deadline_with_a_sign_in_the_nature_column_is_complete(value: str) -> None:
    facts = with_indicator(good_target(), 3, comparison="<=", value_text=value, value_num=None, unit="")
    assert rules(facts) == []
    no_value = with_indicator(good_target(), 3, comparison="<=", value_text="尽快", value_num=None, unit="")
    assert "quantitative_complete" in rules(no_value)


def test_no_output_indicator_of_the_shipped_library_is_flagged_under_its_own_second_level() -> None:
    """The library holds real published indicators (RULES §2): none may be called misfiled by the check."""
    from perfdesk.core.services.library import shipped_library_rows

    entries = [e for e in shipped_library_rows() if e["level1"] == "产出指标"]
    assert len(entries) > 300
    misfiled = [(e["level2"], e["name"]) for e in entries
                if tc.output_level2_of(e["name"], e["level2"]) not in (None, e["level2"])
                and e["level2"] in ("数量指标", "质量指标", "时效指标")]
    assert misfiled == []

"""Reading the words of the 实际完成值 column (RULES §4 "Reading a person's words"): the published phrasings of
``data/qualitative_phrasings.tsv`` each read as a finance officer reads them, and no negated achievement ever read
as achieved."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.rules.qualitative_text import ACHIEVEMENTS, NEGATORS, Reading, read_actual
from perfdesk.core.rules.valuetext import QualitativeLevel, ValueKind, parse_value

DATA = Path(__file__).parent / "data" / "qualitative_phrasings.tsv"


CONSTRUCTED = "constructed"  # a row written from typical wording, not copied from a published page
REAL_ROWS_REQUIRED = 300  # issue 15 item 1


def _rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("actual\t") or not line.strip():
            continue
        actual, target, reading, source = line.split("\t")
        rows.append((actual, target, reading, source))
    return rows


ROWS = _rows()
PHRASINGS = [(actual, target, reading) for actual, target, reading, _ in ROWS]
PUBLISHED = [row for row in ROWS if row[3] != CONSTRUCTED]


def test_every_row_names_its_source_a_published_page_or_constructed():
    for actual, _, _, source in ROWS:
        assert source == CONSTRUCTED or source.startswith(("http://", "https://")), (actual, source)
    assert len({(a, t, s) for a, t, _, s in ROWS}) == len(ROWS)  # no row listed twice for one page


def test_the_published_rows_come_from_several_pages_and_read_as_expected():
    assert len(PUBLISHED) >= 303 and len({source for *_, source in PUBLISHED}) >= 106
    assert {reading for _, _, reading, _ in PUBLISHED} == {r.value for r in Reading}
    for actual, target, expected, source in PUBLISHED:
        assert read_actual(actual, target).reading is Reading(expected), (actual, target, source)


def test_at_least_300_rows_come_from_a_published_page():
    """Issue 15 item 1: 300 phrasings copied from published tables (how they were collected: PHRASINGS.md)."""
    assert len(PUBLISHED) >= REAL_ROWS_REQUIRED
    assert all(source.startswith(("http://", "https://")) for *_, source in PUBLISHED)


def test_the_data_file_holds_at_least_300_phrasings_of_every_reading():
    assert len(PHRASINGS) >= 300
    counts = {r: sum(1 for *_, reading in PHRASINGS if reading == r) for r in Reading}
    assert all(n >= 20 for n in counts.values()), counts
    assert sum(1 for _, target, _ in PHRASINGS if target) >= 40  # read against their target


@pytest.mark.parametrize("actual, target, expected", PHRASINGS, ids=[f"{a}|{t}" for a, t, _ in PHRASINGS])
def test_each_published_phrasing_reads_as_expected_and_says_how(actual, target, expected):
    reading = read_actual(actual, target)
    assert reading.reading is Reading(expected), reading.explanation
    assert f"“{reading.text}”" in reading.explanation  # the explanation names the text it read


def test_only_achieved_readings_have_the_achieved_band_and_no_data_or_uncertain_have_none():
    for actual, target, _ in PHRASINGS:
        reading = read_actual(actual, target)
        assert (reading.band == "achieved") is (reading.reading is Reading.ACHIEVED)
        assert (reading.band is None) is (reading.reading in (Reading.NO_DATA, Reading.UNCERTAIN))


@pytest.mark.parametrize("actual, target, expected", [
    ("良", "优", QualitativeLevel.PARTLY), ("中", "优", QualitativeLevel.NOT_ACHIEVED),
    ("优", "良", QualitativeLevel.ACHIEVED), ("有所提高", "显著提高", QualitativeLevel.PARTLY),
    ("显著提高", "显著提高", QualitativeLevel.ACHIEVED), ("未按时完成", "", QualitativeLevel.PARTLY),
])
def test_the_level_follows_the_comparison_with_the_target(actual, target, expected):
    assert QualitativeLevel(read_actual(actual, target).band) is expected


def test_the_value_parser_reads_words_through_the_reader():
    late = parse_value("未按时完成", role="actual")
    assert (late.kind, late.level) == (ValueKind.QUALITATIVE, QualitativeLevel.PARTLY)
    assert "未按时" in late.note
    no_data = parse_value("无调查数据", role="actual")
    assert (no_data.kind, no_data.level) == (ValueKind.QUALITATIVE, None)
    assert parse_value("部分达成").notes == ()  # a band name as published needs no note


def test_only_on_time_words_say_a_deadline_was_met():
    assert read_actual("按时完成").on_time and read_actual("提前完成").on_time
    assert not read_actual("已完成").on_time and not read_actual("未按时完成").on_time


# -- property: a negated achievement never reads as achieved ---------------------------------------------------------
_NEUTRAL = st.sampled_from(["", "项目", "工作", "年度任务", "群众", "效果", "资金", "工程", "质量", "服务", "该项",
                            "，", "。", "2024年", "全年", "村级", "1处", "整体"])
_BETWEEN = st.sampled_from(["", "明显", "显著", "有效", "完全", "全部", "按时", "按期", "如期", "得到", "能", "见",
                            "取得", "达到"])
_WORDS = st.sampled_from(ACHIEVEMENTS)
_NEGATIONS = st.sampled_from(NEGATORS)


@given(_NEUTRAL, _NEGATIONS, _BETWEEN, _WORDS, _NEUTRAL)
def test_no_text_negating_an_achievement_word_reads_as_achieved(before, negator, between, word, after):
    text = f"{before}{negator}{between}{word}{after}"
    assert read_actual(text).reading is not Reading.ACHIEVED, text
    assert read_actual(text, "达成年度指标").reading is not Reading.ACHIEVED, text


_POST = st.sampled_from(["不明显", "不显著", "不高", "不理想", "不到位", "欠佳", "较差", "较低", "不足"])


@given(_NEUTRAL, _WORDS, _POST)
def test_no_achievement_word_followed_by_its_negation_reads_as_achieved(before, word, post):
    text = f"{before}{word}{post}"
    assert read_actual(text).reading is not Reading.ACHIEVED, text


_DELAYS = st.sampled_from(["延期", "延迟", "滞后", "推迟", "逾期", "超期", "延误"])


@given(_NEUTRAL, _DELAYS, st.sampled_from(["完成", "", "交付", "验收", "拨付"]))
def test_a_delay_never_reads_as_achieved(before, delay, after):
    text = f"{before}{delay}{after}"
    assert read_actual(text).reading in (Reading.LATE, Reading.NOT_ACHIEVED), text


# -- a figure after a measure's name: the figure decides, not the word inside the name -------------------------------
@pytest.mark.parametrize("actual, target, expected", [
    ("全年实际完成值为0", "100%", Reading.NOT_ACHIEVED),  # the 完成 of 完成值 is not a completion
    ("完成值为0", "", Reading.NOT_ACHIEVED),
    ("群众满意度90%", "≥95%", Reading.UNCERTAIN),  # below the target: never achieved, a person sets the level
    ("实际完成值约100平方米", "约12000平方米", Reading.UNCERTAIN),
    ("群众满意度96%", "≥95%", Reading.ACHIEVED),
    ("群众满意度96%", "95%以上", Reading.ACHIEVED),
    ("合格率100%", "≤5%", Reading.UNCERTAIN),  # a target asking for at most: not compared
    ("满意度95%", "", Reading.UNCERTAIN),  # no target figure to compare with
])
def test_a_figure_after_a_measure_name_is_read_as_a_figure(actual, target, expected):
    reading = read_actual(actual, target)
    assert reading.reading is expected, reading.explanation


_MEASURES = st.sampled_from(["完成值", "完成率", "满意度", "合格率", "达标率", "覆盖率", "到位率", "执行率", "完好率"])
_LINKS = st.sampled_from(["", "为", "约", "达", "达到", "均为", "：", "实际"])


@given(_NEUTRAL, _MEASURES, _LINKS, st.integers(0, 99), st.integers(1, 100))
def test_a_figure_below_its_target_never_reads_as_achieved(before, name, link, actual, wanted):
    if actual >= wanted:
        return
    text = f"{before}{name}{link}{actual}%"
    assert read_actual(text, f"≥{wanted}%").reading is not Reading.ACHIEVED, text
    assert read_actual(text, f"{wanted}%").reading is not Reading.ACHIEVED, text


@pytest.mark.parametrize("actual, target, expected", [
    ("完成90%以上", "", Reading.UNCERTAIN),  # a bound copied from a target, not the share done
    ("完成90%以上", "100%", Reading.UNCERTAIN),
    ("完成90%以上", "≥90%", Reading.ACHIEVED),  # at least what the target asks
    ("满意度≥90%", "≥95%", Reading.UNCERTAIN),
    ("满意度≥95%", "≥95%", Reading.ACHIEVED),
    ("已完成80%", "", Reading.PARTLY),
])
def test_a_bound_is_not_a_figure_reached(actual, target, expected):
    reading = read_actual(actual, target)
    assert reading.reading is expected, reading.explanation


@pytest.mark.parametrize("actual", ["未能遏制火灾", "没有杜绝违规", "未能有效杜绝违规问题"])
def test_a_denied_denial_of_a_failure_never_reads_as_achieved(actual):
    assert read_actual(actual).reading is not Reading.ACHIEVED, read_actual(actual).explanation


@pytest.mark.parametrize("actual, expected", [
    ("已完成30%", Reading.NOT_ACHIEVED), ("已完成59.5%", Reading.NOT_ACHIEVED), ("完成率仅60%", Reading.PARTLY),
])
def test_a_share_mostly_undone_is_not_achieved(actual, expected):
    assert read_actual(actual).reading is expected, read_actual(actual).explanation


def test_cost_kept_within_the_budget_reads_as_achieved_only_when_said_so():
    assert read_actual("本着节约的原则，控制在预算中。", "项目成本控制在预算内").reading is Reading.ACHIEVED
    assert read_actual("未控制在预算内").reading is Reading.NOT_ACHIEVED
    assert read_actual("成本控制在120万元", "≤100万元").reading is not Reading.ACHIEVED  # a figure, not a statement


def test_a_target_sentence_gives_the_figure_of_the_same_measure():
    assert read_actual("满意度达到90% 。", "老年人日间照料中心群众满意度达90%以上。").reading is Reading.ACHIEVED
    assert read_actual("满意度85%", "群众满意度达90%以上").reading is Reading.UNCERTAIN
    assert read_actual("满意度95%", "满意度不超过90%").reading is Reading.UNCERTAIN


def test_any_improvement_meets_a_target_of_some_improvement_but_not_of_a_marked_one():
    assert read_actual("养老服务提升", "有所提升").reading is Reading.ACHIEVED
    assert read_actual("提升", "显著提升").reading is Reading.UNCERTAIN


def test_an_actual_repeating_the_target_word_for_word_reads_as_achieved():
    assert read_actual("市级保护单位", "市级保护单位").reading is Reading.ACHIEVED
    assert read_actual("市级保护单位", "国家级保护单位").reading is None
    for placeholder in ("x", "……", "未定", "未确定"):  # repeating a placeholder or a negated word reports nothing
        assert read_actual(placeholder, placeholder).reading is not Reading.ACHIEVED


def test_a_count_under_its_control_limit_or_a_loss_reduced_is_no_failure():
    assert read_actual("我市共发生森林火灾3起，低于市财政批复下达的控制指标82起").reading is Reading.ACHIEVED
    assert read_actual("最大限度降低了森林火灾所造成的损失").reading is Reading.ACHIEVED
    assert read_actual("发生森林火灾3起").reading is Reading.UNCERTAIN
    assert read_actual("未能降低森林火灾造成的损失").reading is Reading.NOT_ACHIEVED


def test_a_timing_word_inside_a_long_goal_asks_nothing_of_the_timing():
    assert read_actual("已完成", "年底前完成").reading is Reading.UNCERTAIN
    goal = "有效保护管理好林场的野生动物资源，及时有效救助各类受到伤害的野生动物，新建临时野生动物收容所1间200平方米"
    assert read_actual("完成临时野生动物收容所1间200平方米", goal).reading is Reading.ACHIEVED


def test_problems_handled_are_no_failure_but_a_count_of_them_is():
    assert read_actual("按时报送资料，及时监督发现和指挥处置各类城市管理问题").reading is Reading.ACHIEVED
    assert read_actual("处理违规问题3起", "无违规").reading is Reading.NOT_ACHIEVED


def test_a_failure_word_naming_a_body_or_a_kind_of_work_is_no_failure():
    assert read_actual("联合各县（市、区）信访工作组开展劝返维稳8批次18人次，劝返率达100%。").reading is Reading.ACHIEVED
    assert read_actual("投诉处理率100%").reading is Reading.ACHIEVED
    assert read_actual("发生信访事件2起", "无信访").reading is Reading.NOT_ACHIEVED


def test_work_still_in_hand_at_the_end_of_its_clause_is_under_way():
    assert read_actual("收到拨付的省电子商务发展资金96万元，资金在审核落实中。").reading is Reading.PARTLY
    assert read_actual("其中资金已全部落实").reading is Reading.ACHIEVED


def test_a_bound_kept_reads_as_achieved_and_a_bound_broken_does_not():
    assert read_actual("用途均按照央、省衔接资金管理办法，未突破负面清单安排资金项目。").reading is Reading.ACHIEVED
    assert read_actual("突破负面清单安排资金项目").reading is not Reading.ACHIEVED


def test_only_the_preparation_done_of_a_building_target_is_partly_achieved():
    built = "新建全民健身中心1个，总建筑面积6500平方米"
    assert read_actual("2023年完成前期工作，完成可行性研究、项目设计、项目勘察。", built).reading is Reading.PARTLY
    assert read_actual("完成项目设计并于12月竣工", built).reading is Reading.ACHIEVED
    assert read_actual("完成前期工作", "完成项目前期工作").reading is Reading.ACHIEVED


def test_a_remainder_still_undone_is_partly_achieved():
    assert read_actual("目前已完成现行档案的数字化加工，占馆藏86%，还剩余4082卷民国档案未加工").reading is Reading.PARTLY


def test_funds_secured_are_a_result_and_a_failure_not_suffered_is_none():
    assert read_actual("完成移民新村建设项目竞争立项工作，争取后期扶持资金2650万元").reading is Reading.ACHIEVED
    assert read_actual("争取年底前完成").reading is Reading.UNCERTAIN
    assert read_actual("足额安排项目进度款，确保资金的专款专用，不被侵占、截留或挪用").reading is Reading.ACHIEVED
    assert read_actual("资金被挪用").reading is not Reading.ACHIEVED

"""Indicator values as people type them (FORMATS §3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from perfdesk.core.domain.enums import Comparison
from perfdesk.core.rules.valuetext import QualitativeLevel, ValueKind, align_actual, parse_value

GE, LE, EQ, NO = Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.EQUAL, Comparison.NONE

NUMBERS = [
    # raw, comparison, number, unit, noted
    ("≥95%", GE, "95", "%", False),
    ("≧100", GE, "100", "", False),
    ("═100%", EQ, "100", "%", False),
    ("＞＝90", GE, "90", "", False),
    (">=90%", GE, "90", "%", False),
    ("=>90%", GE, "90", "%", False),
    ("≤620万/月", LE, "620", "万/月", False),
    ("≦5%", LE, "5", "%", False),
    ("<=10次", LE, "10", "次", False),
    ("1次/月", NO, "1", "次/月", False),
    ("每亩300", NO, "300", "/亩", True),
    ("30万元", NO, "30", "万元", False),
    ("≥100百分比", GE, "100", "%", True),
    ("１００％", NO, "100", "%", False),
    ("≥ ９５ ％", GE, "95", "%", False),
    ("100%", NO, "100", "%", False),
    ("1", NO, "1", "", False),
    ("=12个", EQ, "12", "个", False),
    ("＝4900公顷", EQ, "4900", "公顷", False),
    ("1346.0088万平方米", NO, "1346.0088", "万平方米", False),
    ("1,234.5万元", NO, "1234.5", "万元", False),
    (">90", GE, "90", "", True),
    ("＜3天", LE, "3", "天", True),
    ("95%以上", GE, "95", "%", True),
    ("620万元以内", LE, "620", "万元", True),
    ("不低于90%", GE, "90", "%", False),
    ("不超过65万元", LE, "65", "万元", False),
    ("90%-100%", GE, "90", "%", True),
    ("　≥ 283 辆　", GE, "283", "辆", False),
]


@pytest.mark.parametrize("raw, comparison, number, unit, noted", NUMBERS)
def test_a_number_typed_with_signs_and_units_is_read_exactly(raw, comparison, number, unit, noted):
    value = parse_value(raw)
    assert value.kind is ValueKind.NUMBER
    assert (value.comparison, value.number, value.unit) == (comparison, Decimal(number), unit)
    assert bool(value.notes) is noted


def test_a_sign_on_an_actual_value_keeps_the_number_and_says_so():
    value = parse_value("≥50米", role="actual")
    assert (value.number, value.unit) == (Decimal(50), "米")
    assert "sign ≥ on an actual value ignored" in value.note


def test_a_number_stored_as_a_number_by_excel_comes_back_unchanged():
    assert parse_value(0.98).number == Decimal("0.98")
    assert parse_value(12).number == Decimal(12)


DATES = [
    ("2024年12月31日前", ValueKind.DATE, date(2024, 12, 31), None, False),
    ("2021年12月完成", ValueKind.DATE, date(2021, 12, 31), None, True),
    ("2024年6月底前", ValueKind.DATE, date(2024, 6, 30), None, True),
    ("2024.12.31", ValueKind.DATE, date(2024, 12, 31), None, True),
    ("２０２４年１１月３０日前", ValueKind.DATE, date(2024, 11, 30), None, False),
    ("2020年1月--2020年11月", ValueKind.PERIOD, date(2020, 11, 30), date(2020, 1, 1), True),
    ("2023年3月—2023年10月", ValueKind.PERIOD, date(2023, 10, 31), date(2023, 3, 1), True),
    ("2024年2月", ValueKind.DATE, date(2024, 2, 29), None, True),
]


@pytest.mark.parametrize("raw, kind, deadline, start, noted", DATES)
def test_a_date_is_read_as_a_deadline(raw, kind, deadline, start, noted):
    value = parse_value(raw)
    assert (value.kind, value.comparison, value.date_value, value.period_start) == (kind, LE, deadline, start)
    assert bool(value.notes) is noted


A, P, N = QualitativeLevel.ACHIEVED, QualitativeLevel.PARTLY, QualitativeLevel.NOT_ACHIEVED
WORDS = [
    ("达成", A, False), ("达成年度指标", A, False), ("达成预期指标", A, False), ("部分达成", P, False),
    ("部分达成并具有一定效果", P, False), ("未达成", N, False), ("未达成且效果较差", N, False),
    ("基本达成", P, True), ("优", A, True), ("良", A, True), ("中", P, True), ("差", N, True),
    ("有效", A, True), ("显著提升", A, True), ("达到预期", A, True), ("符合相关规定", A, True),
    ("按时完成", A, True), ("不合格", N, True), ("效果 显著", A, True),
]


@pytest.mark.parametrize("raw, level, noted", WORDS)
def test_a_qualitative_word_maps_to_a_level_and_notes_any_reading(raw, level, noted):
    value = parse_value(raw)
    assert (value.kind, value.comparison, value.level) == (ValueKind.QUALITATIVE, Comparison.QUALITATIVE, level)
    assert bool(value.notes) is noted


@pytest.mark.parametrize("raw", ["", None, "  ", "—", "/", "无"])
def test_a_blank_or_dash_cell_is_empty(raw):
    assert parse_value(raw).kind is ValueKind.EMPTY


def test_words_the_parser_does_not_understand_are_text_with_a_note_never_a_guess():
    value = parse_value("进一步规范")
    assert value.kind is ValueKind.TEXT and value.level is None and value.number is None
    assert "needs a person" in value.note


@pytest.mark.parametrize("actual, percent", [("1", "100"), ("0.98", "98"), (0.5, "50")])
def test_a_ratio_against_a_percent_target_is_read_as_a_percentage_with_a_note(actual, percent):
    aligned = align_actual(parse_value(actual, role="actual"), parse_value("≥95%"))
    assert (aligned.number, aligned.unit) == (Decimal(percent), "%")
    assert "read as" in aligned.note


def test_a_plain_number_above_one_against_a_percent_target_is_left_alone():
    aligned = align_actual(parse_value("98", role="actual"), parse_value("≥95%"))
    assert (aligned.number, aligned.unit, aligned.notes) == (Decimal(98), "", ())


def test_yuan_against_a_target_in_wan_is_converted():
    aligned = align_actual(parse_value("6500000元", role="actual"), parse_value("≤620万元"))
    assert (aligned.number, aligned.unit) == (Decimal(650), "万元")

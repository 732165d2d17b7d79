"""What a public version may not show: phone numbers and personal names (RULES §8)."""

from __future__ import annotations

import pytest

from perfdesk.core.rules.disclosure import MARK, has_phone, scrub


@pytest.mark.parametrize("text", [
    "13953912288", "139-5391-2288", "139 5391 2288", "+86 139 5391 2288", "86-13953912288", "１３９５３９１２２８８",
    "0539-7221234", "(0539)7221234", "（0539）7221234", "0539 72212345", "010-88889999", "0539-7221234-8012",
    "0539-7221234转123", "400-123-4567"])
def test_every_form_of_a_phone_number_is_left_out(text: str) -> None:
    cleaned = scrub(f"如有疑问请联系{text}。")
    assert cleaned == f"如有疑问请联系{MARK}。"
    assert not has_phone(cleaned)


@pytest.mark.parametrize("text", ["电话8690022", "联系电话：86900221", "Tel: 8690022", "手机号码 13953912288"])
def test_a_local_number_after_a_phone_word_is_left_out(text: str) -> None:
    cleaned = scrub(text)
    assert MARK in cleaned and not any(ch.isdigit() for ch in cleaned)


@pytest.mark.parametrize("text", [
    "完成投资12000000元", "年初预算1370.37万元", "2024年12月31日前", "新建高标准农田35173亩", "≥95%", "项目编码371525000000101001",
    "51000021R000000019951-工资性支出", "2023年—2027年", "培训农民2000人次", "=100%"])
def test_amounts_dates_and_codes_are_untouched(text: str) -> None:
    assert scrub(text) == text


def test_known_names_and_names_after_a_role_are_left_out() -> None:
    text = "经办人：李建国；王晓梅负责组织，项目负责人张三，财务负责人 欧阳修远"
    cleaned = scrub(text, ["王晓梅"])
    assert cleaned == f"经办人：{MARK}；{MARK}负责组织，项目负责人{MARK}，财务负责人 {MARK}"


def test_a_longer_name_goes_before_a_shorter_one_inside_it() -> None:
    assert scrub("王晓梅与王晓参加", ["王晓", "王晓梅"]) == f"{MARK}与{MARK}参加"

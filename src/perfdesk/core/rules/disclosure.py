"""What a public version may not show (信息公开, RULES §8): personal names and phone numbers, wherever a person
typed them, are replaced by :data:`MARK`. Internal fields (填报人, 联系电话, review comments, the reasons of scores
set by hand, the scoring explanations) are never read into a public version at all: that is the services' part;
this module cleans the free text that is published (goals, task contents, deviation analyses).

Phone numbers: mobile numbers (1[3-9]x xxxx xxxx, with or without spaces, hyphens or a +86/86 prefix), landlines
with an area code (0531-8690022, (0531)86900221, 0531 86900221, 区号-号码-分机), 400/800 numbers, and a 7- or
8-digit local number that follows a word naming a phone (电话, 手机, 联系方式, 热线, Tel …). Full-width digits
and hyphens count. Names: every name the database holds for a person (填报人, reviewers, users) and 2–4 Chinese
characters after a word naming a person's role (联系人, 填报人, 负责人, 经办人 …).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MARK = "***"

_D = "[0-9０-９]"
_SEP = "[-－—‐ 　]?"
_MOBILE = rf"(?:(?:\+|＋)?86{_SEP})?[1１][3-9３-９]{_D}{_SEP}{_D}{{4}}{_SEP}{_D}{{4}}"
_AREA = rf"[0０]{_D}{{2,3}}"
_LANDLINE = (rf"(?:[(（]{_AREA}[)）]{_SEP}|{_AREA}{_SEP}){_D}{{7,8}}(?:{_SEP}(?:转|ext\.?)?{_SEP}{_D}{{1,5}}(?!{_D}))?")
_SERVICE = rf"[48４８][0０]{_D}{_SEP}{_D}{{3}}{_SEP}{_D}{{4}}"
_PHONE_WORD = r"(?:电话|手机|联系方式|联系电话|热线|座机|传真|Tel|TEL|tel|Phone|phone)[号码]*[：:是为\s]*"
_EDGE = "0-9０-９A-Za-z"  # a number inside a longer code (51000021R000000019951) is not a phone number
PHONE = re.compile(rf"(?<![{_EDGE}])(?:{_MOBILE}|{_LANDLINE}|{_SERVICE})(?![{_EDGE}])")
LOCAL_PHONE = re.compile(rf"({_PHONE_WORD})({_D}{{7,8}})(?!{_D})")
ROLE_NAME = re.compile(r"((?:联系人|填报人|负责人|经办人|审核人|复核人|主评人|评价人|审批人|项目负责人|财务负责人)"
                       r"\s*[：:]?\s*)([\u4e00-\u9fff·]{2,4})")


def scrub(text: str, names: Iterable[str] = ()) -> str:
    """``text`` with phone numbers and personal names replaced by :data:`MARK`."""
    if not text:
        return text
    text = PHONE.sub(MARK, text)
    text = LOCAL_PHONE.sub(lambda m: m.group(1) + MARK, text)
    for name in sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len, reverse=True):
        text = text.replace(name, MARK)
    return ROLE_NAME.sub(lambda m: m.group(1) + MARK, text)


def has_phone(text: str) -> bool:
    return bool(PHONE.search(text) or LOCAL_PHONE.search(text))

"""The printed 事前绩效评估意见: addressed to the proposing unit, scores per dimension, findings, the conclusion in a
finance officer's words with the project library, issuer and date, then the item score sheet as 附件 on its own
page; rendered to images to be looked at (pdftoppm) when that tool is present."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal

import pytest

from perfdesk.core.reports.exante import DimensionLine, ItemLine, Opinion, build_opinions
from perfdesk.core.rules import exante as rules
from tests.reports.conftest import pdf_text


def opinion(conclusion: str = "adjust", library: bool = False) -> Opinion:
    dims = tuple(DimensionLine(d, Decimal(20), Decimal(s), f) for d, s, f in zip(
        rules.PROJECT_DIMENSIONS, ("20", "16", "12", "12", "16"),
        ("立项依据充分", "", "部分设备单价高于市场询价", "", "资金来源合规。"), strict=True))
    items = tuple(ItemLine(i.dimension, i.item, i.points, "良", Decimal("4.00")) for i in rules.template("project"))
    return Opinion("县卫生健康局", "2026年乡村医生培训", "P001", "120.00", "project", dt.date(2025, 3, 18),
                   Decimal("76.00"), conclusion, library, dims, items, "某县财政局", dt.date(2025, 3, 25))


def test_the_opinion_reads_as_a_letter_with_the_score_sheet_attached() -> None:
    result = build_opinions([opinion()])
    pages = ["".join(p.split()) for p in pdf_text(result.pdf)]
    text = "".join(pages)
    assert "关于2026年乡村医生培训的事前绩效评估意见" in text and text.index("县卫生健康局：") < text.index("一、评估得分")
    assert "申请预算120.00万元" in text and "综合评估得分76.00分" in text
    assert "（一）必要性。立项依据充分。" in text and "（二）绩效目标合理性。未发现明显问题。" in text
    assert "（五）筹资合规性。资金来源合规。" in text  # a finding that ends in a full stop gets no second one
    assert "评估结论为“调整后支持”" in text and "修改完善" in text and "暂不纳入项目库" in text
    assert "某县财政局" in text and "2025年3月25日" in text and "附件：事前绩效评估评分表" in text
    assert pages[-1].startswith("附件") and "2026年乡村医生培训事前绩效评估评分表" in pages[-1]
    assert "80" not in text.split("评估结论")[1].split("附件")[0]  # no threshold or rule printed in the conclusion


@pytest.mark.parametrize(("conclusion", "library", "words"), [
    ("support", True, "评估结论为“予以支持”。同意纳入项目库。"),
    ("reject", False, "评估结论为“不予支持”。该项目不安排预算。暂不纳入项目库。"),
    ("", False, "评估尚未完成，暂不作出结论。"),
])
def test_each_conclusion_in_its_own_words(conclusion: str, library: bool, words: str) -> None:
    text = "".join("".join(pdf_text(build_opinions([opinion(conclusion, library)]).pdf)).split())
    assert words in text


def test_several_opinions_each_start_a_page_numbered_from_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = build_opinions([opinion(), opinion("support", True)], tmp_path / "two.pdf")
    texts = ["".join(t.split()) for t in pdf_text(result.path.read_bytes())]
    starts = [i for i, t in enumerate(texts) if "关于2026年乡村医生培训的事前绩效评估意见" in t]
    assert len(starts) == 2 and "—1—" in texts[starts[1]]
    if shutil.which("pdftoppm"):  # the pages as images, for a person to look at
        subprocess.run(["pdftoppm", "-png", "-r", "40", str(result.path), str(tmp_path / "page")], check=True)
        assert len(list(tmp_path.glob("page-*.png"))) == result.pages

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm

from perfdesk.core.reports.document import build, cn_number, format_cn_date, heading_label
from tests.reports.conftest import pdf_chars, pdf_text, reader

BODY = "为巩固拓展脱贫攻坚成果，保障农村群众饮水安全，县水利局实施农村饮水安全巩固提升工程。" * 30


def _body_pdf() -> bytes:
    return build(lambda c: [*c.body(BODY), *c.body(BODY)]).pdf


def test_dates_print_without_zero_padding():
    assert format_cn_date(date(2024, 6, 30)) == "2024年6月30日"
    assert format_cn_date(date(2025, 1, 5)) == "2025年1月5日"


def test_heading_numbers_follow_the_four_levels():
    assert [heading_label(i, 2) for i in (1, 2, 3, 4)] == ["二、", "（二）", "2.", "（2）"]
    assert cn_number(10) == "十" and cn_number(21) == "二十一"


def test_pages_are_a4():
    for page in reader(_body_pdf()).pages:
        assert abs(float(page.mediabox.width) - 595.28) < 0.5
        assert abs(float(page.mediabox.height) - 841.89) < 0.5


def test_body_text_fills_the_gbt_9704_type_area_within_1_mm():
    chars, width, height = pdf_chars(_body_pdf(), 0)
    body = [c for c in chars if c["size"] > 15 and c["size"] < 17 and c["top"] < height - 40 * mm]
    left = min(c["x0"] for c in body)
    top = min(c["top"] for c in body)
    right = max(c["x1"] for c in body)
    bottom = max(c["bottom"] for c in body)
    assert abs(left - 28 * mm) <= 1 * mm
    assert abs(top - 37 * mm) <= 1 * mm
    assert right <= (28 + 156 + 1) * mm
    assert bottom <= (37 + 225 + 1) * mm
    lines = sorted({round(c["top"], 1) for c in body})
    assert len(lines) == 22  # 22 lines per page on a 29 pt pitch


def test_page_numbers_read_dash_n_dash_right_on_odd_and_left_on_even_pages():
    pdf = _body_pdf()
    texts = pdf_text(pdf)
    assert len(texts) >= 2
    for n, text in enumerate(texts, 1):
        assert text.strip().splitlines()[-1] == f"— {n} —"
    for index, odd in ((0, True), (1, False)):
        chars, width, height = pdf_chars(pdf, index)
        number = [c for c in chars if abs(c["size"] - 14) < 0.1]
        assert number
        top = min(c["top"] for c in number)
        assert abs(top - (37 + 225 + 7) * mm) <= 1.5 * mm
        if odd:
            assert max(c["x1"] for c in number) > 150 * mm
        else:
            assert min(c["x0"] for c in number) < 60 * mm


def test_attachments_and_issuer_block_are_printed():
    pdf = build(lambda c: [*c.body("正文。"), *c.attachments(["评分表", "自评表"]),
                           *c.issuer_block("县财政局", date(2024, 6, 30))]).pdf
    text = pdf_text(pdf)[0]
    assert "附件：1．评分表" in text and "2．自评表" in text
    assert "县财政局" in text and "2024年6月30日" in text

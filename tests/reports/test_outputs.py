from __future__ import annotations

import re
from decimal import Decimal

import pytest

from perfdesk.core.progress import Cancelled
from perfdesk.core.reports.batch import build_batch_folder, build_batch_pdf, safe_file_name
from perfdesk.core.reports.charts import execution_chart, score_bar_chart
from perfdesk.core.reports.document import build
from perfdesk.core.reports.evaluation_report import build_evaluation_report
from perfdesk.core.reports.target_declaration import build_target_declaration
from tests.reports.conftest import pdf_cells, pdf_text, reader
from tests.reports.samples import EVALUATION_REPORT, SELF_EVALUATION, TARGET_DECLARATION


def _flat(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(pdf_text(pdf)))


def test_the_target_declaration_prints_every_indicator_value_with_sign_and_unit():
    pdf = build_target_declaration(TARGET_DECLARATION).pdf
    cells = pdf_cells(pdf)
    for ind in TARGET_DECLARATION.annual_indicators + TARGET_DECLARATION.medium_indicators:
        assert ind.level3 in cells and ind.target.text() in cells
    for expected in ("≥95%", "≤120万元", "=12个", "2024年12月31日前", "优", "延续", "3年", "3600.00", "1000.00",
                     "中期目标（2024年—2026年）", "县水利局（105）"):
        assert expected in cells, expected
    flat = _flat(pdf)
    assert "项目支出绩效目标申报表" in flat and "目标1：三年新建集中供水工程36处。" in flat
    assert "填报单位（盖章）：县农村供水管理站" in flat and "2024年1月8日" in flat


def test_the_evaluation_report_follows_the_outline_and_attaches_its_tables():
    result = build_evaluation_report(EVALUATION_REPORT)
    pages = pdf_text(result.pdf)
    assert "— 1 —" not in pages[0]  # the cover is not numbered
    assert pages[1].strip().endswith("— 1 —")
    flat = _flat(result.pdf)
    for heading in ("一、基本情况", "（一）项目概况", "（二）项目绩效目标", "二、绩效评价工作开展情况",
                    "三、综合评价情况及评价结论", "四、绩效评价指标分析", "五、主要经验及做法、存在的问题及原因分析",
                    "六、有关建议", "七、其他需要说明的问题", "附件：1．绩效评价指标体系及评分表",
                    "预算执行率95.53%", "评价等级为“优”", "绩效评价指标体系及评分表", "项目支出绩效自评表"):
        assert heading in flat, heading
    assert "合计" in pdf_cells(result.pdf)


def test_charts_lay_out_in_a_document():
    items = [("县水利局", Decimal("92.5")), ("县教育局", Decimal("88"))]
    pdf = build(lambda c: [score_bar_chart(c, items, title="得分"),
                           execution_chart(c, [("单位甲", Decimal("0.4"))], Decimal("0.583"))]).pdf
    flat = _flat(pdf)
    assert "县水利局" in flat and "92.50" in flat and "时间进度58.3%" in flat


def test_a_batch_pdf_has_contents_bookmarks_and_progress():
    seen: list[float] = []
    items = [SELF_EVALUATION, TARGET_DECLARATION, SELF_EVALUATION]
    result = build_batch_pdf(items, progress=lambda f, m: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    pdf = reader(result.pdf)
    outline = [(o.title, pdf.get_destination_page_number(o)) for o in pdf.outline]
    assert len(outline) == 3
    contents = pdf_text(result.pdf)[0]
    assert "目录" in contents.replace("\u3000", "").replace(" ", "")
    for (title, _index), line in zip(outline, [ln for ln in contents.splitlines() if "．" in ln], strict=False):
        assert title in line
    numbers = [int(n) for n in re.findall(r"^\d+$", contents, re.M)]
    assert numbers == [index for _, index in outline]  # contents page is unnumbered: page index = page number


def test_cancelling_a_batch_leaves_no_file(tmp_path):
    target = tmp_path / "batch.pdf"

    def cancel_midway(fraction: float, message: str) -> None:
        if fraction > 0.3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        build_batch_pdf([SELF_EVALUATION] * 6, target, progress=cancel_midway)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_batch_names_files_safely_and_keeps_only_whole_files_on_cancel(tmp_path):
    calls = []

    def cancel_third(fraction: float, message: str) -> None:
        calls.append(fraction)
        if len(calls) == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        build_batch_folder([SELF_EVALUATION] * 4, tmp_path, progress=cancel_third)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["51000021R000000019951-农村饮水安全巩固提升工程-2.pdf",
                     "51000021R000000019951-农村饮水安全巩固提升工程.pdf"]


def test_safe_file_names_drop_characters_windows_forbids():
    assert safe_file_name("A/1", 'x:y*?"<>|. ') == "A_1-x_y_.pdf"
    assert safe_file_name("", "CON") == "_CON.pdf"

from __future__ import annotations

import io
import re

import pdfplumber
from reportlab.lib.units import mm

from perfdesk.core.reports.selfeval_table import build_selfeval_table
from tests.reports.conftest import pdf_cells, pdf_chars, pdf_text, pdf_words
from tests.reports.samples import FUNDS, LINES, SELF_EVALUATION, long_self_evaluation


def _text(pdf: bytes) -> str:
    return "\n".join(pdf_text(pdf))


def _flat(pdf: bytes) -> str:
    return re.sub(r"\s+", "", _text(pdf))


def test_every_cell_of_the_table_is_in_the_text_layer():
    pdf = build_selfeval_table(SELF_EVALUATION).pdf
    flat = _flat(pdf)
    assert "项目支出绩效自评表" in flat and "（2024年度）" in flat and "填报人：张明" in flat
    assert "2025年3月5日" in flat and "总分" in flat and "评价等级" in flat
    cells = pdf_cells(pdf)
    for expected in (SELF_EVALUATION.project.name, "县水利局", "县农村供水管理站",
                     "年初预算数", "全年预算数", "全年执行数", "执行率", "年度资金总额", "其中：当年财政拨款",
                     "上年结转资金", "其他资金", "1200.00", "1350.50", "1290.12", "95.53%", "9.55", "预期目标",
                     "实际完成情况", "偏差原因分析及改进措施", "96.96",
                     SELF_EVALUATION.goal_expected, SELF_EVALUATION.goal_actual):
        assert expected in cells, expected
    for line in LINES:
        for cell in (line.level3, line.target.text(), line.actual, str(line.points), line.deviation):
            assert not cell or cell in cells, cell


def test_target_values_print_with_sign_and_unit():
    flat = set(pdf_cells(build_selfeval_table(SELF_EVALUATION).pdf))
    assert "≥12处" in flat and "≤120万元" in flat and "≥95%" in flat and "2024年12月31日前" in flat


def test_sub_rows_print_a_dash_for_points_and_score():
    words = [w["text"] for w in pdf_words(build_selfeval_table(SELF_EVALUATION).pdf)[0]]
    assert words.count("—") >= 6


def test_merged_header_text_is_printed_once():
    cells = pdf_cells(build_selfeval_table(SELF_EVALUATION).pdf)
    assert cells.count("项目资金（万元）") == 1
    assert cells.count("产出指标") == 1  # the first-level cell spans its five lines


def test_amounts_are_right_aligned_with_two_decimals():
    pdf = build_selfeval_table(SELF_EVALUATION).pdf
    words = pdf_words(pdf)[0]
    amounts = [FUNDS.total.initial.format_wan(), FUNDS.fiscal_current.initial.format_wan(),
               FUNDS.fiscal_carryover.initial.format_wan(), FUNDS.other.initial.format_wan()]
    column = [w for w in words if w["text"] in amounts and w["x1"] < 300]
    assert len(column) == 4
    assert all(re.fullmatch(r"\d+\.\d{2}", w["text"]) for w in column)
    right_edges = {round(w["x1"]) for w in column}
    assert max(right_edges) - min(right_edges) <= 1
    assert len({round(w["x0"]) for w in column}) > 1  # different widths, same right edge


def test_a_manual_override_is_marked_and_explained():
    flat = _flat(build_selfeval_table(SELF_EVALUATION).pdf)
    assert "8.00*" in flat
    assert "人工调整" in flat and "造价审计尚未完成，酌情扣分" in flat and "10.00分" in flat


def test_notes_carry_each_lines_score_explanation_when_asked():
    assert "10×80÷85=9.41" in _flat(build_selfeval_table(SELF_EVALUATION, notes=True).pdf)
    assert "10×80÷85=9.41" not in _flat(build_selfeval_table(SELF_EVALUATION).pdf)


def test_a_long_table_repeats_its_header_row_on_page_2():
    pdf = build_selfeval_table(long_self_evaluation(80)).pdf
    pages = pdf_text(pdf)
    assert len(pages) >= 3
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages[1:]:
            header = [(c or "").replace("\n", "") for c in page.extract_tables()[0][0]]
            assert header[1:] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                  "偏差原因分析及改进措施"]
    cells = pdf_cells(pdf)
    for i in range(1, 81):
        assert f"第{i}项建设任务完成数量" in cells


def test_a_long_table_fills_its_pages_before_breaking():
    pdf = build_selfeval_table(long_self_evaluation(80)).pdf
    chars, width, height = pdf_chars(pdf, 1)
    table = [c for c in chars if c["size"] < 11]
    assert max(c["bottom"] for c in table) > (37 + 225 - 20) * mm


def test_writing_to_a_path_returns_the_path_and_no_bytes(tmp_path):
    result = build_selfeval_table(SELF_EVALUATION, tmp_path / "out" / "t.pdf")
    assert result.pdf is None and result.path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in result.path.parent.iterdir()] == ["t.pdf"]


def test_a_score_resting_on_read_words_prints_its_explanation_without_being_asked():
    from dataclasses import replace

    from tests.reports.samples import SELF_EVALUATION as EV

    note = "“未按时完成”：“未按时”表明未按时完成，读作延期"
    first = replace(EV.lines[0], explanation=note, explained=True)
    second = replace(EV.lines[1], explanation="完成值 5 / 指标值 6 × 10分 = 8.33", explained=False)
    flat = _flat(build_selfeval_table(replace(EV, lines=(first, second, *EV.lines[2:]))).pdf)
    assert note in flat and "8.33" not in flat.split("注：")[-1]

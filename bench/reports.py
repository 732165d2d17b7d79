"""Benchmark: N synthetic self-evaluation tables (~15 indicators each) into one PDF.

Prints ms per page for PerfDesk's batch output and for bare reportlab tables of the same cells in the same run
(the same font, Paragraph cells for text, plain strings for numbers), and their ratio.
Goal: < 30 ms/page and ≤ 1.5× bare reportlab.

    PYTHONPATH=src python bench/reports.py [N]
"""

from __future__ import annotations

import io
import random
import sys
import time
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from perfdesk.core.domain.enums import INDICATOR_TREE, Comparison
from perfdesk.core.domain.money import Money
from perfdesk.core.reports.batch import build_batch_pdf
from perfdesk.core.reports.data import (
    FundRow,
    ProjectInfo,
    SelfEvalFunds,
    SelfEvalLine,
    SelfEvaluation,
    TargetValue,
)
from perfdesk.core.reports.fonts import default_font_set

UNITS = ["县教育局", "县卫生健康局", "县水利局", "县农业农村局", "县交通运输局", "县民政局", "城关镇人民政府"]
WORDS = ["农村", "道路", "学校", "供水", "医疗", "养老", "改造", "建设", "维修", "补助", "培训", "设备", "采购"]
DEVIATIONS = ["", "", "", "部分项目受天气影响工期延后，已督促施工单位加快进度", "资金拨付滞后，已完善拨付流程"]


def fund_row(rng: random.Random, wan: int) -> FundRow:
    executed = wan * rng.uniform(0.6, 1.0)
    return FundRow(Money.wan(wan), Money.wan(wan), Money.wan(f"{executed:.2f}"), Decimal(f"{executed / wan:.4f}"))


def synthetic(i: int, rng: random.Random) -> SelfEvaluation:
    name = "".join(rng.sample(WORDS, 3)) + "项目"
    lines = []
    for _ in range(15):
        level1 = rng.choice(list(INDICATOR_TREE)[1:])
        level2 = rng.choice(INDICATOR_TREE[level1])
        target = rng.randint(1, 100)
        lines.append(SelfEvalLine(level1, level2, "".join(rng.sample(WORDS, 4)) + "完成率",
                                  TargetValue(Comparison.AT_LEAST, str(target), "%"), f"{target - rng.randint(0, 5)}%",
                                  Decimal(6), Decimal(f"{rng.uniform(4, 6):.2f}"), rng.choice(DEVIATIONS)))
    lines.sort(key=lambda ln: (list(INDICATOR_TREE).index(ln.level1), ln.level2))
    total = fund_row(rng, rng.randint(50, 5000))
    funds = SelfEvalFunds(total, total, fund_row(rng, 10), fund_row(rng, 5), Decimal(10), Decimal("9.12"))
    return SelfEvaluation(ProjectInfo(f"P{i:05d}", name, 2024, rng.choice(UNITS), rng.choice(UNITS)), funds,
                          "完成年度建设任务，提升公共服务水平。", "基本完成年度建设任务。", tuple(lines),
                          total_score=Decimal(f"{rng.uniform(60, 98):.2f}"), grade="良")


def bare_cells(ev: SelfEvaluation) -> list[list[str]]:
    """The same cell texts as PerfDesk prints, in one plain grid."""
    f = ev.funds
    rows = [["项目名称", ev.project.name, "", "", "", "", "", "", ""],
            ["主管部门", ev.project.department, "实施单位", ev.project.unit, "", "", "", "", ""]]
    for label, r in (("年度资金总额", f.total), ("其中：当年财政拨款", f.fiscal_current),
                     ("上年结转资金", f.fiscal_carryover), ("其他资金", f.other)):
        rows.append(["", label, r.initial.format_wan(), r.full_year.format_wan(), r.executed.format_wan(), "10",
                     f"{r.rate}", "", ""])
    rows.append(["年度总体目标", ev.goal_expected, ev.goal_actual, "", "", "", "", "", ""])
    for ln in ev.lines:
        rows.append(["", ln.level1, ln.level2, ln.level3, ln.target.text(), ln.actual, str(ln.points), str(ln.score),
                     ln.deviation])
    rows.append(["总分", "", "", "", "", "", "100", str(ev.total_score), ""])
    return rows


def bare_reportlab(evaluations: list[SelfEvaluation]) -> tuple[float, int]:
    fonts = default_font_set()
    start = time.perf_counter()
    style = ParagraphStyle("c", fontName=fonts.song, fontSize=10.5, leading=13.65, wordWrap="CJK")
    widths = [28.0, 44.0, 48.0, 78.0, 50.0, 50.0, 34.0, 34.0, 76.2]
    story = []
    for ev in evaluations:
        rows = [[Paragraph(c, style) if c and not c[0].isdigit() else c for c in row] for row in bare_cells(ev)]
        story += [Table(rows, colWidths=widths, repeatRows=1,
                        style=[("GRID", (0, 0), (-1, -1), 0.6, "black"), ("FONT", (0, 0), (-1, -1), fonts.song, 10.5),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]), PageBreak()]
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
    doc.build(story)
    return time.perf_counter() - start, doc.page


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rng = random.Random(42)
    evaluations = [synthetic(i, rng) for i in range(n)]
    default_font_set()  # font loading is not part of either figure
    start = time.perf_counter()
    result = build_batch_pdf(evaluations, toc=True)
    ours = time.perf_counter() - start
    bare, bare_pages = bare_reportlab(evaluations)
    # both figures include making the cells (Paragraphs) from the texts and laying them out
    print(f"{n} self-evaluation tables: PerfDesk {result.pages} pages in {ours:.1f} s = "
          f"{ours * 1000 / result.pages:.1f} ms/page ({len(result.pdf) / 1e6:.1f} MB)")
    print(f"bare reportlab tables of the same cells: {bare_pages} pages in {bare:.1f} s = "
          f"{bare * 1000 / bare_pages:.1f} ms/page")
    print(f"ratio (per page): {(ours / result.pages) / (bare / bare_pages):.2f}x; "
          f"ratio (per table): {ours / bare:.2f}x")


if __name__ == "__main__":
    main()

"""Benchmark: 2,000 self-evaluation tables from the city demo database into one PDF.

Reads the tables through the report kind's adapter (database → plain data), lays them out with PerfDesk's batch
output (contents, outline, page numbers), and, in the same run, lays out bare reportlab tables of the same cells
(the same font, Paragraph cells for text, plain strings for numbers). Prints the read time, ms per page for both
and their ratio. Goal: < 30 ms/page and ≤ 1.5× bare reportlab.

    PYTHONPATH=src python bench/reports.py [CITY.db] [N]

Without an existing CITY.db the city demo database is created there first (``perfdesk demo --scale city``).
"""

from __future__ import annotations

import io
import sys
import time
from collections import Counter
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from perfdesk.core.db.engine import open_database
from perfdesk.core.reports.batch import build_batch_pdf
from perfdesk.core.reports.data import SelfEvaluation
from perfdesk.core.reports.fonts import default_font_set
from perfdesk.core.reports.tables import format_percent, format_score
from perfdesk.core.services.demo import create_demo_database
from perfdesk.core.services.selfeval_reports import selfeval_documents

DEFAULT_DB = Path("/tmp/perfdesk-bench-city.db")


def city_database(path: Path) -> Path:
    if not path.exists():
        start = time.perf_counter()
        create_demo_database(path, scale="city")
        print(f"created the city demo database {path} in {time.perf_counter() - start:.1f} s")
    return path


def read_tables(path: Path, n: int) -> list[SelfEvaluation]:
    """The first ``n`` self-evaluations (by project code) of the year that has the most."""
    with open_database(path, lock=False) as db, db.sessions() as session:
        docs = selfeval_documents(session)
    year = Counter(d.project.year for d in docs).most_common(1)[0][0]
    return [d for d in docs if d.project.year == year][:n]


def bare_cells(ev: SelfEvaluation) -> list[list[str]]:
    """The same cell texts as PerfDesk prints, in one plain grid."""
    f = ev.funds
    rows = [["项目名称", ev.project.name, "", "", "", "", "", "", ""],
            ["主管部门", ev.project.department, "实施单位", ev.project.unit, "", "", "", "", ""]]
    for label, r in (("年度资金总额", f.total), ("其中：当年财政拨款", f.fiscal_current),
                     ("上年结转资金", f.fiscal_carryover), ("其他资金", f.other)):
        rows.append(["", label, r.initial.format_wan(), r.full_year.format_wan(), r.executed.format_wan(), "10",
                     format_percent(r.rate), "", ""])
    rows.append(["年度总体目标", ev.goal_expected, ev.goal_actual, "", "", "", "", "", ""])
    for ln in ev.lines:
        rows.append(["", ln.level1, ln.level2, ln.level3, ln.target.text(), ln.actual, format_score(ln.points), format_score(ln.score),
                     ln.deviation])
    rows.append(["总分", "", "", "", "", "", "100", format_score(ev.total_score), ""])
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
    path = city_database(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DB)
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    start = time.perf_counter()
    evaluations = read_tables(path, n)
    read = time.perf_counter() - start
    lines = sum(len(e.lines) for e in evaluations)
    print(f"read {len(evaluations)} self-evaluations ({lines} indicator lines) from {path.name} in {read:.1f} s")
    default_font_set()  # font loading is not part of either figure
    start = time.perf_counter()
    result = build_batch_pdf(evaluations, toc=True)
    ours = time.perf_counter() - start
    bare, bare_pages = bare_reportlab(evaluations)
    # both figures include making the cells (Paragraphs) from the texts and laying them out
    print(f"{len(evaluations)} self-evaluation tables: PerfDesk {result.pages} pages in {ours:.1f} s = "
          f"{ours * 1000 / result.pages:.1f} ms/page ({len(result.pdf) / 1e6:.1f} MB); "
          f"with reading: {(ours + read) * 1000 / result.pages:.1f} ms/page")
    print(f"bare reportlab tables of the same cells: {bare_pages} pages in {bare:.1f} s = "
          f"{bare * 1000 / bare_pages:.1f} ms/page")
    print(f"ratio (per page): {(ours / result.pages) / (bare / bare_pages):.2f}x; "
          f"ratio (per table): {ours / bare:.2f}x")


if __name__ == "__main__":
    main()

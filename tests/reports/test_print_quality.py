"""Every report kind prints like an official document: Chinese line-breaking rules, no software internals, no
text printed over other text, and the county ranking report within a stated number of pages.

The PDFs are read back with pdfplumber: characters are grouped into the lines of one paragraph or one table cell
(same baseline, no gap wider than two characters), and words into boxes.
"""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.reports.linebreak import CANNOT_END, CANNOT_START
from tests.reports.conftest import reader

# What no printed page may say: the software's own notes and formulas, not a finance officer's words.
INTERNAL_WORDS = ("种子", "seed", "ceil(", "floor(", "round(", "并非公开发布", "RULES", "§", "PerfDesk 默认",
                  "None", "nan", "Traceback")
RULE_START = CANNOT_START - {"%", "…", "—"}  # a lone unit "%" fills its own cell; dashes lead 破折号 lines
RULE_END = CANNOT_END


def text_lines(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The page's characters as runs along a baseline, split where a gap is wider than two characters."""
    rows: dict[int, list[dict]] = {}
    for ch in page.chars:
        if ch["text"].strip():
            rows.setdefault(round(ch["bottom"]), []).append(ch)
    runs = []
    for chars in rows.values():
        chars.sort(key=lambda c: c["x0"])
        run = [chars[0]]
        for ch in chars[1:]:
            if ch["x0"] - run[-1]["x1"] > 2 * max(ch["size"], 1):
                runs.append("".join(c["text"] for c in run))
                run = []
            run.append(ch)
        runs.append("".join(c["text"] for c in run))
    return runs


def breaking_rule_faults(pdf: bytes) -> list[str]:
    faults = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for number, page in enumerate(doc.pages, 1):
            for line in text_lines(page):
                if len(line) > 1 and (line[0] in RULE_START or line[-1] in RULE_END):
                    faults.append(f"p{number}: {line}")
    return faults


def internal_words(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return [word for word in INTERNAL_WORDS if word in text]


def overlapping_words(pdf: bytes) -> list[str]:
    """Pairs of words whose boxes overlap by more than a third of the smaller one (text printed over text)."""
    found = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for number, page in enumerate(doc.pages, 1):
            words = sorted(page.extract_words(use_text_flow=False, keep_blank_chars=False), key=lambda w: w["x0"])
            for i, a in enumerate(words):
                for b in words[i + 1:]:
                    if b["x0"] >= a["x1"]:
                        break
                    dx = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                    dy = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                    smaller = min((a["x1"] - a["x0"]) * (a["bottom"] - a["top"]),
                                  (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]))
                    if dx > 0 and dy > 0 and dx * dy > smaller / 3:
                        found.append(f"p{number}: {a['text']!r} / {b['text']!r}")
    return found


def test_no_report_breaks_a_line_against_the_chinese_rules(every_report):
    faults = {name: breaking_rule_faults(pdf) for name, pdf in every_report.items()}
    assert {name: f[:5] for name, f in faults.items() if f} == {}


def test_no_report_prints_software_internals(every_report):
    found = {name: internal_words(pdf) for name, pdf in every_report.items()}
    assert {name: words for name, words in found.items() if words} == {}


def test_no_report_prints_text_over_text(every_report):
    found = {name: overlapping_words(pdf) for name, pdf in every_report.items()}
    assert {name: f[:5] for name, f in found.items() if f} == {}


def test_the_checks_see_a_line_starting_with_a_comma_and_words_printed_over_each_other():
    from reportlab.pdfgen.canvas import Canvas

    from perfdesk.core.reports.fonts import default_font_set

    fonts = default_font_set()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(fonts.song, 12)
    canvas.drawString(72, 700, "，请于十日内报送整改情况")
    canvas.drawString(72, 600, "项目编码")
    canvas.drawString(76, 595, "序号")  # off the baseline, so the reader keeps it a word of its own
    canvas.drawString(72, 500, "按种子 002 抽取")
    canvas.save()
    pdf = buffer.getvalue()
    assert breaking_rule_faults(pdf) and overlapping_words(pdf) and internal_words(pdf) == ["种子"]


def test_the_self_evaluation_table_states_the_annual_goal_as_its_expected_goal(demo_db, tmp_path):
    from sqlalchemy import select

    from perfdesk.core.db import models as m
    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.services import report_kinds
    from tests.reports.conftest import pdf_cells

    with demo_db.sessions() as s:
        project = s.scalars(select(m.Project).join(m.SelfEvaluation).join(m.BudgetYear)
                            .where(m.BudgetYear.year == 2025).order_by(m.Project.code)).first()
        goal = s.scalars(select(m.PerformanceTarget.annual_goal)
                         .where(m.PerformanceTarget.project_id == project.id)).one()
        code = project.code
    assert goal
    out = tmp_path / "selfeval.pdf"
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        report_kinds.kinds()["selfeval"].build(uow, out=out, project=code)
    cells = pdf_cells(out.read_bytes())
    assert cells[cells.index("预期目标") + 2] == goal.replace("\n", "")


def text_over_rules(pdf: bytes) -> list[str]:
    """Words a table rule runs through or touches (text printed over a table or across a column line)."""
    found = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for number, page in enumerate(doc.pages, 1):
            rules = [e for e in page.edges if e["orientation"] in ("h", "v")]
            for w in page.extract_words(use_text_flow=False, keep_blank_chars=False):
                for e in rules:
                    if e["orientation"] == "h":
                        crosses = (w["x0"] < e["x1"] - 1 and e["x0"] + 1 < w["x1"]
                                   and w["top"] - 0.5 < e["top"] < w["bottom"] + 0.5)
                    else:
                        crosses = (w["top"] < e["bottom"] - 1 and e["top"] + 1 < w["bottom"]
                                   and w["x0"] + 0.5 < e["x0"] < w["x1"] - 0.5)
                    if crosses:
                        found.append(f"p{number}: {w['text']!r}")
                        break
    return found


def test_no_report_prints_text_over_a_table_rule(every_report):
    found = {name: text_over_rules(pdf) for name, pdf in every_report.items()}
    assert {name: f[:5] for name, f in found.items() if f} == {}


PAGE_NUMBER = re.compile(r"—\s*(\d+)\s*—")
HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。；]*$")
DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")


def body_lines(pdf: bytes) -> list[list[str]]:
    """Each page's text lines in reading order, without the page number."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [[ln for ln in (page.extract_text() or "").splitlines() if not PAGE_NUMBER.fullmatch(ln.strip())]
                for page in doc.pages]


def page_numbers(pdf: bytes) -> list[int | None]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        out = []
        for page in doc.pages:
            found = PAGE_NUMBER.search((page.extract_text() or "").replace("\n", " "))
            out.append(int(found.group(1)) if found else None)
        return out


def stranded(pdf: bytes) -> list[str]:
    """Pages ending with a heading, and 落款 (issuer over date) with no body text above them on their page."""
    faults = []
    for number, lines in enumerate(body_lines(pdf), 1):
        if lines and HEADING.match(lines[-1].strip()):
            faults.append(f"p{number} ends with {lines[-1]!r}")
        dates = [i for i, ln in enumerate(lines) if DATE_LINE.match(ln.strip())]
        if dates and dates[-1] <= 1:
            faults.append(f"p{number}: the signature alone")
    return faults


def test_no_report_leaves_a_heading_or_its_signature_alone_at_a_page_end(every_report):
    found = {name: stranded(pdf) for name, pdf in every_report.items()}
    assert {name: f for name, f in found.items() if f} == {}


def test_each_letter_of_a_batch_is_numbered_from_one():
    from datetime import date

    from perfdesk.core.reports.letters import Letter, build_letters

    long = tuple("经核查，你单位项目预算执行进度明显滞后于时间进度，请分析原因，制定整改措施，加快执行。" * 3
                 for _ in range(9))
    letters = [Letter("整改通知书", f"县第{n}单位", long if n == 2 else long[:2], "县财政局", date(2026, 3, 1))
               for n in (1, 2, 3)]
    pdf = build_letters(letters).pdf
    starts = [i for i, lines in enumerate(body_lines(pdf)) if any("整改通知书" in ln for ln in lines[:2])]
    numbers = page_numbers(pdf)
    assert len(starts) == 3 and len(numbers) > 3  # the second letter runs over a page
    assert [numbers[i] for i in starts] == [1, 1, 1]
    assert numbers[starts[1] + 1] == 2


def test_the_checks_see_a_heading_at_a_page_end_and_a_signature_alone():
    from reportlab.platypus import PageBreak

    from perfdesk.core.reports.document import Context, build

    def story(ctx):  # type: ignore[no-untyped-def]
        return [ctx.para("正文。"), ctx.heading(1, 1, "基本情况"), PageBreak(), ctx.para("正文。"), PageBreak(),
                ctx.para("财政局", "right"), ctx.para("2026年3月1日", "date")]

    import perfdesk.core.reports.document as document

    keep, document.keep_together = document.keep_together, list  # laid out as written, without keeping rules
    try:
        pdf = build(story, ctx=Context()).pdf
    finally:
        document.keep_together = keep
    assert len(stranded(pdf)) == 2


COUNTY_RANKING_MAX_PAGES = 75  # 904 listed projects in 55 lists (125 pages before the lists fitted the width)


@pytest.fixture(scope="session")
def county_ranking(tmp_path_factory) -> bytes:  # type: ignore[no-untyped-def]
    """The ranking report of the county demo (800 projects), built once per test session."""
    from datetime import date

    from perfdesk.core.db.engine import open_database
    from perfdesk.core.services import ranking, report_kinds
    from perfdesk.core.services.demo import create_demo_database

    folder = tmp_path_factory.mktemp("county")
    create_demo_database(folder / "county.db", scale="county")
    db = open_database(folder / "county.db")
    try:
        with UnitOfWork(db.sessions, "tester") as uow:
            ranking.create_run(uow, 2025)
        with UnitOfWork(db.sessions, "tester") as uow:
            report_kinds.kinds()["ranking"].build(uow, out=folder / "ranking.pdf", issued=date(2026, 3, 1))
    finally:
        db.close()
    return (folder / "ranking.pdf").read_bytes()


@pytest.mark.slow
def test_the_county_ranking_report_fits_its_lists_to_the_page(county_ranking):
    assert len(reader(county_ranking).pages) <= COUNTY_RANKING_MAX_PAGES
    assert text_over_rules(county_ranking) == []
    assert overlapping_words(county_ranking) == []
    assert stranded(county_ranking) == []


def test_the_evaluation_report_of_a_self_evaluated_project_follows_the_official_outline(every_report):
    from tests.reports.conftest import pdf_cells

    pdf = every_report["evaluation (project)"]
    text = "".join("".join(lines) for lines in body_lines(pdf))
    places = [text.find(h) for h in ("四、绩效评价指标分析", "（一）决策情况", "（二）过程情况", "（三）产出情况",
                                     "（四）效益情况", "五、")]
    assert -1 not in places and places == sorted(places)
    assert "预算执行率" in text[places[2]:places[3]]  # the budget execution is analysed under 过程
    cells = pdf_cells(pdf)
    assert {"指标解释", "评分标准", "扣分原因"} <= set(cells)
    assert "年度指标值：" in "".join(cells)

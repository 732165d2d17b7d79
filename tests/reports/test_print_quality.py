"""Every report kind prints like an official document: Chinese line-breaking rules, no software internals, no
text printed over other text, and the county ranking report within a stated number of pages.

The PDFs are read back with pdfplumber: characters are grouped into the lines of one paragraph or one table cell
(same baseline, no gap wider than two characters), and words into boxes.
"""

from __future__ import annotations

import io

import pdfplumber

from perfdesk.core.reports.linebreak import CANNOT_END, CANNOT_START

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

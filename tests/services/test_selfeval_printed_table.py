"""What the 自评表 prints for tables scored other than by the plain rule (issue 15 items 3 and 6): a table imported
without points keeps its scores and says so; not-applicable lines print 不适用; 百分制折算 prints rounded scores whose
sum is the printed 总分, with a note saying why."""

from __future__ import annotations

import io
from decimal import Decimal as D

from pypdf import PdfReader
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.reports.selfeval_table import build_selfeval_table
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.services import selfeval, settings
from perfdesk.core.services.selfeval_import import import_selfeval
from perfdesk.core.services.selfeval_reports import selfeval_documents
from tests.io import selfeval_books as books


def _project(db) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.execute(select(m.Project.code, m.Project.name).join(m.BudgetYear).join(m.SelfEvaluation)
                         .where(m.BudgetYear.year == 2025).order_by(m.Project.code)).first()  # type: ignore[return-value]


def _document(db, code: str):  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        (doc,) = selfeval_documents(s, year=2025, codes=[code])
    return doc


def _pdf_text(doc) -> str:  # type: ignore[no-untyped-def]
    pdf = build_selfeval_table(doc).pdf
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _printed_sum(doc) -> D:  # type: ignore[no-untyped-def]
    return sum((ln.score for ln in doc.lines if ln.score is not None), doc.funds.score or D(0))


def test_a_table_imported_without_points_prints_its_scores_blank_points_and_why(demo_db, tmp_path, chinese):
    code, name = _project(demo_db)
    cells, merges = books.scores_only(f"{code}-{name}")
    cells["A2"] = "（2025年度）"
    path = books.save(tmp_path / "培训.xlsx", ("培训", (cells, merges)))
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        import_selfeval(uow, [path], db_path=demo_db.path, year=2025)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        selfeval.score_year(uow, 2025)  # scoring again keeps the printed scores
    doc = _document(demo_db, code)
    assert doc.total_score == D("96.7") == _printed_sum(doc)
    assert [(ln.points, ln.score) for ln in doc.lines][:2] == [(None, D(20)), (None, D(15))]
    assert doc.total_points is None
    assert doc.notes == ("原表未列分值，各项得分按原表所填保留；无分值无法按评分规则重新计算。",
                         "原表仅列年初预算数，预算执行率以年初预算数为分母计算。")
    text = _pdf_text(doc)
    assert "原表未列分值" in text and "原表仅列年初预算数" in text


def _with_not_applicable(db, rescale: bool) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """A demo project's table with its first indicator line marked not applicable, scored again."""
    with UnitOfWork(db.sessions, "tester") as uow:
        settings.save(uow, ScoringParams(rescale_not_applicable=rescale))
        ev = uow.session.scalars(select(m.SelfEvaluation).join(m.Project).join(m.BudgetYear)
                                 .where(m.BudgetYear.year == 2025).order_by(m.SelfEvaluation.id)).first()
        line = next(ln for ln in sorted(ev.lines, key=lambda x: x.sort_order) if ln.kind == "indicator" and ln.points)
        line.not_applicable = True
        uow.session.flush()
        selfeval.rescore(uow, [ev.id])
        uow.commit()
        return uow.session.get(m.Project, ev.project_id).code, line.name


def test_rescaled_scores_print_rounded_their_sum_is_the_total_and_a_note_says_why(demo_db, chinese):
    code, dropped = _with_not_applicable(demo_db, rescale=True)
    doc = _document(demo_db, code)
    scores = [ln.score for ln in doc.lines if ln.score is not None]
    assert all(-s.as_tuple().exponent <= 2 for s in scores)  # type: ignore[operator]
    assert doc.total_score == _printed_sum(doc)
    line = next(ln for ln in doc.lines if ln.level3 == dropped)
    assert line.not_applicable and line.score is None
    assert doc.notes[0].startswith(f"{dropped}不适用，不计分") and "其余指标得分按百分制折算" in doc.notes[0]
    text = _pdf_text(doc)
    assert "不适用" in text and "百分制折算" in text


def test_a_not_applicable_line_without_rescaling_prints_no_score_and_no_rescaling_note(demo_db, chinese):
    code, dropped = _with_not_applicable(demo_db, rescale=False)
    doc = _document(demo_db, code)
    assert doc.total_score == _printed_sum(doc)
    assert next(ln for ln in doc.lines if ln.level3 == dropped).score is None
    assert len(doc.notes) == 1 and "百分制折算" not in doc.notes[0]


def test_a_table_scored_by_the_plain_rule_prints_no_note(demo_db):
    code, _ = _project(demo_db)
    doc = _document(demo_db, code)
    assert doc.notes == () and doc.total_points == D(100)
    assert not any(ln.not_applicable for ln in doc.lines)


def test_the_evaluation_report_score_sheet_leaves_out_a_not_applicable_line(demo_db):
    from perfdesk.core.services.report_kinds.evaluation import selfeval_sheet

    code, dropped = _with_not_applicable(demo_db, rescale=True)
    doc = _document(demo_db, code)
    sheet = selfeval_sheet(doc)
    assert sheet and dropped not in [ln.level3 for ln in sheet]
    assert sum((ln.score for ln in sheet), D(0)) == doc.total_score


def test_an_imported_table_prints_only_the_amounts_it_printed(demo_db, tmp_path):
    code, name = _project(demo_db)
    cells, merges = books.scores_only(f"{code}-{name}")
    cells["A2"] = "（2025年度）"
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        import_selfeval(uow, [books.save(tmp_path / "培训.xlsx", ("培训", (cells, merges)))], db_path=demo_db.path,
                        year=2025)
    doc = _document(demo_db, code)
    total = doc.funds.total
    assert (total.initial.format_wan(), total.full_year, total.executed.format_wan()) == ("50.00", None, "46.00")
    assert total.rate == D("0.92")


def test_a_capped_total_prints_a_note_with_the_sum_of_the_lines(demo_db):
    code, _ = _project(demo_db)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        settings.save(uow, ScoringParams(caps_enabled=True))
        ev = uow.session.scalars(select(m.SelfEvaluation).join(m.Project).join(m.BudgetYear)
                                 .where(m.Project.code == code, m.BudgetYear.year == 2025)).one()
        ev.spent_fen = ev.full_year_budget_fen * 40 // 100  # 40% spent: at most 59
        uow.session.flush()
        selfeval.rescore(uow, [ev.id])
        uow.commit()
    doc = _document(demo_db, code)
    assert doc.total_score == D(59) and _printed_sum(doc) > D(59)
    assert doc.notes == (f"预算执行率40.00%，按执行率封顶规则，各项得分合计{_printed_sum(doc).normalize():f}分，总分计为59分。",)

"""Report kinds from the demo database: the PDFs read back match what is stored."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select, update

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.progress import Cancelled
from perfdesk.core.services import report_kinds
from tests.reports.conftest import pdf_cells, pdf_text, reader

A4 = (595.28, 841.89)


def flat(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(pdf_text(pdf)))


def make(demo_db, kind: str, out: Path, **scope) -> list[str]:  # type: ignore[no-untyped-def]
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        return report_kinds.kinds()[kind].build(uow, out=out, **scope)


def first_project(demo_db, *where):  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        return s.scalars(select(m.Project).join(m.BudgetYear).where(m.BudgetYear.year == 2025, *where)
                         .order_by(m.Project.code)).first()


def key_project(demo_db) -> tuple[str, m.KeyEvaluation]:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        key = s.scalars(select(m.KeyEvaluation).order_by(m.KeyEvaluation.id)).first()
        _ = key.lines
        return s.get(m.Project, key.project_id).code, key


def test_every_kind_declares_its_name_description_and_scopes():
    kinds = report_kinds.kinds()
    assert {"targets", "selfeval", "evaluation", "monitoring"} <= set(kinds)
    for name, module in kinds.items():
        assert module.KIND == name and report_kinds.description(module)
        assert set(report_kinds.scopes(module)) <= {"project", "unit", "year"} and report_kinds.scopes(module)
    assert all(report_kinds.is_batch(kinds[k]) for k in ("targets", "selfeval", "evaluation"))


def test_the_declaration_prints_the_stored_indicators_goal_and_signature(demo_db, tmp_path):
    project = first_project(demo_db)
    with demo_db.sessions() as s:
        target = s.scalars(select(m.PerformanceTarget).where(m.PerformanceTarget.project_id == project.id)).one()
        indicators = [(i.name, i.value_text) for i in target.indicators]
        filled_by, goal = target.filled_by, target.annual_goal
    out = tmp_path / "targets.pdf"
    assert make(demo_db, "targets", out, project=project.code) == []
    pdf = out.read_bytes()
    cells = pdf_cells(pdf)
    assert len(indicators) >= 10
    for name, value in indicators:
        assert name in cells and value in cells, name
    text = flat(pdf)
    assert project.name in cells and f"填报人：{filled_by}" in text and f"目标1：{goal}" in cells
    page = reader(pdf).pages[0]
    assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == A4
    assert pdf_text(pdf)[-1].strip().endswith("— 1 —")


def test_a_unit_batch_has_one_self_evaluation_per_project_with_contents(demo_db, tmp_path):
    with demo_db.sessions() as s:
        unit = s.scalars(select(m.Unit).where(m.Unit.kind == "department").order_by(m.Unit.code)).first()
        ids = {u.id for u in s.scalars(select(m.Unit).where((m.Unit.id == unit.id) | (m.Unit.parent_id == unit.id)))}
        names = sorted(s.scalars(select(m.Project.name).join(m.SelfEvaluation).join(m.BudgetYear)
                                 .where(m.BudgetYear.year == 2025, m.Project.unit_id.in_(ids))))
    out = tmp_path / "unit.pdf"
    make(demo_db, "selfeval", out, unit=unit.code)
    pdf = out.read_bytes()
    outline = [o.title for o in reader(pdf).outline]
    assert sorted(t.removesuffix("项目支出绩效自评表") for t in outline) == names
    assert "目录" in flat(pdf)[:40]


def test_scores_print_as_stored_and_blank_when_unscored(demo_db, tmp_path):
    project = first_project(demo_db, m.Project.id.in_(select(m.SelfEvaluation.project_id)))
    with demo_db.sessions() as s:
        ev = s.scalars(select(m.SelfEvaluation).where(m.SelfEvaluation.project_id == project.id)).one()
        total, first = ev.total_final, next(ln for ln in ev.lines if ln.kind == "indicator")
    scored = tmp_path / "scored.pdf"
    make(demo_db, "selfeval", scored, project=project.code)
    assert total is not None and format(total, "f") in pdf_cells(scored.read_bytes())
    with UnitOfWork(demo_db.sessions) as uow:
        uow.session.execute(update(m.SelfEvaluation).where(m.SelfEvaluation.id == ev.id)
                            .values(total_final=None, total_computed=None))
        uow.session.execute(update(m.SelfEvalLine).where(m.SelfEvalLine.evaluation_id == ev.id)
                            .values(computed_score=None, override_score=None, printed_score=None))
        uow.commit()
    blank = tmp_path / "blank.pdf"
    make(demo_db, "selfeval", blank, project=project.code)
    cells = pdf_cells(blank.read_bytes())
    at = next(i for i, c in enumerate(cells) if c.startswith("总分"))
    assert first.name in cells and format(total, "f") not in cells
    assert cells[at + 1] == "100" and not re.fullmatch(r"[\d.]+", cells[at + 2])


def test_the_evaluation_report_of_a_key_evaluation_prints_its_agency_sheet_and_findings(demo_db, tmp_path):
    code, key = key_project(demo_db)
    out = tmp_path / "evaluation.pdf"
    make(demo_db, "evaluation", out, project=code)
    pdf = out.read_bytes()
    text = flat(pdf)
    assert f"评价机构：{key.agency}" in text and f"得分为{format(key.score, 'f')}分" in text
    assert f"主评人{key.lead_evaluator}" in text
    for finding in key.findings.splitlines() + key.suggestions.splitlines():
        assert finding in text
    cells = pdf_cells(pdf)
    for line in key.lines:
        assert line.level3 in cells
    assert {"决策", "过程", "产出", "效益", "合计", "项目支出绩效自评表"} <= set(cells) | {"项目支出绩效自评表"}
    assert "— 1 —" not in pdf_text(pdf)[0]  # the cover


def test_without_a_key_evaluation_the_report_is_drafted_from_the_project(demo_db, tmp_path):
    with demo_db.sessions() as s:
        keyed = set(s.scalars(select(m.KeyEvaluation.project_id)))
    project = first_project(demo_db, m.Project.id.in_(select(m.SelfEvaluation.project_id)),
                            m.Project.id.not_in(keyed), m.Project.spent_fen < m.Project.full_year_budget_fen)
    out = tmp_path / "draft.pdf"
    make(demo_db, "evaluation", out, project=project.code)
    text = flat(out.read_bytes())
    unspent = (project.full_year_budget_fen - project.spent_fen) / 1_000_000
    assert f"{project.name}项目绩效评价报告" in text and f"尚有{unspent:.2f}万元未支出" in text
    assert "运行监控情况：截至" in text and "预算执行率" in text


def test_a_year_of_evaluation_reports_holds_each_key_evaluation(demo_db, tmp_path):
    out = tmp_path / "year"
    make(demo_db, "evaluation", out, folder=True)
    with demo_db.sessions() as s:
        n = s.scalar(select(m.KeyEvaluation.id).order_by(m.KeyEvaluation.id.desc()))
    assert len(list(out.glob("*.pdf"))) == n == 5


def test_an_extension_b_project_name_is_printed_or_reported(demo_db, tmp_path):
    project = first_project(demo_db)
    name = "𠮷𪚥村饮水工程"
    with UnitOfWork(demo_db.sessions) as uow:
        uow.session.execute(update(m.Project).where(m.Project.id == project.id).values(name=name))
        uow.commit()
    out = tmp_path / "extb.pdf"
    warnings = make(demo_db, "targets", out, project=project.code)
    text = flat(out.read_bytes())
    assert "村饮水工程" in text
    for char in "𠮷𪚥":
        assert char in text or any(f"U+{ord(char):04X}" in w for w in warnings)


def test_an_unknown_project_is_a_user_error_and_writes_nothing(demo_db, tmp_path):
    with pytest.raises(UserErrors):
        make(demo_db, "targets", tmp_path / "out" / "x.pdf", project="NOPE")
    assert not (tmp_path / "out").exists()


def test_cancelling_a_year_batch_leaves_no_file(demo_db, tmp_path):
    def cancel_midway(fraction: float, message: str = "") -> None:
        if fraction > 0.5:
            raise Cancelled()

    with pytest.raises(Cancelled), UnitOfWork(demo_db.sessions) as uow:
        report_kinds.kinds()["selfeval"].build(uow, out=tmp_path / "out" / "year.pdf", progress=cancel_midway)
    assert list((tmp_path / "out").iterdir()) == []


def test_the_monitoring_history_of_a_report_states_each_rounds_own_date() -> None:
    from perfdesk.core.services.report_kinds.evaluation import monitoring_sentence

    history = [(dt.date(2025, 7, 15), 1_000_000, 450_000), (dt.date(2026, 1, 15), 1_000_000, 980_000)]
    assert monitoring_sentence(history) == ("运行监控情况：截至2025年7月15日执行率45.00%，截至2026年1月15日执行率"
                                            "98.00%。")

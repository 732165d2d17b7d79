"""Targets printed through the report engine: a declaration, a unit's batch and the findings list."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.services import targets as ts
from perfdesk.core.services import targets_pdf as tp


def text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace(" ", "")


def test_a_declaration_prints_the_project_its_indicators_and_values_with_sign_and_unit(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        project = s.scalar(select(m.Project).join(m.BudgetYear).where(m.BudgetYear.year == 2025).order_by(m.Project.code))
        _, draft = ts.load_target(s, project.id)
        tp.print_declaration(s, 2025, project.code, tmp_path / "d.pdf")
        name = project.name
    content = text(tmp_path / "d.pdf")
    assert "项目支出绩效目标申报表" in content and name in content and "（2025年度）" in content
    for ind in draft.indicators[:4]:
        assert ind.name in content and ind.value_text in content


def test_a_units_batch_holds_one_declaration_per_project(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        decls = tp.declarations(s, year=2025, unit_code="101")
        result = tp.print_unit_batch(s, 2025, "101", tmp_path / "b.pdf")
    assert decls and result.pages >= len(decls)
    content = text(tmp_path / "b.pdf")
    assert all(d.project.name in content for d in decls)


def test_the_findings_list_names_each_flagged_project_and_indicator(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        found = ts.findings(s, year=2025)
        tp.print_findings(s, 2025, None, tmp_path / "f.pdf")
    content = text(tmp_path / "f.pdf")
    assert "绩效目标审核问题清单" in content and found
    assert all(pf.finding.indicator_name in content for pf in found[:5])

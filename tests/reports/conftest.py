from __future__ import annotations

import io

import pdfplumber
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import ledger, ranking, spotcheck


def pdf_words(pdf: bytes) -> list[list[dict]]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_words(keep_blank_chars=False, use_text_flow=True) for page in doc.pages]


def pdf_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def pdf_chars(pdf: bytes, page: int = 0) -> tuple[list[dict], float, float]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        p = doc.pages[page]
        return list(p.chars), float(p.width), float(p.height)


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


@pytest.fixture()
def text_of():
    return pdf_text


def pdf_cells(pdf: bytes) -> list[str]:
    """Every table cell's text on every page, line breaks inside a cell removed."""
    out: list[str] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for table in page.extract_tables():
                out += [(cell or "").replace("\n", "") for row in table for cell in row if cell]
    return out


YEAR = 2025


def prepare_everything(demo_db):  # type: ignore[no-untyped-def]
    """The demo with what the remaining kinds need: a spot check, a ranking run and an open ledger item."""
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        spotcheck.draw(uow, YEAR, seed=11)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        ranking.create_run(uow, YEAR)
    with demo_db.sessions() as s:
        project = s.scalars(select(m.Project).join(m.BudgetYear).join(m.SelfEvaluation)
                            .where(m.BudgetYear.year == YEAR).order_by(m.Project.code)).first()
        code, unit_id = project.code, project.unit_id
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        item = ledger.create_item(uow, year=YEAR, unit_id=unit_id, project_id=project.id,
                                  problem="绩效目标未细化量化", measure="补充可衡量的数量指标")
    assess_ex_ante(demo_db, project.id)
    return code, item


def assess_ex_ante(db, project_id: int) -> int:  # type: ignore[no-untyped-def]
    """An ex-ante assessment of the project (76 points: 调整后支持), with findings under two dimensions."""
    import dataclasses
    import datetime as dt

    from perfdesk.core.services import exante

    with db.sessions() as s:
        form = exante.blank_form(s, project_id)
    grades = "优优优优良良良良中中中中优良中差良良良良"
    form = dataclasses.replace(
        form, assessed_on=dt.date(2025, 3, 18), assessor="县财政局绩效评价科", enters_library=True,
        items=tuple(dataclasses.replace(i, grade=g) for i, g in zip(form.items, grades, strict=True)),
        findings=((form.findings[0][0], "项目符合部门职能，群众需求迫切"),
                  (form.findings[2][0], "部分设备单价高于市场询价，测算依据不够充分，建议按支出标准重新测算"),
                  *form.findings[3:]))
    with UnitOfWork(db.sessions, "tester") as uow:
        return exante.save(uow, form)


def report_options(kind: str, item: int) -> dict[str, object]:
    return {"item": [item]} if kind in ("interview-record", "rectification-notice") else {}


@pytest.fixture(scope="session")
def every_report(_demo_template, tmp_path_factory) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    """Every report kind, for one project and for the whole year where it covers them, printed once per test
    session from a copy of the demo (checks of what every printed page must be share it)."""
    from perfdesk.core.db.backup import copy_database
    from perfdesk.core.db.engine import open_database
    from perfdesk.core.services import report_kinds

    folder = tmp_path_factory.mktemp("every-report")
    copy_database(_demo_template, folder / "demo.db")
    db = open_database(folder / "demo.db")
    try:
        code, item = prepare_everything(db)
        built = {}
        for kind, module in report_kinds.kinds().items():
            scopes = report_kinds.scopes(module)
            for scope in (s for s in ("project", "year") if s in scopes):
                out = folder / f"{kind}-{scope}.pdf"
                where = {"project": code} if scope == "project" else {"year": YEAR}
                with UnitOfWork(db.sessions, "tester") as uow:
                    module.build(uow, out=out, **where, **report_options(kind, item))
                built[f"{kind} ({scope})"] = out.read_bytes()
    finally:
        db.close()
    return built

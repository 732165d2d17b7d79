"""Every font of every PDF PerfDesk prints is embedded (FORMATS §8: "always embed"), for every report kind.

A font without an embedded font file (reportlab's standard Helvetica, Times-Roman, the STSong-Light CID font …)
prints in whatever the reader substitutes: on a county office PC the table may change its look or lose glyphs.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import ledger, ranking, report_kinds, spotcheck

YEAR = 2025
FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def unembedded_fonts(pdf: bytes) -> set[str]:
    """The base names of the fonts used on any page (or in a form on it) that carry no embedded font file."""
    missing: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in _page_fonts(page.get("/Resources")):
            if not _embedded(font):
                missing.add(str(font.get("/BaseFont")))
    return missing


def _page_fonts(resources: object) -> list[dict]:
    """Fonts of a resource dictionary, including those of its form XObjects (charts are drawn as forms)."""
    if resources is None:
        return []
    resources = resources.get_object()  # type: ignore[attr-defined]
    fonts = [f.get_object() for f in (resources.get("/Font") or {}).values()]
    for xobject in (resources.get("/XObject") or {}).values():
        fonts += _page_fonts(xobject.get_object().get("/Resources"))
    return fonts


def _embedded(font: dict) -> bool:
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
    return descriptor is not None and any(k in descriptor.get_object() for k in FONT_FILES)


def test_the_check_sees_reportlabs_standard_fonts_as_not_embedded():
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Times-Roman", 12)
    canvas.drawString(72, 72, "2024")
    canvas.save()
    assert unembedded_fonts(buffer.getvalue()) >= {"/Times-Roman"}


@pytest.fixture
def everything_to_print(demo_db):  # type: ignore[no-untyped-def]
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
    return demo_db, code, item


def _options(kind: str, item: int) -> dict[str, object]:
    return {"item": [item]} if kind in ("interview-record", "rectification-notice") else {}


def test_every_report_kind_embeds_every_font(everything_to_print, tmp_path: Path):  # type: ignore[no-untyped-def]
    demo_db, code, item = everything_to_print
    built = []
    for kind, module in report_kinds.kinds().items():
        scopes = report_kinds.scopes(module)
        for scope in (s for s in ("project", "year") if s in scopes):
            out = tmp_path / f"{kind}-{scope}.pdf"
            where = {"project": code} if scope == "project" else {"year": YEAR}
            with UnitOfWork(demo_db.sessions, "tester") as uow:
                module.build(uow, out=out, **where, **_options(kind, item))
            assert unembedded_fonts(out.read_bytes()) == set(), f"{kind} ({scope})"
            built.append(kind)
    assert set(built) == set(report_kinds.kinds())

"""Every font of every PDF PerfDesk prints is embedded (FORMATS §8: "always embed"), for every report kind.

A font without an embedded font file (reportlab's standard Helvetica, Times-Roman, the STSong-Light CID font …)
prints in whatever the reader substitutes: on a county office PC the table may change its look or lose glyphs.
"""

from __future__ import annotations

import io

from pypdf import PdfReader

from perfdesk.core.services import report_kinds

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


def test_every_report_kind_embeds_every_font(every_report):  # type: ignore[no-untyped-def]

    missing = {name: unembedded_fonts(pdf) for name, pdf in every_report.items()}
    assert {name: fonts for name, fonts in missing.items() if fonts} == {}
    assert {name.split(" (")[0] for name in every_report} == set(report_kinds.kinds())

"""``perfdesk --selftest``: a temporary database, the migrations, a tiny demo, one PDF; exit 0 when healthy.

Support staff run it on a township PC (``PerfDesk.exe --selftest``) and CI runs it on the bundled app, so it
exercises what a broken installation would break: bundled migrations, bundled resources (indicator library,
fonts), the SQLite driver and the PDF engine.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from perfdesk.core.i18n import translate

PDF_FONT_SUFFIXES = (".ttf", ".ttc")


def run() -> int:
    from perfdesk.core.db.engine import open_database
    from perfdesk.core.services import maintenance
    from perfdesk.core.services.demo import create_demo_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "selftest.db"
        create_demo_database(path, scale="tiny")
        with open_database(path) as db:
            data = maintenance.info(db)
        problems = []
        if data.schema_revision != data.head_revision or not data.counts.get("project"):
            problems.append(translate("Cli", "the database did not migrate to {head}").format(head=data.head_revision))
        pdf = Path(tmp) / "selftest.pdf"
        try:
            selftest_pdf(pdf, schema=data.schema_revision or "-", projects=data.counts.get("project", 0))
        except Exception as exc:  # noqa: BLE001 - reported, not raised: this is a diagnostic
            problems.append(translate("Cli", "the PDF could not be written: {error}").format(error=exc))
        else:
            if pdf.stat().st_size < 500 or not pdf.read_bytes().startswith(b"%PDF"):
                problems.append(translate("Cli", "the PDF is empty"))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(translate("Cli", "Self-test failed") if problems else translate("Cli", "Self-test passed"))
    return 1 if problems else 0


def selftest_pdf(out: Path, *, schema: str, projects: int) -> Path:
    """Write one small PDF page proving the PDF engine and a CJK font work in this installation.

    REPORT ENGINE SWITCH: when the report engine (branch ``reports``, ``perfdesk.core.reports``) lands on main,
    replace the body of this function by a call that renders one real report through it (e.g. a one-project
    自评表 from the demo database), so the self-test covers the report templates and font lookup too. Until
    then it draws the page with reportlab directly, using the first font bundled in ``resources/fonts``
    (Helvetica, which has no Chinese, when none is bundled).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    import perfdesk

    font = _register_bundled_font()
    canvas = Canvas(str(out), pagesize=A4)
    canvas.setTitle("PerfDesk self-test")
    canvas.setFont(font, 16)
    title = "绩效通自检" if font != "Helvetica" else "PerfDesk self-test"
    canvas.drawString(72, A4[1] - 90, f"{title} / PerfDesk {perfdesk.__version__}")
    canvas.setFont(font, 11)
    canvas.drawString(72, A4[1] - 120, f"schema {schema}, demo projects: {projects}, font: {font}")
    canvas.showPage()
    canvas.save()
    return out


def _register_bundled_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from perfdesk.core.paths import resources_dir

    folder = resources_dir() / "fonts"
    files = sorted(p for p in folder.glob("*") if p.suffix.lower() in PDF_FONT_SUFFIXES) if folder.is_dir() else []
    if not files:
        return "Helvetica"
    name = "PerfDeskSelftest"
    if name not in pdfmetrics.getRegisteredFontNames():
        extra = {"subfontIndex": 0} if files[0].suffix.lower() == ".ttc" else {}
        pdfmetrics.registerFont(TTFont(name, str(files[0]), **extra))
    return name

"""``perfdesk --selftest``: a temporary database, the migrations, a tiny demo, one PDF; exit 0 when healthy.

Support staff run it on a township PC (``PerfDesk.exe --selftest``) and CI runs it on the bundled app, so it
exercises what a broken installation would break: bundled migrations, bundled resources (indicator library,
fonts), the SQLite driver and the PDF engine.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from perfdesk.core.i18n import translate

if TYPE_CHECKING:
    from perfdesk.core.db.engine import Database



def run() -> int:
    from perfdesk.core.db.engine import open_database
    from perfdesk.core.services import maintenance
    from perfdesk.core.services.demo import create_demo_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "selftest.db"
        create_demo_database(path, scale="tiny")
        problems = []
        with open_database(path) as db:
            data = maintenance.info(db)
            if data.schema_revision != data.head_revision or not data.counts.get("project"):
                problems.append(translate("Cli", "the database did not migrate to {head}").format(
                    head=data.head_revision))
            pdf = Path(tmp) / "selftest.pdf"
            try:
                selftest_pdf(db, pdf)
            except Exception as exc:  # noqa: BLE001 - reported, not raised: this is a diagnostic
                problems.append(translate("Cli", "the PDF could not be written: {error}").format(error=exc))
            else:
                if pdf.stat().st_size < 500 or not pdf.read_bytes().startswith(b"%PDF"):
                    problems.append(translate("Cli", "the PDF is empty"))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(translate("Cli", "Self-test failed") if problems else translate("Cli", "Self-test passed"))
    return 1 if problems else 0


def selftest_pdf(db: Database, out: Path) -> Path:
    """Print one real report through the report engine: the 项目支出绩效目标申报表 of the first demo project with
    targets (report kind ``targets``), which exercises the report templates, the fonts (system or bundled in
    ``resources/fonts``) and reportlab in this installation."""
    from sqlalchemy import select

    from perfdesk.core.db import models as m
    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.services.report_kinds import kinds

    with UnitOfWork(db.sessions, "selftest") as uow:
        code, year = uow.session.execute(
            select(m.Project.code, m.BudgetYear.year).join(m.PerformanceTarget).join(m.BudgetYear)
            .order_by(m.BudgetYear.year.desc(), m.Project.id).limit(1)).one()
        kinds()["targets"].build(uow, project=code, year=year, out=out)
    return out

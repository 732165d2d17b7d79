"""Import the city workbook (about 30,000 indicators) and run every quality check; compare with a bare
python-calamine parse of the same file in the same run. Goal: import + checks ≤ 2× the bare parse.

    PYTHONPATH=src python bench/targets.py [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from python_calamine import CalamineWorkbook
from sqlalchemy import delete, select

from perfdesk.core.db import models as m
from perfdesk.core.db.engine import open_database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import targets as ts
from perfdesk.core.services import targets_io as tio
from perfdesk.core.services.demo import create_demo_database

YEAR = 2025


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    print(f"{label:<42} {seconds:7.2f} s")
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="folder to keep the database and workbook in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    db_path, book = folder / "city.db", folder / "city-targets.xlsx"
    if not db_path.exists():
        timed("city demo database", lambda: create_demo_database(db_path, scale="city"))
    with open_database(db_path, lock=False) as db:
        with db.sessions() as s:
            n, _ = timed("export flat workbook (openpyxl write-only)", lambda: tio.export_targets(s, book, year=YEAR))
            s.execute(delete(m.TargetIndicator).where(m.TargetIndicator.target_id.in_(select(m.PerformanceTarget.id)
                      .join(m.Project).join(m.BudgetYear).where(m.BudgetYear.year == YEAR))))
            s.execute(m.PerformanceTarget.__table__.update().values(status="draft").where(
                m.PerformanceTarget.id.in_(select(m.PerformanceTarget.id).join(m.Project).join(m.BudgetYear)
                                           .where(m.BudgetYear.year == YEAR))))
            s.commit()
        print(f"projects: {n}, file: {book.stat().st_size / 1e6:.1f} MB")
        _, bare = timed("bare python-calamine parse", lambda: CalamineWorkbook.from_path(str(book))
                        .get_sheet_by_index(0).to_python())

        def run_import() -> object:
            with UnitOfWork(db.sessions, "bench") as uow:
                return tio.import_targets(uow, book)

        summary, imported = timed("import (validate + write)", run_import)
        with db.sessions() as s:
            found, checked = timed("all quality checks", lambda: ts.findings(s, year=YEAR))
    print(f"indicators written: {summary.indicators}, findings: {len(found)}")  # type: ignore[attr-defined]
    print(f"import + checks = {imported + checked:.2f} s = {(imported + checked) / bare:.1f}× the bare parse "
          f"(goal ≤ 2×)")


if __name__ == "__main__":
    main()

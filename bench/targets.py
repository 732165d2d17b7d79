"""Import the city workbook (about 30,000 indicators) and run every quality check; compare with a bare
python-calamine parse of the same file in the same run. Goal: import + checks ≤ 2× the bare parse.

The import runs the checks on what it has just written (its summary lists the findings a person sees after
importing); checking the stored targets again from the database (the targets page's list) is timed too, and
both must give the same findings. Each figure is the best of ``--runs`` runs (the machine may be shared), wall
time and this process's CPU time.

    PYTHONPATH=src python bench/targets.py [--keep FOLDER] [--runs N]
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


def best(label: str, fn, runs: int, before=None):  # type: ignore[no-untyped-def]
    """Best wall and CPU time of ``runs`` runs of ``fn`` (``before`` runs untimed ahead of each)."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        if before is not None:
            before()
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    print(f"{label:<46} {min(walls):6.2f} s wall {min(cpus):6.2f} s CPU")
    return result, min(walls), min(cpus)


def clear_targets(db) -> None:  # type: ignore[no-untyped-def]
    """The year's indicators deleted and its targets back to draft, as before a first import."""
    year_targets = (select(m.PerformanceTarget.id).join(m.Project).join(m.BudgetYear)
                    .where(m.BudgetYear.year == YEAR))
    with db.sessions() as s:
        s.execute(delete(m.TargetIndicator).where(m.TargetIndicator.target_id.in_(year_targets)))
        s.execute(m.PerformanceTarget.__table__.update().values(status="draft")
                  .where(m.PerformanceTarget.id.in_(year_targets)))
        s.commit()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="folder to keep the database and workbook in")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    db_path, book = folder / "city.db", folder / "city-targets.xlsx"
    if not db_path.exists():
        best("city demo database", lambda: create_demo_database(db_path, scale="city"), 1)
    with open_database(db_path, lock=False) as db:
        if not book.exists():
            with db.sessions() as s:
                best("export flat workbook (openpyxl write-only)", lambda: tio.export_targets(s, book, year=YEAR), 1)
        print(f"file: {book.stat().st_size / 1e6:.1f} MB")
        _, bare, bare_cpu = best("bare python-calamine parse", lambda: CalamineWorkbook.from_path(str(book))
                                 .get_sheet_by_index(0).to_python(), args.runs)

        def run_import() -> tio.ImportSummary:
            with UnitOfWork(db.sessions, "bench") as uow:
                return tio.import_targets(uow, book)

        summary, imported, imported_cpu = best("import (validate, write, check)", run_import, args.runs,
                                               before=lambda: clear_targets(db))
        with db.sessions() as s:
            stored, _, _ = best("checks of the stored targets (targets page)", lambda: ts.findings(s, year=YEAR),
                                args.runs)
    same = [(f.project_code, f.finding) for f in summary.findings] == [(f.project_code, f.finding) for f in stored]
    print(f"indicators written: {summary.indicators}, findings: {len(summary.findings)} "
          f"({'the same' if same else 'NOT the same'} as from the database)")
    print(f"import + checks = {imported:.2f} s = {imported / bare:.2f}× the bare parse "
          f"(CPU {imported_cpu / bare_cpu:.2f}×); goal ≤ 2×: {'met' if imported <= 2 * bare else 'NOT met'}")


if __name__ == "__main__":
    main()

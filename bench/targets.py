"""Import the city workbook (about 30,000 indicators) and run every quality check; compare with a bare
python-calamine parse of the same file in the same run. Goal: import + checks ≤ 2× the bare parse.

The import runs the checks on what it has just written (its summary lists the findings a person sees after
importing); checking the stored targets again from the database (the targets page's list) is timed too, and
both must give the same findings. Each import is compared with the bare parses just before and after it (the
machine may be shared and its speed drifts); the median of ``--runs`` ratios is reported, wall and CPU time.

    PYTHONPATH=src python bench/targets.py [--keep FOLDER] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
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


def clocked(fn):  # type: ignore[no-untyped-def]
    """``fn()`` with its wall and CPU time."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


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
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    db_path, book = folder / "city.db", folder / "city-targets.xlsx"
    if not db_path.exists():
        create_demo_database(db_path, scale="city")
    with open_database(db_path, lock=False) as db:
        if not book.exists():
            with db.sessions() as s:
                tio.export_targets(s, book, year=YEAR)
        print(f"file: {book.stat().st_size / 1e6:.1f} MB; {args.runs} runs, each import between two bare parses")

        def bare() -> tuple[float, float]:
            _, wall, cpu = clocked(lambda: CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python())
            return wall, cpu

        def run_import() -> tio.ImportSummary:
            with UnitOfWork(db.sessions, "bench") as uow:
                return tio.import_targets(uow, book)

        bare()  # warm-up: the file in the OS cache, the modules loaded
        wall_ratios, cpu_ratios, before = [], [], bare()
        for run in range(args.runs):
            clear_targets(db)
            summary, wall, cpu = clocked(run_import)
            after = bare()
            base_wall, base_cpu = (before[0] + after[0]) / 2, (before[1] + after[1]) / 2
            wall_ratios.append(wall / base_wall)
            cpu_ratios.append(cpu / base_cpu)
            print(f"run {run + 1}: bare parse {base_wall:5.2f} s ({base_cpu:5.2f} s CPU), import (validate, write, "
                  f"check) {wall:5.2f} s ({cpu:5.2f} s CPU) = {wall_ratios[-1]:.2f}× ({cpu_ratios[-1]:.2f}× CPU)")
            before = after
        with db.sessions() as s:
            stored, wall, cpu = clocked(lambda: ts.findings(s, year=YEAR))
        print(f"checks of the stored targets (targets page): {wall:5.2f} s ({cpu:5.2f} s CPU)")
    same = [(f.project_code, f.finding) for f in summary.findings] == [(f.project_code, f.finding) for f in stored]
    print(f"indicators written: {summary.indicators}, findings: {len(summary.findings)} "
          f"({'the same' if same else 'NOT the same'} as from the database)")
    wall_median, cpu_median = statistics.median(wall_ratios), statistics.median(cpu_ratios)
    print(f"import + checks ÷ bare parse: median {wall_median:.2f}× wall, {cpu_median:.2f}× CPU; "
          f"goal ≤ 2×: {'met' if wall_median <= 2 else 'NOT met'}")


if __name__ == "__main__":
    main()

"""Import a generated budget-system project export of 20,000 projects (field-code headers, amounts in 元) into a new
database, and compare with a bare python-calamine parse of the same file in the same run. Goal: import ≤ 2× the
bare parse. The re-import of the same file (every project found unchanged) is timed too.

Each import is compared with the bare parses just before and after it (the machine may be shared and its speed
drifts); the median of ``--runs`` ratios is reported, wall and CPU time.

    PYTHONPATH=src python bench/projects.py [--projects N] [--runs N] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from perfdesk.core.db.engine import open_database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.io.budget_export import EXPORT_COLUMNS
from perfdesk.core.services import masterdata

YEAR = 2025
ORIGINS = ("本级", "本级", "本级", "县对下转移支付", "中央转移支付", "省转移支付", "市转移支付", "非财政拨款资金")


def clocked(fn):  # type: ignore[no-untyped-def]
    """``fn()`` with its wall and CPU time."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def write_export(path: Path, projects: int, seed: int = 7) -> None:
    """A county's export: 40 departments and townships with 6 units each, amounts to the fen."""
    rng = random.Random(seed)
    book = Workbook(write_only=True)
    ws = book.create_sheet("项目")
    ws.append([key for key, _h, _w in EXPORT_COLUMNS])
    ws.append([head for _k, head, _w in EXPORT_COLUMNS])
    for i in range(projects):
        d, u = i % 40, (i // 40) % 6
        dept = f"{101 + d:03d}" if d < 30 else f"{901 + d - 30:03d}"
        dept_name = f"县第{d + 1}局" if d < 30 else f"第{d - 29}镇"
        agency = f"{dept}{u + 1:03d}"
        initial = rng.randrange(10_000_00, 30_000_000_00)
        adjustment = rng.choice((0, 0, 0, rng.randrange(-initial // 10, initial // 5)))
        ws.append([YEAR, "371525", dept, dept_name, agency, f"{dept_name}第{u + 1}单位", f"37152525R{i + 1:012d}",
                   f"项目{i + 1}", "3", f"2{rng.randrange(1, 14):02d}01", "111", "一般公共预算", rng.choice(ORIGINS),
                   rng.choice(("新增", "延续")), initial / 100, adjustment / 100, (initial + adjustment) / 100])
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="folder to keep the databases and the export in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    book, empty = folder / f"projects-{args.projects}.xlsx", folder / "empty.db"
    if not book.exists():
        write_export(book, args.projects)
    if not empty.exists():
        open_database(empty, lock=False).close()
    print(f"file: {book.stat().st_size / 1e6:.1f} MB, {args.projects} projects; {args.runs} runs, each import "
          f"between two bare parses")

    def bare() -> tuple[float, float]:
        _, wall, cpu = clocked(lambda: CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python())
        return wall, cpu

    bare()  # warm-up: the file in the OS cache, the modules loaded
    ratios: dict[str, list[tuple[float, float]]] = {"import": [], "re-import": []}
    before = bare()
    for run in range(args.runs):
        target = folder / f"run-{run}.db"
        shutil.copyfile(empty, target)
        with open_database(target, lock=False) as db:
            for label in ("import", "re-import"):
                with UnitOfWork(db.sessions, "bench") as uow:
                    summary, wall, cpu = clocked(lambda uow=uow: masterdata.import_projects(uow, [book]))
                after = bare()
                floor = ((before[0] + after[0]) / 2, (before[1] + after[1]) / 2)
                ratios[label].append((wall / floor[0], cpu / floor[1]))
                print(f"  run {run + 1} {label:<9}: {wall:.2f} s wall ({cpu:.2f} s CPU), bare parse "
                      f"{floor[0]:.2f} s ({floor[1]:.2f} s CPU); created {summary.projects_created}, unchanged "
                      f"{summary.projects_unchanged}")
                before = after
        target.unlink()
        shutil.rmtree(folder / "backups", ignore_errors=True)
    for label, found in ratios.items():
        print(f"{label}: median {statistics.median(r[0] for r in found):.2f}× the bare parse (wall), "
              f"{statistics.median(r[1] for r in found):.2f}× (CPU); goal ≤ 2×")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

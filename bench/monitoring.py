"""Benchmark: import 24,000 execution rows into the city demo database and compute every warning.

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=src python bench/monitoring.py [rows] [runs]
 or: PYTHONPATH=src python bench/monitoring.py import-progress [runs]  (the county's 执行监控表, see below)
The city demo has 2,000 projects; 22,000 more are added to its budget year so every row of the file matches a
project. Prints, in the same run and ``runs`` times in turn (default 5): a bare python-calamine parse of the
file and the whole import (parse, match, backup before import, write, commit; goal ≤ 2× the bare parse), each
as wall time and CPU time (all threads of the process: the machine is shared, CPU time is what the work
costs). Each import is a new round (a snapshot, as in use). Then the warnings of the last round, and the
monitoring page's refresh (goal < 200 ms).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook
from sqlalchemy import insert, select

from perfdesk.core.db import models as m
from perfdesk.core.db.engine import open_database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import monitoring as svc
from perfdesk.core.services.demo import create_demo_database

AS_OF = dt.date(2025, 7, 31)


def add_projects(db_path: Path, rows: int) -> list[tuple[str, int]]:
    """Top the city's 2025 projects up to ``rows``; returns (code, unit id) of all of them."""
    with open_database(db_path) as db, db.sessions() as s:
        year_id = s.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == 2025))
        units = list(s.scalars(select(m.Unit.id)))
        have = list(s.execute(select(m.Project.code, m.Project.unit_id).where(m.Project.year_id == year_id)))
        extra = [{"year_id": year_id, "code": f"371599BENCH{i:08d}", "name": f"基准项目{i}", "unit_id": units[i % len(units)],
                  "sector": "education", "full_year_budget_fen": 0, "initial_budget_fen": 0, "spent_fen": 0}
                 for i in range(max(0, rows - len(have)))]
        for start in range(0, len(extra), 5000):
            s.execute(insert(m.Project), extra[start:start + 5000])
        s.commit()
    return [(c, u) for c, u in have] + [(e["code"], e["unit_id"]) for e in extra]


def write_export(path: Path, projects: list[tuple[str, int]]) -> None:
    rng = random.Random(7)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("执行数据")
    sheet.append(["PRO_CODE", "PRO_NAME", "AGENCY_CODE", "REPLY_AMT", "CUR_AMT", "PAY_AMT", "全年预计执行数"])
    for code, unit in projects:
        budget = rng.randrange(1_000, 50_000_000) / 100
        sheet.append([code, "", str(unit), budget, budget, round(budget * rng.random(), 2), budget])
    book.save(path)


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def clocked(fn):  # type: ignore[no-untyped-def]
    """(wall seconds, CPU seconds of the whole process, result)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def ratio(run_time: tuple[float, ...], bares: list[tuple[float, float]], run: int, k: int) -> float:
    """Import time ÷ the mean of the bare parses around it (k: 0 wall, 1 CPU)."""
    return run_time[k] / ((bares[run - 1][k] + bares[run][k]) / 2)


def bare_parse(xlsx: Path) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python(skip_empty_area=False)




def refresh_time(db_path: Path, round_id: int) -> float:
    from PySide6.QtWidgets import QApplication

    from perfdesk.gui.pages.base import PageContext
    from perfdesk.gui.pages.monitoring import MonitoringPage

    app = QApplication.instance() or QApplication([])
    with open_database(db_path) as db:
        page = MonitoringPage()
        page.set_context(PageContext(db, 2025, None))
        page.round_combo.setCurrentIndex(page.round_combo.findData(round_id))
        best = min(timed(page.refresh)[0] for _ in range(3))
        app.processEvents()
        return best


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 24_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as tmp:
        db_path, xlsx = Path(tmp) / "city.db", Path(tmp) / "exec.xlsx"
        took, _ = timed(lambda: create_demo_database(db_path, scale="city"))
        print(f"city demo database in {took:.1f} s")
        with open_database(db_path) as db, db.sessions() as s:
            city_round = svc.find_round(s, year=2025).id
        print(f"monitoring page refresh, city round of 2,000 projects: {refresh_time(db_path, city_round) * 1000:.0f} ms "
              "(goal < 200 ms)")
        projects = add_projects(db_path, rows)
        write_export(xlsx, projects)
        size = db_path.stat().st_size / 1e6
        with open_database(db_path) as db:
            backup = clocked(lambda: svc.backup_before_import(UnitOfWork(db.sessions).__enter__()))
            bare_parse(xlsx)  # python-calamine and the file warm, as for the imports that follow
            print(f"{len(projects)} rows; times as wall / CPU seconds (CPU of all threads of the process); each import "
                  "is compared with the mean of the bare parses just before and just after it (load drifts)")
            bares, imports = [clocked(lambda: bare_parse(xlsx))[:2]], []
            for run in range(1, runs + 1):
                with UnitOfWork(db.sessions, "bench") as uow:
                    full = clocked(lambda: svc.import_execution(uow, xlsx, as_of=AS_OF))
                bares.append(clocked(lambda: bare_parse(xlsx))[:2])
                done = full[2]
                imports.append(full[:2])
                print(f"  run {run}: bare python_calamine parse {bares[-2][0]:.3f} / {bares[-2][1]:.3f} then "
                      f"{bares[-1][0]:.3f} / {bares[-1][1]:.3f};  import (parse, match, backup, write, commit) "
                      f"{full[0]:.3f} / {full[1]:.3f};  import ÷ bare: wall {ratio(full, bares, run, 0):.2f}×, "
                      f"CPU {ratio(full, bares, run, 1):.2f}×")
            with db.sessions() as s:
                warned = [clocked(lambda: svc.warnings(s, done.round_id)) for _ in range(runs)]
        for label, k in (("wall", 0), ("CPU", 1)):
            ratios = [ratio(f, bares, run, k) for run, f in enumerate(imports, 1)]
            best_bare, best_import = min(b[k] for b in bares), min(f[k] for f in imports)
            print(f"import ÷ bare parse, {label}: median of the {runs} runs {statistics.median(ratios):.2f}× (goal ≤ 2×); "
                  f"best import ÷ best bare {best_import:.3f} ÷ {best_bare:.3f} s = {best_import / best_bare:.2f}×")
        print(f"  the backup before import ({size:.0f} MB database) alone: {backup[0]:.3f} / {backup[1]:.3f} s; in the "
              "import it runs in a thread while python-calamine reads the sheet")
        result = warned[-1][2]
        print(f"warnings of {done.rows} projects with unit and sector roll-ups: first {warned[0][0]:.3f} / "
              f"{warned[0][1]:.3f} s, best {min(w[0] for w in warned):.3f} / {min(w[1] for w in warned):.3f} s  "
              f"{result.counts()}")
        print(f"monitoring page refresh, the 24,000-project round: {refresh_time(db_path, done.round_id) * 1000:.0f} ms")


def bare_parse_every_sheet(xlsx: Path) -> int:
    book = CalamineWorkbook.from_path(str(xlsx))
    return sum(len(book.get_sheet_by_name(n).to_python(skip_empty_area=False)) for n in book.sheet_names)


def import_progress_bench(runs: int) -> None:
    """``monitor import-progress`` of the county demo's exported 执行监控表 (800 sheets) against a bare
    python-calamine parse of every sheet of the same file (goal ≤ 2×), wall and CPU time, ``runs`` times."""
    from perfdesk.core.services import monitoring_progress as mp

    with tempfile.TemporaryDirectory() as tmp:
        db_path, xlsx = Path(tmp) / "county.db", Path(tmp) / "tables.xlsx"
        create_demo_database(db_path, scale="county")
        with open_database(db_path) as db, db.sessions() as s:
            round_id = svc.find_round(s, year=2025).id
            sheets = mp.export_progress_table(s, round_id, xlsx)
        print(f"import-progress of {sheets} monitoring tables ({xlsx.stat().st_size / 1e6:.1f} MB)")
        bares = [clocked(lambda: bare_parse_every_sheet(xlsx))[:2]]
        for run in range(1, runs + 1):
            with open_database(db_path) as db, UnitOfWork(db.sessions, "bench") as uow:
                took = clocked(lambda: mp.import_progress_table(uow, xlsx, round_id))[:2]
            bares.append(clocked(lambda: bare_parse_every_sheet(xlsx))[:2])
            print(f"  run {run}: bare parse {bares[run][0]:.2f} s wall / {bares[run][1]:.2f} s CPU; import "
                  f"{took[0]:.2f} s / {took[1]:.2f} s = {ratio(took, bares, run, 0):.1f}× wall, "
                  f"{ratio(took, bares, run, 1):.1f}× CPU (goal ≤ 2×)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["import-progress"]:
        import_progress_bench(int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    else:
        main()

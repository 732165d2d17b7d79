"""Benchmark: import 24,000 execution rows into the city demo database and compute every warning.

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=src python bench/monitoring.py [rows]
The city demo has 2,000 projects; 22,000 more are added to its budget year so every row of the file matches a
project. Prints, in the same run: a bare python-calamine parse of the file, the whole import (parse, match,
backup before import, write, commit; goal ≤ 2× the bare parse), the warnings of the new round, and the
monitoring page's refresh (goal < 200 ms).
"""

from __future__ import annotations

import datetime as dt
import random
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
        bare, _ = timed(lambda: CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0)
                        .to_python(skip_empty_area=False))
        with open_database(db_path) as db:
            backup, _ = timed(lambda: svc.backup_before_import(UnitOfWork(db.sessions).__enter__()))
            with UnitOfWork(db.sessions, "bench") as uow:
                full, done = timed(lambda: svc.import_execution(uow, xlsx, as_of=AS_OF))
            with db.sessions() as s:
                warn, result = timed(lambda: svc.warnings(s, done.round_id))
        print(f"bare python_calamine parse of {len(projects)} rows: {bare:.3f} s")
        print(f"import (parse, match, backup, write, commit):  {full:.3f} s  ({full / bare:.2f}× the bare parse; "
              "goal ≤ 2×)")
        print(f"  of which the backup before import ({db_path.stat().st_size / 1e6:.0f} MB database): about {backup:.3f} s"
              f"; without it {(full - backup) / bare:.2f}× the bare parse")
        print(f"warnings of {done.rows} projects with unit and sector roll-ups: {warn:.3f} s  {result.counts()}")
        print(f"monitoring page refresh, the 24,000-project round: {refresh_time(db_path, done.round_id) * 1000:.0f} ms")


if __name__ == "__main__":
    main()

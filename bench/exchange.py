"""Data packages (issue 19): export and verify a package of a whole city's data, then import it, against copying
the raw SQLite file of the same data in the same run. Goal: export + verify ≤ 5× the copy's time.

The city demo has no single root unit, so a copy of it gets one (a city bureau above every top-level unit): the
package then holds the whole city. The import goes into a copy of the city from which the year's targets,
monitoring answers and self-evaluations were removed, so that everything is written. Each figure is the median
of ``--runs``; the copy is timed just before each export (the machine may be shared and its speed drifts).

    PYTHONPATH=src python bench/exchange.py [--db demo/city.db] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import delete, select, update

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import ROOT, ensure_db  # noqa: E402

from perfdesk.core.db import models as m  # noqa: E402
from perfdesk.core.db.backup import copy_database  # noqa: E402
from perfdesk.core.db.engine import open_database  # noqa: E402
from perfdesk.core.db.uow import UnitOfWork  # noqa: E402
from perfdesk.core.services import package as P  # noqa: E402

ROOT_CODE = "CITY"


def with_root(db_path: Path) -> int:
    """Hang every top-level unit under one city unit; the latest year with projects (it has monitoring rounds)."""
    with open_database(db_path) as db, UnitOfWork(db.sessions, user="bench") as uow:
        city = m.Unit(code=ROOT_CODE, name="市财政局（基准测试）", kind="department")
        uow.session.add(city)
        uow.session.flush()
        uow.session.execute(update(m.Unit).where(m.Unit.parent_id.is_(None), m.Unit.id != city.id)
                            .values(parent_id=city.id))
        uow.commit()
        return max(uow.session.scalars(select(m.BudgetYear.year).join(m.Project)))


def emptied(src: Path, dest: Path, year: int) -> Path:
    """A copy of ``src`` without the year's targets (and with them their answers) and self-evaluations."""
    copy_database(src, dest)
    with open_database(dest) as db, UnitOfWork(db.sessions) as uow:
        projects = select(m.Project.id).join(m.BudgetYear).where(m.BudgetYear.year == year)
        uow.session.execute(delete(m.SelfEvaluation).where(m.SelfEvaluation.project_id.in_(projects)))
        uow.session.execute(delete(m.PerformanceTarget).where(m.PerformanceTarget.project_id.in_(projects)))
        uow.session.execute(delete(m.MonitoringExecution))
        uow.commit()
    return dest


def clocked(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "demo" / "city.db")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-import", action="store_true", help="time export and verify only")
    args = parser.parse_args()
    source = ensure_db(args.db)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        city = folder / "city.db"
        copy_database(source, city)
        year = with_root(city)
        size = city.stat().st_size
        copies, exports, verifies, imports = [], [], [], []
        for run in range(args.runs):
            copies.append(clocked(lambda: shutil.copyfile(city, folder / "copy.db"))[1])
            out = folder / f"city-{run}.pdpkg"
            with open_database(city) as db, UnitOfWork(db.sessions, user="bench") as uow:
                summary, seconds = clocked(lambda out=out, uow=uow, db=db: P.export_package(
                    uow, unit=ROOT_CODE, year=year, out=out, data_dir=db.data_dir))
            exports.append(seconds)
            verifies.append(clocked(lambda out=out: P.read_verified(out))[1])
            if args.no_import:
                continue
            target = emptied(city, folder / f"emptied-{run}.db", year)
            with open_database(target) as db, UnitOfWork(db.sessions, user="bench") as uow:
                result, seconds = clocked(lambda out=out, uow=uow, db=db: P.import_package(
                    uow, out, data_dir=db.data_dir))
            imports.append(seconds)
        package_size = out.stat().st_size
        copy, export, verify = (statistics.median(x) for x in (copies, exports, verifies))
    mb = size / 2**20
    print(f"city database            : {mb:7.1f} MB, year {year}; package {package_size / 2**20:.1f} MB "
          f"({', '.join(f'{k} {v}' for k, v in summary.counts.items())})")
    print(f"copy of the SQLite file  : {copy:7.3f} s  ({mb / copy:7.0f} MB/s)")
    print(f"export                   : {export:7.3f} s  ({mb / export:7.1f} MB/s of database)")
    print(f"verify                   : {verify:7.3f} s  ({package_size / 2**20 / verify:7.1f} MB/s of package)")
    print(f"export + verify          : {export + verify:7.3f} s  = {(export + verify) / copy:6.1f}× the copy "
          f"(goal ≤ 5×; median of {args.runs})")
    if imports:
        print(f"import into the emptied  : {statistics.median(imports):7.3f} s  "
              f"(added {sum(result.added.values())} records)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

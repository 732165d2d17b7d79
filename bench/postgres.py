"""The same work on PostgreSQL and on SQLite in one run: importing the city targets workbook (about 30,000
indicators, checks included) and ranking the city's scored projects. SQLite on a local file is the floor a
county office gets without a server; the figure to read is PostgreSQL's time against it.

    PYTHONPATH=src python bench/postgres.py --pg postgresql://user@host/postgres [--runs 3] [--keep FOLDER]

``--pg`` names any database on a server where the user may create databases: the bench creates (and at the end
drops) its own database ``perfdesk_bench_city`` there. Without ``--pg`` a throwaway server is started with
tools/pg_test_server.sh (Debian's postgresql must be installed) and stopped at the end.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from targets import YEAR, clear_targets, clocked  # bench/targets.py

from perfdesk.core.db.engine import open_database
from perfdesk.core.db.server import shown
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import ranking
from perfdesk.core.services import targets_io as tio
from perfdesk.core.services.demo import create_demo_database

BENCH_DB = "perfdesk_bench_city"
ROOT = Path(__file__).resolve().parents[1]


def fresh_server_database(admin_url: str) -> str:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{BENCH_DB}"'))
    engine.dispose()
    return make_url(admin_url).set(database=BENCH_DB).render_as_string(hide_password=False)


def drop_server_database(admin_url: str) -> None:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)'))
    engine.dispose()


def measure(location: str | Path, book: Path, runs: int) -> dict[str, float]:
    """Median import (wall, CPU) over ``runs`` and the best of three rankings, on one database."""
    with open_database(location, lock=False) as db:
        imports = []
        for _ in range(runs):
            clear_targets(db)

            def run_import() -> tio.ImportSummary:
                with UnitOfWork(db.sessions, "bench") as uow:
                    return tio.import_targets(uow, book)

            _, wall, cpu = clocked(run_import)
            imports.append((wall, cpu))
        with db.sessions() as session:
            ranks = [clocked(lambda: ranking.compute(session, YEAR))[1:] for _ in range(3)]
            ranked = len(ranking.compute(session, YEAR).entries)
    return {"import": statistics.median(w for w, _ in imports), "import_cpu": statistics.median(c for _, c in imports),
            "rank": min(w for w, _ in ranks), "rank_cpu": min(c for _, c in ranks), "ranked": ranked}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", help="SQLAlchemy URL of a database on the server (default: a throwaway server)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="folder to keep the SQLite database and the workbook in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    started = None
    if not args.pg:
        started = Path(tempfile.mkdtemp(prefix="perfdesk-bench-pg-"))
        started.chmod(0o755)
        args.pg = subprocess.run([ROOT / "tools" / "pg_test_server.sh", "start", started, "54339"], check=True,
                                 capture_output=True, text=True).stdout.strip()
    try:
        run(args, folder)
    finally:
        if started:
            subprocess.run([ROOT / "tools" / "pg_test_server.sh", "stop", started], check=False)


def run(args: argparse.Namespace, folder: Path) -> None:
    sqlite_db, book = folder / "city.db", folder / "city-targets.xlsx"
    if not sqlite_db.exists():
        create_demo_database(sqlite_db, scale="city")
    if not book.exists():
        with open_database(sqlite_db, lock=False) as db, db.sessions() as s:
            tio.export_targets(s, book, year=YEAR)
    server_db = fresh_server_database(args.pg)
    try:
        _, wall, _ = clocked(lambda: create_demo_database(server_db, scale="city"))
        print(f"city demo written to {shown(server_db)} in {wall:.1f} s; {args.runs} imports of "
              f"{book.stat().st_size / 1e6:.1f} MB on each database")
        results = {"SQLite (file)": measure(sqlite_db, book, args.runs), "PostgreSQL": measure(server_db, book, args.runs)}
    finally:
        drop_server_database(args.pg)
    floor = results["SQLite (file)"]
    for name, r in results.items():
        print(f"{name:14} targets import + checks {r['import']:6.2f} s ({r['import_cpu']:5.2f} s CPU, "
              f"{r['import'] / floor['import']:.2f}× SQLite); ranking of {r['ranked']} entries {r['rank']:5.2f} s "
              f"({r['rank_cpu']:5.2f} s CPU, {r['rank'] / floor['rank']:.2f}× SQLite)")


if __name__ == "__main__":
    main()

"""Score every self-evaluation of the city demo (≈2,000 projects of the year) and compare with reading the same
rows from SQLite. Goal: scoring ≤ 2× the read time and < 1 s. Run: PYTHONPATH=src python bench/scoring.py [DB]."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from perfdesk.core.db import queries_selfeval as Q
from perfdesk.core.db.engine import open_database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.services import selfeval
from perfdesk.core.services.demo import create_demo_database

CPU: dict[str, float] = {}


def timed(fn, name: str = ""):  # type: ignore[no-untyped-def]
    """Wall time; the CPU time of this process goes to ``CPU[name]`` (steadier on a shared, loaded machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    CPU[name] = time.process_time() - cpu
    return result, time.perf_counter() - start


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "city.db"
    if not path.exists():
        print(f"building the city demo at {path} …")
        create_demo_database(path, scale="city")
    with open_database(path, lock=False) as db, db.sessions() as session:
        year = 2025
        (evaluations, lines), read = timed(lambda: (Q.evaluation_rows(session, year=year),
                                                    Q.line_rows(session, year=year)), "read")
        n_lines = sum(len(v) for v in lines.values())
        params = ScoringParams()
        scored, score = timed(lambda: selfeval.score_rows(evaluations, lines, params), "score")
    saving: list[float] = []  # when score_year reported "Saving scores" (its progress at 0.7)

    def progress(fraction: float, _message: str = "") -> None:
        if fraction == 0.7:
            saving.append(time.perf_counter())

    with open_database(path, lock=False) as db, UnitOfWork(db.sessions, "bench") as uow:
        _summary, whole = timed(lambda: selfeval.score_year(uow, year, progress=progress))
        stored = time.perf_counter() - saving[0]
    print(f"{len(evaluations)} self-evaluations, {n_lines} lines")
    print(f"read rows from SQLite      {read * 1000:8.0f} ms")
    print(f"score in memory            {score * 1000:8.0f} ms  ({score / read:.1f}× the read)")
    print(f"read + score + store       {whole * 1000:8.0f} ms  (storing and committing: {stored * 1000:.0f} ms)")
    print(f"CPU time: read {CPU['read'] * 1000:.0f} ms, score {CPU['score'] * 1000:.0f} ms "
          f"({CPU['score'] / CPU['read']:.1f}× the read)")
    print("goal: score ≤ 2× read and < 1 s:", "met" if score <= 2 * read and score < 1 else "NOT met")


if __name__ == "__main__":
    main()

"""Create a demo database file (used by ``perfdesk demo``, the README's launch command and the tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from perfdesk.core.db.engine import open_database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.progress import Progress


def create_demo_database(out: Path | str, *, scale: str = "county", year: int | None = None, seed: int | None = None,
                         progress: Progress | None = None) -> dict[str, int]:
    """Write a fresh demo database at ``out`` (replacing it); returns rows written per table."""
    from perfdesk.core.demo.generator import DEFAULT_SEED, DEFAULT_YEAR, generate
    from perfdesk.core.services.library import shipped_library_rows

    for suffix in ("", "-wal", "-shm") if "://" not in str(out) else ():  # a server database: given empty
        Path(str(out) + suffix).unlink(missing_ok=True)
    from perfdesk.core.services.deptwide_demo import add_demo_records
    from perfdesk.core.services.selfeval import score_year

    with open_database(out) as db:
        with UnitOfWork(db.sessions, "demo") as uow:
            counts = generate(uow, scale=scale, year=year or DEFAULT_YEAR, seed=seed or DEFAULT_SEED,
                              library=shipped_library_rows(), progress=progress)
        scored_at = dt.datetime((year or DEFAULT_YEAR) + 1, 3, 1, 9, 0)  # fixed: the same seed, the same file
        with UnitOfWork(db.sessions, "demo", now=scored_at) as uow:  # demo databases come scored
            score_year(uow)
        with UnitOfWork(db.sessions, "demo", now=scored_at) as uow:  # standards and a few cost-benefit tables
            from perfdesk.core.demo.costs import add_demo_costs

            add_demo_costs(uow, year or DEFAULT_YEAR)
            uow.commit()
        with UnitOfWork(db.sessions, "demo", now=scored_at) as uow:  # department-wide records (RULES §11)
            counts["dept_performance"] = add_demo_records(uow, year or DEFAULT_YEAR, seed or DEFAULT_SEED)
        return counts

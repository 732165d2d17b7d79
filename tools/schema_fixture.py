"""Keep a fixture database for each released schema (tests/db/test_migrations.py upgrades every one to head).

    python tools/schema_fixture.py        writes tests/fixtures/schema-<head revision>.db if it is missing

Run it when releasing a version whose schema (Alembic head) is new: the file is a tiny demo county written by
this version, so later versions prove they upgrade it keeping every row. Never regenerate an existing one.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    from perfdesk.core.db import migrate
    from perfdesk.core.services.demo import create_demo_database

    target = ROOT / "tests" / "fixtures" / f"schema-{migrate.head()}.db"
    if target.exists():
        print(f"{target.name} exists; released fixtures are never rewritten")
        return 0
    create_demo_database(target, scale="tiny")
    for suffix in ("-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    print(f"wrote {target} (commit it: git add -f {target.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

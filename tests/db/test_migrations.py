"""Every released schema upgrades to head with every row kept (fixtures in tests/fixtures/schema-*.db)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from perfdesk.core.db import migrate
from perfdesk.core.db.backup import list_backups
from perfdesk.core.db.engine import make_engine, open_database

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("schema-*.db"))


def table_rows(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def test_an_empty_database_migrates_from_nothing_to_head(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head()
    engine.dispose()


def test_there_is_a_fixture_for_the_first_released_schema() -> None:
    assert FIXTURES and FIXTURES[0].name == f"schema-{migrate.revisions()[0]}.db"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_each_released_schema_upgrades_to_head_keeping_every_row(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(fixture, path)
    before = table_rows(path)
    assert sum(len(rows) for rows in before.values()) > 100
    with open_database(path) as db:
        assert migrate.current_revision(db.engine) == migrate.head()
    after = table_rows(path)
    for table, rows in before.items():
        kept = [row[: len(rows[0])] for row in after[table]] if rows else []
        assert sorted(kept, key=repr) == rows, table
    if fixture.stem != f"schema-{migrate.head()}":
        assert [b.reason for b in list_backups(path)] == ["before-migration"]


@pytest.mark.parametrize("fixture", FIXTURES[:1], ids=lambda p: p.stem)
def test_opening_an_older_database_for_use_backs_it_up_then_upgrades_it(fixture: Path, tmp_path: Path) -> None:
    from perfdesk.core.services.maintenance import open_for_use

    path = tmp_path / "perfdesk.db"
    shutil.copyfile(fixture, path)
    steps: list[str] = []
    with open_for_use(path, progress=lambda f, m: steps.append(m)) as db:
        assert migrate.current_revision(db.engine) == migrate.head()
    reasons = sorted(b.reason for b in list_backups(path))
    expected = ["daily"] if fixture.stem == f"schema-{migrate.head()}" else ["before-migration", "daily"]
    assert reasons == expected and len(steps) == 2
    assert table_rows(sorted(list_backups(path), key=lambda b: b.reason)[-1].path) == table_rows(fixture)

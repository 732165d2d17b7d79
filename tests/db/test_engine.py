"""Opening databases: pragmas, migrations, refusal of newer schemas, one instance per file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from perfdesk.core.db import migrate
from perfdesk.core.db.backup import list_backups
from perfdesk.core.db.engine import NewerDatabaseError, open_database
from perfdesk.core.db.lock import DatabaseInUse


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_created_at_the_head_revision(tmp_path: Path) -> None:
    with open_database(tmp_path / "new.db") as db:
        assert migrate.current_revision(db.engine) == migrate.head()


@pytest.mark.sqlite_only
def test_sqlite_runs_in_wal_mode_with_foreign_keys(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_database_from_a_newer_version_is_refused_and_left_unchanged(empty_db_path: Path) -> None:
    con = sqlite3.connect(empty_db_path)
    con.execute("UPDATE alembic_version SET version_num = 'zz99_from_the_future'")
    con.commit()
    con.close()
    before = digest(empty_db_path)
    with pytest.raises(NewerDatabaseError, match="zz99_from_the_future"):
        open_database(empty_db_path)
    assert digest(empty_db_path) == before
    assert list_backups(empty_db_path) == []


def test_a_second_instance_is_told_the_database_is_in_use(empty_db_path: Path) -> None:
    first = open_database(empty_db_path)
    try:
        with pytest.raises(DatabaseInUse):
            open_database(empty_db_path)
    finally:
        first.close()
    open_database(empty_db_path).close()  # free again once the first closed


def test_a_foreign_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE accounts (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(ValueError):
        open_database(path)

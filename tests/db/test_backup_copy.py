"""Backups of the database in use are complete and consistent, whichever way the copy is made."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from perfdesk.core.db import backup as backups
from perfdesk.core.db.backup import take_backup


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None, timeout=0)
    con.execute("PRAGMA wal_autocheckpoint=0")  # keep what is committed in the WAL
    return con


def notes(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in con.execute("SELECT text FROM note ORDER BY id")]
    finally:
        con.close()


@pytest.fixture
def live(empty_db_path: Path) -> sqlite3.Connection:
    con = connect(empty_db_path)
    assert con.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    con.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
    con.execute("INSERT INTO note (text) VALUES ('first')")
    return con


@pytest.fixture
def copies(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """How each copy was made: 'file' (checkpointed file copy) or 'pages' (the backup API)."""
    made: list[str] = []
    file_copy, page_copy = backups._copy_checkpointed, backups.copy_database

    def by_file(src: Path, dest: Path) -> bool:
        done = file_copy(src, dest)
        made.append("file" if done else "refused")
        return done

    def by_pages(src: Path, dest: Path) -> None:
        made.append("pages")
        page_copy(src, dest)

    monkeypatch.setattr(backups, "_copy_checkpointed", by_file)
    monkeypatch.setattr(backups, "copy_database", by_pages)
    return made


def test_rows_committed_but_still_in_the_wal_are_in_the_file_copy(live, empty_db_path, copies) -> None:  # type: ignore[no-untyped-def]
    live.execute("INSERT INTO note (text) VALUES ('second')")
    assert Path(f"{empty_db_path}-wal").stat().st_size > 0
    made = take_backup(empty_db_path, "manual")
    assert copies == ["file"]
    assert notes(made) == ["first", "second"]


def test_a_reader_on_an_older_snapshot_makes_the_backup_api_copy_everything_committed(live, empty_db_path, copies) -> None:  # type: ignore[no-untyped-def]
    reader = connect(empty_db_path)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM note").fetchone()[0] == 1  # holds its snapshot
    live.execute("INSERT INTO note (text) VALUES ('second')")
    made = take_backup(empty_db_path, "manual")
    assert copies == ["refused", "pages"]
    assert notes(made) == ["first", "second"]
    reader.execute("ROLLBACK")


def test_a_transaction_being_written_is_neither_waited_for_nor_copied(live, empty_db_path, copies) -> None:  # type: ignore[no-untyped-def]
    live.execute("BEGIN IMMEDIATE")
    live.execute("INSERT INTO note (text) VALUES ('uncommitted')")
    made = take_backup(empty_db_path, "manual")
    assert copies == ["refused", "pages"]
    assert notes(made) == ["first"]
    live.execute("COMMIT")
    assert notes(empty_db_path) == ["first", "uncommitted"]

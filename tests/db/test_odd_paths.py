"""A file name with #, %, ? or Chinese characters is an ordinary path: the database is made exactly there."""

from __future__ import annotations

from pathlib import Path

from perfdesk.core.db.engine import open_database


def test_a_database_is_created_at_the_very_path_given_whatever_its_characters(tmp_path: Path) -> None:
    folder = tmp_path / "财政局 #1 %20"
    path = folder / "临清 #2%41?.db"
    with open_database(path) as db:
        assert db.path == path.resolve()
    assert path.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["财政局 #1 %20"]  # no decoded twin such as "财政局 #1  "

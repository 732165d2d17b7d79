"""Upgrading a database with key evaluations: every line and survey row is kept (no table is rebuilt, so no
cascade fires), the agencies named on them enter the registry and the evaluations point to their entries."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from perfdesk.core.db.engine import open_database

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-mon2.db"


def _read(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_evaluations_keep_their_lines_and_their_agencies_enter_the_registry(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    lines = _read(path, "SELECT id, evaluation_id, score FROM key_evaluation_line ORDER BY id")
    named = _read(path, "SELECT id, agency FROM key_evaluation ORDER BY id")
    with open_database(path):
        pass
    assert _read(path, "SELECT id, evaluation_id, score FROM key_evaluation_line ORDER BY id") == lines
    assert len(lines) == 95
    assert sorted(n for (n,) in _read(path, "SELECT name FROM eval_agency")) == sorted({a for _i, a in named})
    linked = _read(path, "SELECT k.id, a.name, k.object_kind FROM key_evaluation k JOIN eval_agency a "
                         "ON a.id = k.agency_id ORDER BY k.id")
    assert [(i, a) for i, a, _k in linked] == named
    assert {k for *_x, k in linked} == {"project"}

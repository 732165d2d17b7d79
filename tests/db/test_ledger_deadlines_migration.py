"""Upgrading gives every rectification item stored without a deadline the rectification-days setting after its
creation (RULES §8: every item has a deadline); deadlines already set are kept."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from perfdesk.core.db.engine import open_database

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-mon2.db"


def _items(path: Path, days: str | None) -> None:
    con = sqlite3.connect(path)
    try:
        unit = con.execute("SELECT min(id) FROM unit").fetchone()[0]
        year = con.execute("SELECT min(id) FROM budget_year").fetchone()[0]
        for deadline in (None, "2025-12-31"):
            con.execute("INSERT INTO rectification_item (year_id, unit_id, source, source_ref, problem, measure, "
                        "deadline, status, closing_evidence, created_at, created_by) VALUES "
                        "(?, ?, 'manual', '', '绩效目标不明确', '', ?, 'open', '', '2025-06-30 09:00:00.000000', '')",
                        (year, unit, deadline))
        if days is not None:
            con.execute("INSERT INTO setting (key, value, updated_at, updated_by) VALUES "
                        "('ranking.rectification_days', ?, '2025-01-01 00:00:00.000000', '')", (days,))
        con.commit()
    finally:
        con.close()


def _deadlines(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT deadline FROM rectification_item ORDER BY id")]
    finally:
        con.close()


def test_an_item_without_a_deadline_gets_the_default_ninety_days(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    _items(path, None)
    with open_database(path):
        pass
    assert _deadlines(path) == ["2025-09-28", "2025-12-31"]


def test_an_item_without_a_deadline_gets_the_county_s_own_number_of_days(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    _items(path, "30")
    with open_database(path):
        pass
    assert _deadlines(path) == ["2025-07-30", "2025-12-31"]

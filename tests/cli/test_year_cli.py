"""``perfdesk year new|list``: a new year from the demo's latest, linked to it, the old year untouched."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from perfdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as con:
        return con.execute(sql).fetchall()


OLD_YEAR = ("SELECT p.* FROM project p JOIN budget_year y ON y.id = p.year_id WHERE y.year = {year} ORDER BY p.id")


def test_year_new_carries_the_latest_year_and_links_each_project(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    latest = max(y for (y,) in rows(demo_db_path, "SELECT year FROM budget_year"))
    before = rows(demo_db_path, OLD_YEAR.format(year=latest))
    code, out, err = run(capsys, "--db", str(demo_db_path), "year", "new", str(latest + 1), "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["from_year"] == latest and summary["carried"] > 0
    assert summary["carried"] + len(summary["not_carried"]) == len(before)
    links = rows(demo_db_path, f"SELECT n.code, o.code, oy.year FROM project n JOIN budget_year ny ON ny.id = n.year_id "
                               f"JOIN project o ON o.id = n.previous_id JOIN budget_year oy ON oy.id = o.year_id "
                               f"WHERE ny.year = {latest + 1}")
    assert len(links) == summary["carried"] and all(new == old and y == latest for new, old, y in links)
    drafts = rows(demo_db_path, f"SELECT t.status FROM performance_target t JOIN project p ON p.id = t.project_id "
                                f"JOIN budget_year y ON y.id = p.year_id WHERE y.year = {latest + 1}")
    assert len(drafts) == summary["targets_copied"] and {s for (s,) in drafts} <= {"draft"}
    assert rows(demo_db_path, OLD_YEAR.format(year=latest)) == before
    code, out, _ = run(capsys, "--db", str(demo_db_path), "year", "list")
    assert out.split()[0] == str(latest + 1)


def test_year_new_refuses_an_existing_year_and_says_nothing_changed(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    latest = max(y for (y,) in rows(demo_db_path, "SELECT year FROM budget_year"))
    code, _out, err = run(capsys, "--db", str(demo_db_path), "--lang", "en", "year", "new", str(latest))
    assert code == 1 and f"The budget year {latest} already exists." in err and "nothing was changed" in err


def test_year_new_prints_a_readable_summary(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    latest = max(y for (y,) in rows(demo_db_path, "SELECT year FROM budget_year"))
    code, out, _ = run(capsys, "--db", str(demo_db_path), "--lang", "en", "year", "new", str(latest + 1))
    assert code == 0 and f"Budget year {latest + 1} created from {latest}" in out

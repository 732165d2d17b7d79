"""``perfdesk library search|import|export|load-shipped``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from perfdesk.cli import main
from tests.services.library_books import book, row


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def count(path: Path) -> int:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT COUNT(*) FROM library_indicator").fetchone()[0]


def test_search_prints_matching_entries_as_json(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--db", str(demo_db_path), "library", "search", "覆盖率", "--sector", "health",
                       "--level1", "产出指标", "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    assert all(r["sector"] == "health" and r["level1"] == "产出指标" and "覆盖率" in r["name"] + r["measurement"]
               for r in rows)
    assert all("uses" in r for r in rows)


def test_load_shipped_then_export_and_import_dry_run(empty_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "--db", str(empty_db_path), "library", "load-shipped")[0] == 0
    assert count(empty_db_path) == 1119
    out_file = tmp_path / "edu.xlsx"
    code, out, _ = run(capsys, "--db", str(empty_db_path), "library", "export", "--out", str(out_file),
                       "--sector", "education")
    assert code == 0 and out_file.exists() and "94" in out
    new = book(tmp_path / "new.xlsx", [row("本县新增指标")])
    code, out, _ = run(capsys, "--db", str(empty_db_path), "library", "import", str(new), "--dry-run")
    assert code == 0 and count(empty_db_path) == 1119
    code, out, _ = run(capsys, "--db", str(empty_db_path), "library", "import", str(new))
    assert code == 0 and count(empty_db_path) == 1120


def test_import_of_a_bad_workbook_fails_and_changes_nothing(empty_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = book(tmp_path / "bad.xlsx", [row("a"), row("a")])
    code, _out, err = run(capsys, "--db", str(empty_db_path), "library", "import", str(bad))
    assert code == 1 and "bad.xlsx" in err and count(empty_db_path) == 0


@pytest.mark.parametrize("typed", ["卫生健康", "health", "Health", " 卫生健康 "])
def test_search_accepts_the_sector_as_the_gui_shows_it(demo_db_path: Path, capsys, typed: str) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--db", str(demo_db_path), "library", "search", "--sector", typed, "--json")
    rows = json.loads(out)
    assert code == 0 and rows and all(r["sector"] == "health" for r in rows)


def test_an_unknown_sector_is_refused_with_the_accepted_names(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--lang", "zh_CN", "--db", str(demo_db_path), "library", "search", "--sector", "卫生")
    assert code == 1 and "卫生" in err and "卫生健康" in err and "教育" in err

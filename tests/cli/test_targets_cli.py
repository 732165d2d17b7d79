"""``perfdesk targets import|export|check`` on a demo database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from perfdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as con:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_check_prints_findings_as_json_with_the_required_keys(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--db", str(demo_db_path), "targets", "check", "--json")
    assert code == 0
    findings = json.loads(out)
    assert findings and all({"project", "indicator", "rule", "severity", "message"} <= set(f) for f in findings)
    assert {f["rule"] for f in findings} >= {"below_last_year"}


def test_check_for_one_unit_lists_only_its_projects(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _, all_out, _ = run(capsys, "--db", str(demo_db_path), "targets", "check", "--json")
    _, one_out, _ = run(capsys, "--db", str(demo_db_path), "targets", "check", "--json", "--unit", "101")
    every, one = json.loads(all_out), json.loads(one_out)
    assert 0 < len(one) < len(every) and {f["unit"] for f in one} <= {u for u in {f["unit"] for f in every}
                                                                       if u.startswith("101")}


def test_export_then_import_round_trips_and_a_broken_file_fails_with_nothing_written(
        demo_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "targets.xlsx"
    code, text, _ = run(capsys, "--db", str(demo_db_path), "targets", "export", "--out", str(out))
    assert code == 0 and out.exists() and "40" in text
    code, text, _ = run(capsys, "--db", str(demo_db_path), "targets", "import", str(out))
    assert code == 0
    _, checked, _ = run(capsys, "--db", str(demo_db_path), "targets", "check", "--json")
    warnings = sum(1 for f in json.loads(checked) if f["severity"] == "warning")
    assert f"警告 {warnings} 个" in text or f"{warnings} warning" in text  # the checks of what it imported
    wb = load_workbook(out)
    wb.active["M2"] = "many"
    wb.save(out)
    before = count(demo_db_path, "target_indicator"), count(demo_db_path, "audit_log")
    code, _, err = run(capsys, "--db", str(demo_db_path), "targets", "import", str(out))
    assert code != 0 and "M" in err
    assert (count(demo_db_path, "target_indicator"), count(demo_db_path, "audit_log")) == before


def test_export_of_one_department_writes_only_its_projects_and_its_units(demo_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "unit.xlsx"
    code, _, _ = run(capsys, "--db", str(demo_db_path), "targets", "export", "--unit", "101", "--out", str(out))
    assert code == 0
    units = {row[1] for row in load_workbook(out).active.iter_rows(min_row=2, values_only=True)}
    assert units == {"101", "101001"}  # the department 县教育局 and its unit in the tiny demo

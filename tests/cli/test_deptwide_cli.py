"""``perfdesk deptwide list|import|export|score`` and ``perfdesk disclose``."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from perfdesk.cli import main
from perfdesk.core.io.deptwide_xlsx import write_departments
from tests.services.deptwide_books import PERSON, PHONE, sheet


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def rows(path: Path, table: str) -> int:
    with sqlite3.connect(path) as con:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608 - test table names


def _book(tmp_path: Path) -> Path:
    import dataclasses

    path = tmp_path / "dept.xlsx"
    write_departments(path, [dataclasses.replace(sheet(), unit_code="104")])
    return path


def test_import_score_list_export_and_disclose(demo_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = ("--db", str(demo_db_path))
    code, out, _ = run(capsys, *db, "deptwide", "import", str(_book(tmp_path)), "--json")
    assert code == 0 and json.loads(out)["scored"] == ["104"]
    code, out, _ = run(capsys, *db, "deptwide", "score", "--unit", "104", "--year", "2025", "--json")
    scored = json.loads(out)
    assert code == 0 and scored["total"] == "97.42" and scored["grade"] == "优" and Decimal(scored["execution_rate"]) == 90
    assert [ln["score"] for ln in scored["lines"]] == ["30.00", "28.42", "20.00", "10.00"]
    code, out, _ = run(capsys, *db, "deptwide", "list", "--year", "2025", "--json")
    listed = {d["unit"]: d for d in json.loads(out)["departments"]}
    assert len(listed) == 6 and all(d["total"] for d in listed.values())  # the demo's departments, scored
    assert (listed["104"]["total"], listed["104"]["budget_wan"], listed["104"]["spent_wan"]) == ("97.42", "1000.00",
                                                                                              "900.00")
    code, out, _ = run(capsys, *db, "deptwide", "export", "--year", "2025", "--out", str(tmp_path / "out.xlsx"))
    assert code == 0 and load_workbook(tmp_path / "out.xlsx")["年度绩效指标"].max_row == 1 + 4 + 5 * 5
    code, out, _ = run(capsys, *db, "disclose", "--year", "2025", "--unit", "104", "--out", str(tmp_path / "pub"),
                       "--json")
    published = json.loads(out)
    assert code == 0 and [p["kind"] for p in published] == ["budget", "accounts"]
    assert all(p["department"] for p in published)
    for p in published:
        for f in p["files"]:
            assert Path(f).exists()
    assert PERSON not in "".join(str(c.value) for ws in load_workbook(published[1]["files"][0]).worksheets
                                 for row in ws.iter_rows() for c in row if c.value)
    assert PHONE not in out


def test_a_bad_workbook_changes_nothing_and_says_where(demo_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = rows(demo_db_path, "dept_task")
    path = _book(tmp_path)
    wb = load_workbook(path)
    wb["年度主要任务"]["D3"] = "四百万美元"
    wb.save(path)
    code, _, err = run(capsys, "--db", str(demo_db_path), "deptwide", "import", str(path))
    assert code == 1 and "年度主要任务" in err and "D" in err
    assert rows(demo_db_path, "dept_task") == before


def test_score_and_disclose_refuse_what_is_not_there(demo_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "--db", str(demo_db_path), "deptwide", "score", "--unit", "104", "--year", "2024")
    assert code == 1 and "104" in err and "2024" in err
    code, _, err = run(capsys, "--db", str(demo_db_path), "disclose", "--year", "2025", "--unit", "nope", "--out",
                       str(tmp_path))
    assert code == 1 and "nope" in err
    assert rows(demo_db_path, "disclosure") == 0

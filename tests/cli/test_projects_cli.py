"""``perfdesk init`` and ``perfdesk projects …``; no command turns a mistyped --db path into a database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from perfdesk.cli import main
from tests.io import budget_exports as books


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_a_migrated_database_with_its_region(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "冠县.db"
    code, out, _ = run(capsys, "--db", str(db), "init", "--region", "冠县", "--division", "371525", "--year", "2025")
    assert code == 0 and db.exists() and "冠县.db" in out
    code, out, _ = run(capsys, "--db", str(db), "info", "--json")
    info = json.loads(out)
    assert code == 0 and info["schema_revision"] == info["head_revision"] and info["counts"]["budget_year"] == 1
    assert info["counts"]["project"] == 0 and info["counts"]["library_indicator"] == 0


def test_init_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = tmp_path / "notes.db"
    existing.write_bytes(b"not a database")
    code, _, err = run(capsys, "--db", str(existing), "init", "--region", "冠县")
    assert code == 1 and "notes.db" in err and "已存在" in err
    assert existing.read_bytes() == b"not a database" and sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


@pytest.mark.parametrize("command", [["info"], ["backup"], ["projects", "export", "--out", "x.xlsx"],
                                     ["targets", "export", "--out", "x.xlsx"], ["monitor", "rounds"],
                                     ["rank", "--json"], ["library", "load-shipped"]])
def test_any_command_on_a_missing_database_refuses_and_creates_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    missing = tmp_path / "mistyped.db"
    code, out, err = run(capsys, "--db", str(missing), *command)
    assert code == 1 and "mistyped.db" in err and "perfdesk --db" in err and "init" in err
    assert "没有数据库" in err and "Traceback" not in err + out
    assert list(tmp_path.iterdir()) == []


def test_projects_import_prints_what_it_did_and_a_dry_run_writes_nothing(
        tmp_path: Path, empty_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, export = str(empty_db_path), books.field_code_xlsx(tmp_path / "export.xlsx")
    code, out, _ = run(capsys, "--db", db, "projects", "import", str(export), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["projects_created"] == 5 and json.loads(out)["dry_run"] is True
    code, out, _ = run(capsys, "--db", db, "projects", "import", str(export))
    assert code == 0 and "5" in out and "7" in out
    rows = [list(r) for r in books.FIELD_ROWS[:4]]
    rows[0][14:16] = [150000.5, 950000.5]
    code, out, _ = run(capsys, "--db", db, "--lang", "zh_CN", "projects", "import",
                       str(books.field_code_xlsx(tmp_path / "later.xlsx", rows)))
    assert code == 0
    assert "37152525R000000000001 校舍维修改造：全年预算数 800000.00元 → 950000.50元" in out
    assert "37152525R000000000005" in out and "街道道路硬化" in out


def test_a_refused_import_prints_each_problem_with_its_place(tmp_path: Path, empty_db_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    rows = [list(r) for r in books.FIELD_ROWS]
    rows[2][12] = "上级补助"
    code, _, err = run(capsys, "--db", str(empty_db_path), "--lang", "zh_CN", "projects", "import",
                       str(books.field_code_xlsx(tmp_path / "bad.xlsx", rows)))
    assert code == 1 and "bad.xlsx" in err and "第 4 行" in err and "M" in err and "上级补助" in err
    assert "未做任何修改" in err


def test_template_and_export_write_the_layout_that_imports(tmp_path: Path, empty_db_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = str(empty_db_path)
    assert run(capsys, "--db", db, "projects", "template", "--out", str(tmp_path / "form.xlsx"))[0] == 0
    sheet = load_workbook(tmp_path / "form.xlsx")["项目"]
    assert [c.value for c in sheet[1]][:3] == ["FISCAL_YEAR", "MOF_DIV_CODE", "DEPT_CODE"]
    assert [c.value for c in sheet[2]][-1] == "全年预算数（元）"
    run(capsys, "--db", db, "projects", "import", str(books.field_code_xlsx(tmp_path / "export.xlsx")))
    code, out, _ = run(capsys, "--db", db, "projects", "export", "--out", str(tmp_path / "out.csv"))
    assert code == 0 and "5" in out
    code, out, _ = run(capsys, "--db", db, "projects", "import", str(tmp_path / "out.csv"), "--json")
    assert json.loads(out)["projects_unchanged"] == 5

"""The ``perfdesk`` command line, run in-process."""

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


def test_demo_then_info_prints_counts_and_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_db = tmp_path / "d.db"
    code, _, _ = run(capsys, "demo", "--scale", "tiny", "--out", str(out_db))
    assert code == 0 and out_db.exists()
    code, out, _ = run(capsys, "--db", str(out_db), "info", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["counts"]["project"] == 80
    assert data["schema_revision"] == data["head_revision"]


def test_info_speaks_chinese_by_default(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "info")
    assert code == 0
    assert "数据库" in out


def test_demo_refuses_to_overwrite_without_force(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "demo", "--scale", "tiny", "--out", str(demo_db_path), "--lang", "en")
    assert code == 1 and "--force" in err


def test_backup_and_restore_commands(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "backup", "--to", str(tmp_path / "usb"))
    assert code == 0
    made = next((tmp_path / "usb").glob("*.db"))
    con = sqlite3.connect(demo_db_path)
    con.execute("UPDATE project SET name = 'changed'")
    con.commit()
    con.close()
    code, out, _ = run(capsys, "--db", str(demo_db_path), "restore", str(made))
    assert code == 0
    con = sqlite3.connect(demo_db_path)
    assert con.execute("SELECT count(*) FROM project WHERE name = 'changed'").fetchone()[0] == 0
    con.close()
    assert list((demo_db_path.parent / "backups").glob("*before-restore.db"))


def test_a_newer_database_gives_a_clear_message_and_exit_status(empty_db_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    con = sqlite3.connect(empty_db_path)
    con.execute("UPDATE alembic_version SET version_num = 'zz99'")
    con.commit()
    con.close()
    code, _, err = run(capsys, "--db", str(empty_db_path), "backup")
    assert code == 0  # backing up is always allowed
    code, _, err = run(capsys, "--db", str(empty_db_path), "demo", "--out", str(empty_db_path))
    assert code == 1


def test_selftest_passes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--selftest", "--lang", "en")
    assert code == 0 and "passed" in out


@pytest.mark.parametrize(("argv", "gui"), [([], True), (["--db", "x.db"], True), (["--lang", "en", "--db", "x.db"], True),
                                          (["--db", "x.db", "info"], False), (["--selftest"], False),
                                          (["--version"], False)])
def test_the_gui_opens_without_a_subcommand_even_with_a_database_given(argv: list[str], gui: bool) -> None:
    from perfdesk.cli import wants_gui

    assert wants_gui(argv) is gui


def test_the_selftest_prints_a_target_declaration_through_the_report_engine(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from perfdesk.commands import _selftest

    pdf = _selftest.selftest_pdf(demo_db, tmp_path / "t.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "项目支出绩效目标申报表" in text and "（2025年度）" in text and "2025年校舍维修改造工程" in text

"""Short Chinese messages instead of tracebacks, naming the file, with the database unchanged (issue 17 item 15):
a damaged workbook part, an impossible amount, dates as people type them, a database held by another program,
a read-only place or a full disk."""

from __future__ import annotations

import errno
import sqlite3
import zipfile
from pathlib import Path

import pytest

from perfdesk.cli import main
from perfdesk.core.db.faults import explain
from perfdesk.core.db.sqlite_files import table_counts

IMPORTS = [("targets", "import"), ("library", "import"), ("monitor", "import", "--as-of", "2025-07-31"),
           ("selfeval", "import"), ("monitor", "import-progress", "--as-of", "2025-07-31")]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def damaged(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The targets export with its first sheet's XML cut in the middle (a file damaged on a USB stick)."""
    good = tmp_path / "good.xlsx"
    assert run(capsys, "--db", str(demo_db_path), "targets", "export", "--out", str(good))[0] == 0
    bad = tmp_path / "坏文件.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            out.writestr(info, data[:len(data) // 2] + b"<<&" if "worksheets/sheet1" in info.filename else data)
    return bad


def test_a_damaged_workbook_is_refused_by_every_import_in_chinese_naming_the_file(
        demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = damaged(demo_db_path, tmp_path, capsys)
    before = table_counts(demo_db_path)
    for command in IMPORTS:
        code, _out, err = run(capsys, "--db", str(demo_db_path), *command[:2], str(bad), *command[2:])
        assert code == 1, command
        assert "坏文件.xlsx" in err and "损坏" in err, (command, err)
        assert "syntax error" not in err and "not well-formed" not in err, (command, err)  # no library English
    assert table_counts(demo_db_path) == before


def test_an_impossible_amount_is_a_located_refusal_not_an_overflow(demo_db_path: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "执行.csv"
    path.write_text("项目编码,项目名称,预算数（元）,执行数（元）\nP1,农村道路,100000000000000000,3\n", encoding="utf-8")
    before = table_counts(demo_db_path)
    code, _out, err = run(capsys, "--db", str(demo_db_path), "monitor", "import", str(path), "--as-of", "2025-07-31")
    assert code == 1 and "执行.csv" in err and "第 2 行" in err and "100000000000000000" in err, err
    assert "Overflow" not in err and table_counts(demo_db_path) == before


@pytest.mark.parametrize("typed", ["2025/07/31", "2025年7月31日", "2025.7.31"])
def test_the_as_of_date_is_taken_as_people_write_it(demo_db_path: Path, capsys: pytest.CaptureFixture[str],
                                                   typed: str) -> None:
    code, out, _err = run(capsys, "--db", str(demo_db_path), "monitor", "warnings", "--as-of", typed)
    assert code == 0 and "2025-07-31" in out
    assert out == run(capsys, "--db", str(demo_db_path), "monitor", "warnings", "--as-of", "2025-07-31")[1]


@pytest.mark.parametrize("typed", ["2025-02-30", "2025年13月1日", "七月底"])
def test_an_impossible_date_is_refused_in_chinese(demo_db_path: Path, capsys: pytest.CaptureFixture[str],
                                                 typed: str) -> None:
    before = table_counts(demo_db_path)
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(demo_db_path), "monitor", "import", "x.csv", "--as-of", typed])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and typed in err and ("日期" in err or "日历" in err), err
    assert table_counts(demo_db_path) == before


def test_a_database_held_by_another_program_is_named_and_left_as_it_was(
        demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "lib.xlsx"
    assert run(capsys, "--db", str(demo_db_path), "library", "export", "--out", str(book))[0] == 0
    before = table_counts(demo_db_path)
    other = sqlite3.connect(demo_db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # e.g. a database browser in the middle of a change
    try:
        code, _out, err = run(capsys, "--db", str(demo_db_path), "library", "import", str(book))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1 and "数据库正被其他程序使用" in err and demo_db_path.name in err, err
    assert table_counts(demo_db_path) == before


@pytest.mark.parametrize(("fault", "words"), [
    (sqlite3.OperationalError("attempt to write a readonly database"), "只读"),
    (PermissionError(errno.EACCES, "Permission denied", "/mnt/u/backups"), "只读"),
    (OSError(errno.EROFS, "Read-only file system", "/mnt/u"), "只读"),
    (OSError(errno.ENOSPC, "No space left on device", "/mnt/u/x.db"), "磁盘已满"),
    (sqlite3.OperationalError("database or disk is full"), "磁盘已满"),
    (sqlite3.OperationalError("database is locked"), "数据库正被其他程序使用"),
])
def test_faults_of_the_surroundings_are_one_chinese_sentence(fault: BaseException, words: str, chinese) -> None:  # type: ignore[no-untyped-def]
    message = explain(fault, "/data/perfdesk.db")
    assert message is not None and words in message and "未做任何更改" in message
    assert ("/mnt/u" in message) if isinstance(fault, OSError) else ("/data/perfdesk.db" in message)


def test_a_bug_is_not_dressed_up_as_a_fault() -> None:
    assert explain(KeyError("x")) is None and explain(sqlite3.OperationalError("no such table: x")) is None

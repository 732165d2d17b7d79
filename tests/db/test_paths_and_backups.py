"""Folders named like URLs (usb#2, x%20y, 中文 #1%), backups never cut short under a backup's name, restore
checking its copy, and a newer schema refused before anything touches the file (issue 17 items 1, 4, 13)."""

from __future__ import annotations

import datetime as dt
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from perfdesk.core.db import backup as backups
from perfdesk.core.db.engine import NewerDatabaseError, open_database
from perfdesk.core.db.sqlite_files import looks_complete, table_counts
from perfdesk.core.services import maintenance

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ["usb#2", "x%20y", "中文 #1%", *(["a?b"] if os.name != "nt" else [])]


def projects(path: Path) -> int:
    return table_counts(path)["project"]


def sql(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def drop_projects(path: Path) -> None:
    sql(path, "PRAGMA foreign_keys=OFF", "DELETE FROM project")


@pytest.mark.parametrize("name", FOLDERS)
def test_backup_and_restore_work_in_a_folder_named_like_a_url(demo_db_path: Path, tmp_path: Path,
                                                              name: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    live = Path(shutil.copy(demo_db_path, folder / "perfdesk.db"))
    before = table_counts(live)
    made = backups.take_backup(live, "manual")
    assert table_counts(made) == before  # not an empty 4 KB file
    on_stick = backups.take_backup(demo_db_path, "manual", folder=folder / "stick")
    assert table_counts(on_stick) == table_counts(demo_db_path)
    drop_projects(live)
    maintenance.restore(live, made)
    restored = {**before, "audit_log": before["audit_log"] + 1}  # the restore is itself audited
    assert table_counts(live) == restored  # not an empty database reported as restored
    with open_database(live) as db:
        assert db.path == live.resolve()
        assert maintenance.info(db).counts["project"] == before["project"]
    made_here = {p.name for p in tmp_path.iterdir()} - {"demo.db", "demo.db-wal", "demo.db-shm"}
    assert made_here == {name}  # no other (empty) database made beside it


def test_a_path_with_percent_20_opens_that_file_not_one_with_a_space(tmp_path: Path, demo_db_path: Path) -> None:
    live = Path(shutil.copy(demo_db_path, (tmp_path / "x%20y").mkdir() or tmp_path / "x%20y" / "d.db"))
    with open_database(live) as db:
        assert maintenance.info(db).counts["project"] == projects(demo_db_path)
    assert not (tmp_path / "x y").exists()


def test_restore_refuses_a_copy_that_does_not_match_and_keeps_the_database(demo_db_path: Path, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    made = backups.take_backup(demo_db_path, "manual", folder=tmp_path / "b")
    drop_projects(demo_db_path)
    before = table_counts(demo_db_path)

    def empty_copy(src: Path, dest: Path) -> None:  # what pasting "usb#2" into a file: URI used to copy
        sqlite3.connect(dest).close()

    monkeypatch.setattr(backups, "copy_database", empty_copy)
    with pytest.raises(ValueError):
        maintenance.restore(demo_db_path, made)
    assert table_counts(demo_db_path) == before


def test_restore_given_a_folder_says_so_and_changes_nothing(demo_db_path: Path, tmp_path: Path, chinese) -> None:  # type: ignore[no-untyped-def]
    before = table_counts(demo_db_path)
    with pytest.raises(ValueError, match="文件夹"):
        maintenance.restore(demo_db_path, tmp_path)
    assert table_counts(demo_db_path) == before


def test_a_failed_backup_leaves_nothing_under_a_backup_name(demo_db_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def half_then_fail(src: Path, dest: Path) -> None:
        dest.write_bytes(src.read_bytes()[:8192])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "copy_live_database", half_then_fail)
    with pytest.raises(OSError):
        backups.take_backup(demo_db_path, "daily")
    assert list(backups.backups_dir(demo_db_path).iterdir()) == []


def test_a_backup_cut_short_is_flagged_never_counted_and_never_the_reason_to_prune(demo_db_path: Path) -> None:
    start = dt.datetime(2025, 3, 1, 8, 0)
    good = [backups.take_backup(demo_db_path, "daily", now=start + dt.timedelta(days=d)) for d in range(3)]
    cut = backups.backups_dir(demo_db_path) / f"{demo_db_path.stem}-20250310-080000-daily.db"
    cut.write_bytes(good[0].read_bytes()[:20480])  # a kill during an older PerfDesk's copy
    listed = {b.path: b.complete for b in backups.list_backups(demo_db_path)}
    assert listed[cut] is False and all(listed[g] for g in good)
    assert maintenance.daily_backup(demo_db_path, today=dt.date(2025, 3, 10)) is not None  # the cut one is no backup
    backups.prune_backups(demo_db_path, keep=3)
    assert cut.exists() and not good[0].exists() and good[1].exists() and good[2].exists()


def test_the_quick_check_tells_a_whole_database_from_a_truncated_one(demo_db_path: Path, tmp_path: Path) -> None:
    assert looks_complete(demo_db_path)
    data = demo_db_path.read_bytes()
    for size in (0, 50, 4096, len(data) // 2, len(data) - 4096):
        (tmp_path / "t.db").write_bytes(data[:size])
        assert not looks_complete(tmp_path / "t.db"), size


def _limit_file_size() -> None:  # in the child: writes beyond 64 KB fail as on a full disk
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))


@pytest.mark.skipif(os.name == "nt", reason="file size limits are POSIX")
def test_a_backup_that_does_not_fit_leaves_no_file_and_says_the_disk_is_full(demo_db_path: Path,
                                                                            tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PERFDESK_LANG": "zh_CN"}
    done = subprocess.run([sys.executable, "-m", "perfdesk", "--db", str(demo_db_path), "backup", "--to", str(stick)],
                          capture_output=True, text=True, env=env, preexec_fn=_limit_file_size, timeout=120)
    assert done.returncode == 1
    assert "磁盘已满" in done.stderr and "Traceback" not in done.stderr
    assert list(stick.iterdir()) == []


def test_a_newer_database_in_rollback_mode_is_refused_before_it_is_touched(empty_db_path: Path) -> None:
    sql(empty_db_path, "PRAGMA journal_mode=DELETE", "UPDATE alembic_version SET version_num = 'zz_from_the_future'")
    before = empty_db_path.read_bytes()
    with pytest.raises(NewerDatabaseError):
        open_database(empty_db_path)
    assert empty_db_path.read_bytes() == before  # still in rollback-journal mode: nothing was changed
    assert not Path(str(empty_db_path) + "-wal").exists()


def test_a_damaged_database_can_be_restored_over_and_its_bytes_are_kept(demo_db_path: Path, tmp_path: Path) -> None:
    made = backups.take_backup(demo_db_path, "manual", folder=tmp_path / "stick")
    before = table_counts(made)
    for suffix in ("-wal", "-shm"):
        Path(str(demo_db_path) + suffix).unlink(missing_ok=True)
    damaged = b"\x00garbage" * 5000
    demo_db_path.write_bytes(damaged)
    kept = maintenance.restore(demo_db_path, made)
    assert table_counts(demo_db_path) == {**before, "audit_log": before["audit_log"] + 1}  # the restore, audited
    assert kept is not None and kept.read_bytes() == damaged and kept.name.endswith("-before-restore-damaged.db")

"""Backups: online copies, retention, restore keeping a copy of what it replaced, daily backup."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from perfdesk.core.db.backup import list_backups, prune_backups, take_backup
from perfdesk.core.db.engine import NewerDatabaseError
from perfdesk.core.services import maintenance


def projects(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM project").fetchone()[0]
    finally:
        con.close()


def test_backup_and_restore_round_trip_keeps_what_was_replaced(demo_db_path: Path) -> None:
    original = projects(demo_db_path)
    backup = take_backup(demo_db_path, "manual")
    con = sqlite3.connect(demo_db_path)
    con.execute("DELETE FROM project WHERE id NOT IN (SELECT previous_id FROM project WHERE previous_id IS NOT NULL)"
                " AND id NOT IN (SELECT project_id FROM self_evaluation) AND id NOT IN "
                "(SELECT project_id FROM monitoring_execution WHERE project_id IS NOT NULL)")
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("DELETE FROM project_fund")
    con.commit()
    con.close()
    kept = maintenance.restore(demo_db_path, backup)
    assert projects(demo_db_path) == original
    assert kept is not None and kept.exists()
    con = sqlite3.connect(kept)
    assert con.execute("SELECT count(*) FROM project_fund").fetchone()[0] == 0
    con.close()


def test_restore_refuses_a_backup_from_a_newer_version(demo_db_path: Path, tmp_path: Path) -> None:
    future = tmp_path / "future.db"
    take_backup(demo_db_path, "manual", folder=tmp_path)
    made = next(tmp_path.glob("demo-*-manual.db"))
    made.rename(future)
    con = sqlite3.connect(future)
    con.execute("UPDATE alembic_version SET version_num='zz99'")
    con.commit()
    con.close()
    with pytest.raises(NewerDatabaseError):
        maintenance.restore(demo_db_path, future)


def test_retention_keeps_the_newest_automatic_backups_and_every_manual_one(empty_db_path: Path) -> None:
    start = dt.datetime(2025, 3, 1, 8, 0)
    for day in range(6):
        take_backup(empty_db_path, "daily", now=start + dt.timedelta(days=day))
    take_backup(empty_db_path, "manual", now=start)
    prune_backups(empty_db_path, keep=3)
    left = list_backups(empty_db_path)
    assert [b.taken_at.day for b in left if b.reason == "daily"] == [6, 5, 4]
    assert [b.reason for b in left].count("manual") == 1


def test_the_daily_backup_happens_once_a_day(empty_db_path: Path) -> None:
    today = dt.date(2025, 7, 31)
    assert maintenance.daily_backup(empty_db_path, today=today) is not None
    assert maintenance.daily_backup(empty_db_path, today=today) is None
    assert maintenance.daily_backup(empty_db_path, today=today + dt.timedelta(days=1)) is not None


@pytest.mark.sqlite_only
def test_a_backup_is_taken_before_an_import_and_old_automatic_ones_are_pruned(demo_db) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.db.uow import UnitOfWork

    for day in range(4):
        take_backup(demo_db.path, "daily", now=dt.datetime(2025, 1, 1 + day, 9))
    made = maintenance.backup_before(UnitOfWork(demo_db.sessions), "import", keep=3)
    assert made is not None and made.name.endswith("-before-import.db") and projects(made) == projects(demo_db.path)
    reasons = [b.reason for b in list_backups(demo_db.path)]
    assert reasons == ["before-import", "daily", "daily"]
    assert maintenance.backup_before(demo_db, "batch", keep=3).name.endswith("-before-batch.db")


def test_the_folder_backup_reminder_comes_after_the_configured_days(empty_db_path: Path, tmp_path: Path) -> None:
    from perfdesk.core.db.engine import open_database
    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.rules.params import BackupParams
    from perfdesk.core.services import settings

    first = dt.date(2025, 3, 1)
    assert maintenance.folder_backup_reminder(empty_db_path, today=first) is None  # nothing to count from yet
    maintenance.daily_backup(empty_db_path, today=first)
    assert maintenance.folder_backup_reminder(empty_db_path, today=first + dt.timedelta(days=6)) is None
    assert maintenance.folder_backup_reminder(empty_db_path, today=first + dt.timedelta(days=7)) == 7
    maintenance.backup_to_folder(empty_db_path, tmp_path / "usb", today=first + dt.timedelta(days=7))
    assert len(list((tmp_path / "usb").glob("*-manual.db"))) == 1
    assert maintenance.folder_backup_reminder(empty_db_path, today=first + dt.timedelta(days=10)) is None
    with open_database(empty_db_path) as db, UnitOfWork(db.sessions, "t") as uow:
        settings.save(uow, BackupParams(remind_after_days=3))
        uow.commit()
    assert maintenance.folder_backup_reminder(empty_db_path, today=first + dt.timedelta(days=10)) == 3

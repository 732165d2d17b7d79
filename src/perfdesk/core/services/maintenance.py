"""Database maintenance use cases: counts and schema version, backup, restore."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from perfdesk.core.db import backup as backups
from perfdesk.core.db import migrate
from perfdesk.core.db.engine import Database, NewerDatabaseError, make_engine, url_for
from perfdesk.core.db.lock import InstanceLock
from perfdesk.core.db.models import Base
from perfdesk.core.i18n import translate


@dataclass(frozen=True)
class DatabaseInfo:
    url: str
    schema_revision: str | None
    head_revision: str
    counts: dict[str, int]


def info(db: Database) -> DatabaseInfo:
    counts = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            counts[table.name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
    return DatabaseInfo(db.url, migrate.current_revision(db.engine), migrate.head(), counts)


def backup_now(db_path: Path, *, folder: Path | None = None, reason: str = backups.MANUAL) -> Path:
    """A backup the user asked for (kept until deleted by hand), into the backups folder or ``folder``."""
    return backups.take_backup(db_path, reason, folder=folder)


def check_restorable(candidate: Path) -> str | None:
    """Refuse damaged files and files from a newer PerfDesk; returns the candidate's schema revision."""
    backups.check_integrity(candidate)
    engine = make_engine(url_for(candidate))
    try:
        revision = migrate.current_revision(engine)
    finally:
        engine.dispose()
    if revision is None:
        raise ValueError(translate("Backup", "{path} is not a PerfDesk database.").format(path=candidate))
    if not migrate.is_known(revision):
        raise NewerDatabaseError(str(candidate), revision)
    return revision


def restore(db_path: Path, candidate: Path) -> Path | None:
    """Replace the database at ``db_path`` by ``candidate``; what it replaces is backed up first.

    Returns the backup of the replaced database (None if there was none). The database must not be open
    anywhere (the instance lock is taken); it is migrated on next open if the candidate is older.
    """
    check_restorable(candidate)
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        kept = backups.take_backup(db_path, "before-restore") if db_path.exists() else None
        with tempfile.TemporaryDirectory(dir=db_path.parent) as tmp:
            staged = Path(tmp) / "restore.db"
            backups.copy_database(candidate, staged)
            for suffix in ("-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
            shutil.move(str(staged), db_path)
        return kept
    finally:
        lock.release()


def daily_backup(db_path: Path, *, keep: int | None = None, today: dt.date | None = None) -> Path | None:
    """On the first open of a day, back the database up (reason ``daily``) and prune old automatic backups."""
    today = today or dt.date.today()
    if any(b.taken_at.date() == today for b in backups.list_backups(db_path)):
        return None
    made = backups.take_backup(db_path, "daily", now=dt.datetime.combine(today, dt.datetime.now().time()))
    backups.prune_backups(db_path, keep if keep is not None else _backup_keep(db_path))
    return made


def _backup_keep(db_path: Path) -> int:
    """The 'backups to keep' setting, read straight from the file (it may not be open yet)."""
    import sqlite3

    from perfdesk.core.rules.params import BackupParams

    default = BackupParams().keep
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = 'backup.keep'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return default
    return int(row[0]) if row else default

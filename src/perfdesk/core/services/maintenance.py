"""Database maintenance use cases: counts and schema version, backup, restore."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from perfdesk.core.background import Background
from perfdesk.core.db import backup as backups
from perfdesk.core.db import migrate, server
from perfdesk.core.db.engine import Database, NewerDatabaseError, open_database, sqlite_path
from perfdesk.core.db.lock import InstanceLock
from perfdesk.core.db.models import Base
from perfdesk.core.db.sqlite_files import (
    connect_existing,
    fsync_dir,
    fsync_file,
    schema_revision,
    table_counts,
)
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import translate
from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.services.access import Right, guard_file
from perfdesk.core.services.audit import record_file


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


def open_for_use(location: str | Path, *, progress: Progress | None = None) -> Database:
    """Open the database a person works in: on the first open of a day it is backed up (``daily``, pruned to
    the ``backup.keep`` setting); an older schema is backed up and migrated by ``open_database``."""
    report = progress or no_progress
    text = str(location)
    keep = None
    if "://" not in text and Path(text).exists():
        report(0.1, translate("Maintenance", "Backing up the database…"))
        keep = _backup_keep(Path(text))
        daily_backup(Path(text), keep=keep)
    report(0.5, translate("Maintenance", "Opening the database (it is upgraded if needed)…"))
    return open_database(text, backup_keep=keep or _default_keep())


def _default_keep() -> int:
    from perfdesk.core.rules.params import BackupParams

    return BackupParams().keep


@guard_file(Right.BACKUP)
def backup_now(db_path: Path, *, folder: Path | None = None, reason: str = backups.MANUAL) -> Path:
    """A backup the user asked for (kept until deleted by hand), into the backups folder or ``folder``."""
    made = backups.take_backup(db_path, reason, folder=folder)
    record_file(db_path, "backup", file=str(made))
    return made


def backup_server(db: Database, folder: Path | None = None) -> Path:
    """A backup of a database on a PostgreSQL server asked for by a person: ``pg_dump`` into ``folder`` (default:
    this PC's folder for that server). Without pg_dump on this PC it is refused with what to do instead."""
    return server.dump(db.url, folder or server.local_folder(db.url) / "backups", backups.MANUAL)


def check_restorable(candidate: Path) -> str | None:
    """Refuse folders, damaged files and files from a newer PerfDesk; returns the candidate's schema revision.
    The candidate is only read (a backup on a write-protected stick is restorable)."""
    if candidate.is_dir():
        raise ValueError(translate("Backup", "{path} is a folder: choose a backup file (….db) in it.").format(
            path=candidate))
    backups.check_integrity(candidate)
    revision = schema_revision(candidate)
    if revision is None:
        raise ValueError(translate("Backup", "{path} is not a PerfDesk database.").format(path=candidate))
    if not migrate.is_known(revision):
        raise NewerDatabaseError(str(candidate), revision)
    return revision


@guard_file(Right.BACKUP)
def restore(db_path: Path, candidate: Path) -> Path | None:
    """Replace the database at ``db_path`` by ``candidate``; what it replaces is backed up first.

    Returns the backup of the replaced database (None if there was none). The database must not be open
    anywhere (the instance lock is taken); it is migrated on next open if the candidate is older. The copy is
    checked (schema revision, rows of every table, integrity) before it replaces the database; a crash at any
    moment leaves either the old database or the restored one.
    """
    revision = check_restorable(candidate)
    expected = table_counts(candidate)
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        kept = _keep_replaced(db_path)
        with tempfile.TemporaryDirectory(dir=db_path.parent, prefix=".restore-") as tmp:
            staged = Path(tmp) / "restore.db"
            backups.copy_database(candidate, staged)
            _verify_copy(candidate, staged, revision, expected)
            _record_restore(staged, candidate, kept)  # the entry arrives with the restore, never one without the other
            fsync_file(staged)
            _settle_journal(db_path)
            os.replace(staged, db_path)
            fsync_dir(db_path.parent)
            Path(str(db_path) + "-shm").unlink(missing_ok=True)
    finally:
        lock.release()
    return kept


def _record_restore(db_path: Path, candidate: Path, kept: Path | None) -> None:
    """The restore goes into the restored database's audit log, written into the copy before it replaces the
    database (an older schema records it once migrated: its rows are chained then, and the backups folder keeps
    the replaced file)."""
    if schema_revision(db_path) != migrate.head():
        return
    record_file(db_path, "restore", file=str(candidate), replaced_kept_as=str(kept or ""))


def _keep_replaced(db_path: Path) -> Path | None:
    """The backup of the database a restore replaces; a damaged one (often the reason to restore) is kept as
    its bytes, since SQLite cannot copy it."""
    import sqlite3

    if not db_path.exists():
        return None
    try:
        return backups.take_backup(db_path, "before-restore")
    except sqlite3.DatabaseError:
        return backups.take_backup(db_path, "before-restore-damaged", copy=backups.copy_bytes)


def _verify_copy(candidate: Path, copy: Path, revision: str | None, expected: dict[str, int]) -> None:
    """The copy must hold what the candidate holds, else the database is not replaced."""
    backups.check_integrity(copy)
    if schema_revision(copy) != revision or table_counts(copy) != expected:
        raise ValueError(translate("Backup", "The copy of {path} does not match it (schema or row counts); the "
                                   "database was not replaced.").format(path=candidate))


def _settle_journal(db_path: Path) -> None:
    """Fold the replaced database's WAL or hot journal into it and leave it in rollback mode, so that no
    journal file is left behind to be applied to the restored file."""
    import sqlite3

    if not db_path.exists():
        return
    try:
        con = connect_existing(db_path, read_only=False)
        try:
            con.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:  # damaged (the reason to restore): its journals go with it; it was backed up
        for suffix in ("-wal", "-journal"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)


def daily_backup(db_path: Path, *, keep: int | None = None, today: dt.date | None = None) -> Path | None:
    """On the first open of a day, back the database up (reason ``daily``) and prune old automatic backups."""
    today = today or dt.date.today()
    if any(b.taken_at.date() == today and b.complete for b in backups.list_backups(db_path)):
        return None
    made = backups.take_backup(db_path, "daily", now=dt.datetime.combine(today, dt.datetime.now().time()))
    backups.prune_backups(db_path, keep if keep is not None else _backup_keep(db_path))
    return made


def _backup_keep(db_path: Path) -> int:
    """The 'backups to keep' setting, read straight from the file (it may not be open yet)."""
    return _setting(db_path, "backup.keep", _default_keep())


def _setting(db_path: Path, key: str, default: int) -> int:
    """An integer setting read straight from the file with sqlite3 (the database may not be open)."""
    import sqlite3

    from perfdesk.core.db.sqlite_files import file_uri

    try:
        con = sqlite3.connect(file_uri(db_path, mode="ro"), uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return default
    try:
        return int(row[0]) if row else default
    except (TypeError, ValueError):
        return default


def backup_before(target: Database | UnitOfWork, reason: str, *, keep: int | None = None) -> Path | None:
    """Back the database up before a change that replaces or adds many rows; returns the backup (None when the
    database is not a file, e.g. a server database, which has its own backups).

    Import services (Excel, packages from townships, batch updates) call this first, before reading the input:
    ``maintenance.backup_before(uow, "import")`` (an open :class:`Database` works as well). ``reason`` becomes
    part of the file name (lower-case letters, digits, ``-``/``_``). The backup counts as automatic: only the
    newest ``keep`` (setting ``backup.keep``) automatic backups are kept. Migrations are backed up by
    ``open_database`` itself.
    """
    return start_backup(target, reason, keep=keep).wait()


def start_backup(target: Database | UnitOfWork, reason: str, *, keep: int | None = None) -> PendingBackup:
    """:func:`backup_before` started in a background thread, so that the copy (done by SQLite and the file
    system, without holding the GIL) runs while the caller reads its input. The caller must call
    :meth:`PendingBackup.wait` before its first write, and :meth:`PendingBackup.discard` when it gives up
    (the input was rejected): nothing of the backup is left then, as if it had never been started."""
    return PendingBackup(database_file(target), reason, keep)


class PendingBackup:
    """A before-change backup being taken in a thread (see :func:`start_backup`)."""

    def __init__(self, path: Path | None, reason: str, keep: int | None):
        self._path, self._keep = path, keep
        self._copy: Background[Path] | None = None
        self._made: Path | None = None
        if path is not None and path.exists():
            self._copy = Background(lambda: backups.take_backup(path, f"before-{reason}"), f"backup-before-{reason}")

    def wait(self) -> Path | None:
        """The finished backup (None when the database is not a file); old automatic backups are pruned now.
        Raises what taking the backup raised."""
        if self._copy is None or self._path is None:
            return None
        self._made = self._copy.result()
        backups.prune_backups(self._path, self._keep if self._keep is not None else _backup_keep(self._path))
        return self._made

    def discard(self) -> None:
        """Wait for the copy and delete it: the change it was for does not happen."""
        if self._copy is None:
            return
        self._copy.wait()
        try:
            made = self._made or self._copy.result()
        except Exception:  # the copy failed: nothing to delete
            return
        made.unlink(missing_ok=True)


def database_file(target: Database | UnitOfWork) -> Path | None:
    """The SQLite file behind an open database or a unit of work (None for other databases)."""
    if isinstance(target, Database):
        return target.path
    bind = target.sessions.kw.get("bind")
    return sqlite_path(bind.url) if bind is not None else None


@guard_file(Right.BACKUP)
def backup_to_folder(db_path: Path, folder: Path, *, today: dt.date | None = None) -> Path:
    """"Back up to a folder" (USB stick, network share): a manual backup there, remembered for the reminder."""
    from perfdesk.core.config import load_config, save_config

    made = backup_now(db_path, folder=folder)
    config = load_config()
    config.last_folder_backup = (today or dt.date.today()).isoformat()
    save_config(config)
    return made


def days_without_folder_backup(db_path: Path, *, today: dt.date | None = None) -> int | None:
    """Days since the last backup to a folder; before the first one, days since the oldest backup beside the
    database (i.e. since PerfDesk has been in use). None when there is nothing to count from."""
    from perfdesk.core.config import load_config

    today = today or dt.date.today()
    last = load_config().last_folder_backup
    try:
        since = dt.date.fromisoformat(last) if last else None
    except ValueError:
        since = None
    if since is None:
        existing = backups.list_backups(db_path)
        since = existing[-1].taken_at.date() if existing else None
    return (today - since).days if since else None


def folder_backup_reminder(db_path: Path, *, today: dt.date | None = None) -> int | None:
    """Days without a folder backup when a reminder is due (setting ``backup.remind_after_days``), else None."""
    from perfdesk.core.rules.params import BackupParams

    days = days_without_folder_backup(db_path, today=today)
    limit = _setting(db_path, "backup.remind_after_days", BackupParams().remind_after_days)
    return days if days is not None and limit > 0 and days >= limit else None

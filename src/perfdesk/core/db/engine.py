"""Opening a database: SQLAlchemy engine (SQLite with WAL and foreign keys, or any SQLAlchemy URL),
refusal of newer schemas, single-instance lock, backup before migration, then upgrade to head."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from perfdesk.core.db import backup as backups
from perfdesk.core.db import migrate, server
from perfdesk.core.db.lock import InstanceLock
from perfdesk.core.db.sqlite_files import schema_revision, sqlalchemy_url
from perfdesk.core.i18n import translate


class NewerDatabaseError(Exception):
    def __init__(self, path: str, revision: str):
        self.revision = revision
        super().__init__(translate(
            "Database", "The database {path} was written by a newer version of PerfDesk (schema {revision}). "
            "Install the newer version to open it; nothing was changed.").format(path=path, revision=revision))




def url_for(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL for a file path (or the URL itself). The path is percent-encoded: a URL's database part
    is decoded when parsed, so ``%41`` or ``?`` in a folder or file name would otherwise name another file."""
    text = str(path_or_url)
    if "://" in text:
        return _with_driver(text)
    return sqlalchemy_url(text)


def _with_driver(text: str) -> str:
    """``postgresql://…`` (as psql and pg_dump write it) names the psycopg driver PerfDesk ships with."""
    for scheme in ("postgresql://", "postgres://"):
        if text.startswith(scheme):
            return "postgresql+psycopg://" + text[len(scheme):]
    return text


def sqlite_path(url: str | URL) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "postgresql":  # a server on the LAN: fail fast, survive restarts
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@dataclass
class Database:
    """An open PerfDesk database: engine, session factory, and the lock held on the file."""

    url: str = field(repr=False)  # may hold a server password: never in a repr, log or traceback
    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None = None
    lock: InstanceLock | None = None
    migrated_from: str | None = None
    backup_taken: Path | None = field(default=None)

    @property
    def data_dir(self) -> Path | None:
        """The folder beside the database: the file's folder, or this PC's folder for a server database."""
        return self.path.parent if self.path else server.local_folder(self.url)

    @property
    def shown(self) -> str:
        """The database as shown to a person: the file's path, or the server URL without its password."""
        return str(self.path) if self.path else server.shown(self.url)

    @property
    def on_server(self) -> bool:
        return self.path is None and server.is_server(self.url)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(path_or_url: str | Path, *, upgrade: bool = True, lock: bool = True,
                  backup_keep: int = 20) -> Database:
    """Open (creating if needed) and migrate a database. Refuses newer schemas before touching anything."""
    url = url_for(path_or_url)
    path = sqlite_path(url)
    if path is not None:
        _refuse_newer_file(path)  # before any connection switches the file to WAL or creates anything
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    instance_lock = None
    try:
        current = migrate.current_revision(engine)
        if current is not None and not migrate.is_known(current):
            raise NewerDatabaseError(str(path or server.shown(url)), current)
        if lock and path is not None:  # a server keeps its users apart itself: no lock file
            instance_lock = InstanceLock(path)
            instance_lock.acquire()
        db = Database(url, engine, sessionmaker(engine, expire_on_commit=False), path, instance_lock)
        if upgrade and current != migrate.head():
            db.migrated_from = current
            if current is not None and path is not None:
                db.backup_taken = backups.take_backup(path, "before-migration")
                backups.prune_backups(path, backup_keep)
            elif current is not None and db.on_server:
                db.backup_taken = _dump_before_migration(db)
            elif current is None and _has_tables(engine):
                raise ValueError(translate("Database", "{path} is not a PerfDesk database.").format(
                    path=path or server.shown(url)))
            migrate.upgrade(engine)
        if upgrade:
            _stamp_version(db.sessions)
        return db
    except BaseException:
        if instance_lock:
            instance_lock.release()
        engine.dispose()
        raise


def _refuse_newer_file(path: Path) -> None:
    """Read the schema revision of an existing file read-only; a newer one is refused with nothing touched."""
    if not path.is_file():
        return
    try:
        current = schema_revision(path)
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise ValueError(translate("Database", "{path} is not a PerfDesk database.").format(path=path)) from None
        return  # locked or unreadable now: the engine below reports it
    if current is not None and not migrate.is_known(current):
        raise NewerDatabaseError(str(path), current)


def _dump_before_migration(db: Database) -> Path | None:
    """A server database is dumped before its schema is upgraded when this PC has pg_dump; without it the
    upgrade still runs: PostgreSQL upgrades in one transaction, so a failed upgrade leaves the database as it was
    (the server's own backups are the administrator's)."""
    try:
        return server.dump(db.url, server.local_folder(db.url) / "backups", "before-migration")
    except server.ServerBackupUnavailable:
        return None


def _stamp_version(sessions: sessionmaker[Session]) -> None:
    """Record which PerfDesk version created the database and which opened it last."""
    import perfdesk
    from perfdesk.core.db.models import Meta

    with sessions.begin() as session:
        if session.get(Meta, "created_by_version") is None:
            session.add(Meta(key="created_by_version", value=perfdesk.__version__))
        session.merge(Meta(key="last_opened_version", value=perfdesk.__version__))


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())

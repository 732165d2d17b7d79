"""What the file system and SQLite say when something outside PerfDesk is wrong (another program holds the
database, a read-only file or folder, a full disk), in a short sentence naming the file instead of a traceback.

Every operation that can meet these runs in a transaction or writes under a temporary name, so the sentence can
say that nothing was changed.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from perfdesk.core.db import server
from perfdesk.core.db.backup import DISK_FULL as _FULL
from perfdesk.core.i18n import translate

_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


def explain(exc: BaseException, database: str | Path | None = None) -> str | None:
    """A short message for a fault of the surroundings, or None when ``exc`` is something else (a bug)."""
    kind = _kind(exc)
    if kind is None:
        return None
    where = getattr(exc, "filename", None) if isinstance(exc, OSError) else None
    path = server.shown(where or database or "")
    messages = {
        "locked": translate("Faults", "The database {path} is being used by another program. "
                            "Close that program and try again; nothing was changed."),
        "read_only": translate("Faults", "{path} or its folder is read-only or may not be written by "
                               "you. Choose a writable place or ask for write access; nothing was changed."),
        "full": translate("Faults", "The disk is full while writing {path}. Free some space and try "
                          "again; nothing was changed."),
        "write_failed": translate("Faults", "Writing {path} failed (disk full, removed or damaged?). Nothing was "
                                  "changed."),
        "cannot_open": translate("Faults", "{path} cannot be opened: the folder may be missing or read-only. "
                                 "Nothing was changed."),
        "unreachable": translate("Faults", "The database server of {path} cannot be reached (switched off, "
                                 "another address or port, or a firewall). Check the address with the "
                                 "administrator and try again; nothing was changed."),
        "refused_login": translate("Faults", "The database server of {path} refused the user name or password. "
                                   "Check them (the password may also be kept in the PostgreSQL password file, "
                                   "pgpass); nothing was changed."),
        "no_database": translate("Faults", "The database server of {path} has no such database. Ask its "
                                 "administrator to create it (createdb); nothing was changed."),
    }
    return messages[kind].format(path=path)


def _kind(exc: BaseException) -> str | None:
    for cause in _chain(exc):
        if isinstance(cause, OSError) and cause.errno is not None:
            if cause.errno in _FULL:
                return "full"
            if cause.errno in _READ_ONLY:
                return "read_only"
        if isinstance(cause, sqlite3.Error):
            return _sqlite_kind(str(cause).lower())
        if type(cause).__module__.startswith("psycopg"):
            return _server_kind(str(cause).lower())
    return None


def _server_kind(text: str) -> str | None:
    if "password authentication failed" in text or "no password supplied" in text or "role" in text and (
            "does not exist" in text):
        return "refused_login"
    if "database" in text and "does not exist" in text:
        return "no_database"
    if "connection refused" in text or "could not connect" in text or "timeout" in text or (
            "could not translate host name" in text or "no route to host" in text):
        return "unreachable"
    return None


def _sqlite_kind(text: str) -> str | None:
    if "locked" in text or "busy" in text:
        return "locked"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    if "disk is full" in text:
        return "full"
    if "disk i/o error" in text:
        return "write_failed"
    if "unable to open database file" in text:
        return "cannot_open"
    return None


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and what it wraps (SQLAlchemy keeps the DB-API error as ``orig`` and as the cause)."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else (current.__cause__ or current.__context__)
    return seen

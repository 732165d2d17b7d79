"""SQLite files by path: URIs and URLs built from the path (never pasted into a string), the cheap check that a
file is a complete SQLite database, and what a copy must show before it replaces a database.

A folder may be named ``usb#2``, ``a?b``, ``x%20y`` or ``中文 #1%``: pasted into ``file:...`` or
``sqlite:///...`` unescaped, ``#`` and ``?`` cut the path short and ``%20`` becomes a space, so another (new,
empty) file would be opened.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import pathname2url

from sqlalchemy.engine import URL

HEADER = b"SQLite format 3\x00"


def file_uri(path: str | Path, **params: str) -> str:
    """The ``file:`` URI of ``path`` for ``sqlite3.connect(..., uri=True)``, e.g. ``mode="ro"``."""
    uri = "file:" + pathname2url(str(Path(path).resolve()))
    return uri + ("?" + urlencode(params) if params else "")


def sqlalchemy_url(path: str | Path) -> str:
    """The SQLAlchemy URL of the SQLite file ``path`` as a string that parses back to the same path."""
    return URL.create("sqlite", database=str(Path(path).resolve())).render_as_string(hide_password=False)


def connect_existing(path: Path, *, read_only: bool = True) -> sqlite3.Connection:
    """A plain connection to an existing file (never creates one), read-only unless asked."""
    return sqlite3.connect(file_uri(path, mode="ro" if read_only else "rw"), uri=True, isolation_level=None)


def looks_complete(path: Path) -> bool:
    """The quick check of a backup: the SQLite header, and a size matching the page count the header records
    (a copy cut short by a crash or a full disk is smaller). Reads 100 bytes."""
    try:
        with path.open("rb") as f:
            head = f.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(head) < 100 or not head.startswith(HEADER):
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    counter_valid = head[24:28] == head[92:96]  # the in-header size is valid only then
    if counter_valid and pages > 0:
        return size >= pages * page_size
    return page_size >= 512 and size > 0 and size % page_size == 0


def fsync_file(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where directories cannot be opened, i.e. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table of the SQLite file (read-only)."""
    con = connect_existing(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        con.close()


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, read without touching it (None: no PerfDesk schema)."""
    con = connect_existing(path)
    try:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone():
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()

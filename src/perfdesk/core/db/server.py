"""A database on a server (PostgreSQL on the office LAN) rather than a file: how its URL is shown (never with the
password), where this PC keeps what belongs beside it (attachments, dumps), and its backups with ``pg_dump``.

A server database has no file to copy and no lock file: the server itself keeps concurrent users apart (each
edited record carries a version, see :mod:`perfdesk.core.db.concurrency`), and its backups are the server's —
``pg_dump`` when this PC has it, else the administrator's backups on the server.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from perfdesk.core.i18n import translate


def is_server(location: str | Path | URL) -> bool:
    """True for a URL naming a database server (not a SQLite file or a path)."""
    text = location.render_as_string() if isinstance(location, URL) else str(location)
    return "://" in text and not text.startswith("sqlite")


def shown(location: str | Path | URL) -> str:
    """The database as shown to a person and written to logs: a path as typed, a URL with its password hidden."""
    if isinstance(location, Path) or "://" not in str(location):
        return str(location)
    try:
        url = make_url(location)
    except Exception:  # not a URL after all: nothing to hide, show as typed minus anything after '@'
        return re.sub(r"//[^@/]*@", "//***@", str(location))
    return url.render_as_string(hide_password=True)


def without_password(location: str) -> str:
    """What is remembered of a location (config file, recent list): a server URL without its password, which
    belongs in PostgreSQL's password file (pgpass) or is typed again, never stored by PerfDesk in clear."""
    if not is_server(location):
        return location
    return _no_password(make_url(location)).render_as_string(hide_password=False)


def _no_password(url: URL) -> URL:
    return url._replace(password=None)  # URL.set(password=None) leaves the password as it was


def local_folder(url: str | URL) -> Path:
    """The folder on this PC for what belongs beside a server database (attachments copied here, dumps)."""
    from perfdesk.core.paths import default_data_dir

    parsed = make_url(url)
    name = f"{parsed.host or 'local'}-{parsed.port or 5432}-{parsed.database or ''}"
    return default_data_dir() / "servers" / re.sub(r"[^\w.-]+", "_", name)


class ServerBackupUnavailable(ValueError):
    def __init__(self) -> None:
        super().__init__(translate(
            "Database", "This database is on a PostgreSQL server: PerfDesk backs it up with the PostgreSQL tool "
            "pg_dump, which is not installed on this computer. Install the PostgreSQL client tools, or ask the "
            "server's administrator for the server's own backups (pg_dump or pg_basebackup). Nothing was "
            "written."))


def find_pg_dump() -> str | None:
    """``pg_dump`` on the PATH or where PostgreSQL installs it (Debian's versioned folders, Windows' Program
    Files), the newest version first; None when absent."""
    found = shutil.which("pg_dump")
    if found:
        return found
    patterns = ["/usr/lib/postgresql/*/bin/pg_dump"]
    if sys.platform == "win32":  # pragma: no cover - Windows layout
        patterns.append(os.path.join(os.environ.get("ProgramFiles", r"C:\Program Files"), "PostgreSQL", "*",
                                     "bin", "pg_dump.exe"))
    candidates = sorted((p for pattern in patterns for p in glob.glob(pattern)), key=_version_key, reverse=True)
    return candidates[0] if candidates else None


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"[\\/](\d+)[\\/]bin", path)) or (0,)


def dump(url: str | URL, folder: Path, reason: str, *, now: dt.datetime | None = None) -> Path:
    """A ``pg_dump`` of the database (custom format, restorable with ``pg_restore``) into ``folder``, written
    under a temporary name and renamed when complete. The password goes to pg_dump through its environment,
    never on its command line. Raises :class:`ServerBackupUnavailable` when pg_dump is not installed."""
    program = find_pg_dump()
    if program is None:
        raise ServerBackupUnavailable()
    parsed = make_url(url)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{parsed.database}-{stamp}-{reason}.dump"
    part = folder / f".{dest.name}.{os.getpid()}.part"
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    target = _no_password(parsed.set(drivername="postgresql")).render_as_string(hide_password=False)
    try:
        done = subprocess.run([program, "--format=custom", "--no-owner", f"--file={part}", f"--dbname={target}"],
                              env=env, capture_output=True, text=True, timeout=3600, check=False)
        if done.returncode != 0:
            raise OSError(translate("Database", "pg_dump could not back up {database}: {error}").format(
                database=shown(parsed), error=done.stderr.strip()[-500:]))
        os.replace(part, dest)
    finally:
        part.unlink(missing_ok=True)
    return dest

"""Alembic migrations driven from code (no alembic.ini needed at run time, also inside the bundle)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, inspect

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config(connection=None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REV = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


@lru_cache(maxsize=1)
def revisions() -> list[str]:
    """All known revisions, oldest first, read from the revision files without importing Alembic
    (which keeps it off the start-up path; Alembic itself runs only when an upgrade is needed)."""
    parent: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev, down = _REV.search(text), _DOWN.search(text)
        if rev:
            parent[rev.group(1)] = down.group(1) if down else None
    children = {down: rev for rev, down in parent.items()}
    if len(children) != len(parent):
        raise RuntimeError("migration history has branches; merge them")
    chain, current = [], children.get(None)
    while current is not None:
        chain.append(current)
        current = children.get(current)
    return chain


def head() -> str:
    return revisions()[-1]


def is_known(revision: str) -> bool:
    return revision in set(revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


MIGRATION_LOCK = 0x50657266  # PostgreSQL advisory lock key held while the schema is upgraded ("Perf")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade in one transaction. On PostgreSQL an advisory lock held to its end keeps two PCs opening the same
    database at once from upgrading it twice: the second waits, then finds it upgraded (Alembic reads the
    version again) and does nothing."""
    from alembic import command

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        command.upgrade(_config(conn), revision)

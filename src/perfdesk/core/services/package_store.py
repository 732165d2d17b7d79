"""The data part of a package (issue 19): a small SQLite database of PerfDesk's own schema holding only the
rows of one unit's subtree in one year, copied by SQLite itself (``INSERT … SELECT`` from the attached source),
so a whole city's package is written at the speed of the database engine, not of Python objects.

The receiving side opens that part read-only after checking it is a sound SQLite file holding nothing but
PerfDesk's tables (no trigger, no view), and reads it with the same readers as its own database
(:mod:`.package_records`), so both sides name and compare records the same way.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db.sqlite_files import file_uri
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.io.package import DATA, Package
from perfdesk.core.services import package_records as pr

REVIEWED = ("approved", "returned")
HOME_KEY = "exchange.home_unit"
_TEMPLATE: dict[str, bytes] = {}


def _template() -> bytes:
    """An empty database of the current schema, made in memory once per process. Only the tables and their
    unique constraints: a package is written once and read once, and secondary indexes would only slow writing."""
    if "db" not in _TEMPLATE:
        engine = create_engine("sqlite://")
        m.Base.metadata.create_all(engine)
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            names = [n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                                               "NULL AND name NOT LIKE 'uq_%'")]
            for name in names:
                raw.execute(f'DROP INDEX "{name}"')
            raw.execute("VACUUM")
            _TEMPLATE["db"] = raw.serialize()
        engine.dispose()
    return _TEMPLATE["db"]


def _cols(model: type) -> str:
    return ", ".join(f'"{c.name}"' for c in model.__table__.columns)  # type: ignore[attr-defined]


def _copy(con: sqlite3.Connection, model: type, where: str, params: tuple[Any, ...] = ()) -> None:
    table, cols = model.__tablename__, _cols(model)  # type: ignore[attr-defined]
    con.execute(f'INSERT INTO main."{table}" ({cols}) SELECT {cols} FROM src."{table}" WHERE {where}', params)


def write_data_file(source: Path, out: Path, scope: pr.Scope, kind: str) -> None:
    """The rows of ``scope`` (and, ``kind`` down, the library and settings) from the database file ``source``."""
    out.write_bytes(_template())
    con = sqlite3.connect(file_uri(out), uri=True, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA temp_store=MEMORY")
        con.execute("ATTACH DATABASE ? AS src", (file_uri(source, mode="ro"),))
        con.execute("BEGIN")
        con.execute("CREATE TEMP TABLE sel_unit (id INTEGER PRIMARY KEY)")
        con.executemany("INSERT INTO sel_unit VALUES (?)", [(i,) for i in scope.unit_ids])
        _copy_scope(con, scope.year_id, kind)
        con.executemany("INSERT INTO main.meta (key, value) VALUES (?, ?)",
                        [("package.kind", kind), ("package.unit", scope.root), ("package.year", str(scope.year))])
        con.execute("COMMIT")
        con.execute("DETACH DATABASE src")
    finally:
        con.close()


def _copy_scope(con: sqlite3.Connection, year_id: int | None, kind: str) -> None:
    y = (year_id,)
    _copy(con, m.Unit, "id IN (SELECT id FROM sel_unit)")
    con.execute("UPDATE main.unit SET parent_id = NULL WHERE parent_id NOT IN (SELECT id FROM sel_unit)")
    _copy(con, m.BudgetYear, "id = ?", y)
    _copy(con, m.Project, "year_id = ? AND unit_id IN (SELECT id FROM sel_unit)", y)
    _copy(con, m.ProjectFund, "project_id IN (SELECT id FROM main.project)")
    _copy(con, m.MonitoringRound, "year_id = ?", y)
    _copy(con, m.MonitoringExecution, "round_id IN (SELECT id FROM main.monitoring_round) "
                                      "AND project_id IN (SELECT id FROM main.project)")
    reviewed = f"status IN {REVIEWED}" if kind == "down" else "1"
    _copy(con, m.SelfEvaluation, f"project_id IN (SELECT id FROM main.project) AND {reviewed}")
    answered = ("id IN (SELECT target_id FROM src.target_indicator WHERE id IN (SELECT indicator_id FROM "
                "src.indicator_progress WHERE round_id IN (SELECT id FROM main.monitoring_round)) OR id IN (SELECT "
                "indicator_id FROM src.self_eval_line WHERE evaluation_id IN (SELECT id FROM main.self_evaluation)))")
    _copy(con, m.PerformanceTarget, "project_id IN (SELECT id FROM main.project)"
          + (f" AND ({reviewed} OR {answered})" if kind == "down" else ""))
    _copy(con, m.TargetIndicator, "target_id IN (SELECT id FROM main.performance_target)")
    _copy(con, m.TargetReview, "target_id IN (SELECT id FROM main.performance_target)")
    _copy(con, m.IndicatorProgress, "round_id IN (SELECT id FROM main.monitoring_round) "
                                    "AND indicator_id IN (SELECT id FROM main.target_indicator)")
    _copy(con, m.SelfEvalLine, "evaluation_id IN (SELECT id FROM main.self_evaluation)")
    _copy(con, m.RectificationItem, "year_id = ? AND unit_id IN (SELECT id FROM sel_unit)", y)
    _copy(con, m.Attachment, "item_id IN (SELECT id FROM main.rectification_item)")
    if kind == "down":
        _copy(con, m.LibraryIndicator, "1")
        _copy(con, m.Setting, "key != ?", (HOME_KEY,))


# -- reading a received package's data ---------------------------------------------------------------------------------
ALLOWED = set(m.Base.metadata.tables)


def _damaged(where: Path, detail: str) -> UserErrors:
    return UserErrors(UserError(translate("Package", "The package's data cannot be read ({detail}); the file was "
                                          "edited or damaged.").format(detail=detail), str(where)))


@dataclass(frozen=True)
class Received:
    """A verified package with its records read."""

    package: Package
    data: dict[str, Any]

    @property
    def path(self) -> Path:
        return self.package.path

    @property
    def manifest(self) -> Any:
        return self.package.manifest

    def file_bytes(self, sha256: str) -> bytes:
        return self.package.file_bytes(sha256)


@contextmanager
def opened(path: Path, where: Path) -> Iterator[Session]:
    """A read-only session on a data part at ``path``, checked to be a sound SQLite file of PerfDesk's tables
    (``where``: the file named in messages)."""
    _check_file(where, path)
    engine = create_engine("sqlite://", creator=lambda: _read_only(path))
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def _read_only(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(file_uri(path, mode="ro"), uri=True, check_same_thread=False)
    con.execute("PRAGMA trusted_schema=OFF")
    con.execute("PRAGMA cell_size_check=ON")
    return con


def _check_file(package: Path, path: Path) -> None:
    try:
        con = _read_only(path)
        try:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise _damaged(package, "quick_check")
            objects = con.execute("SELECT type, name FROM sqlite_master").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(package, type(exc).__name__) from None
    strange = [name for kind, name in objects
               if kind not in ("table", "index") or (kind == "table" and name not in ALLOWED)]
    if strange:
        raise _damaged(package, ", ".join(sorted(strange)[:5]))


def read_data(package: Package) -> Received:
    """The package's records in the plain form of :mod:`.package_records` (what the merge compares)."""
    man = package.manifest
    with tempfile.TemporaryDirectory(prefix="perfdesk-package-") as tmp:
        path = Path(tmp) / "data.sqlite"
        package.extract(DATA, path)
        data = read_data_file(path, package.path, man.kind, man.unit_code, man.year)
    return Received(package, data)


def read_data_file(path: Path, where: Path, kind: str, unit: str, year: int) -> dict[str, Any]:
    with opened(path, where) as session:
        header = dict(session.execute(select(m.Meta.key, m.Meta.value).where(m.Meta.key.startswith("package."))).all())
        if (header.get("package.kind"), header.get("package.unit"), header.get("package.year")) != (
                kind, unit, str(year)):
            raise UserErrors(UserError(translate("Package", "The package's data is for another unit or year than "
                                                 "its manifest says; it is not imported."), str(where)))
        scope = pr.scope_of(session, unit, year)
        if scope is None:
            raise _damaged(where, unit)
        data: dict[str, Any] = {"kind": kind, "unit_code": unit, "year": year,
                                "units": pr.read_units(session, scope), **pr.read_stages(session, scope)}
        if kind == "down":
            data["projects"] = pr.read_projects(session, scope)
            data["library"] = pr.read_library(session)
            data["settings"] = pr.read_settings(session, lambda key: key == HOME_KEY)
    return data


def counts(path: Path) -> dict[str, int]:
    """Records per stage in a data part (a project's answers in a round count once), and evidence files."""
    con = sqlite3.connect(file_uri(path, mode="ro"), uri=True)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        return {"targets": one("SELECT count(*) FROM performance_target"),
                "monitoring": one("SELECT count(*) FROM (SELECT round_id, project_id FROM monitoring_execution UNION "
                                  "SELECT p.round_id, t.project_id FROM indicator_progress p JOIN target_indicator i "
                                  "ON i.id = p.indicator_id JOIN performance_target t ON t.id = i.target_id)"),
                "selfevals": one("SELECT count(*) FROM self_evaluation"),
                "ledger": one("SELECT count(*) FROM rectification_item"),
                "files": one("SELECT count(DISTINCT sha256) FROM attachment")}
    finally:
        con.close()


def evidence(path: Path) -> dict[str, str]:
    """{sha256: stored path} of the evidence files a data part names."""
    con = sqlite3.connect(file_uri(path, mode="ro"), uri=True)
    try:
        return dict(con.execute("SELECT sha256, stored_path FROM attachment").fetchall())
    finally:
        con.close()

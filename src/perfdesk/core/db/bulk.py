"""Bulk writes for imports of tens of thousands of rows.

SQLAlchemy's executemany builds and processes a parameter dict per row, which costs as much as parsing the
workbook. These functions instead hand the DB-API one list of ready tuples: each column's own bind processor
(e.g. :class:`~perfdesk.core.db.types.DecimalText` writing a Decimal as exact text on SQLite, dates as ISO
text) is applied column by column, so values are stored exactly as the ORM would store them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session

from perfdesk.core.db.driver import marks

BATCH = 20_000
MAX_PARAMETERS = 990  # SQLite before 3.32 accepts 999 parameters per statement


def insert_rows(session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    """Insert ``rows`` (tuples in the order of ``columns``) in the session's transaction; returns the count.
    Rows go in groups of several per statement (a third faster than one by one on SQLite), within the 999
    parameters any SQLite accepts. Python-side column defaults are not applied: give every column that has no
    server default."""
    conn = session.connection()
    rows = _processed(conn, table, columns, rows)
    one = marks("(" + ", ".join(["?"] * len(columns)) + ")", conn.dialect.paramstyle)
    head = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES "
    per = max(1, MAX_PARAMETERS // len(columns))
    whole, step = len(rows) - len(rows) % per, per * max(1, BATCH // per)
    for start in range(0, whole, step):
        part = rows[start:min(whole, start + step)]
        flat = [v for row in part for v in row]
        width = per * len(columns)
        conn.exec_driver_sql(head + ", ".join([one] * per), [tuple(flat[i:i + width]) for i in range(0, len(flat), width)])
    if whole < len(rows):
        conn.exec_driver_sql(head + one, list(rows[whole:]))
    return len(rows)


def update_rows(session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]], *,
                key: str = "id") -> int:
    """Set ``columns`` of each row whose ``key`` is the last value of its tuple; returns the count."""
    conn = session.connection()
    sets = ", ".join(f"{c} = ?" for c in columns)
    sql = marks(f"UPDATE {table.name} SET {sets} WHERE {key} = ?", conn.dialect.paramstyle)
    return _execute(conn, sql, table, (*columns, key), rows)


def _execute(conn: Connection, sql: str, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
             ) -> int:
    rows = _processed(conn, table, columns, rows)
    for start in range(0, len(rows), BATCH):
        conn.exec_driver_sql(sql, list(rows[start:start + BATCH]))
    return len(rows)


def _processed(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
               ) -> Sequence[Sequence[Any]]:
    """The rows with each column's bind processor applied (the rows themselves when no column has one)."""
    processors = [table.c[name].type._cached_bind_processor(conn.dialect) for name in columns]
    if not rows or not any(processors):
        return rows
    by_column = list(zip(*rows, strict=True))
    for i, process in enumerate(processors):
        if process is not None:
            by_column[i] = _each_once(process, by_column[i])
    return list(zip(*by_column, strict=True))


def _each_once(process: Any, values: Sequence[Any]) -> tuple[Any, ...]:
    """``process`` applied to each value but None; a value given many times as the same object (the settings
    snapshot shared by a batch of results) is processed once."""
    done: dict[int, Any] = {}  # by id: every value is held by ``values`` meanwhile, so no id is reused
    out = []
    for value in values:
        if value is None:
            out.append(None)
            continue
        key = id(value)
        if key not in done:
            done[key] = process(value)
        out.append(done[key])
    return tuple(out)

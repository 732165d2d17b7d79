"""Bulk writes for imports of tens of thousands of rows.

SQLAlchemy's executemany builds and processes a parameter dict per row, which costs as much as parsing the
workbook. These functions instead hand the DB-API one list of ready tuples: each column's own bind processor
(e.g. :class:`~perfdesk.core.db.types.DecimalText` writing a Decimal as exact text on SQLite, dates as ISO
text) is applied column by column, so values are stored exactly as the ORM would store them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session

from perfdesk.core.db.driver import marks

BATCH = 20_000
MAX_PARAMETERS = 990  # SQLite before 3.32 accepts 999 parameters per statement
MOST_PARAMETERS = 32_766  # SQLite's limit since 3.32, asked of the connection where Python can (3.11+)


def insert_rows(session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    """Insert ``rows`` (tuples in the order of ``columns``) in the session's transaction; returns the count.
    See :func:`insert_columns`."""
    return insert_columns(session, table, dict(zip(columns, zip(*rows, strict=True), strict=True))) if rows else 0


def insert_columns(session: Session, table: Table, columns: dict[str, Sequence[Any]]) -> int:
    """Insert rows given column by column (each column's values, all as long) in the session's transaction;
    returns the count. See :func:`prepare_insert`."""
    return prepare_insert(session, table, columns).run()


@dataclass(frozen=True)
class PreparedInsert:
    """INSERT statements with their parameters, ready to run in the session's transaction."""

    conn: Connection
    batches: list[tuple[str, list[tuple[Any, ...]]]]  # a statement and its parameter sets
    count: int  # the rows inserted
    table: str = ""
    explicit_ids: bool = False  # the rows carry their ids (a server's id sequence must then move past them)

    def run(self) -> int:
        """Run the statements (binding and SQLite's work, little else); returns the rows inserted."""
        for sql, parameter_sets in self.batches:
            self.conn.exec_driver_sql(sql, parameter_sets)
        if self.explicit_ids and self.count:
            advance_id_sequence(self.conn, self.table)
        return self.count


def advance_id_sequence(conn: Connection, table: str) -> None:
    """After rows were inserted with their own ids: PostgreSQL's id sequence moved past the largest, so that the
    next row added without an id does not take one of theirs (SQLite takes the largest id plus one itself)."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                         f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)")


def prepare_insert(session: Session, table: Table, columns: dict[str, Sequence[Any]]) -> PreparedInsert:
    """The insert of rows given column by column (each column's values, all as long), every Python-side step
    done (bind processors applied, parameters laid out), so that :meth:`PreparedInsert.run` holds the GIL only to
    bind. Rows go in groups of several per statement (a third faster than one by one on SQLite), as many as the
    connection's SQLite accepts parameters (at least 999): each statement runs without holding the GIL, so
    other threads run meanwhile. Python-side column defaults are not applied: give every column that has no
    server default."""
    conn = session.connection()
    names, count = list(columns), len(next(iter(columns.values()), ()))
    processed = [_processed(conn, table, name, values) for name, values in columns.items()]

    def parameters(start: int, end: int) -> tuple[Any, ...]:  # the values of rows start..end, row after row
        laid: list[Any] = [None] * ((end - start) * len(processed))
        for at, values in enumerate(processed):  # each column into its places at once
            laid[at::len(processed)] = values[start:end]
        return tuple(laid)

    one = marks("(" + ", ".join(["?"] * len(names)) + ")", conn.dialect.paramstyle)
    head = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES "
    per = max(1, parameter_limit(conn) // len(names))
    whole, statements = count - count % per, max(1, BATCH // per)  # rows in full statements; statements per batch
    batches = []
    for start in range(0, whole, per * statements):
        batches.append((head + ", ".join([one] * per),
                        [parameters(row, row + per) for row in range(start, min(whole, start + per * statements), per)]))
    if whole < count:  # the rows left over in one statement too: each statement waits for the GIL once
        batches.append((head + ", ".join([one] * (count - whole)), [parameters(whole, count)]))
    return PreparedInsert(conn, batches, count, table.name, "id" in names)


def parameter_limit(conn: Connection) -> int:
    """How many parameters one statement may bind on this connection (at most :data:`MOST_PARAMETERS`)."""
    getlimit = getattr(conn.connection.driver_connection, "getlimit", None)  # sqlite3 on Python 3.11+
    if getlimit is None:
        return MAX_PARAMETERS
    return max(MAX_PARAMETERS, min(MOST_PARAMETERS, getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)))


def update_rows(session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]], *,
                key: str = "id", edit: bool = True) -> int:
    """Set ``columns`` of each row whose ``key`` is the last value of its tuple; returns the count. An ``edit``
    of a record people edit counts as a save of it (its ``row_version`` goes up); figures computed from what
    people entered (scores) are no edit: an editor open on the record may still save."""
    conn = session.connection()
    sets = ", ".join(f"{c} = ?" for c in columns)
    if edit and "row_version" in table.c and "row_version" not in columns:  # a record people edit: count this save too
        sets += ", row_version = row_version + 1"
    sql = marks(f"UPDATE {table.name} SET {sets} WHERE {key} = ?", conn.dialect.paramstyle)
    return _execute(conn, sql, table, (*columns, key), rows)


def _execute(conn: Connection, sql: str, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
             ) -> int:
    if not rows:
        return 0
    processed = [_processed(conn, table, name, values) for name, values in zip(columns, zip(*rows, strict=True),
                                                                                  strict=True)]
    rows = list(zip(*processed, strict=True))
    for start in range(0, len(rows), BATCH):
        conn.exec_driver_sql(sql, rows[start:start + BATCH])
    return len(rows)


def _processed(conn: Connection, table: Table, column: str, values: Sequence[Any]) -> Sequence[Any]:
    """The values with the column's bind processor applied (the values themselves when it has none)."""
    process = table.c[column].type._cached_bind_processor(conn.dialect)
    return values if process is None else _each_once(process, values)


def _each_once(process: Any, values: Sequence[Any]) -> list[Any]:
    """``process`` applied to each value but None; a value given many times as the same object (the settings
    snapshot shared by a batch of results, a number read once for many cells) is processed once."""
    ids = list(map(id, values))  # every value is held by ``values`` meanwhile, so no id is reused
    distinct = dict(zip(ids, values, strict=True))
    done = {key: None if value is None else process(value) for key, value in distinct.items()}
    return list(map(done.__getitem__, ids))

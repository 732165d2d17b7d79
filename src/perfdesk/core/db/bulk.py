"""Bulk writes for imports of tens of thousands of rows.

SQLAlchemy's executemany builds and processes a parameter dict per row, which costs as much as parsing the
workbook. :func:`insert_rows` instead hands the DB-API one list of ready tuples: each column's own bind
processor (e.g. :class:`~perfdesk.core.db.types.DecimalText` writing a Decimal as exact text on SQLite) is
applied column by column, so values are stored exactly as the ORM would store them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

BATCH = 20_000


def insert_rows(session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    """Insert ``rows`` (tuples in the order of ``columns``) in the session's transaction; returns the count."""
    if not rows:
        return 0
    conn = session.connection()
    dialect = conn.dialect
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in columns]
    if any(processors):
        columns_of = list(zip(*rows, strict=True))
        for i, process in enumerate(processors):
            if process is not None:
                columns_of[i] = tuple(None if v is None else process(v) for v in columns_of[i])
        rows = list(zip(*columns_of, strict=True))
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    for start in range(0, len(rows), BATCH):
        conn.exec_driver_sql(sql, list(rows[start:start + BATCH]))
    return len(rows)

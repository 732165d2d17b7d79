"""Plain DB-API access on a session's connection, for tens of thousands of rows at once: reading through
SQLAlchemy's Row objects, or writing through its per-row parameter processing, costs as much as the work."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session


def rows(session: Session, query: str | Select[Any], params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The rows of a query fetched from the DB-API cursor of the session's connection, in its transaction.
    ``query`` is SQL text with ``?`` marks, or a Core select whose columns need no result conversion
    (integers and text: dates, decimals and booleans would come back raw)."""
    conn = session.connection()
    if not isinstance(query, str):
        compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})  # IN lists
        sql, values = str(compiled), compiled.construct_params()
        params = tuple(values[k] for k in compiled.positiontup or ()) if compiled.positional else values  # type: ignore[assignment]
    else:
        sql = marks(query, conn.dialect.paramstyle)
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()


def executemany(session: Session, sql: str, values: Iterable[tuple[Any, ...]]) -> None:
    """``sql`` (``?`` marks) once per tuple of ``values`` — an iterator is consumed as it goes, so the tuples
    never all exist at once — in the session's transaction."""
    conn = session.connection()
    cursor = conn.connection.cursor()
    try:
        cursor.executemany(marks(sql, conn.dialect.paramstyle), values)
    finally:
        cursor.close()


def marks(sql: str, paramstyle: str) -> str:
    """``sql`` written with ``?`` marks in the DB-API's own parameter style."""
    return sql if paramstyle == "qmark" else sql.replace("?", "%s")

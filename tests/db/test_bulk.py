"""Bulk writes store exactly what the ORM stores, in any number of rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from perfdesk.core.db import bulk
from perfdesk.core.db import models as m


def _year(session) -> int:  # type: ignore[no-untyped-def]
    year = m.BudgetYear(year=2031)
    session.add(year)
    session.flush()
    return year.id


COLUMNS = ("target_id", "sort_order", "part", "level1", "level2", "name", "comparison", "value_text", "value_num",
           "unit", "weight", "value_basis", "note")


def _target(session) -> int:  # type: ignore[no-untyped-def]
    unit = m.Unit(code="U1", name="单位", kind="unit")
    session.add(unit)
    session.flush()
    project = m.Project(year_id=_year(session), code="P1", name="项目", unit_id=unit.id, sector="education")
    session.add(project)
    session.flush()
    target = m.PerformanceTarget(project_id=project.id, filled_on=dt.date(2025, 3, 1))
    session.add(target)
    session.flush()
    return target.id


def _row(target_id: int, i: int, value: Decimal | None) -> tuple:
    return (target_id, i, "annual", "产出指标", "数量指标", f"指标{i}", ">=", f"≥{i}", value, "个", value, "plan", "")


@pytest.mark.parametrize("count", [0, 1, bulk.MAX_PARAMETERS // len(COLUMNS) + 1,
                                   7 * (bulk.MAX_PARAMETERS // len(COLUMNS)) + 3])
def test_inserted_rows_read_back_as_the_orm_writes_them(db, count: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(bulk, "BATCH", 200)  # several statements of several rows each even for a few hundred
    monkeypatch.setattr(bulk, "parameter_limit", lambda conn: bulk.MAX_PARAMETERS)  # the oldest SQLite's limit
    with db.sessions() as s:
        target_id = _target(s)
        rows = [_row(target_id, i, Decimal(i) / 4) for i in range(count)]
        assert bulk.insert_rows(s, m.TargetIndicator.__table__, COLUMNS, rows) == count
        got = s.execute(text(f"SELECT {', '.join(COLUMNS)} FROM target_indicator ORDER BY sort_order")).all()
        assert [tuple(map(_as_text, r)) for r in got] == [(*r[:8], str(r[8]), r[9], str(r[10]), *r[11:]) for r in rows]


def _as_text(value: object) -> object:
    """A decimal as SQLite stores it (text); PostgreSQL's NUMERIC gives a Decimal of the same digits."""
    return str(value) if isinstance(value, Decimal) else value


def test_statements_as_large_as_the_connection_allows_insert_every_row(db) -> None:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        limit = bulk.parameter_limit(s.connection())
        count = 2 * (limit // len(COLUMNS)) + 5  # two full statements and a remainder
        target_id = _target(s)
        rows = [_row(target_id, i, Decimal(i)) for i in range(count)]
        assert bulk.insert_rows(s, m.TargetIndicator.__table__, COLUMNS, rows) == count
        got = s.execute(text("SELECT sort_order FROM target_indicator ORDER BY id")).scalars().all()
    assert limit >= bulk.MAX_PARAMETERS and got == list(range(count))


def test_a_prepared_insert_writes_nothing_until_run_and_each_statement_holds_many_rows(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(bulk, "parameter_limit", lambda conn: bulk.MAX_PARAMETERS)
    per = bulk.MAX_PARAMETERS // len(COLUMNS)
    with db.sessions() as s:
        target_id = _target(s)
        rows = [_row(target_id, i, Decimal(i)) for i in range(3 * per + 2)]
        prepared = bulk.prepare_insert(s, m.TargetIndicator.__table__, dict(zip(COLUMNS, zip(*rows, strict=True), strict=True)))
        assert s.scalar(text("SELECT count(*) FROM target_indicator")) == 0
        statements = [len(sets) for _sql, sets in prepared.batches]
        mark = bulk.marks("(?", s.connection().dialect.paramstyle)
        assert sum(statements) == 4 and prepared.batches[-1][0].count(mark) == 2  # the two left over: one statement
        assert prepared.run() == len(rows)
        assert s.scalar(text("SELECT count(*) FROM target_indicator")) == len(rows)


def test_decimals_and_dates_are_stored_as_the_orm_stores_them(db) -> None:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        target_id = _target(s)
        orm = s.get(m.PerformanceTarget, target_id)
        written = m.PerformanceTarget(project_id=orm.project_id, version=2, is_current=False)
        s.add(written)
        s.flush()
        bulk.update_rows(s, m.PerformanceTarget.__table__, ("filled_on",), [(dt.date(2025, 3, 1), written.id)])
        raw = s.execute(text("SELECT filled_on FROM performance_target ORDER BY id")).scalars().all()
        sqlite = s.connection().dialect.name == "sqlite"
        assert raw[0] == raw[1] == ("2025-03-01" if sqlite else dt.date(2025, 3, 1))
        values = [Decimal("95.50"), Decimal("1E+2"), Decimal(7), None]
        bulk.insert_rows(s, m.TargetIndicator.__table__, COLUMNS, [_row(orm.id, i, v) for i, v in enumerate(values)])
        s.add_all([m.TargetIndicator(**dict(zip(COLUMNS, _row(written.id, i, v), strict=True)))
                   for i, v in enumerate(values)])
        s.flush()
        stored = s.execute(text("SELECT target_id, value_num, weight FROM target_indicator ORDER BY target_id, "
                                "sort_order")).all()
        assert [r[1:] for r in stored if r[0] == orm.id] == [r[1:] for r in stored if r[0] == written.id]
        assert [_as_text(r[1]) for r in stored if r[0] == orm.id] == ["95.50", "1E+2" if sqlite else "100", "7", None]


def test_a_float_is_refused_as_the_orm_refuses_it(db) -> None:  # type: ignore[no-untyped-def]
    with db.sessions() as s, pytest.raises(TypeError):
        bulk.insert_rows(s, m.TargetIndicator.__table__, ("target_id", "weight"), [(1, 2.5)])


def test_a_value_shared_by_many_rows_is_processed_once_and_written_to_each() -> None:
    calls = []

    def process(value):  # type: ignore[no-untyped-def]
        calls.append(value)
        return str(sorted(value))

    shared, other = {"b": 1, "a": 2}, {"a": 2, "b": 1}  # equal, not the same object
    assert bulk._each_once(process, [shared, None, shared, other]) == ["['a', 'b']", None, "['a', 'b']", "['a', 'b']"]
    assert [c is shared for c in calls] == [True, False]

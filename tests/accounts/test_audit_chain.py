"""The audit log is a hash chain: intact after real work; an edited, deleted or inserted entry is found, by the
service and by ``perfdesk audit verify``; it is never purged below six months."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db.audit_chain import GENESIS, row_hash
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.rules.params import AccountParams, BackupParams
from perfdesk.core.services import access, audit, settings
from perfdesk.core.services.access import AccessDenied
from tests.accounts.conftest import actor


@pytest.fixture
def demo_db(demo_db):  # type: ignore[no-untyped-def]
    """The demo database with a few more entries (five setting changes) to tamper with."""
    for keep in range(3, 8):
        with UnitOfWork(demo_db.sessions, "tester") as uow:
            settings.save(uow, BackupParams(keep=keep))
            uow.commit()
    return demo_db


def _verify(db):  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return audit.verify(s)


def _raw(db) -> sqlite3.Connection:  # type: ignore[no-untyped-def]
    """What a tamperer does with any SQLite tool: drop the append-only triggers, then write."""
    con = sqlite3.connect(db.path)
    con.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    con.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    return con


def test_each_entry_hashes_its_content_and_the_hash_before_it(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        rows = s.scalars(select(m.AuditLog).order_by(m.AuditLog.seq)).all()
    assert len(rows) >= 7 and [r.seq for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0].prev_hash == GENESIS
    for before, row in zip(rows, rows[1:], strict=False):
        assert row.prev_hash == before.hash
        assert row.hash == row_hash(seq=row.seq, at=row.at, user=row.user, action=row.action, entity=row.entity,
                                    entity_id=row.entity_id, details=row.details, prev_hash=before.hash)
    assert _verify(demo_db) == []


def test_the_log_is_append_only_in_the_database_itself(demo_db) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(demo_db.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE audit_log SET user = 'x' WHERE seq = 2")
    with pytest.raises(sqlite3.DatabaseError, match="six months"):  # today's entry
        con.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    con.close()


def test_an_edited_entry_is_detected(demo_db) -> None:  # type: ignore[no-untyped-def]
    with _raw(demo_db) as con:
        con.execute("UPDATE audit_log SET user = '张三' WHERE seq = 2")
    breaks = _verify(demo_db)
    assert [(b.seq, "changed" in b.what) for b in breaks] == [(2, True)]


def test_a_deleted_entry_is_detected(demo_db) -> None:  # type: ignore[no-untyped-def]
    with _raw(demo_db) as con:
        con.execute("DELETE FROM audit_log WHERE seq = 2")
    breaks = _verify(demo_db)
    assert [b.seq for b in breaks] == [3] and "deleted" in breaks[0].what


def test_a_deleted_entry_with_the_rest_renumbered_is_detected(demo_db) -> None:  # type: ignore[no-untyped-def]
    with _raw(demo_db) as con:
        con.execute("DELETE FROM audit_log WHERE seq = 2")
        con.execute("UPDATE audit_log SET seq = seq - 1 WHERE seq > 2")
    breaks = _verify(demo_db)
    assert breaks and breaks[0].seq == 2


def test_an_inserted_entry_is_detected(demo_db) -> None:  # type: ignore[no-untyped-def]
    with _raw(demo_db) as con:
        con.execute("UPDATE audit_log SET seq = -seq WHERE seq >= 2")  # make room, as a careful tamperer would
        con.execute("UPDATE audit_log SET seq = 1 - seq WHERE seq < 0")
        con.execute("INSERT INTO audit_log (at, user, action, entity, seq, prev_hash, hash) "
                    "SELECT at, 'x', 'setting.change', '', 2, hash, hash FROM audit_log WHERE seq = 1")
    assert {b.seq for b in _verify(demo_db)} >= {2, 3}


def test_an_entry_outside_the_chain_is_detected(demo_db) -> None:  # type: ignore[no-untyped-def]
    with _raw(demo_db) as con:
        con.execute("INSERT INTO audit_log (at, user, action, entity) VALUES ('2026-01-01 00:00:00', 'x', 'y', '')")
    assert [b.seq for b in _verify(demo_db)] == [None]


def test_work_changes_and_logins_are_audited_with_old_and_new(accounts_db) -> None:  # type: ignore[no-untyped-def]
    with access.acting_as(accounts_db.engine, actor(accounts_db, "admin")), UnitOfWork(accounts_db.sessions) as uow:
        settings.save(uow, AccountParams(lockout_failures=3))
        uow.commit()
    with accounts_db.sessions() as s:
        row = s.scalars(select(m.AuditLog).where(m.AuditLog.action == "setting.change")).one()
    assert row.user == "admin" and row.details == {"key": "accounts.lockout_failures", "old": "5", "new": "3"}
    with access.acting_as(accounts_db.engine, actor(accounts_db, "fin")), UnitOfWork(accounts_db.sessions) as uow:
        unit = uow.session.scalars(select(m.Unit).order_by(m.Unit.id)).first()
        old_name, unit.name = unit.name, "改名单位"
        uow.commit()
    with accounts_db.sessions() as s:
        change = s.scalars(select(m.AuditLog).where(m.AuditLog.action == "change", m.AuditLog.user == "fin")).one()
    assert change.user == "fin"
    assert change.details["changes"][0]["fields"]["name"] == [old_name, "改名单位"]
    with access.acting_as(accounts_db.engine, actor(accounts_db, "aud")):
        assert _verify(accounts_db) == []


def test_the_auditor_reads_filters_and_exports_the_log(accounts_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with access.acting_as(accounts_db.engine, actor(accounts_db, "aud")), accounts_db.sessions() as s:
        added = audit.entries(s, audit.AuditFilter(action="account.add"))
        assert [r["details"]["login"] for r in added] == ["aud", "clerk", "fin"]  # newest first
        n = audit.export(s, tmp_path / "audit.csv", audit.AuditFilter(action="account."))
    text = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
    assert n == 3 and text.count("account.add") == 3
    with accounts_db.sessions() as s:
        exported = s.scalars(select(m.AuditLog).where(m.AuditLog.action == "audit.export")).one()
    assert exported.user == "aud" and exported.details["rows"] == 3


def test_the_log_is_never_purged_below_six_months(accounts_db) -> None:  # type: ignore[no-untyped-def]
    with access.acting_as(accounts_db.engine, actor(accounts_db, "admin")), UnitOfWork(accounts_db.sessions) as uow:
        settings.save(uow, AccountParams(audit_keep_months=2))
        uow.commit()
    recent = select(func.count()).select_from(m.AuditLog).where(m.AuditLog.at >= dt.datetime(2025, 9, 2))
    with accounts_db.sessions() as s:
        assert audit.months_kept(s) == 6  # a shorter setting does not count
        kept = s.scalar(recent)
    with access.acting_as(accounts_db.engine, actor(accounts_db, "fin")), UnitOfWork(accounts_db.sessions) as uow:
        with pytest.raises(AccessDenied):
            audit.purge(uow, dt.date(2026, 3, 2))
    with access.acting_as(accounts_db.engine, actor(accounts_db, "aud")), UnitOfWork(accounts_db.sessions) as uow:
        audit.purge(uow, dt.date(2026, 3, 2))
        uow.commit()
    with access.acting_as(accounts_db.engine, actor(accounts_db, "aud")), accounts_db.sessions() as s:
        assert s.scalar(recent) >= kept  # nothing of the last six months went
        assert audit.verify(s) == []


def test_a_purge_keeps_the_chain_verifiable_from_its_anchor(demo_db) -> None:  # type: ignore[no-untyped-def]
    with _raw(demo_db) as con:  # make the first entries old enough
        con.execute("UPDATE audit_log SET at = '2020-01-01 00:00:00' WHERE seq <= 2")
    with demo_db.sessions() as s:  # and re-chain them as if they had been written then
        rows = s.scalars(select(m.AuditLog).order_by(m.AuditLog.seq)).all()
    prev = GENESIS
    with _raw(demo_db) as con:
        for r in rows:
            digest = row_hash(seq=r.seq, at=r.at, user=r.user, action=r.action, entity=r.entity,
                              entity_id=r.entity_id, details=r.details, prev_hash=prev)
            con.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, r.seq))
            prev = digest
    assert _verify(demo_db) == []
    with UnitOfWork(demo_db.sessions) as uow:
        assert audit.purge(uow, dt.date(2026, 3, 2)) == 2
        uow.commit()
    assert _verify(demo_db) == []
    with _raw(demo_db) as con:
        con.execute("DELETE FROM audit_log WHERE seq = 3")
    assert _verify(demo_db)

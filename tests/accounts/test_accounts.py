"""Accounts: argon2id parameters, complexity, lockout and its release, expiry, first-login change, idle logout,
single-user mode switched only by the administrator."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules.params import AccountParams
from perfdesk.core.services import access, accounts
from perfdesk.core.services.access import AccessDenied
from tests.accounts.conftest import ADMIN_PASSWORD, NOW, PASSWORD, actor


def login(db, name: str, password: str, now: dt.datetime = NOW) -> accounts.SignIn:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, name, now=now) as uow:
        result = accounts.authenticate(uow, name, password)
        uow.commit()
    return result


def test_passwords_are_stored_as_argon2id_with_memory_hard_parameters_and_verified() -> None:
    stored = accounts.hash_password("Perf#desk2025")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert "Perf#desk2025" not in stored
    assert accounts.verify_password(stored, "Perf#desk2025")
    assert not accounts.verify_password(stored, "perf#desk2025")
    assert not accounts.verify_password("not a hash", "x")
    assert accounts.hash_password("Perf#desk2025") != stored  # salted


def test_complexity_follows_the_settings() -> None:
    rules = AccountParams()
    assert accounts.password_problems("Perf#desk2025", rules) == []
    assert len(accounts.password_problems("Pd#1", rules)) == 1  # too short
    assert len(accounts.password_problems("perfdeskperf", rules)) == 1  # one kind of character
    assert accounts.password_problems("Admin#2025x", rules, login="admin")  # contains the name
    assert accounts.password_problems("perfdesk2025", rules)  # two kinds: not enough by default
    assert accounts.password_problems("perfdesk2025", AccountParams(min_classes=2)) == []
    assert accounts.password_problems("Perf#desk2025", AccountParams(min_length=14))


def test_a_weak_password_is_refused_and_nothing_is_created(accounts_db) -> None:  # type: ignore[no-untyped-def]
    with access.acting_as(accounts_db.engine, actor(accounts_db, "admin")), UnitOfWork(accounts_db.sessions) as uow:
        with pytest.raises(UserErrors, match="at least 8"):
            accounts.create_user(uow, accounts.AccountValues("bob", "Bob", "finance"), "Ab#1")
        with pytest.raises(UserErrors, match="already an account named FIN"):
            accounts.create_user(uow, accounts.AccountValues("FIN", "x", "finance"), PASSWORD)


def test_the_initial_administrator_must_change_the_password_at_first_login(accounts_db) -> None:  # type: ignore[no-untyped-def]
    first = login(accounts_db, "admin", ADMIN_PASSWORD)
    assert first.must_change and first.actor.role == "admin"
    with UnitOfWork(accounts_db.sessions, now=NOW) as uow:
        with pytest.raises(AccessDenied, match="current password is wrong"):
            accounts.change_password(uow, "admin", "wrong", "New#Pass2026")
    with UnitOfWork(accounts_db.sessions, now=NOW) as uow:
        with pytest.raises(UserErrors, match="must differ"):
            accounts.change_password(uow, "admin", ADMIN_PASSWORD, ADMIN_PASSWORD)
    with UnitOfWork(accounts_db.sessions, now=NOW) as uow:
        accounts.change_password(uow, "admin", ADMIN_PASSWORD, "New#Pass2026")
        uow.commit()
    assert not login(accounts_db, "admin", "New#Pass2026").must_change
    with pytest.raises(AccessDenied, match="Wrong account name or password"):
        login(accounts_db, "admin", ADMIN_PASSWORD)


def test_a_password_expires_after_the_settings_days(accounts_db) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(accounts_db.sessions, now=NOW) as uow:
        accounts.change_password(uow, "fin", PASSWORD, "Fresh#Pass2026")
        uow.commit()
    assert not login(accounts_db, "fin", "Fresh#Pass2026", NOW + dt.timedelta(days=89)).must_change
    late = login(accounts_db, "fin", "Fresh#Pass2026", NOW + dt.timedelta(days=90))
    assert late.must_change and late.expired


def _locked_until(db, name: str):  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalar(select(m.User.locked_until).where(m.User.login == name))


def test_five_failures_lock_the_account_until_the_lockout_ends(accounts_db) -> None:  # type: ignore[no-untyped-def]
    for i in range(4):
        with pytest.raises(AccessDenied, match="Wrong"):
            login(accounts_db, "fin", "bad", NOW + dt.timedelta(seconds=i))
    assert _locked_until(accounts_db, "fin") is None
    with pytest.raises(AccessDenied, match="locked .* until 2026-03-02 09:30"):
        login(accounts_db, "fin", "bad", NOW)
    with pytest.raises(AccessDenied, match="locked"):  # even the right password while locked
        login(accounts_db, "fin", PASSWORD, NOW + dt.timedelta(minutes=29))
    assert login(accounts_db, "fin", PASSWORD, NOW + dt.timedelta(minutes=30)).actor.login == "fin"
    assert _locked_until(accounts_db, "fin") is None
    with accounts_db.sessions() as s:
        failed = s.scalars(select(m.AuditLog.details).where(m.AuditLog.action == "login.failed")).all()
    assert len(failed) == 6 and {d["login"] for d in failed} == {"fin"}


def test_the_administrator_releases_a_lockout_sooner(accounts_db) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        with pytest.raises(AccessDenied):
            login(accounts_db, "clerk", "bad")
    assert _locked_until(accounts_db, "clerk") is not None
    with access.acting_as(accounts_db.engine, actor(accounts_db, "fin")), UnitOfWork(accounts_db.sessions) as uow:
        with pytest.raises(AccessDenied, match="may not manage accounts"):
            accounts.unlock(uow, actor(accounts_db, "clerk").user_id)
    with access.acting_as(accounts_db.engine, actor(accounts_db, "admin")), UnitOfWork(accounts_db.sessions) as uow:
        accounts.unlock(uow, actor(accounts_db, "clerk").user_id)
        uow.commit()
    assert login(accounts_db, "clerk", PASSWORD).actor.unit_ids


def test_a_disabled_account_cannot_sign_in(accounts_db) -> None:  # type: ignore[no-untyped-def]
    with access.acting_as(accounts_db.engine, actor(accounts_db, "admin")), UnitOfWork(accounts_db.sessions) as uow:
        accounts.set_active(uow, actor(accounts_db, "aud").user_id, False)
        uow.commit()
    with pytest.raises(AccessDenied, match="disabled"):
        login(accounts_db, "aud", PASSWORD)


def test_idle_logout_after_the_settings_minutes() -> None:
    start = dt.datetime(2026, 3, 2, 9, 0)
    assert not accounts.idle_expired(start, start + dt.timedelta(minutes=14, seconds=59), AccountParams())
    assert accounts.idle_expired(start, start + dt.timedelta(minutes=15), AccountParams())
    assert not accounts.idle_expired(start, start + dt.timedelta(days=1), AccountParams(idle_minutes=0))


def test_a_unit_clerk_acts_for_its_unit_and_every_unit_below_it(accounts_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor(accounts_db, "clerk")
    with accounts_db.sessions() as s:
        parent_of = dict(s.execute(select(m.Unit.id, m.Unit.parent_id)).all())
        unit = s.scalar(select(m.User.unit_id).where(m.User.login == "clerk"))
    assert unit in clerk.unit_ids
    assert all(parent_of[u] in clerk.unit_ids for u in clerk.unit_ids if u != unit)
    assert len(clerk.unit_ids) < len(parent_of)


def test_switching_to_single_user_needs_the_administrator(accounts_db) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(accounts_db.sessions) as uow, pytest.raises(AccessDenied, match="sign in first"):
        accounts.disable_accounts(uow)
    with access.acting_as(accounts_db.engine, actor(accounts_db, "fin")), UnitOfWork(accounts_db.sessions) as uow:
        with pytest.raises(AccessDenied, match="may not manage accounts"):
            accounts.disable_accounts(uow)
    with access.acting_as(accounts_db.engine, actor(accounts_db, "admin")), UnitOfWork(accounts_db.sessions) as uow:
        accounts.disable_accounts(uow)
        uow.commit()
    with accounts_db.sessions() as s:
        assert access.actor_of(s) is access.SINGLE_USER

"""A demo database switched to accounts, with one account per role (the password of each is PASSWORD)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import access, accounts

PASSWORD = "Perf#desk2025"
ADMIN_PASSWORD = "Adm1n#desk"
NOW = dt.datetime(2026, 3, 2, 9, 0)


def unit_with_projects(session) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(m.Project.unit_id).order_by(m.Project.id).limit(1))


@pytest.fixture
def accounts_db(demo_db) -> Iterator[object]:  # type: ignore[no-untyped-def]
    with UnitOfWork(demo_db.sessions, "setup", now=NOW) as uow:
        accounts.enable_accounts(uow, ADMIN_PASSWORD)
        uow.commit()
    admin = access.Actor("admin", "admin")
    with access.acting_as(demo_db.engine, admin), UnitOfWork(demo_db.sessions, "setup", now=NOW) as uow:
        unit = unit_with_projects(uow.session)
        for login, role, unit_id in (("fin", "finance", None), ("clerk", "unit", unit), ("aud", "auditor", None)):
            accounts.create_user(uow, accounts.AccountValues(login, login, role, unit_id), PASSWORD)
        uow.commit()
    yield demo_db
    access.sign_out(demo_db.engine)


def actor(db, login: str):  # type: ignore[no-untyped-def]
    with db.sessions() as session:
        user = session.scalar(select(m.User).where(m.User.login == login))
        return accounts.actor_for(session, user)

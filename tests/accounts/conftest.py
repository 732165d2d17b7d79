"""A demo database switched to accounts, with one account per role (the password of each is PASSWORD)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import access, accounts
from tests.conftest import _copy_db

PASSWORD = "Perf#desk2025"
ADMIN_PASSWORD = "Adm1n#desk"
NOW = dt.datetime(2026, 3, 2, 9, 0)


def unit_with_projects(session) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(m.Project.unit_id).order_by(m.Project.id).limit(1))


@pytest.fixture(scope="session")
def _accounts_template(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from perfdesk.core.db.engine import open_database

    path = _copy_db(_demo_template, tmp_path_factory.mktemp("tpl") / "accounts.db")
    with open_database(path, lock=False) as db:
        with UnitOfWork(db.sessions, "setup", now=NOW) as uow:
            accounts.enable_accounts(uow, ADMIN_PASSWORD)
            uow.commit()
        with access.acting_as(db.engine, access.Actor("admin", "admin")), \
                UnitOfWork(db.sessions, "setup", now=NOW) as uow:
            unit = unit_with_projects(uow.session)
            for login, role, unit_id in (("fin", "finance", None), ("clerk", "unit", unit), ("aud", "auditor", None)):
                accounts.create_user(uow, accounts.AccountValues(login, login, role, unit_id), PASSWORD)
            uow.commit()
    return path


@pytest.fixture
def accounts_db(_accounts_template: Path, tmp_path: Path) -> Iterator[object]:
    from perfdesk.core.db.engine import open_database

    database = open_database(_copy_db(_accounts_template, tmp_path / "accounts.db"))
    yield database
    access.sign_out(database.engine)
    database.close()


def actor(db, login: str):  # type: ignore[no-untyped-def]
    with db.sessions() as session:
        user = session.scalar(select(m.User).where(m.User.login == login))
        return accounts.actor_for(session, user)

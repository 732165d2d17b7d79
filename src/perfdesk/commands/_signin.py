"""Signing in on the command line: ``--user NAME`` with the password from ``PERFDESK_PASSWORD`` or asked for."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager

from perfdesk.core.i18n import translate

PASSWORD_ENV = "PERFDESK_PASSWORD"
NEW_PASSWORD_ENV = "PERFDESK_NEW_PASSWORD"


def read_password(prompt: str, env: str = PASSWORD_ENV) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    import getpass

    return getpass.getpass(prompt)


def read_new_password(env: str = PASSWORD_ENV) -> str:
    """A new password from ``env``, or typed twice."""
    if os.environ.get(env) is not None:
        return os.environ[env]
    import getpass

    first = getpass.getpass(translate("Cli", "New password: "))
    if getpass.getpass(translate("Cli", "New password again: ")) != first:
        raise ValueError(translate("Cli", "The two passwords differ; nothing was changed."))
    return first


@contextmanager
def sign_in_from_args(args: argparse.Namespace) -> Iterator[None]:
    """With ``--user``, check the password and act as that account for this command. A password that must be
    changed (first login, reset, expired) allows only ``account passwd``. In single-user mode ``--user`` is
    only the name recorded."""
    login = getattr(args, "user", None)
    if getattr(args, "creates_database", False):
        yield
        return
    if not login:
        _refuse_without_user(args)
        yield
        return
    from perfdesk.commands._context import open_db
    from perfdesk.core.db.uow import UnitOfWork
    from perfdesk.core.services import access, accounts

    with open_db(args, lock=False) as db, UnitOfWork(db.sessions, login) as uow:
        if not accounts.enabled(uow.session):
            result = None  # single-user mode: the name is only recorded in the audit log
        else:
            password = read_password(translate("Cli", "Password for {user}: ").format(user=login))
            result = accounts.authenticate(uow, login, password)
            uow.commit()
        key = access.database_key(db.engine)
    if result is None:
        yield
        return
    if result.must_change and getattr(args, "handler_name", "") != "passwd":
        raise access.AccessDenied(translate(
            "Cli", "{user} must change the password first: perfdesk --user {user} account passwd").format(user=login))
    access.sign_in(key, result.actor)
    try:
        yield
    finally:
        access.sign_out(key)


def _refuse_without_user(args: argparse.Namespace) -> None:
    """A database with accounts is not used on the command line without ``--user`` (not even read)."""
    from pathlib import Path

    from perfdesk.commands._context import db_location
    from perfdesk.core.services import access

    location = db_location(args)
    if "://" not in location and Path(location).is_file() and access.file_has_accounts(Path(location)):
        raise access.AccessDenied(translate("Access", "This database has accounts: sign in first (nothing was "
                                            "changed)."))

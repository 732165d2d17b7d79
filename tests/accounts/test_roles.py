"""Roles enforced in the core: each role is refused each service it may not call (before anything happens),
a unit clerk outside its unit's subtree, and the flush backstop catches a write no guard announced."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import perfdesk.core.services as services_pkg
from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.rules.params import AccountParams, BackupParams
from perfdesk.core.services import (
    access,
    accounts,
    audit,
    ledger,
    library,
    maintenance,
    masterdata,
    masterdata_edit,
    monitoring,
    ranking,
    selfeval,
    settings,
    spotcheck,
    targets,
    targets_io,
    years,
)
from perfdesk.core.services.access import AccessDenied, Right
from tests.accounts.conftest import actor

ROLES = {"admin": "admin", "fin": "finance", "clerk": "unit", "aud": "auditor"}  # login: role
UOW, SESSION, FILE = "uow", "session", "file"
# (service, what it is called with after its first argument, the right it needs, how it is called)
SERVICES: list[tuple[Callable[..., Any], tuple[Any, ...], Right, str]] = [
    (accounts.create_user, (accounts.AccountValues("x", "x", "finance"), "Perf#desk2025"), Right.ACCOUNTS, UOW),
    (accounts.reset_password, (1, "Perf#desk2025"), Right.ACCOUNTS, UOW),
    (accounts.unlock, (1,), Right.ACCOUNTS, UOW),
    (accounts.disable_accounts, (), Right.ACCOUNTS, UOW),
    (accounts.users, (), Right.ACCOUNTS, SESSION),
    (settings.save, (BackupParams(keep=3),), Right.SETTINGS, UOW),
    (settings.reset, (AccountParams,), Right.SETTINGS, UOW),
    (masterdata.set_region, (), Right.SETTINGS, UOW),
    (maintenance.backup_now, (), Right.BACKUP, FILE),
    (maintenance.restore, (Path("x.db"),), Right.BACKUP, FILE),
    (audit.verify, (), Right.AUDIT, SESSION),
    (audit.entries, (), Right.AUDIT, SESSION),
    (audit.purge, (dt.date(2026, 3, 2),), Right.AUDIT, UOW),
    (ranking.rank_year, (2025,), Right.REVIEW, UOW),
    (ranking.confirm_run, (1,), Right.REVIEW, UOW),
    (ranking.decide, (1, "cut"), Right.REVIEW, UOW),
    (spotcheck.draw, (2025,), Right.REVIEW, UOW),
    (spotcheck.review_item, (1, {}), Right.REVIEW, UOW),
    (ledger.create_item, (), Right.REVIEW, UOW),
    (ledger.close_item, (1,), Right.REVIEW, UOW),
    (selfeval.approve, (1,), Right.REVIEW, UOW),
    (selfeval.set_override, (1, Decimal(1)), Right.REVIEW, UOW),
    (selfeval.score_year, (2025,), Right.REVIEW, UOW),
    (targets.approve, (1,), Right.REVIEW, UOW),
    (targets.return_target, (1, "no"), Right.REVIEW, UOW),
    (masterdata_edit.add_unit, (None,), Right.REVIEW, UOW),
    (masterdata_edit.retire_project, (1,), Right.REVIEW, UOW),
    (masterdata.import_projects, ([],), Right.REVIEW, UOW),
    (years.new_year, (2026,), Right.REVIEW, UOW),
    (library.add_entry, ({},), Right.REVIEW, UOW),
    (monitoring.create_round, (), Right.REVIEW, UOW),
    (monitoring.import_execution, ("x.xlsx",), Right.REVIEW, UOW),
    (targets.save_target, (None, None), Right.EDIT, UOW),
    (targets_io.import_targets, (Path("x.xlsx"),), Right.EDIT, UOW),
    (selfeval.save_entry, (None, {}), Right.EDIT, UOW),
    (monitoring.save_indicator_progress, (1, []), Right.EDIT, UOW),
    (targets_io.export_targets, (Path("x.xlsx"),), Right.READ, SESSION),
    (targets.load_target, (None,), Right.READ, SESSION),
]
CASES = [pytest.param(fn, args, right, how, role, id=f"{fn.__module__.rsplit('.', 1)[1]}.{fn.__name__}-{role}")
         for fn, args, right, how in SERVICES for role in ROLES
         if right not in access.ROLE_RIGHTS[ROLES[role]]]


def _call(db, fn, args, how):  # type: ignore[no-untyped-def]
    if how == FILE:
        return fn(db.path, *args)
    if how == SESSION:
        with db.sessions() as session:
            return fn(session, *args)
    with UnitOfWork(db.sessions, "tester") as uow:
        return fn(uow, *args)


@pytest.mark.parametrize(("fn", "args", "right", "how", "role"), CASES)
def test_each_role_is_refused_each_service_it_may_not_call(accounts_db, fn, args, right, how, role) -> None:  # type: ignore[no-untyped-def]
    who = actor(accounts_db, role)
    with accounts_db.sessions() as s:
        audit_rows = s.scalar(select(m.AuditLog.seq).order_by(m.AuditLog.seq.desc()).limit(1))
    with access.acting_as(accounts_db.engine, who), pytest.raises(AccessDenied, match="may not") as refused:
        _call(accounts_db, fn, args, how)
    assert who.login in str(refused.value) and "nothing was changed" in str(refused.value)
    with accounts_db.sessions() as s:
        assert s.scalar(select(m.AuditLog.seq).order_by(m.AuditLog.seq.desc()).limit(1)) == audit_rows


def test_the_roles_rights_are_those_of_the_issue() -> None:
    rights = access.ROLE_RIGHTS
    assert rights["admin"] == {Right.ACCOUNTS, Right.SETTINGS, Right.BACKUP}  # not the data
    assert Right.REVIEW in rights["finance"] and Right.ACCOUNTS not in rights["finance"]
    assert rights["unit"] == {Right.READ, Right.EDIT}
    assert rights["auditor"] == {Right.READ, Right.AUDIT}


def test_nobody_signed_in_is_refused_in_a_database_with_accounts(accounts_db) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(accounts_db.sessions) as uow, pytest.raises(AccessDenied, match="sign in first"):
        ranking.rank_year(uow, 2025)


def _projects(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    clerk = actor(db, "clerk")
    with db.sessions() as s:
        rows = s.execute(select(m.Project.id, m.Project.unit_id)).all()
    own = next(pid for pid, unit in rows if unit in clerk.unit_ids)
    other = next(pid for pid, unit in rows if unit not in clerk.unit_ids)
    return own, other


def test_a_unit_clerk_sees_and_edits_only_its_own_units_records(accounts_db) -> None:  # type: ignore[no-untyped-def]
    own, other = _projects(accounts_db)
    with access.acting_as(accounts_db.engine, actor(accounts_db, "clerk")):
        with accounts_db.sessions() as s:
            targets.load_target(s, own)
            with pytest.raises(AccessDenied, match="only see and change its own unit"):
                targets.load_target(s, other)
        with UnitOfWork(accounts_db.sessions) as uow:
            _, draft = targets.load_target(uow.session, own)
            with pytest.raises(AccessDenied, match="own unit"):
                targets.save_target(uow, other, draft)


def test_the_backstop_refuses_a_clerks_write_outside_its_unit_that_no_guard_saw(accounts_db) -> None:  # type: ignore[no-untyped-def]
    own, other = _projects(accounts_db)
    with access.acting_as(accounts_db.engine, actor(accounts_db, "clerk")):
        with UnitOfWork(accounts_db.sessions) as uow:
            uow.session.get(m.Project, own).name += "（改）"
            uow.commit()  # its own unit: allowed
        with UnitOfWork(accounts_db.sessions) as uow:
            uow.session.get(m.Project, other).name += "（改）"
            with pytest.raises(AccessDenied, match="own unit"):
                uow.commit()


@pytest.mark.parametrize("role", ["admin", "aud"])
def test_the_backstop_refuses_data_writes_of_the_administrator_and_the_auditor(accounts_db, role) -> None:  # type: ignore[no-untyped-def]
    own, _ = _projects(accounts_db)
    with access.acting_as(accounts_db.engine, actor(accounts_db, role)), UnitOfWork(accounts_db.sessions) as uow:
        uow.session.get(m.Project, own).name = "x"
        with pytest.raises(AccessDenied, match="may not"):
            uow.commit()


def test_the_backstop_keeps_settings_to_the_administrator(accounts_db) -> None:  # type: ignore[no-untyped-def]
    with access.acting_as(accounts_db.engine, actor(accounts_db, "fin")), UnitOfWork(accounts_db.sessions) as uow:
        uow.session.add(m.Setting(key="backup.keep", value="3", updated_at=dt.datetime(2026, 1, 1)))
        with pytest.raises(AccessDenied, match="may not change settings"):
            uow.commit()


def test_every_service_taking_a_unit_of_work_is_guarded() -> None:
    """A new service that writes must carry ``@guard``; the few below are steps inside guarded services."""
    inner_steps = {"accounts.authenticate", "accounts.change_password", "masterdata.ensure_year",
                   "monitoring.backup_before_import", "monitoring.start_backup_before_import", "selfeval.rescore",
                   "selfeval_import.check_files", "years.latest_year_before"}
    unguarded = []
    for info in pkgutil.walk_packages(services_pkg.__path__, "perfdesk.core.services."):
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if (inspect.isfunction(fn) and fn.__module__ == module.__name__ and not name.startswith("_")
                    and list(inspect.signature(fn).parameters)[:1] == ["uow"] and not hasattr(fn, "__guarded__")):
                unguarded.append(f"{info.name.removeprefix('perfdesk.core.services.')}.{name}")
    assert sorted(set(unguarded) - inner_steps) == []


def test_a_unit_clerks_lists_show_only_its_subtree(accounts_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor(accounts_db, "clerk")
    assert access.visible_units(accounts_db.engine, None) is None  # nobody signed in: the filter as chosen
    with access.acting_as(accounts_db.engine, clerk):
        assert access.visible_units(accounts_db.engine, None) == clerk.unit_ids
        assert access.visible_units(accounts_db.engine, frozenset({-1, *clerk.unit_ids})) == clerk.unit_ids
    with access.acting_as(accounts_db.engine, actor(accounts_db, "fin")):
        assert access.visible_units(accounts_db.engine, frozenset({5})) == {5}

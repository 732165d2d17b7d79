"""Who may do what, enforced in the core (issue 20).

A database is in **single-user mode** (no login, everyone may do everything: the lone township PC) or has
**accounts** (setting ``access.accounts``). With accounts, the person signed in to a database is its *actor*
(:func:`sign_in`, kept per database for the whole process, so the GUI's background worker acts as the same
person); a unit of work may also carry an explicit ``actor``.

Two locks, one mechanism:

* every service entry point carries ``@guard(Right.X)`` (one line; ``scope=`` names the argument that locates a
  unit clerk's record), refusing with a translated sentence before anything happens;
* a flush hook refuses any write the actor's role does not allow even if a service forgot its guard: an auditor
  writes nothing, an administrator no data, a unit clerk nothing outside its unit's subtree, nobody but an
  administrator accounts or settings. It also records old → new of every updated or deleted row that its
  service did not describe in an audit entry of its own.
"""

from __future__ import annotations

import functools
import inspect as pyinspect
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from perfdesk.core.db import audit_chain
from perfdesk.core.db import models as m
from perfdesk.core.domain.enums import UserRole
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate

MODE_KEY = "access.accounts"  # "true": the database has accounts; absent: single-user mode
F = TypeVar("F", bound=Callable[..., Any])


class Right(StrEnum):
    READ = "read"  # see the data (a unit clerk: its unit's subtree)
    EDIT = "edit"  # targets, monitoring progress, self-evaluations (a unit clerk: its subtree)
    REVIEW = "review"  # reviews and approvals, ranking, spot checks, ledger, master data, county-wide imports
    ACCOUNTS = "accounts"
    SETTINGS = "settings"
    BACKUP = "backup"  # back up and restore
    AUDIT = "audit"  # read, verify and export the audit log


ROLE_RIGHTS: dict[str, frozenset[Right]] = {
    UserRole.ADMIN: frozenset({Right.ACCOUNTS, Right.SETTINGS, Right.BACKUP}),
    UserRole.FINANCE: frozenset({Right.READ, Right.EDIT, Right.REVIEW}),
    UserRole.UNIT: frozenset({Right.READ, Right.EDIT}),
    UserRole.AUDITOR: frozenset({Right.READ, Right.AUDIT}),
}
ALL_RIGHTS = frozenset(Right)
ADMIN_TABLES = frozenset({"app_user", "setting"})
FREE_TABLES = frozenset({"audit_log", "meta"})  # the chain itself; the program version stamped at opening


class AccessDenied(UserErrors):
    """A refusal: who is acting may not do this (nothing was changed)."""


@dataclass(frozen=True)
class Actor:
    login: str
    role: str  # a UserRole value; "single" (single-user mode) or "system" (sign-in itself, set-up)
    unit_ids: frozenset[int] | None = None  # a unit clerk's subtree; None: every unit
    user_id: int | None = None

    @property
    def rights(self) -> frozenset[Right]:
        return ROLE_RIGHTS.get(self.role, ALL_RIGHTS if self.role in ("single", "system") else frozenset())

    def can(self, right: Right) -> bool:
        return right in self.rights

    @property
    def is_account(self) -> bool:
        return self.role not in ("single", "system")


SINGLE_USER = Actor("", "single")
SYSTEM = Actor("", "system")

_lock = threading.Lock()
_signed_in: dict[str, Actor] = {}


# -- which database, which mode, who is signed in --------------------------------------------------------
def database_key(target: Session | Engine | str | Path) -> str:
    """One name per database: the resolved file of a SQLite database, else its URL without the password."""
    if isinstance(target, Session):
        target = target.get_bind()  # type: ignore[assignment]
    if isinstance(target, Engine):
        url = target.url
    else:
        from perfdesk.core.db.engine import url_for

        url = make_url(url_for(target))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return str(Path(url.database).resolve())
    return url.render_as_string(hide_password=True)


def sign_in(target: Session | Engine | str | Path, actor: Actor) -> None:
    with _lock:
        _signed_in[database_key(target)] = actor


def sign_out(target: Session | Engine | str | Path) -> None:
    with _lock:
        _signed_in.pop(database_key(target), None)


def signed_in(target: Session | Engine | str | Path) -> Actor | None:
    with _lock:
        return _signed_in.get(database_key(target))


@contextmanager
def acting_as(target: Session | Engine | str | Path, actor: Actor) -> Iterator[Actor]:
    """Sign ``actor`` in for the block (tests, one CLI command), then restore whoever was signed in."""
    before = signed_in(target)
    sign_in(target, actor)
    try:
        yield actor
    finally:
        sign_out(target) if before is None else sign_in(target, before)


def visible_units(target: Session | Engine | str | Path, chosen: frozenset[int] | None) -> frozenset[int] | None:
    """The units a list shows: those chosen, within a signed-in unit clerk's subtree."""
    actor = signed_in(target)
    if actor is None or actor.unit_ids is None:
        return chosen
    return actor.unit_ids if chosen is None else chosen & actor.unit_ids


def accounts_on(session: Session) -> bool:
    if "accounts_on" not in session.info:
        with session.no_autoflush:
            value = session.scalar(select(m.Setting.value).where(m.Setting.key == MODE_KEY))
        session.info["accounts_on"] = value == "true"
    return bool(session.info["accounts_on"])


def actor_of(session: Session) -> Actor:
    """Who acts in this session: an explicit actor, else single-user mode, else who signed in; else refused."""
    uow = session.info.get("uow")
    explicit = session.info.get("actor") or getattr(uow, "actor", None)
    if explicit is not None:
        return explicit
    if not accounts_on(session):
        return SINGLE_USER
    actor = signed_in(session)
    if actor is None:
        raise AccessDenied(translate("Access", "This database has accounts: sign in first (nothing was changed)."))
    return actor


# -- the guard every service entry point calls ------------------------------------------------------------
def refusal(actor: Actor, right: Right) -> str:
    return translate("Access", "{user} ({role}) may not {what}; nothing was changed.").format(
        user=actor.login, role=UserRole(actor.role).label() if actor.role in UserRole._value2member_map_ else actor.role,
        what=right_wording(right))


RIGHT_WORDS = {
    Right.READ: QT_TRANSLATE_NOOP("Access", "see the data"),
    Right.EDIT: QT_TRANSLATE_NOOP("Access", "edit targets, monitoring or self-evaluations"),
    Right.REVIEW: QT_TRANSLATE_NOOP("Access", "review, rank, spot-check, keep the ledger or change master data"),
    Right.ACCOUNTS: QT_TRANSLATE_NOOP("Access", "manage accounts"),
    Right.SETTINGS: QT_TRANSLATE_NOOP("Access", "change settings"),
    Right.BACKUP: QT_TRANSLATE_NOOP("Access", "back up or restore the database"),
    Right.AUDIT: QT_TRANSLATE_NOOP("Access", "read the audit log"),
}


def right_wording(right: Right) -> str:
    return translate("Access", RIGHT_WORDS[right])


def require(session: Session, right: Right, *, unit_id: int | None = None) -> Actor:
    """Refuse (AccessDenied) unless the actor has ``right`` and, for a unit clerk, ``unit_id`` is in its subtree."""
    actor = actor_of(session)
    if not actor.can(right):
        raise AccessDenied(refusal(actor, right))
    if unit_id is not None and actor.unit_ids is not None and unit_id not in actor.unit_ids:
        raise AccessDenied(outside_unit(actor))
    return actor


def outside_unit(actor: Actor) -> str:
    return translate("Access", "{user} may only see and change its own unit's records; nothing was changed.").format(
        user=actor.login)


Scope = Callable[[Session, Any], int | None]


def guard(right: Right, *, scope: tuple[str, type] | None = None, audit: str = "") -> Callable[[F], F]:
    """Decorate a service ``fn(uow_or_session_or_db, …)``: refuse unless the actor may. ``scope=("project_id",
    m.Project)`` names the argument (and its table) whose unit a unit clerk must own; ``audit="export.x"``
    records the call (an export or a print) in the audit log once it succeeded."""
    def wrap(fn: F) -> F:
        signature = pyinspect.signature(fn)

        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            bound = signature.bind_partial(*args, **kwargs)
            with checking_session(next(iter(bound.arguments.values()), None)) as session:
                actor = None
                if session is not None:
                    key = bound.arguments.get(scope[0]) if scope else None
                    unit = unit_of_row(session, scope[1], key) if scope and key is not None else None
                    actor = require(session, right, unit_id=unit)
                    engine = session.get_bind()
            result = fn(*args, **kwargs)
            if audit and actor is not None:
                audit_chain.append_entry(engine, audit, actor.login or os_user(), **described(bound.arguments))
            return result
        inner.__guarded__ = right  # type: ignore[attr-defined]
        return inner  # type: ignore[return-value]
    return wrap


@contextmanager
def checking_session(first: Any) -> Iterator[Session | None]:
    """The session to check in: the argument itself, a unit of work's, or a short one of a Database."""
    if isinstance(first, Session):
        yield first
        return
    session = getattr(first, "session", None)
    if isinstance(session, Session):
        yield session
        return
    sessions = getattr(first, "sessions", None)
    if sessions is None or not callable(sessions):
        yield None
        return
    with sessions() as own:
        yield own


def described(arguments: dict[str, Any]) -> dict[str, Any]:
    """The plain arguments of an audited call (file names, years, codes), for its audit entry."""
    return {k: str(v) for k, v in list(arguments.items())[1:]
            if isinstance(v, (str, int, Path)) and not isinstance(v, bool) and v != ""}


def os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment
        return ""


def guard_file(right: Right) -> Callable[[F], F]:
    """Decorate a service taking a database file first (backups, restore): refuse unless the actor may."""
    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def inner(db_path: Path, *args: Any, **kwargs: Any) -> Any:
            require_file(db_path, right)
            return fn(db_path, *args, **kwargs)
        inner.__guarded__ = right  # type: ignore[attr-defined]
        return inner  # type: ignore[return-value]
    return wrap


def file_has_accounts(db_path: Path) -> bool:
    """Whether the database file has accounts, read straight from the file (it may not be open)."""
    import sqlite3

    try:
        con = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (MODE_KEY,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        row = None  # not a database (yet): the operation itself will say so
    return bool(row) and row[0] == "true"


def require_file(db_path: Path, right: Right) -> Actor:
    if not file_has_accounts(db_path):
        return SINGLE_USER
    actor = signed_in(db_path)
    if actor is None:
        raise AccessDenied(translate("Access", "This database has accounts: sign in first (nothing was changed)."))
    if not actor.can(right):
        raise AccessDenied(refusal(actor, right))
    return actor


def unit_of_row(session: Session, model: type, key: Any) -> int | None:
    with session.no_autoflush:
        row = session.get(model, key)
        return unit_of(session, row, {}) if row is not None else None


# -- the backstop at every flush --------------------------------------------------------------------------
def unit_of(session: Session, obj: Any, cache: dict[tuple[str, Any], int | None], depth: int = 0) -> int | None:
    """The unit a row belongs to: itself (a unit), its unit or project column, else through its parent row."""
    table = obj.__table__
    if table.name == "unit":
        return obj.id if obj.id is not None else obj.parent_id
    for column in table.columns:
        for fk in column.foreign_keys:
            target, value = fk.column.table.name, getattr(obj, column.key, None)
            if value is None or target in ("budget_year", "app_user"):
                continue
            if (target, value) not in cache:
                cache[(target, value)] = _unit_through(session, target, value, cache, depth)
            if cache[(target, value)] is not None:
                return cache[(target, value)]
    return None


def _unit_through(session: Session, table: str, key: Any, cache: dict, depth: int) -> int | None:
    if table == "unit":
        return key
    model = next((mp.class_ for mp in m.Base.registry.mappers if mp.local_table.name == table), None)
    if model is None or depth > 2:
        return None
    row = session.get(model, key)
    return unit_of(session, row, cache, depth + 1) if row is not None else None


def check_flush(session: Session) -> None:
    touched = [o for o in (*session.new, *session.dirty, *session.deleted) if hasattr(o, "__table__")]
    if not any(o.__table__.name not in FREE_TABLES for o in touched):
        return
    actor = actor_of(session)
    if not actor.is_account:
        return
    with session.no_autoflush:
        _check_tables(session, actor, touched)


def _check_tables(session: Session, actor: Actor, touched: list[Any]) -> None:
    cache: dict[tuple[str, Any], int | None] = {}
    for obj in touched:
        name = obj.__table__.name
        if name in FREE_TABLES:
            continue
        if name in ADMIN_TABLES:
            right = Right.SETTINGS if name == "setting" else Right.ACCOUNTS
            if not actor.can(right):
                raise AccessDenied(refusal(actor, right))
            continue
        if not (actor.can(Right.EDIT) or actor.can(Right.REVIEW)):
            raise AccessDenied(refusal(actor, Right.EDIT))
        if actor.unit_ids is not None:
            unit = unit_of(session, obj, cache)
            if unit is None or unit not in actor.unit_ids:
                raise AccessDenied(outside_unit(actor))


# -- old → new of every change its service did not describe -----------------------------------------------
MAX_CHANGES = 200
HIDDEN = frozenset({"password_hash"})


def record_changes(session: Session) -> None:
    if any(isinstance(o, m.AuditLog) for o in session.new):
        return  # the service describes this change itself
    changes = [c for o in session.dirty if session.is_modified(o) and hasattr(o, "__table__")
               and (c := _updated(o))] + [_deleted(o) for o in session.deleted if hasattr(o, "__table__")]
    if not changes:
        return
    uow = session.info.get("uow")
    at = uow.now() if uow is not None else _now()
    session.add(m.AuditLog(at=at, user=getattr(uow, "user", "") or "", action="change", entity="",
                           details={"changes": changes[:MAX_CHANGES], "count": len(changes)}))


def _now() -> Any:
    import datetime as dt

    return dt.datetime.now().replace(microsecond=0)


def _short(value: Any) -> Any:
    text = value if isinstance(value, (int, bool)) or value is None else str(value)
    return text[:200] if isinstance(text, str) else text


def _updated(obj: Any) -> dict[str, Any] | None:
    state = inspect(obj)
    fields = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            fields[attr.key] = ["***", "***"] if attr.key in HIDDEN else [_short(old), _short(new)]
    return {"table": obj.__table__.name, "id": _pk(obj), "fields": fields} if fields else None


def _deleted(obj: Any) -> dict[str, Any]:
    values = {a.key: _short(getattr(obj, a.key)) for a in inspect(obj).mapper.column_attrs if a.key not in HIDDEN}
    return {"table": obj.__table__.name, "id": _pk(obj), "deleted": values}


def _pk(obj: Any) -> Any:
    identity = inspect(obj).identity
    return identity[0] if identity and len(identity) == 1 else (list(identity) if identity else None)


def stamp_user(session: Session) -> None:
    """With accounts, every audit entry names the account that acted (not the operating-system user)."""
    new = [o for o in session.new if isinstance(o, m.AuditLog)]
    if not new or not accounts_on(session):
        return
    actor = actor_of(session)
    if actor.is_account:
        for row in new:
            row.user = actor.login


def _flush_hook(session: Session) -> None:
    check_flush(session)
    record_changes(session)
    stamp_user(session)


audit_chain.add_flush_hook(_flush_hook)

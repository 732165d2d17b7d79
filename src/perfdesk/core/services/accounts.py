"""Local accounts (issue 20): argon2id password hashes, complexity and expiry from the settings, lockout after
repeated failures, first-login change, and switching a database between single-user mode and accounts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import UserRole
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.rules.params import AccountParams
from perfdesk.core.services import access, settings
from perfdesk.core.services.access import SYSTEM, AccessDenied, Actor, Right, guard

# argon2id with RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes): memory-hard, ~50 ms here
TIME_COST, MEMORY_KIB, PARALLELISM = 3, 64 * 1024, 4
HASHER = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM)
ADMIN_LOGIN = "admin"


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


# -- rules a password must follow -------------------------------------------------------------------------
def character_classes(password: str) -> int:
    return sum((any(c.isupper() for c in password), any(c.islower() for c in password),
                any(c.isdigit() for c in password), any(not c.isalnum() for c in password)))


def password_problems(password: str, params: AccountParams, *, login: str = "") -> list[str]:
    """What is wrong with a new password (empty: it is acceptable)."""
    problems = []
    if len(password) < params.min_length:
        problems.append(translate("Accounts", "A password needs at least {n} characters.").format(n=params.min_length))
    if character_classes(password) < params.min_classes:
        problems.append(translate("Accounts", "A password needs at least {n} of: capital letters, small letters, "
                                  "digits, symbols.").format(n=params.min_classes))
    if login and login.lower() in password.lower():
        problems.append(translate("Accounts", "A password may not contain the account name."))
    return problems


def check_password(session: Session, password: str, login: str = "") -> None:
    problems = password_problems(password, settings.load(session, AccountParams), login=login)
    if problems:
        raise UserErrors(problems)


# -- single-user mode or accounts ---------------------------------------------------------------------------
def enabled(session: Session) -> bool:
    return access.accounts_on(session)


@guard(Right.ACCOUNTS)
def enable_accounts(uow: UnitOfWork, password: str, *, login: str = ADMIN_LOGIN, name: str = "") -> int:
    """Switch single-user mode off: the initial system administrator, who must change the password at first
    login. In a database that has accounts only an administrator may call it (then it adds nothing)."""
    check_password(uow.session, password, login)
    user = uow.session.scalar(select(m.User).where(func.lower(m.User.login) == login.lower()))
    if user is None:
        user = m.User(login=login, display_name=name or translate("Accounts", "System administrator"),
                      role=UserRole.ADMIN, active=True)
        uow.session.add(user)
    user.password_hash, user.must_change, user.password_changed_at = hash_password(password), True, uow.now()
    _set_mode(uow, True)
    uow.session.flush()
    uow.audit("accounts.on", "app_user", user.id, login=login)
    return user.id


@guard(Right.ACCOUNTS)
def disable_accounts(uow: UnitOfWork) -> None:
    """Back to single-user mode (no login); the accounts stay, for switching on again."""
    uow.audit("accounts.off", "app_user")
    _set_mode(uow, False)


def _set_mode(uow: UnitOfWork, on: bool) -> None:
    row = uow.session.get(m.Setting, access.MODE_KEY)
    if on and row is None:
        uow.session.add(m.Setting(key=access.MODE_KEY, value="true", updated_at=uow.now(), updated_by=uow.user))
    elif not on and row is not None:
        uow.session.delete(row)
    # the rest of this unit of work still acts as whoever switched (the mode is read once per session)


# -- the administrator's work -------------------------------------------------------------------------------
@dataclass(frozen=True)
class AccountValues:
    login: str
    display_name: str
    role: str
    unit_id: int | None = None


@guard(Right.ACCOUNTS)
def create_user(uow: UnitOfWork, values: AccountValues, password: str) -> int:
    """A new account; its first login asks for a new password."""
    login = values.login.strip()
    problems = _account_problems(uow.session, values, login)
    problems += password_problems(password, settings.load(uow.session, AccountParams), login=login)
    if problems:
        raise UserErrors(problems)
    user = m.User(login=login, display_name=values.display_name.strip() or login, role=values.role,
                  unit_id=values.unit_id, active=True, password_hash=hash_password(password), must_change=True,
                  password_changed_at=uow.now())
    uow.session.add(user)
    uow.session.flush()
    uow.audit("account.add", "app_user", user.id, login=login, role=values.role, unit_id=values.unit_id)
    return user.id


def _account_problems(session: Session, values: AccountValues, login: str, user_id: int | None = None) -> list[str]:
    problems = []
    if not login:
        problems.append(translate("Accounts", "An account needs a name."))
    same = session.scalar(select(m.User.id).where(func.lower(m.User.login) == login.lower()))
    if same is not None and same != user_id:
        problems.append(translate("Accounts", "There is already an account named {login}.").format(login=login))
    if values.role not in UserRole._value2member_map_:
        problems.append(translate("Accounts", "Unknown role {role}.").format(role=values.role))
    if values.role == UserRole.UNIT and values.unit_id is None:
        problems.append(translate("Accounts", "A unit clerk's account needs its unit."))
    return problems


@guard(Right.ACCOUNTS)
def edit_user(uow: UnitOfWork, user_id: int, values: AccountValues) -> None:
    user = _user(uow.session, user_id)
    problems = _account_problems(uow.session, values, values.login.strip(), user_id)
    if problems:
        raise UserErrors(problems)
    old = {"role": user.role, "unit_id": user.unit_id, "display_name": user.display_name}
    user.display_name, user.role, user.unit_id = values.display_name.strip() or user.login, values.role, values.unit_id
    uow.audit("account.edit", "app_user", user_id, login=user.login, old=old,
              new={"role": user.role, "unit_id": user.unit_id, "display_name": user.display_name})


@guard(Right.ACCOUNTS)
def set_active(uow: UnitOfWork, user_id: int, active: bool) -> None:
    user = _user(uow.session, user_id)
    user.active = active
    uow.audit("account.enable" if active else "account.disable", "app_user", user_id, login=user.login)


@guard(Right.ACCOUNTS)
def reset_password(uow: UnitOfWork, user_id: int, password: str) -> None:
    """A new password set by the administrator: the person must change it at the next login."""
    user = _user(uow.session, user_id)
    check_password(uow.session, password, user.login)
    user.password_hash, user.must_change, user.password_changed_at = hash_password(password), True, uow.now()
    user.failed_logins, user.locked_until = 0, None
    uow.audit("account.password.reset", "app_user", user_id, login=user.login)


@guard(Right.ACCOUNTS)
def unlock(uow: UnitOfWork, user_id: int) -> None:
    """Release a lockout before it ends by itself."""
    user = _user(uow.session, user_id)
    user.failed_logins, user.locked_until = 0, None
    uow.audit("account.unlock", "app_user", user_id, login=user.login)


def _user(session: Session, user_id: int) -> m.User:
    user = session.get(m.User, user_id)
    if user is None:
        raise UserErrors(translate("Accounts", "No such account."))
    return user


@guard(Right.ACCOUNTS)
def users(session: Session) -> list[dict[str, object]]:
    rows = session.scalars(select(m.User).order_by(m.User.login)).all()
    return [{"id": u.id, "login": u.login, "display_name": u.display_name, "role": u.role, "unit_id": u.unit_id,
             "active": u.active, "must_change": u.must_change, "locked_until": u.locked_until,
             "failed_logins": u.failed_logins, "last_login_at": u.last_login_at} for u in rows]


# -- signing in -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SignIn:
    actor: Actor
    must_change: bool  # first login, a password reset by the administrator, or an expired password
    expired: bool


def authenticate(uow: UnitOfWork, login: str, password: str) -> SignIn:
    """Check a login; refused (AccessDenied) for a wrong name or password, a locked or disabled account. Failures
    are counted and audited, and lock the account after the settings' number of failures; the caller commits
    (this function commits the failure itself before refusing)."""
    uow.actor = SYSTEM
    params = settings.load(uow.session, AccountParams)
    now = uow.now()
    user = uow.session.scalar(select(m.User).where(func.lower(m.User.login) == login.strip().lower()))
    if user is not None and user.locked_until is not None and user.locked_until > now:
        _refuse(uow, login, "locked", locked_message(user.locked_until))
    if user is None or not user.active or not verify_password(user.password_hash, password):
        _failed(uow, user, login, params, now)
    user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
    uow.audit("login", "app_user", user.id, login=user.login)
    uow.user = user.login
    expired = bool(params.expiry_days and user.password_changed_at is not None
                   and user.password_changed_at + dt.timedelta(days=params.expiry_days) <= now)
    return SignIn(actor_for(uow.session, user), user.must_change or expired, expired)


def locked_message(until: dt.datetime) -> str:
    return translate("Accounts", "This account is locked after repeated failed logins until {time}; "
                     "the administrator can release it sooner.").format(time=until.strftime("%Y-%m-%d %H:%M"))


def _failed(uow: UnitOfWork, user: m.User | None, login: str, params: AccountParams, now: dt.datetime) -> None:
    message = translate("Accounts", "Wrong account name or password, or the account is disabled.")
    if user is not None:
        user.failed_logins += 1
        if user.failed_logins >= params.lockout_failures:
            user.locked_until = now + dt.timedelta(minutes=params.lockout_minutes)
            uow.audit("account.locked", "app_user", user.id, login=user.login, failures=user.failed_logins)
            message = locked_message(user.locked_until)
    _refuse(uow, login, "failed", message)


def _refuse(uow: UnitOfWork, login: str, reason: str, message: str) -> None:
    uow.user = login
    uow.audit("login.failed", "app_user", None, login=login, reason=reason)
    uow.commit()
    raise AccessDenied(message)


def actor_for(session: Session, user: m.User) -> Actor:
    units = unit_subtree(session, user.unit_id) if user.role == UserRole.UNIT and user.unit_id else None
    if user.role == UserRole.UNIT and units is None:
        units = frozenset()
    return Actor(user.login, user.role, units, user.id)


def unit_subtree(session: Session, unit_id: int) -> frozenset[int]:
    children: dict[int | None, list[int]] = {}
    for uid, parent in session.execute(select(m.Unit.id, m.Unit.parent_id)):
        children.setdefault(parent, []).append(uid)
    found, todo = set(), [unit_id]
    while todo:
        uid = todo.pop()
        if uid not in found:
            found.add(uid)
            todo.extend(children.get(uid, []))
    return frozenset(found)


def change_password(uow: UnitOfWork, login: str, old: str, new: str) -> None:
    """A person changes their own password (first login, expiry, or by choice): the old one is checked."""
    uow.actor = SYSTEM
    user = uow.session.scalar(select(m.User).where(func.lower(m.User.login) == login.strip().lower()))
    if user is None or not verify_password(user.password_hash, old):
        raise AccessDenied(translate("Accounts", "The current password is wrong; nothing was changed."))
    check_password(uow.session, new, user.login)
    if old == new:
        raise UserErrors(translate("Accounts", "The new password must differ from the current one."))
    user.password_hash, user.must_change, user.password_changed_at = hash_password(new), False, uow.now()
    uow.user = user.login
    uow.audit("account.password.change", "app_user", user.id, login=user.login)


def idle_expired(last_activity: dt.datetime, now: dt.datetime, params: AccountParams) -> bool:
    """Idle logout: no keyboard or mouse for the settings' minutes (0 = never)."""
    return bool(params.idle_minutes) and now - last_activity >= dt.timedelta(minutes=params.idle_minutes)

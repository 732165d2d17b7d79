"""``perfdesk account …``: accounts (add, list, reset, unlock, enable/disable, passwd) and the database's mode."""

from __future__ import annotations

import argparse

from sqlalchemy import func, select

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.commands._signin import NEW_PASSWORD_ENV, read_new_password, read_password
from perfdesk.core.db import models as m
from perfdesk.core.domain.enums import UserRole
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.services import accounts


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("account", parents=[common], help=translate("Cli", "accounts and login (administrator)"))
    asub = p.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    add = asub.add_parser("add", parents=[common], help=translate("Cli", "add an account (password from "
                                                                   "PERFDESK_NEW_PASSWORD or asked for)"))
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=[r.value for r in UserRole])
    add.add_argument("--unit", metavar="CODE", help=translate("Cli", "the unit of a unit clerk (its code)"))
    add.add_argument("--name", default="", help=translate("Cli", "the person's name"))
    add.set_defaults(handler=cmd_add)
    lst = asub.add_parser("list", parents=[common], help=translate("Cli", "list the accounts"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)
    for name, text, handler in (
            ("reset", translate("Cli", "set a new password (changed at the next login)"), cmd_reset),
            ("unlock", translate("Cli", "release a locked account"), cmd_unlock),
            ("disable", translate("Cli", "disable an account"), cmd_disable),
            ("enable", translate("Cli", "enable an account again"), cmd_enable)):
        one = asub.add_parser(name, parents=[common], help=text)
        one.add_argument("login")
        one.set_defaults(handler=handler)
    pw = asub.add_parser("passwd", parents=[common], help=translate("Cli", "change your own password (--user)"))
    pw.set_defaults(handler=cmd_passwd, handler_name="passwd")
    mode = asub.add_parser("mode", parents=[common],
                           help=translate("Cli", "single-user (no login) or accounts; switching needs the administrator"))
    mode.add_argument("mode", choices=["single", "accounts"])
    mode.set_defaults(handler=cmd_mode)


def _user_id(session: object, login: str) -> int:
    found = session.scalar(select(m.User.id).where(func.lower(m.User.login) == login.lower()))  # type: ignore[attr-defined]
    if found is None:
        raise UserErrors(translate("Cli", "There is no account named {login}.").format(login=login))
    return found


def _unit_id(session: object, code: str | None) -> int | None:
    if not code:
        return None
    found = session.scalar(select(m.Unit.id).where(m.Unit.code == code))  # type: ignore[attr-defined]
    if found is None:
        raise UserErrors(translate("Cli", "There is no unit with code {code}.").format(code=code))
    return found


def cmd_add(args: argparse.Namespace) -> int:
    password = read_new_password(NEW_PASSWORD_ENV)
    with open_db(args) as db, uow(db, args) as work:
        values = accounts.AccountValues(args.login, args.name, args.role, _unit_id(work.session, args.unit))
        accounts.create_user(work, values, password)
        work.commit()
    print(translate("Cli", "Account {login} added; the first login asks for a new password.").format(login=args.login))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        rows = accounts.users(session)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        state = translate("Cli", "locked") if r["locked_until"] else (
            translate("Cli", "active") if r["active"] else translate("Cli", "disabled"))
        print(f"{r['login']:<16} {UserRole(str(r['role'])).label():<10} {state}")
    return 0


def _one(args: argparse.Namespace, action: object, *extra: object) -> None:
    with open_db(args) as db, uow(db, args) as work:
        action(work, _user_id(work.session, args.login), *extra)  # type: ignore[operator]
        work.commit()


def cmd_reset(args: argparse.Namespace) -> int:
    _one(args, accounts.reset_password, read_new_password(NEW_PASSWORD_ENV))
    print(translate("Cli", "New password set for {login}; it must be changed at the next login.").format(login=args.login))
    return 0


def cmd_unlock(args: argparse.Namespace) -> int:
    _one(args, accounts.unlock)
    print(translate("Cli", "{login} is unlocked.").format(login=args.login))
    return 0


def cmd_disable(args: argparse.Namespace) -> int:
    _one(args, accounts.set_active, False)
    print(translate("Cli", "{login} is disabled.").format(login=args.login))
    return 0


def cmd_enable(args: argparse.Namespace) -> int:
    _one(args, accounts.set_active, True)
    print(translate("Cli", "{login} is enabled.").format(login=args.login))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    if not getattr(args, "user", None):
        raise ValueError(translate("Cli", "Give --user NAME: whose password to change."))
    old = read_password(translate("Cli", "Current password: "))
    new = read_new_password(NEW_PASSWORD_ENV)
    with open_db(args) as db, uow(db, args) as work:
        accounts.change_password(work, args.user, old, new)
        work.commit()
    print(translate("Cli", "Password changed."))
    return 0


def cmd_mode(args: argparse.Namespace) -> int:
    with open_db(args) as db, uow(db, args) as work:
        if args.mode == "single":
            accounts.disable_accounts(work)
        elif not accounts.enabled(work.session):
            accounts.enable_accounts(work, read_new_password())
        work.commit()
    print(translate("Cli", "The database is now single-user (no login).") if args.mode == "single" else
          translate("Cli", "The database now has accounts: sign in as admin and change the password first."))
    return 0

"""``perfdesk init``, ``perfdesk info``, ``perfdesk backup``, ``perfdesk restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import db_location, db_path, open_db, print_json, require_existing
from perfdesk.core.db import server
from perfdesk.core.i18n import translate
from perfdesk.core.services import maintenance


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common],
                       help=translate("Cli", "create a new, empty database at --db (refuses an existing file)"))
    p.add_argument("--region", metavar="NAME", help=translate("Cli", "the county's name, e.g. 冠县 (signs letters)"))
    p.add_argument("--division", metavar="CODE", help=translate("Cli", "the fiscal division code (财政区划), e.g. 371525"))
    p.add_argument("--year", type=int, metavar="YYYY", help=translate("Cli", "the first budget year"))
    p.add_argument("--load-library", action="store_true", help=translate("Cli", "load the shipped indicator library"))
    p.add_argument("--accounts", action="store_true",
                   help=translate("Cli", "with accounts and login (default: single-user, no login); the administrator "
                                  "'admin' gets the password asked for or read from PERFDESK_PASSWORD"))
    p.set_defaults(handler=cmd_init, creates_database=True)
    p = sub.add_parser("info", parents=[common], help=translate("Cli", "counts per table and the schema version"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_info)
    p = sub.add_parser("backup", parents=[common], help=translate("Cli", "back the database up now"))
    p.add_argument("--to", metavar="FOLDER", type=Path, help=translate("Cli", "folder to write the backup into"))
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", parents=[common],
                       help=translate("Cli", "replace the database by a backup (what it replaces is kept)"))
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_restore)


def cmd_init(args: argparse.Namespace) -> int:
    from perfdesk.core.services.masterdata import create_database

    location = db_location(args)
    password = initial_admin_password() if args.accounts else None
    create_database(location, region=args.region, division=args.division, year=args.year,
                    load_library=args.load_library, user=getattr(args, "user", None) or "cli",
                    admin_password=password)
    print(translate("Cli", "New database created: {path}").format(path=server.shown(location)))
    if password is not None:
        print(translate("Cli", "It has accounts: sign in as admin (perfdesk --user admin …) and change the password "
                        "first: perfdesk --user admin account passwd"))
    return 0


def initial_admin_password() -> str:
    """Checked against the default rules before anything is created."""
    from perfdesk.commands._signin import read_new_password
    from perfdesk.core.domain.errors import UserErrors
    from perfdesk.core.rules.params import AccountParams
    from perfdesk.core.services.accounts import ADMIN_LOGIN, password_problems

    password = read_new_password()
    problems = password_problems(password, AccountParams(), login=ADMIN_LOGIN)
    if problems:
        raise UserErrors(problems)
    return password


def cmd_info(args: argparse.Namespace) -> int:
    with open_db(args, upgrade=False, lock=False) as db:
        data = maintenance.info(db)
    if args.json:
        print_json({"url": db.shown, "schema_revision": data.schema_revision, "head_revision": data.head_revision,
                    "counts": data.counts})
        return 0
    print(translate("Cli", "Database: {url}").format(url=db.shown))  # a path as typed, a URL without password
    print(translate("Cli", "Schema version: {rev} (this program: {head})").format(
        rev=data.schema_revision or "-", head=data.head_revision))
    width = max(len(name) for name in data.counts)
    for name, count in data.counts.items():
        print(f"  {name:<{width}}  {count:>9}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    if server.is_server(db_location(args)):  # pg_dump into --to or this PC's folder for that server
        with open_db(args, upgrade=False, lock=False) as db:
            made = maintenance.backup_server(db, args.to)
        print(translate("Cli", "Backup written: {path}").format(path=made))
        return 0
    path = Path(require_existing(db_location(args)))
    made = maintenance.backup_to_folder(path, args.to) if args.to else maintenance.backup_now(path)
    print(translate("Cli", "Backup written: {path}").format(path=made))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if server.is_server(db_location(args)):
        raise ValueError(translate("Cli", "A database on a PostgreSQL server is restored on the server by its "
                                   "administrator (pg_restore); nothing was changed."))
    if not args.file.exists():
        raise FileNotFoundError(translate("Cli", "No such file: {path}").format(path=args.file))
    kept = maintenance.restore(db_path(args), args.file)
    if kept:
        print(translate("Cli", "The replaced database was kept as {path}").format(path=kept))
    print(translate("Cli", "Restored {file}").format(file=args.file))
    return 0

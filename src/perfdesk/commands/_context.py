"""Shared plumbing for subcommands: which database, opening it, printing errors in the user's language."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from perfdesk.core.config import load_config
from perfdesk.core.db.engine import Database, NewerDatabaseError, open_database
from perfdesk.core.db.faults import explain
from perfdesk.core.db.lock import DatabaseInUse
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate

Handler = Callable[[argparse.Namespace], int]


def db_location(args: argparse.Namespace) -> str:
    explicit = getattr(args, "db", None)
    return explicit or load_config().database_location


def db_path(args: argparse.Namespace) -> Path:
    return Path(db_location(args))


def open_db(args: argparse.Namespace, *, upgrade: bool = True, lock: bool = True) -> Database:
    """Open the chosen database; a database file that does not exist is refused, never created (a mistyped
    path must not become an empty database: ``perfdesk --db FILE init`` creates one)."""
    location = require_existing(db_location(args))
    return open_database(location, upgrade=upgrade, lock=lock)


def require_existing(location: str) -> str:
    if "://" not in location and not Path(location).exists():
        raise FileNotFoundError(translate(
            "Cli", "There is no database at {path}; nothing was created. Check the path, or create a new "
            "database with: perfdesk --db {path} init").format(path=location))
    return location


def uow(db: Database, args: argparse.Namespace) -> UnitOfWork:
    return UnitOfWork(db.sessions, user=getattr(args, "user", None) or "cli")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail(message: str) -> int:
    print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
    return 1


def run_handler(args: argparse.Namespace) -> int:
    from perfdesk.commands._signin import sign_in_from_args
    from perfdesk.core.services.access import AccessDenied

    try:
        with sign_in_from_args(args):
            return int(args.handler(args) or 0)
    except AccessDenied as exc:
        return fail(str(exc) + (" " + translate("Cli", "(This database has accounts: give --user NAME; the "
                                                 "password is asked for or read from PERFDESK_PASSWORD.)")
                                if not getattr(args, "user", None) else ""))
    except UserErrors as exc:
        for error in exc.errors:
            print(str(error), file=sys.stderr)
        print(translate("Cli", "{n} problem(s) found; nothing was changed.").format(n=len(exc.errors)),
              file=sys.stderr)
        return 1
    except (NewerDatabaseError, DatabaseInUse, FileNotFoundError, ValueError) as exc:
        return fail(str(exc))
    except Exception as exc:  # a locked database, a read-only folder, a full disk: a sentence, not a traceback
        message = explain(exc, db_location(args))
        if message is None:
            raise
        return fail(message)

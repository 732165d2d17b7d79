"""``perfdesk audit verify|list|export|purge``: the tamper-evident audit log (auditor)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.commands._dates import date_arg
from perfdesk.core.i18n import translate
from perfdesk.core.services import audit


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common], help=translate("Cli", "the audit log: verify, list, export"))
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = asub.add_parser("verify", parents=[common],
                        help=translate("Cli", "check that no entry was changed, deleted or inserted"))
    v.set_defaults(handler=cmd_verify)
    for name, text, handler in (("list", translate("Cli", "list entries, newest first"), cmd_list),
                                ("export", translate("Cli", "export entries to a CSV file"), cmd_export)):
        one = asub.add_parser(name, parents=[common], help=text)
        if name == "export":
            one.add_argument("file", type=Path)
        one.add_argument("--by", dest="who", default="", metavar="NAME", help=translate("Cli", "entries of this user"))
        one.add_argument("--action", default="", help=translate("Cli", "entries whose action starts so, e.g. login"))
        one.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD")
        one.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD")
        if name == "list":
            one.add_argument("--json", action="store_true")
        one.set_defaults(handler=handler)
    purge = asub.add_parser("purge", parents=[common],
                            help=translate("Cli", "remove entries older than the months kept (at least six)"))
    purge.set_defaults(handler=cmd_purge)


def _filter(args: argparse.Namespace) -> audit.AuditFilter:
    return audit.AuditFilter(user=args.who, action=args.action, since=args.since, until=args.until)


def cmd_verify(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        breaks = audit.verify(session)
        total = len(audit.entries(session, limit=None))
    if not breaks:
        print(translate("Cli", "The audit log is intact: {n} entries, none changed, deleted or inserted.").format(n=total))
        return 0
    for line in audit.problems_text(breaks):
        print(line)
    print(translate("Cli", "The audit log was tampered with: {n} problem(s).").format(n=len(breaks)))
    return 3


def cmd_list(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        rows = audit.entries(session, _filter(args))
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r['seq']:>6}  {r['at']:%Y-%m-%d %H:%M:%S}  {r['user']:<12} {r['action']:<24} "
              f"{audit.details_text(r['details'])}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        n = audit.export(session, args.file, _filter(args))
    print(translate("Cli", "{n} entries written to {path}").format(n=n, path=args.file))
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    with open_db(args) as db, uow(db, args) as work:
        n = audit.purge(work, dt.date.today())
        work.commit()
    print(translate("Cli", "{n} entries older than the months kept were removed.").format(n=n))
    return 0

"""``perfdesk disclose --year Y --unit CODE --out FOLDER``: a department's public versions (信息公开) as Excel and
PDF, without names, phone numbers or internal comments."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("disclose", parents=[common],
                       help=translate("Cli", "public versions of targets and self-evaluation results (信息公开)"))
    p.add_argument("--year", type=int, required=True, help=translate("Cli", "budget year"))
    p.add_argument("--unit", required=True, help=translate("Cli", "department code"))
    p.add_argument("--out", type=Path, required=True, help=translate("Cli", "folder for the files"))
    p.add_argument("--kind", choices=("budget", "accounts"), action="append",
                   help=translate("Cli", "budget: targets, published with the budget; accounts: self-evaluation "
                                         "results, published with the final accounts (default: both)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_disclose)


def cmd_disclose(args: argparse.Namespace) -> int:
    from perfdesk.core.services import disclosure

    with open_db(args) as db, uow(db, args) as work:
        done = disclosure.publish(work, args.year, args.unit, args.out, args.kind or disclosure.KINDS)
    if args.json:
        print_json([{"kind": p.kind, "files": [str(f) for f in p.files], "projects": p.projects,
                     "department": p.department} for p in done])
        return 0
    for p in done:
        text = translate("Cli", "{kind}: {n} project(s){department}; written {files}")
        department = translate("Cli", " and the department-wide table") if p.department else ""
        print(text.format(kind=p.label, n=p.projects, department=department, files="、".join(str(f) for f in p.files)))
    return 0

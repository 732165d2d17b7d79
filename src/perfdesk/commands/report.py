"""``perfdesk report KIND --out PATH [--year Y] [--project CODE…] [--unit CODE…] [--notes] [--folder]``.

Report kinds are discovered as modules of :mod:`perfdesk.core.services.report_kinds` (``KIND``, ``DESCRIPTION``,
``build(...)``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import open_db, uow
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from perfdesk.core.services.report_kinds import kinds

    available = kinds()
    p = sub.add_parser("report", parents=[common], help=translate("Cli", "print a report to PDF"),
                       description="\n".join(f"{k}: {translate('Reports', m.DESCRIPTION)}" for k, m in available.items()),
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("kind", choices=list(available))
    p.add_argument("--out", type=Path, required=True, help=translate("Cli", "PDF file (or folder with --folder)"))
    p.add_argument("--year", type=int)
    p.add_argument("--project", action="append", default=[], metavar="CODE")
    p.add_argument("--unit", action="append", default=[], metavar="CODE")
    p.add_argument("--notes", action="store_true", help=translate("Cli", "add score explanations as notes"))
    p.add_argument("--folder", action="store_true", help=translate("Cli", "one PDF per project into a folder"))
    p.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from perfdesk.core.services.report_kinds import kinds

    module = kinds()[args.kind]
    with open_db(args, lock=False) as db, uow(db, args) as work:
        paths = module.build(work, out=args.out, year=args.year, projects=args.project, units=args.unit,
                             notes=args.notes, folder=args.folder)
    for path in paths:
        print(translate("Cli", "Written: {path}").format(path=path))
    return 0

"""``perfdesk report KIND [--year Y] --out FILE.pdf``: print a report; kinds are the modules of
:mod:`perfdesk.core.services.report_kinds` (each adds its own options)."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import open_db, uow
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from perfdesk.core.services.report_kinds import kinds

    p = sub.add_parser("report", parents=[common], help=translate("Cli", "print a report as PDF"))
    kind_sub = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    for name, module in kinds().items():
        k = kind_sub.add_parser(name, parents=[common], help=translate("ReportKinds", module.DESCRIPTION))
        k.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the newest)"))
        k.add_argument("--out", type=Path, required=True, help=translate("Cli", "PDF file to write"))
        if hasattr(module, "add_arguments"):
            module.add_arguments(k)
        k.set_defaults(handler=cmd_report, report_module=module)


def cmd_report(args: argparse.Namespace) -> int:
    module = args.report_module
    skip = {"handler", "report_module", "kind", "command", "year", "out", "db", "lang"}
    options = {k: v for k, v in vars(args).items() if k not in skip}
    with open_db(args) as db, uow(db, args) as work:
        result = module.build(work, year=args.year, out=args.out, options=options)
    for warning in result.warnings:
        print(warning)
    print(translate("Cli", "Written: {path} ({pages} pages)").format(path=result.path, pages=result.pages))
    return 0

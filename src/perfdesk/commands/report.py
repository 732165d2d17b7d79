"""``perfdesk report KIND [--project CODE | --unit CODE | --year Y] --out FILE.pdf``.

Kinds are the modules of :mod:`perfdesk.core.services.report_kinds`, discovered automatically: each area adds
its kind as a module there, with no list to edit here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from perfdesk.commands._context import open_db, uow
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from perfdesk.core.services import report_kinds

    p = sub.add_parser("report", parents=[common], help=translate("Cli", "print a report to PDF"))
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)
    for name, module in report_kinds.kinds().items():
        k = kinds.add_parser(name, parents=[common], help=report_kinds.description(module))
        which = k.add_mutually_exclusive_group()
        which.add_argument("--project", metavar="CODE", help=translate("Cli", "one project, by its code"))
        which.add_argument("--unit", metavar="CODE", help=translate("Cli", "the projects of a unit and its sub-units"))
        k.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the latest)"))
        k.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help=translate("Cli", "PDF to write"))
        before = {a.dest for a in k._actions}
        if hasattr(module, "add_arguments"):
            module.add_arguments(k)
        k.set_defaults(handler=cmd_report, report_module=module,
                       report_options=[a.dest for a in k._actions if a.dest not in before])


def _refuse_uncovered(args: argparse.Namespace) -> None:
    """``--project`` or ``--unit`` given to a kind that does not cover it is refused, never ignored."""
    from perfdesk.core.domain.errors import UserErrors
    from perfdesk.core.services import report_kinds

    covered = report_kinds.scopes(args.report_module)
    for option in ("project", "unit"):
        if getattr(args, option) and option not in covered:
            raise UserErrors(translate("Cli", "The report {kind} cannot be limited with --{option}; it covers: {scopes}.")
                             .format(kind=args.kind, option=option,
                                     scopes=", ".join(f"--{s}" for s in covered)))


def cmd_report(args: argparse.Namespace) -> int:
    module = args.report_module
    _refuse_uncovered(args)
    options = {name: getattr(args, name) for name in args.report_options}

    def progress(fraction: float, message: str = "") -> None:
        print(f"\r{int(fraction * 100):3d}%", end="", file=sys.stderr, flush=True)

    with open_db(args) as db, uow(db, args) as work:
        warnings = module.build(work, project=args.project, unit=args.unit, year=args.year, out=args.out,
                                progress=progress, **options)
        work.commit()  # reports only read, but letters record the document numbers they were given
    print(file=sys.stderr)
    for warning in warnings:
        print(translate("Cli", "Warning: {message}").format(message=warning), file=sys.stderr)
    print(translate("Cli", "Report written: {path}").format(path=args.out))
    return 0

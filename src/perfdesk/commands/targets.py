"""``perfdesk targets import|export|check``: performance targets in and out of Excel, and their quality checks."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import select

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.db import models as m
from perfdesk.core.db import queries as q
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.rules import target_checks as tc
from perfdesk.core.services import targets as ts
from perfdesk.core.services import targets_io as tio


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("targets", parents=[common], help=translate("Cli", "performance targets: import, export, check"))
    tsub = p.add_subparsers(dest="targets_command", metavar="ACTION", required=True)
    imp = tsub.add_parser("import", parents=[common], help=translate("Cli", "import targets from a workbook (all or nothing)"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true",
                     help=translate("Cli", "check the file and say what would change, writing nothing"))
    imp.add_argument("--drop-progress", action="store_true",
                     help=translate("Cli", "import even though indicators no longer in the file take their monitoring "
                                    "progress with them"))
    imp.set_defaults(handler=cmd_import)
    exp = tsub.add_parser("export", parents=[common], help=translate("Cli", "export targets to a workbook"))
    exp.add_argument("--unit", metavar="CODE", help=translate("Cli", "only this unit and the units under it (all units when omitted)"))
    exp.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the latest)"))
    exp.add_argument("--layout", choices=["flat", "official"], default="flat",
                     help=translate("Cli", "flat list (one indicator per row) or the official form (one project per sheet)"))
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    exp.set_defaults(handler=cmd_export)
    chk = tsub.add_parser("check", parents=[common], help=translate("Cli", "run the quality checks and print the findings"))
    chk.add_argument("--unit", metavar="CODE", help=translate("Cli", "only this unit and the units under it"))
    chk.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the latest)"))
    chk.add_argument("--json", action="store_true")
    chk.set_defaults(handler=cmd_check)


def _year(session, wanted: int | None) -> int | None:  # type: ignore[no-untyped-def]
    years = q.years(session)
    return wanted if wanted is not None else (years[0] if years else None)


def _unit_ids(session, code: str | None) -> frozenset[int] | None:  # type: ignore[no-untyped-def]
    if not code:
        return None
    unit_id = session.scalar(select(m.Unit.id).where(m.Unit.code == code))
    if unit_id is None:
        raise UserErrors(translate("Cli", "No unit with code {code}.").format(code=code))
    return frozenset(q.subtree_ids(q.units(session), unit_id))


def cmd_import(args: argparse.Namespace) -> int:
    with open_db(args) as db, uow(db, args) as work:
        s = tio.import_targets(work, args.file, dry_run=args.dry_run, drop_progress=args.drop_progress)
    if s.dry_run:
        print(translate("Cli", "Dry run, nothing written: {created} new, {updated} changed, {unchanged} unchanged."
                        ).format(created=s.created, updated=s.updated, unchanged=s.unchanged))
    else:
        print(translate("Cli", "Imported: {created} new, {updated} changed, {unchanged} unchanged ({n} indicators "
                        "written).").format(created=s.created, updated=s.updated, unchanged=s.unchanged, n=s.indicators))
    for line in tio.dropped_lines(s):
        print(line)
    if s.dry_run:
        return 0
    severities = [f.finding.severity for f in s.findings]
    print(translate("Cli", "Checks of the imported targets: {e} error(s), {w} warning(s), {i} note(s); "
                           "`perfdesk targets check` lists them.").format(
        e=severities.count(tc.ERROR), w=severities.count(tc.WARNING), i=severities.count(tc.INFO)))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_db(args) as db, db.sessions() as session:
        n = tio.export_targets(session, args.out, year=_year(session, args.year),
                               unit_ids=_unit_ids(session, args.unit), layout=args.layout)
    print(translate("Cli", "{n} projects written to {path}").format(n=n, path=args.out))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        found = ts.findings(session, year=_year(session, args.year), unit_ids=_unit_ids(session, args.unit))
    if args.json:
        print_json([f.as_json() for f in found])
        return 0
    for pf in found:
        f = pf.finding
        where = f"{pf.project_code} {pf.project_name}" + (f" / {f.indicator_name}" if f.indicator_name else "")
        print(f"[{f.severity_label}] {where}: {f.message} ({f.rule})")
    print(translate("Cli", "{n} finding(s).").format(n=len(found)))
    return 0

"""``perfdesk cost import|export|check``: cost-benefit analysis tables (成本效益分析表, 聊城) and their checks."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.commands.targets import _unit_ids, _year
from perfdesk.core.i18n import translate
from perfdesk.core.services import costs as svc


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("cost", parents=[common], help=translate("Cli", "cost-benefit analysis: import, export, check"))
    csub = p.add_subparsers(dest="cost_command", metavar="ACTION", required=True)
    imp = csub.add_parser("import", parents=[common], help=translate("Cli", "import cost items from a workbook (all or nothing)"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--year", type=int, help=translate("Cli", "budget year of rows without 年度 (default: the latest)"))
    imp.add_argument("--dry-run", action="store_true", help=translate("Cli", "check and report, write nothing"))
    imp.set_defaults(handler=cmd_import)
    exp = csub.add_parser("export", parents=[common], help=translate("Cli", "export the cost-benefit tables to a workbook"))
    _scope(exp)
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    exp.set_defaults(handler=cmd_export)
    chk = csub.add_parser("check", parents=[common], help=translate("Cli", "run the cost checks and print the findings"))
    _scope(chk)
    chk.add_argument("--json", action="store_true")
    chk.set_defaults(handler=cmd_check)


def _scope(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--unit", metavar="CODE", help=translate("Cli", "only this unit and the units under it"))
    parser.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the latest)"))


def cmd_import(args: argparse.Namespace) -> int:
    with open_db(args) as db, uow(db, args) as work:
        report = svc.import_costs(work, args.file, year=args.year, dry_run=args.dry_run)
        if not args.dry_run:
            work.commit()
    text = (translate("Cli", "Dry run: {items} items of {projects} projects would replace {replaced}; nothing "
                             "written.") if args.dry_run else
            translate("Cli", "Imported {items} cost items of {projects} projects (replacing {replaced})."))
    print(text.format(items=report.items, projects=report.projects, replaced=report.replaced))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        n = svc.export_costs(session, args.out, year=_year(session, args.year), unit_ids=_unit_ids(session, args.unit))
    print(translate("Cli", "{n} rows written to {path}").format(n=n, path=args.out))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        found = svc.findings(session, year=_year(session, args.year), unit_ids=_unit_ids(session, args.unit))
    if args.json:
        print_json([f.as_json() for f in found])
        return 0
    for cf in found:
        f = cf.finding
        print(f"[{f.severity_label}] {cf.project_code} {cf.project_name}: {f.message}")
    print(translate("Cli", "{n} finding(s).").format(n=len(found)))
    return 0

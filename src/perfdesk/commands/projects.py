"""``perfdesk projects import FILE… [--year Y] [--dry-run] [--json]``, ``perfdesk projects export --out F
[--year Y]``, ``perfdesk projects template --out F.xlsx``: master data from the budget system's exports."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("projects", parents=[common],
                       help=translate("Cli", "units and projects from the budget system's exports"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("import", parents=[common],
                           help=translate("Cli", "import project exports (xlsx or CSV; all or nothing)"))
    a.add_argument("files", nargs="+", type=Path)
    a.add_argument("--year", type=int, help=translate("Cli", "budget year of files without a FISCAL_YEAR column"))
    a.add_argument("--dry-run", action="store_true", help=translate("Cli", "check and summarise; write nothing"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_import)
    a = actions.add_parser("export", parents=[common], help=translate("Cli", "write the projects in the export layout"))
    a.add_argument("--out", type=Path, required=True, help=translate("Cli", ".xlsx or .csv file to write"))
    a.add_argument("--year", type=int)
    a.set_defaults(handler=cmd_export)
    a = actions.add_parser("template", parents=[common], help=translate("Cli", "an empty project form to fill in"))
    a.add_argument("--out", type=Path, required=True)
    a.set_defaults(handler=cmd_template)


def cmd_import(args: argparse.Namespace) -> int:
    from perfdesk.core.services.masterdata import import_projects

    with open_db(args) as db, uow(db, args) as work:
        summary = import_projects(work, args.files, year=args.year, dry_run=args.dry_run)
    if args.json:
        print_json(summary.as_json())
        return 0
    head = (translate("Cli", "Dry run: {created} projects would be added, {updated} updated, {unchanged} unchanged, "
                             "{units} units added; nothing written.") if summary.dry_run else
            translate("Cli", "Imported: {created} projects added, {updated} updated, {unchanged} unchanged, "
                             "{units} units added."))
    print(head.format(created=summary.projects_created, updated=summary.projects_updated,
                      unchanged=summary.projects_unchanged, units=len(summary.units_created)))
    for change in summary.changes:
        print("  " + change.text())
    if summary.missing:
        print(translate("Cli", "{n} projects of the year are not in the files (kept, not deleted):")
              .format(n=len(summary.missing)))
        for year, code, name in summary.missing:
            print(f"  {year} {code} {name}")
    for warning in summary.warnings:
        print(translate("Cli", "Warning: {message}").format(message=warning))
    for note in summary.notes:
        print(note)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from perfdesk.core.services.masterdata import export_projects

    with open_db(args, lock=False) as db, db.sessions() as session:
        n = export_projects(session, args.out, year=args.year)
    print(translate("Cli", "{n} projects written to {path}").format(n=n, path=args.out))
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from perfdesk.core.services.masterdata import write_template

    write_template(args.out)
    print(translate("Cli", "Project form written: {path}").format(path=args.out))
    return 0

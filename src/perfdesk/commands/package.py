"""``perfdesk package export|verify|import|setup|history|status``: data packages (.pdpkg) carried between a
township's or department's PC and the county (issue 19)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.commands._dates import date_arg
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate

STAGE_NAMES = {"targets": QT_TRANSLATE_NOOP("Cli", "Targets"), "monitoring": QT_TRANSLATE_NOOP("Cli", "Monitoring"),
               "selfevals": QT_TRANSLATE_NOOP("Cli", "Self-evaluations"),
               "ledger": QT_TRANSLATE_NOOP("Cli", "Rectification")}
KINDS = {"up": QT_TRANSLATE_NOOP("Cli", "unit's"), "down": QT_TRANSLATE_NOOP("Cli", "county's")}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("package", parents=[common],
                       help=translate("Cli", "data packages between township, department and county PCs"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    exp = actions.add_parser("export", parents=[common], help=translate("Cli", "write a unit's package for a year"))
    exp.add_argument("--unit", required=True, metavar="CODE", help=translate("Cli", "the unit (with its units)"))
    exp.add_argument("--year", type=int, required=True)
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.pdpkg")
    exp.add_argument("--down", action="store_true",
                     help=translate("Cli", "a county package for the unit (reviews, projects, library, settings)"))
    exp.add_argument("--json", action="store_true")
    exp.set_defaults(handler=cmd_export)
    ver = actions.add_parser("verify", parents=[common], help=translate("Cli", "check packages, write nothing"))
    ver.add_argument("files", type=Path, nargs="+", metavar="FILE")
    ver.set_defaults(handler=cmd_verify)
    imp = actions.add_parser("import", parents=[common], help=translate("Cli", "merge packages into this database"))
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help=translate("Cli", "check and report, write nothing"))
    imp.add_argument("--choose", action="append", default=[], metavar="RECORD=local|incoming",
                     help=translate("Cli", "decide a conflict: keep this database's record or take the package's"))
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import)
    setup = actions.add_parser("setup", parents=[common],
                               help=translate("Cli", "a new database (--db) from a county package alone"))
    setup.add_argument("file", type=Path, metavar="FILE")
    setup.set_defaults(handler=cmd_setup)
    hist = actions.add_parser("history", parents=[common], help=translate("Cli", "packages sent and received"))
    hist.add_argument("--year", type=int)
    hist.add_argument("--json", action="store_true")
    hist.set_defaults(handler=cmd_history)
    stat = actions.add_parser("status", parents=[common], help=translate("Cli", "which units reported, which are late"))
    stat.add_argument("--year", type=int, required=True)
    stat.add_argument("--today", type=date_arg, help=translate("Cli", "the day lateness is judged on"))
    stat.add_argument("--json", action="store_true")
    stat.set_defaults(handler=cmd_status)


def stage_name(stage: str) -> str:
    return translate("Cli", STAGE_NAMES[stage])


def cmd_export(args: argparse.Namespace) -> int:
    from perfdesk.core.services import package

    with open_db(args) as db, uow(db, args) as work:
        summary = package.export_package(work, unit=args.unit, year=args.year, out=args.out, data_dir=db.data_dir,
                                         down=args.down)
    if args.json:
        print_json(summary.as_json())
        return 0
    counts = "，".join(f"{stage_name(s)} {summary.counts[s]}" for s in STAGE_NAMES)
    print(translate("Cli", "Package {file} written for unit {unit}, {year}: {counts}, {files} evidence files.").format(
        file=summary.path, unit=summary.unit_code, year=summary.year, counts=counts, files=summary.counts["files"]))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from perfdesk.core.services import package

    problems = []
    with open_db(args, lock=False) as db, db.sessions() as session:
        for file in args.files:
            try:
                man = package.verify_package(session, file).manifest
            except UserErrors as exc:
                problems.extend(exc.errors)
                continue
            print(translate("Cli", "{file}: sound. {kind} package of {unit} {name} for {year}, from {sender}, "
                            "written {at} by PerfDesk {version}.").format(
                file=file, kind=translate("Cli", KINDS[man.kind]), unit=man.unit_code, name=man.unit_name, year=man.year, sender=man.sender,
                at=man.created_at, version=man.version))
    if problems:
        raise UserErrors(problems)
    return 0


def _choices(pairs: list[str]) -> dict[str, str]:
    from perfdesk.core.services.package import INCOMING, LOCAL

    out = {}
    for pair in pairs:
        key, _, choice = pair.rpartition("=")
        if not key or choice not in (LOCAL, INCOMING):
            raise UserErrors(translate("Cli", "--choose takes RECORD=local or RECORD=incoming, not {text}.").format(
                text=pair))
        out[key] = choice
    return out


def cmd_import(args: argparse.Namespace) -> int:
    from perfdesk.core.services import package

    choices = _choices(args.choose)
    results = []
    with open_db(args) as db:
        with db.sessions() as session:
            for file in args.files:  # every file checked before any is merged
                package.verify_package(session, file)
        for file in args.files:
            with uow(db, args) as work:
                results.append(package.import_package(work, file, choices=choices, dry_run=args.dry_run,
                                                      data_dir=db.data_dir))
    if args.json:
        print_json([r.as_json() for r in results])
    else:
        for summary in results:
            print_summary(summary)
    return 2 if any(r.pending for r in results) else 0


def print_summary(s: object) -> None:
    from perfdesk.core.services.package import ImportSummary

    assert isinstance(s, ImportSummary)
    print(translate("Cli", "{file}: {kind} package of {unit} {name} for {year}, from {sender}").format(
        file=s.path.name, kind=translate("Cli", KINDS[s.kind]), unit=s.unit_code, name=s.unit_name, year=s.year, sender=s.sender))
    if s.already:
        print(translate("Cli", "  Already imported on {at}; nothing changed.").format(at=s.already))
    for stage in STAGE_NAMES:
        print(translate("Cli", "  {stage}: {added} new, {updated} updated, {unchanged} unchanged, {kept} kept "
                        "(changed here only)").format(stage=stage_name(stage), added=s.added.get(stage, 0),
                                                      updated=s.updated.get(stage, 0),
                                                      unchanged=s.unchanged.get(stage, 0),
                                                      kept=s.kept_local.get(stage, 0)))
    for label in s.kept_approved:
        print(translate("Cli", "  Kept as approved here: {record}").format(record=label))
    for c in s.conflicts:
        decided = {"local": translate("Cli", "kept this database's"), "incoming": translate("Cli", "took the package's"),
                   "": translate("Cli", "undecided: this database's kept for now")}[c.choice]
        print(translate("Cli", "  Changed on both sides — {record} ({decided}); decide with --choose "
                        "\"{key}=local\" or \"{key}=incoming\":").format(record=c.label, decided=decided, key=c.key))
        for name, mine, theirs in c.differences:
            print("      " + translate("Cli", "{field}: here «{mine}» | in the package «{theirs}»").format(
                field=name, mine=mine, theirs=theirs))
    if s.dry_run:
        print(translate("Cli", "  Dry run: nothing was written."))


def cmd_setup(args: argparse.Namespace) -> int:
    from perfdesk.commands._context import db_location
    from perfdesk.core.services import package

    summary = package.setup_from_package(db_location(args), args.file, user=getattr(args, "user", None) or "cli")
    print(translate("Cli", "New database {path} set up for unit {unit} {name} ({year}) from {file}.").format(
        path=db_location(args), unit=summary.unit_code, name=summary.unit_name, year=summary.year,
        file=args.file.name))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from perfdesk.core.services import package_history

    with open_db(args, lock=False) as db, db.sessions() as session:
        rows = package_history.history(session, year=args.year)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        way = translate("Cli", "sent") if r["direction"] == "sent" else translate("Cli", "received")
        counts = " ".join(f"{stage_name(s)} {r['counts'].get(s, 0)}" for s in STAGE_NAMES)
        print(f"{r['at']:%Y-%m-%d %H:%M}  {way}  {translate('Cli', KINDS[r['kind']])}  {r['unit']} {r['unit_name']}  {r['year']}  {counts}  "
              f"{r['file']}")
    print(translate("Cli", "{n} packages.").format(n=len(rows)))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from perfdesk.core.services import package_history

    today = args.today or dt.date.today()
    with open_db(args, lock=False) as db, db.sessions() as session:
        status = package_history.status(session, year=args.year, as_of=today)
    if status is None:
        print(translate("Cli", "No package was sent or received for {year}.").format(year=args.year))
        return 0
    if args.json:
        print_json([{"unit": u.code, "name": u.name, **{s: {"received": r.received, "due": r.due, "late": r.late}
                                                          for s, r in u.stages.items()}} for u in status.units])
        return 0
    for u in status.units:
        cells = []
        for stage, r in u.stages.items():
            state = r.received.isoformat() if r.received else (translate("Cli", "LATE") if r.late else "—")
            cells.append(f"{stage_name(stage)} {state}")
        print(f"{u.code:<10} {u.name:<20} " + "  ".join(cells))
    print(translate("Cli", "{late} of {n} units late on {today}.").format(late=len(status.late_units),
                                                                        n=len(status.units), today=today))
    return 0

"""``perfdesk monitor import FILE --as-of DATE``, ``perfdesk monitor warnings``, ``perfdesk monitor rounds``,
``perfdesk monitor select-key``, ``perfdesk monitor export-progress OUT`` / ``import-progress FILE``: in-year
monitoring from the command line (RULES §3)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.commands._dates import date_arg
from perfdesk.core.domain.money import MoneyUnit
from perfdesk.core.i18n import translate

LEVELS = ("red", "yellow")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("monitor", parents=[common], help=translate("Cli", "in-year monitoring: execution, warnings"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    i = actions.add_parser("import", parents=[common],
                           help=translate("Cli", "import a budget execution export as a new monitoring round"))
    i.add_argument("file", type=Path)
    i.add_argument("--as-of", type=date_arg, required=True, metavar="YYYY-MM-DD")
    i.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the year of the as-of date)"))
    i.add_argument("--name", default="", help=translate("Cli", "name of the round"))
    i.add_argument("--sheet", help=translate("Cli", "sheet to read (default: the first with a header)"))
    i.add_argument("--wan", action="store_true", help=translate("Cli", "amounts without a unit are in 万元"))
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=cmd_import)
    w = actions.add_parser("warnings", parents=[common], help=translate("Cli", "progress and warnings of a round"))
    _round_options(w)
    w.add_argument("--level", choices=LEVELS, help=translate("Cli", "only projects at this warning level"))
    w.add_argument("--json", action="store_true")
    w.set_defaults(handler=cmd_warnings)
    r = actions.add_parser("rounds", parents=[common], help=translate("Cli", "list the monitoring rounds"))
    r.add_argument("--year", type=int)
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=cmd_rounds)
    k = actions.add_parser("select-key", parents=[common],
                           help=translate("Cli", "put the projects the rules select under key monitoring"))
    _round_options(k)
    k.set_defaults(handler=cmd_select_key)
    ip = actions.add_parser("import-progress", parents=[common],
                            help=translate("Cli", "import indicator progress from filled-in monitoring tables (Excel)"))
    ip.add_argument("file", type=Path)
    _round_options(ip)
    ip.add_argument("--json", action="store_true")
    ip.set_defaults(handler=cmd_import_progress)
    ep = actions.add_parser("export-progress", parents=[common],
                            help=translate("Cli", "write the monitoring tables of a round to Excel, to be filled in"))
    ep.add_argument("out", type=Path)
    _round_options(ep)
    ep.add_argument("--project", action="append", default=[], metavar="CODE",
                    help=translate("Cli", "only this project (repeatable; default: every project of the round)"))
    ep.set_defaults(handler=cmd_export_progress)


def _round_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as-of", type=date_arg, metavar="YYYY-MM-DD",
                   help=translate("Cli", "the round as of this date (default: the latest)"))
    p.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the latest with rounds)"))


def cmd_import(args: argparse.Namespace) -> int:
    from perfdesk.core.services import monitoring as svc

    unit = MoneyUnit.WAN if args.wan else MoneyUnit.YUAN
    with open_db(args) as db, uow(db, args) as work:
        done = svc.import_execution(work, args.file, as_of=args.as_of, year=args.year, name=args.name,
                                    sheet=args.sheet, default_unit=unit)
    data = {"round": done.round_id, "as_of": done.as_of.isoformat(), "rows": done.rows, "matched": done.matched,
            "no_budget_line": done.no_budget_line, "unmatched": len(done.unmatched), "sheet": done.file.sheet,
            "backup": str(done.backup) if done.backup else None}
    if args.json:
        print_json(data)
        return 0
    print(translate("Cli", "Imported {rows} rows as of {as_of} (round {round}): {matched} projects, {no_budget} "
                    "without a budget line.").format(rows=done.rows, as_of=done.as_of, round=done.round_id,
                                                     matched=done.matched, no_budget=done.no_budget_line))
    if done.file.sheet:
        print(translate("Cli", "Read from sheet {sheet} (hidden sheets are not read).").format(sheet=done.file.sheet))
    if done.unmatched:
        print(translate("Cli", "{n} rows match no project of the year and were left out (first: {codes}).").format(
            n=len(done.unmatched), codes=", ".join(done.unmatched[:5])))
    if done.backup:
        print(translate("Cli", "Backup taken before the import: {path}").format(path=done.backup))
    return 0


def warning_json(row: Any) -> dict[str, Any]:
    r = row.result
    return {"project": r.code, "name": r.name, "unit": r.unit_name, "sector": r.sector,
            "budget": _number(r.budget.format_wan()), "spent": _number(r.spent.format_wan()),
            "budget_fen": r.budget.fen, "spent_fen": r.spent.fen, "time_progress": _number(r.time_percent),
            "execution_progress": _number(r.execution_percent), "lag_points": _number(r.lag_shown),
            "level": r.level.value, "over_budget": r.over_budget, "no_budget": r.no_budget,
            "key_monitoring": r.key, "key_reasons": [k.value for k in r.key_reasons]}


def _number(value: Any) -> float | None:
    """A 2-decimal figure as a JSON number (its shortest float text is the same two decimals)."""
    return None if value is None else float(value)


def cmd_warnings(args: argparse.Namespace) -> int:
    from perfdesk.core.services import monitoring as svc

    with open_db(args) as db, db.sessions() as session:
        found = svc.find_round(session, year=args.year, as_of=args.as_of)
        result = svc.warnings(session, found.id)
    rows = [w for w in result.rows if args.level is None or w.result.level.value == args.level]
    rows.sort(key=lambda w: (-(w.result.lag_points if w.result.lag_points is not None else -10**9), w.result.code))
    if args.json:
        print_json([warning_json(w) for w in rows])
        return 0
    counts = result.counts()
    print(translate("Cli", "{name} — as of {as_of}, time progress {time}%: {red} red, {yellow} yellow, {over} over "
                    "budget, {nob} without a budget, {key} for key monitoring").format(
        name=found.name, as_of=found.as_of, time=result.rows[0].result.time_percent if result.rows else "-",
        red=counts["red"], yellow=counts["yellow"], over=counts["over_budget"], nob=counts["no_budget"],
        key=counts["key"]))
    for w in rows:
        r = w.result
        print(f"  {r.level.label():<4} {r.code}  {r.name}  {r.budget.format_wan():>12}  {r.spent.format_wan():>12}  "
              f"{r.execution_percent if r.execution_percent is not None else '-':>7}%  {r.lag_shown or '-':>7}")
    return 0


def cmd_rounds(args: argparse.Namespace) -> int:
    from perfdesk.core.db import queries_monitoring as qm

    with open_db(args) as db, db.sessions() as session:
        rounds = qm.rounds(session, args.year)
    data = [{"id": r.id, "year": r.year, "as_of": r.as_of.isoformat(), "name": r.name, "rows": r.rows,
             "source_file": r.source_file, "created_at": r.created_at.isoformat(), "created_by": r.created_by}
            for r in rounds]
    if args.json:
        print_json(data)
        return 0
    for r in rounds:
        print(f"{r.id:>4}  {r.as_of}  {r.rows:>6}  {r.name}  {r.source_file}")
    return 0


def cmd_select_key(args: argparse.Namespace) -> int:
    from perfdesk.core.services import monitoring as svc

    with open_db(args) as db, uow(db, args) as work:
        found = svc.find_round(work.session, year=args.year, as_of=args.as_of)
        added = svc.select_key_projects(work, found.id)
    print(translate("Cli", "{n} projects put under key monitoring in {name}.").format(n=len(added), name=found.name))
    return 0


def show_progress(fraction: float, message: str = "") -> None:
    """Progress on one line of stderr (stdout stays for the result and --json)."""
    print(f"\r{int(fraction * 100):3d}% {message:<40}", end="", file=sys.stderr, flush=True)


def cmd_import_progress(args: argparse.Namespace) -> int:
    from perfdesk.core.services import monitoring as svc
    from perfdesk.core.services import monitoring_progress as mp

    with open_db(args) as db, uow(db, args) as work:
        found = svc.find_round(work.session, year=args.year, as_of=args.as_of)
        done = mp.import_progress_table(work, args.file, found.id, progress=show_progress)
        print(file=sys.stderr)
    if args.json:
        print_json({"round": done.round_id, "projects": done.projects, "saved": done.saved,
                    "unmatched": [{"sheet": u.sheet, "row": u.row, "name": u.name} for u in done.unmatched],
                    "notes": list(done.notes)})
        return 0
    print(translate("Cli", "{saved} indicator lines of {projects} projects stored in {name}.").format(
        saved=done.saved, projects=done.projects, name=found.name))
    for u in done.unmatched:
        print(translate("Cli", "  not stored: sheet {sheet} row {row}: “{name}” matches no current indicator").format(
            sheet=u.sheet, row=u.row, name=u.name))
    for note in done.notes:
        print(f"  {note}")
    return 0


def cmd_export_progress(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from perfdesk.core.db import models as m
    from perfdesk.core.domain.errors import UserErrors
    from perfdesk.core.services import monitoring as svc
    from perfdesk.core.services import monitoring_progress as mp

    with open_db(args) as db, db.sessions() as session:
        found = svc.find_round(session, year=args.year, as_of=args.as_of)
        ids = None
        if args.project:
            known = {code: pid for code, pid in session.execute(
                select(m.Project.code, m.Project.id).join(m.BudgetYear)
                .where(m.BudgetYear.year == found.year, m.Project.code.in_(args.project)))}
            missing = [c for c in args.project if c not in known]
            if missing:
                raise UserErrors(translate("Cli", "Unknown project codes: {codes}").format(codes=", ".join(missing)))
            ids = [known[c] for c in args.project]
        n = mp.export_progress_table(session, found.id, args.out, project_ids=ids, progress=show_progress)
        print(file=sys.stderr)
    print(translate("Cli", "{n} monitoring tables written to {path}.").format(n=n, path=args.out))
    return 0

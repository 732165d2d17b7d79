"""``perfdesk deptwide list|import|export|score``: department-wide targets and self-evaluation (部门整体绩效)."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("deptwide", parents=[common],
                       help=translate("Cli", "department-wide targets and self-evaluation (部门整体绩效)"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("list", parents=[common], help=translate("Cli", "the departments' records of a year"))
    _year(a)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_list)
    a = actions.add_parser("import", parents=[common],
                           help=translate("Cli", "targets or self-evaluations from Excel (all or nothing)"))
    a.add_argument("file", type=Path)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_import)
    a = actions.add_parser("export", parents=[common], help=translate("Cli", "the records as an Excel workbook"))
    a.add_argument("--out", type=Path, required=True)
    a.add_argument("--unit", action="append", help=translate("Cli", "department code (repeatable; default: all)"))
    _year(a)
    a.set_defaults(handler=cmd_export)
    a = actions.add_parser("score", parents=[common],
                           help=translate("Cli", "score a department's self-evaluation with the settings in force"))
    a.add_argument("--unit", required=True, help=translate("Cli", "department code"))
    _year(a)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_score)


def _year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the latest)"))


def _latest(session, year: int | None) -> int:  # type: ignore[no-untyped-def]
    from perfdesk.core.db.queries import years

    found = year or (years(session) or [None])[0]
    if found is None:
        raise ValueError(translate("Cli", "The database has no budget year."))
    return found


def cmd_list(args: argparse.Namespace) -> int:
    from perfdesk.core.services import deptwide

    with open_db(args) as db, db.sessions() as session:
        year = _latest(session, args.year)
        rows = deptwide.list_departments(session, year)
    if args.json:
        print_json({"year": year, "departments": [
            {"unit": r.unit_code, "name": r.unit_name, "status": r.status, "tasks": r.tasks,
             "indicators": r.indicators, "budget_wan": r.budget.format_wan(),
             "spent_wan": None if r.spent is None else r.spent.format_wan(),
             "total": None if r.total is None else str(r.total), "grade": r.grade} for r in rows]})
        return 0
    print(translate("Cli", "{n} department(s) with department-wide targets in {year}").format(n=len(rows), year=year))
    for r in rows:
        total = "—" if r.total is None else f"{r.total} {r.grade}"
        print(f"  {r.unit_code}\t{r.unit_name}\t{r.budget.format_wan()}\t{total}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from perfdesk.core.services import deptwide

    with open_db(args) as db, uow(db, args) as work:
        summary = deptwide.import_workbook(work, args.file)
    if args.json:
        print_json({"departments": list(summary.departments), "scored": list(summary.scored),
                    "backup": str(summary.backup) if summary.backup else None})
        return 0
    text = translate("Cli", "{n} department(s) imported, {scored} scored: {codes}")
    print(text.format(n=len(summary.departments), scored=len(summary.scored), codes="、".join(summary.departments)))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from perfdesk.core.services import deptwide

    with open_db(args) as db, db.sessions() as session:
        n = deptwide.export_workbook(session, args.out, _latest(session, args.year), args.unit)
    print(translate("Cli", "{n} department(s) written to {path}").format(n=n, path=args.out))
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from perfdesk.core.services import deptwide

    with open_db(args) as db, uow(db, args) as work:
        year = _latest(work.session, args.year)
        result = deptwide.score(work, year, args.unit)
    if args.json:
        print_json({"unit": args.unit, "year": year, "execution_rate": result.execution.rate,
                    "execution_score": result.execution.final_score, "total": result.total,
                    "grade": result.grade.value, "lines": [
                        {"name": ln.line.name, "points": ln.points, "score": ln.final_score,
                         "explanation": ln.explanation} for ln in result.lines],
                    "flags": [f.message for f in result.flags]})
        return 0
    print(translate("Cli", "{unit} {year}: {total} points, grade {grade}").format(
        unit=args.unit, year=year, total=result.total, grade=result.grade.value))
    for ln in result.lines:
        print(f"  {ln.line.name}\t{ln.final_score}/{ln.points}\t{ln.explanation}")
    return 0

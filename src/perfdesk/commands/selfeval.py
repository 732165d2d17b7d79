"""``perfdesk selfeval import FILE… [--dry-run] [--json]``, ``perfdesk selfeval score [--year Y]``,
``perfdesk selfeval rank [--year Y] [--out FILE]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import db_location, open_db, print_json, uow
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("selfeval", parents=[common], help=translate("Cli", "self-evaluation: import, score, rank"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("import", parents=[common],
                           help=translate("Cli", "import filled-in 项目支出绩效自评表 workbooks (all or nothing)"))
    a.add_argument("files", nargs="+", type=Path, metavar="FILE")
    a.add_argument("--dry-run", action="store_true",
                   help=translate("Cli", "read and score without writing (no database needed)"))
    a.add_argument("--year", type=int, help=translate("Cli", "budget year of the projects (default: as printed)"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_import)
    a = actions.add_parser("score", parents=[common], help=translate("Cli", "score every self-evaluation of a year"))
    a.add_argument("--year", type=int)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_score)
    a = actions.add_parser("rank", parents=[common], help=translate("Cli", "each unit's projects by score, high to low"))
    a.add_argument("--year", type=int)
    a.add_argument("--out", type=Path, help=translate("Cli", "write the ranking to this .xlsx file"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_rank)


def _has_database(args: argparse.Namespace) -> bool:
    location = db_location(args)
    return "://" in location or Path(location).exists()


def cmd_import(args: argparse.Namespace) -> int:
    from perfdesk.core.services.selfeval_import import import_selfeval

    if args.dry_run and not _has_database(args):
        results = import_selfeval(None, args.files, dry_run=True, year=args.year)
    else:
        with open_db(args) as db, uow(db, args) as work:
            results = import_selfeval(work, args.files, dry_run=args.dry_run, year=args.year, db_path=db.path)
    if args.json:
        print_json([r.as_json() for r in results])
    else:
        for r in results:
            _print_project(r)
    problems = [p for r in results for p in r.problems]
    if problems:  # a check reports every file, then fails as the import would
        from perfdesk.core.domain.errors import UserError, UserErrors

        raise UserErrors([UserError(p) for p in problems])
    if not args.dry_run and not args.json:
        print(translate("Cli", "{n} self-evaluation(s) imported.").format(n=len(results)))
    return 0


def _print_project(r) -> None:  # type: ignore[no-untyped-def]
    if r.action == "unreadable":
        print(translate("Cli", "{file} {sheet}: not read").format(file=Path(r.file).name, sheet=r.sheet).rstrip())
    else:
        _print_scores(r)
    for problem in r.problems:
        print(translate("Cli", "  × {problem}").format(problem=problem))


def _print_scores(r) -> None:  # type: ignore[no-untyped-def]
    text = translate("Cli", "{project} ({sheet}): printed {printed}, computed {computed}, final {final}, grade {grade}")
    print(text.format(project=f"{r.code} {r.name}".strip(), sheet=r.sheet, printed=_n(r.printed_total),
                      computed=_n(r.computed_total), final=_n(r.final_total), grade=r.grade))
    for ln in r.lines:
        if ln.differs:
            line = translate("Cli", "  {name}: printed {printed}, computed {computed} of {points} — {explanation}")
            print(line.format(name=ln.name, printed=_n(ln.printed_score), computed=_n(ln.computed_score),
                              points=_n(ln.points), explanation=ln.explanation))
    for flag in r.flags:
        print(translate("Cli", "  ! {flag}").format(flag=flag))


def _n(value) -> str:  # type: ignore[no-untyped-def]
    from perfdesk.core.rules.scoring.flags import num

    return "-" if value is None else num(value)


def cmd_score(args: argparse.Namespace) -> int:
    from perfdesk.core.services.selfeval import score_year

    with open_db(args) as db, uow(db, args) as work:
        summary = score_year(work, args.year)
    if args.json:
        print_json({"scored": summary.scored, "by_grade": summary.by_grade})
    else:
        grades = "，".join(f"{g} {n}" for g, n in sorted(summary.by_grade.items()))
        print(translate("Cli", "{n} self-evaluation(s) scored: {grades}").format(n=summary.scored, grades=grades))
    return 0


def cmd_rank(args: argparse.Namespace) -> int:
    from perfdesk.core.io.selfeval_export import write_ranking_xlsx
    from perfdesk.core.services.selfeval import unit_ranking

    with open_db(args, lock=False) as db, uow(db, args) as work:
        rows = unit_ranking(work.session, args.year)
    if args.out:
        write_ranking_xlsx(rows, args.out)
        print(translate("Cli", "Ranking written: {path}").format(path=args.out))
    elif args.json:
        print_json([{"unit": r.unit, "rank": r.rank, "code": r.code, "name": r.name, "score": _n(r.score),
                     "source": r.score_source, "grade": r.grade} for r in rows])
    else:
        for r in rows:
            print(f"{r.unit}\t{r.rank or '-'}\t{r.code}\t{r.name}\t{_n(r.score)}\t{r.grade}")
    return 0



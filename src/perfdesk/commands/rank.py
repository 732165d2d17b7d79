"""``perfdesk rank [--year Y] [--out FILE.xlsx] [--json] [--confirm]``: rank the year's projects as a new
draft run (or confirm it), print the summary or every project as JSON, write the Excel workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.domain.enums import RunStatus, label_of
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("rank", parents=[common], help=translate(
        "Cli", "ranking and last-place elimination: a new draft run when scores or settings changed"))
    p.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the newest)"))
    p.add_argument("--out", type=Path, metavar="FILE.xlsx", help=translate("Cli", "write the ranked lists to Excel"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print every project and the summary"))
    p.add_argument("--confirm", action="store_true", help=translate("Cli", "confirm the run (then immutable)"))
    p.set_defaults(handler=cmd_rank)


def cmd_rank(args: argparse.Namespace) -> int:
    from perfdesk.core.services import ranking, results_outputs

    with open_db(args) as db:
        with uow(db, args) as work:
            year = args.year or ranking.default_year(work.session)
            if year is None:
                raise ValueError(translate("Cli", "The database has no projects."))
            run_id, _new = ranking.rank_year(work, year)
        if args.confirm and not _confirmed(db, run_id):
            with uow(db, args) as work:
                ranking.confirm_run(work, run_id)
        with db.sessions() as session:
            view = ranking.load_run(session, run_id)
            if args.out:
                results_outputs.write_excel(session, view, args.out)
    if args.json:
        print_json(ranking.as_json(view))
        return 0
    print(translate("Cli", "Ranking run {version} of {year} ({status}): {n} projects").format(
        version=view.version, year=view.year, status=label_of(RunStatus, view.status), n=len(view.entries)))
    for line in view.summary().lines:
        print(f"  {line.decision.label():<12} {line.count:>6}  {line.cut.format_wan():>14}")
    print(view.summary().text())
    if args.out:
        print(translate("Cli", "Written: {path}").format(path=args.out))
    return 0


def _confirmed(db, run_id: int) -> bool:  # type: ignore[no-untyped-def]
    from perfdesk.core.db import models as m

    with db.sessions() as session:
        run = session.get(m.RankingRun, run_id)
        return run is not None and run.status == "confirmed"

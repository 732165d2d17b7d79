"""``perfdesk year new|list``: budget years (a new year carries last year's continuing projects)."""

from __future__ import annotations

import argparse

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.db import queries as q
from perfdesk.core.i18n import translate
from perfdesk.core.services import years


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("year", parents=[common], help=translate("Cli", "budget years: list, open a new year"))
    ysub = p.add_subparsers(dest="year_command", metavar="ACTION", required=True)
    new = ysub.add_parser("new", parents=[common],
                          help=translate("Cli", "create a budget year, carrying last year's continuing projects"))
    new.add_argument("year", type=int)
    new.add_argument("--from", dest="from_year", type=int, metavar="YEAR",
                     help=translate("Cli", "the year to carry from (default: the latest year before it)"))
    new.add_argument("--json", action="store_true")
    new.set_defaults(handler=cmd_new)
    lst = ysub.add_parser("list", parents=[common], help=translate("Cli", "list the budget years"))
    lst.set_defaults(handler=cmd_list)


def cmd_new(args: argparse.Namespace) -> int:
    with open_db(args) as db, uow(db, args) as work:
        summary = years.new_year(work, args.year, from_year=args.from_year)
        work.commit()
    if args.json:
        print_json(summary.as_json())
        return 0
    for line in summary.lines():
        print(line)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        for year in q.years(session):
            print(year)
    return 0

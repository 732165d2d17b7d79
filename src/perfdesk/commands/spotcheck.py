"""``perfdesk spotcheck draw [--year Y] --seed N``: a reproducible spot-check sample (抽查复核)."""

from __future__ import annotations

import argparse

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("spotcheck", parents=[common], help=translate("Cli", "spot-check review of self-evaluations"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("draw", parents=[common], help=translate("Cli", "draw a reproducible sample"))
    a.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the latest)"))
    a.add_argument("--seed", type=int, required=True, help=translate("Cli", "seed recorded with the sample"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_draw)


def cmd_draw(args: argparse.Namespace) -> int:
    from perfdesk.core.db.queries import years
    from perfdesk.core.services import spotcheck

    with open_db(args) as db, uow(db, args) as work:
        year = args.year or (years(work.session) or [None])[0]
        check_id = spotcheck.draw(work, year, args.seed)
        items = spotcheck.compared_items(work.session, check_id)
    if args.json:
        print_json({"spot_check": check_id, "year": year, "seed": args.seed,
                    "items": [{"code": it.code, "name": it.name, "unit": it.unit, "because": it.selected_because,
                               "self_total": it.self_total} for it in items]})
        return 0
    text = translate("Cli", "Spot check {id} for {year} (seed {seed}): {n} self-evaluation(s) drawn")
    print(text.format(id=check_id, year=year, seed=args.seed, n=len(items)))
    for it in items:
        print(f"  {it.unit}\t{it.code}\t{it.name}\t{it.self_total}\t{it.selected_because}")
    return 0

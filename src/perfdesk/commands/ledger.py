"""``perfdesk ledger list [--year Y] [--overdue] [--json]``: the rectification ledger (整改台账)."""

from __future__ import annotations

import argparse
import datetime as dt

from perfdesk.commands._context import open_db, print_json
from perfdesk.commands._dates import date_arg
from perfdesk.core.domain.enums import RectificationSource, RectificationStatus, label_of
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("ledger", parents=[common], help=translate("Cli", "the rectification ledger"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", parents=[common], help=translate("Cli", "list ledger items"))
    lst.add_argument("--year", type=int)
    lst.add_argument("--overdue", action="store_true", help=translate("Cli", "only open items past their deadline"))
    lst.add_argument("--today", type=date_arg, help=translate("Cli", "the day overdue is judged on"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)


def cmd_list(args: argparse.Namespace) -> int:
    from perfdesk.core.db import queries_ranking as qr
    from perfdesk.core.services import ranking

    today = args.today or dt.date.today()
    with open_db(args, lock=False) as db, db.sessions() as session:
        year_id = None if args.year is None else ranking.year_id_of(session, args.year)
        flt = qr.LedgerFilter(year_id=year_id, overdue_on=today if args.overdue else None)
        rows = qr.ledger_rows(session, flt)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        late = (today - r["deadline"]).days if r["deadline"] and r["status"] != "closed" and r["deadline"] < today else 0
        flag = translate("Cli", "{days} days overdue").format(days=late) if late else ""
        print(f"{r['id']:>6}  {r['unit']}  {r['project_code'] or '-'}  {label_of(RectificationSource, r['source'])}  "
              f"{label_of(RectificationStatus, r['status'])}  {r['deadline'] or '-'}  {flag}")
        print(f"        {r['problem']}")
    print(translate("Cli", "{n} items").format(n=len(rows)))
    return 0

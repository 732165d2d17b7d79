"""``perfdesk ledger list [--year Y] [--overdue] [--today DATE] [--json]``: the rectification ledger (整改台账);
``perfdesk ledger close ID --on DATE [--evidence TEXT] [--attach FILE]... [--today DATE]``: close an item (销号)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.commands._dates import date_arg
from perfdesk.core.domain.enums import RectificationSource, RectificationStatus, label_of
from perfdesk.core.i18n import translate
from perfdesk.core.rules.ledger import days_overdue


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("ledger", parents=[common], help=translate("Cli", "the rectification ledger"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", parents=[common], help=translate("Cli", "list ledger items"))
    lst.add_argument("--year", type=int)
    lst.add_argument("--overdue", action="store_true", help=translate("Cli", "only open items past their deadline"))
    lst.add_argument("--today", type=date_arg, help=translate("Cli", "the day overdue is judged on"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)
    close = actions.add_parser("close", parents=[common], help=translate("Cli", "close (销号) a ledger item"))
    close.add_argument("item", type=int, metavar="ID")
    close.add_argument("--on", type=dt.date.fromisoformat, required=True, metavar="YYYY-MM-DD",
                       help=translate("Cli", "the day the rectification was done (not after today)"))
    close.add_argument("--evidence", default="", help=translate("Cli", "written account of the rectification"))
    close.add_argument("--attach", type=Path, action="append", default=[], metavar="FILE",
                       help=translate("Cli", "evidence file to attach (repeatable)"))
    close.add_argument("--today", type=dt.date.fromisoformat, help=translate("Cli", "today's date (default: the system date)"))
    close.set_defaults(handler=cmd_close)


def cmd_list(args: argparse.Namespace) -> int:
    from perfdesk.core.db import queries_ranking as qr
    from perfdesk.core.services import ranking

    today = args.today or dt.date.today()
    with open_db(args, lock=False) as db, db.sessions() as session:
        year_id = None if args.year is None else ranking.year_id_of(session, args.year)
        flt = qr.LedgerFilter(year_id=year_id, overdue_on=today if args.overdue else None)
        rows = qr.ledger_rows(session, flt)
    if args.json:
        print_json([{**r, "days_overdue": days_overdue(r["deadline"], r["status"], today)} for r in rows])
        return 0
    for r in rows:
        late = days_overdue(r["deadline"], r["status"], today)
        flag = translate("Cli", "{days} days overdue").format(days=late) if late else ""
        print(f"{r['id']:>6}  {r['unit']}  {r['project_code'] or '-'}  {label_of(RectificationSource, r['source'])}  "
              f"{label_of(RectificationStatus, r['status'])}  {r['deadline'] or '-'}  {flag}")
        print(f"        {r['problem']}")
    if args.overdue:
        print(translate("Cli", "{n} items overdue on {today}").format(n=len(rows), today=today.isoformat()))
    else:
        print(translate("Cli", "{n} items").format(n=len(rows)))
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from perfdesk.core.services import ledger

    today = args.today or dt.date.today()
    with open_db(args) as db, uow(db, args) as work:
        ledger.close_item(work, args.item, closed_on=args.on, evidence=args.evidence, today=today,
                          files=args.attach, data_dir=db.data_dir)
    print(translate("Cli", "Ledger item {id} closed on {date}.").format(id=args.item, date=args.on.isoformat()))
    return 0

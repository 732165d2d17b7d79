"""``perfdesk experts draw|list|import|export``: the expert library (专家库) and reproducible draws for a key evaluation."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("experts", parents=[common], help=translate("Cli", "the expert library and expert draws"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    draw = actions.add_parser("draw", parents=[common],
                              help=translate("Cli", "draw experts for an evaluation, never one with a conflict"))
    draw.add_argument("--evaluation", type=int, required=True, metavar="ID")
    draw.add_argument("--count", type=int, required=True, metavar="N")
    draw.add_argument("--seed", type=int, metavar="S",
                      help=translate("Cli", "the same seed draws the same panel (default: a new seed, printed)"))
    draw.add_argument("--field", default="", help=translate("Cli", "only experts of this field"))
    draw.add_argument("--json", action="store_true")
    draw.set_defaults(handler=cmd_draw)
    lst = actions.add_parser("list", parents=[common], help=translate("Cli", "list the expert library"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)
    imp = actions.add_parser("import", parents=[common],
                             help=translate("Cli", "experts from a workbook (sheet 专家库), all or nothing"))
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=cmd_import)
    exp = actions.add_parser("export", parents=[common], help=translate("Cli", "the expert library to a workbook"))
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    exp.set_defaults(handler=cmd_export)


def cmd_draw(args: argparse.Namespace) -> int:
    from perfdesk.core.services import keyeval_registry as reg

    with open_db(args) as db, uow(db, args) as work:
        drawn = reg.draw_experts(work, args.evaluation, count=args.count, seed=args.seed, field=args.field)
    if args.json:
        print_json(drawn)
        return 0
    print(drawn["rule"])
    for n, e in enumerate(drawn["experts"], 1):
        print(f"{n:>3}. {e['name']}  {e['field']}  {e['title']}  {e['employer']}")
    if drawn["excluded"]:
        print(translate("Cli", "Left out for a conflict of interest: {names}").format(
            names="、".join(e["name"] for e in drawn["excluded"])))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from perfdesk.core.services import keyeval_registry as reg

    with open_db(args, lock=False) as db, db.sessions() as session:
        rows = reg.experts(session)
    if args.json:
        print_json(rows)
        return 0
    for e in rows:
        conflicts = "、".join(e["conflicts"]) or "-"
        print(f"{e['id']:>5}  {e['name']}  {e['field']}  {e['title']}  {e['employer']}  {conflicts}")
    print(translate("Cli", "{n} experts").format(n=len(rows)))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from perfdesk.core.services import keyeval_registry as reg

    with open_db(args) as db, uow(db, args) as work:
        added, updated = reg.import_experts(work, args.file)
    print(translate("Cli", "Experts imported: {added} added, {updated} updated.").format(added=added, updated=updated))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from perfdesk.core.services import keyeval_registry as reg

    with open_db(args, lock=False) as db, db.sessions() as session:
        n = reg.export_experts(session, args.out)
    print(translate("Cli", "{n} experts written to {path}").format(n=n, path=args.out))
    return 0

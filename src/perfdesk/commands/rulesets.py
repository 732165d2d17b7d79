"""``perfdesk rulesets list [--json]`` and ``perfdesk rulesets apply KEY``: start from a named rule set (冠县, 达州,
grade → budget treatment, the 2025 monitoring schedule, the lag rule); only the parameters it names change, and
any of them can be changed afterwards on the settings page."""

from __future__ import annotations

import argparse

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.i18n import translate
from perfdesk.core.rules import params as P
from perfdesk.core.rules.rule_sets import RULE_SETS


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("rulesets", parents=[common], help=translate("Cli", "rule sets to start the settings from"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", parents=[common], help=translate("Cli", "the rule sets and what they set"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)
    app = actions.add_parser("apply", parents=[common], help=translate("Cli", "set the parameters of a rule set"))
    app.add_argument("key", choices=[rs.key for rs in RULE_SETS], metavar="KEY")
    app.set_defaults(handler=cmd_apply)


def cmd_list(args: argparse.Namespace) -> int:
    if args.json:
        print_json([{"key": rs.key, "title": rs.title(), "source": rs.where_from(),
                     "values": {k: P._plain(v) for k, v in rs.values.items()}} for rs in RULE_SETS])
        return 0
    for rs in RULE_SETS:
        print(f"{rs.key:<16} {rs.title()}  ({rs.where_from()})")
        for key, value in rs.values.items():
            print(f"{'':<16}   {key} = {P.encode(value)}")
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    from perfdesk.core.services import settings

    with open_db(args) as db, uow(db, args) as work:
        changed = settings.apply_rule_set(work, args.key)
        work.commit()
    print(translate("Cli", "{n} settings changed: {keys}").format(n=len(changed), keys=", ".join(changed) or "-"))
    return 0

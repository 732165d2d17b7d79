"""``perfdesk survey import FILE --evaluation ID``: satisfaction questionnaires of a key evaluation."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("survey", parents=[common], help=translate("Cli", "satisfaction questionnaires"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", parents=[common],
                             help=translate("Cli", "answers, one row per respondent (xlsx or CSV), all or nothing"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--evaluation", type=int, required=True, metavar="ID")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import)


def _percent(value: object) -> str:
    return "—" if value is None else f"{value * 100:.2f}%"  # type: ignore[operator]


def cmd_import(args: argparse.Namespace) -> int:
    from perfdesk.core.services import survey

    with open_db(args) as db, uow(db, args) as work:
        result = survey.import_survey(work, args.evaluation, args.file)
    if args.json:
        print_json({"evaluation": result.evaluation_id, "respondents": result.respondents,
                    "overall_percent": result.satisfaction_percent, "score": result.score.total,
                    "questions": [{"question": q.question, "answered": q.answered, "satisfied": q.satisfied,
                                   "blank": q.blank, "rate": q.rate} for q in result.questions]})
        return 0
    for q in result.questions:
        print(translate("Cli", "{rate}  {satisfied}/{answered} satisfied, {blank} blank  {question}").format(
            rate=_percent(q.rate), satisfied=q.satisfied, answered=q.answered, blank=q.blank, question=q.question))
    print(translate("Cli", "{n} respondents; overall satisfaction {rate}; {lines} satisfaction line(s) updated.").format(
        n=result.respondents, rate=_percent(result.overall), lines=result.lines_fed))
    return 0

"""``perfdesk keyeval import|export|score|list|findings``: key evaluations (重点绩效评价, RULES §6)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.domain.enums import label_of
from perfdesk.core.domain.keyeval import ObjectKind
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("keyeval", parents=[common], help=translate("Cli", "key evaluations (重点绩效评价)"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = actions.add_parser("import", parents=[common],
                             help=translate("Cli", "an evaluation workbook (评价信息 + 评分表): new, or update by 评价编号"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import)
    exp = actions.add_parser("export", parents=[common], help=translate("Cli", "an evaluation to a workbook"))
    exp.add_argument("--evaluation", type=int, required=True, metavar="ID")
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    exp.set_defaults(handler=cmd_export)
    score = actions.add_parser("score", parents=[common],
                               help=translate("Cli", "score evaluations from their figures with the settings in force"))
    score.add_argument("--evaluation", type=int, metavar="ID", help=translate("Cli", "only this evaluation"))
    score.add_argument("--year", type=int)
    score.add_argument("--json", action="store_true")
    score.set_defaults(handler=cmd_score)
    lst = actions.add_parser("list", parents=[common], help=translate("Cli", "list key evaluations"))
    lst.add_argument("--year", type=int)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)
    rep = actions.add_parser("report", parents=[common], help=translate("Cli", "print an evaluation's report (PDF)"))
    rep.add_argument("--evaluation", type=int, required=True, metavar="ID")
    rep.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    rep.set_defaults(handler=cmd_report)
    fnd = actions.add_parser("findings", parents=[common],
                             help=translate("Cli", "put an evaluation's findings on the rectification ledger"))
    fnd.add_argument("--evaluation", type=int, required=True, metavar="ID")
    fnd.set_defaults(handler=cmd_findings)


def _score_row(r: Any) -> dict[str, Any]:
    return {"id": r.evaluation_id, "score": r.total, "grade": r.grade, "unscored": list(r.unscored),
            "warnings": list(r.warnings)}


def _print_score(r: Any) -> None:
    if r.total is None:
        print(translate("Cli", "Evaluation {id}: not scored yet, {n} line(s) open").format(id=r.evaluation_id,
                                                                                       n=len(r.unscored)))
        for line in r.unscored:
            print(f"        {line}")
    else:
        print(translate("Cli", "Evaluation {id}: {score} points, grade {grade}").format(
            id=r.evaluation_id, score=r.total, grade=r.grade))
    for warning in r.warnings:
        print("        " + translate("Cli", "Warning: {text}").format(text=warning))


def cmd_import(args: argparse.Namespace) -> int:
    from perfdesk.core.services import keyeval_io

    with open_db(args) as db, uow(db, args) as work:
        result = keyeval_io.import_evaluation(work, args.file)
    if args.json:
        print_json({**_score_row(result.score), "created": result.created, "differences": list(result.differences)})
        return 0
    print((translate("Cli", "Evaluation {id} created.") if result.created else
           translate("Cli", "Evaluation {id} updated.")).format(id=result.evaluation_id))
    for line in result.differences:
        print(line)
    _print_score(result.score)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from perfdesk.core.services import keyeval_io

    with open_db(args, lock=False) as db, db.sessions() as session:
        keyeval_io.export_evaluation(session, args.evaluation, args.out)
    print(translate("Cli", "Written to {path}").format(path=args.out))
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from perfdesk.core.services import keyeval

    with open_db(args) as db, uow(db, args) as work:
        results = [keyeval.score_evaluation(work, args.evaluation)] if args.evaluation is not None else \
            keyeval.score_year(work, args.year)
    if args.json:
        print_json([_score_row(r) for r in results])
        return 0
    for r in results:
        _print_score(r)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from perfdesk.core.db import queries_keyeval as qk

    with open_db(args, lock=False) as db, db.sessions() as session:
        rows = qk.evaluation_rows(session, args.year)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        score = "—" if r["score"] is None else f"{r['score']} {r['grade']}"
        print(f"{r['id']:>5}  {r['year']}  {label_of(ObjectKind, r['object_kind'])}  {r['title']}  "
              f"{r['agency'] or '-'}  {r['lead_evaluator'] or '-'}  {score}")
    print(translate("Cli", "{n} evaluations").format(n=len(rows)))
    return 0


def cmd_findings(args: argparse.Namespace) -> int:
    from perfdesk.core.services import keyeval

    with open_db(args) as db, uow(db, args) as work:
        made = keyeval.findings_to_ledger(work, args.evaluation)
    print(translate("Cli", "{n} ledger item(s) added.").format(n=len(made)))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from perfdesk.core.services import keyeval_report

    with open_db(args, lock=False) as db, db.sessions() as session:
        warnings = keyeval_report.print_report(session, args.evaluation, args.out)
    for warning in warnings:
        print(warning)
    print(translate("Cli", "Written to {path}").format(path=args.out))
    return 0

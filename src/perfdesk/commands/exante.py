"""``perfdesk exante list|show|export|import|record``: ex-ante assessments (事前绩效评估, RULES §9).

``list`` shows the projects that need an assessment or have one, with the score, conclusion and the "no
assessment, no budget" flag; ``show CODE`` one assessment in full; ``export --out FILE.xlsx [--blank]`` the
assessments (or blank forms to fill in) as a workbook, or as JSON with ``--json``; ``import FILE`` stores a filled
workbook (all or nothing); ``record CODE --date D --grades 优优良…`` enters one assessment from the command line.
The printed 事前绩效评估意见 is ``perfdesk report exante``."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.commands._dates import date_arg
from perfdesk.core.db import queries as q
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.rules import exante as rules
from perfdesk.core.services import exante


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("exante", parents=[common], help=translate("Cli", "ex-ante assessments (事前绩效评估)"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", parents=[common], help=translate("Cli", "projects that need or have an assessment"))
    _scope(lst)
    lst.add_argument("--all", action="store_true", help=translate("Cli", "every project of the year"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)
    show = actions.add_parser("show", parents=[common], help=translate("Cli", "one project's assessment in full"))
    show.add_argument("code", metavar="CODE", help=translate("Cli", "project code"))
    show.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the latest)"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)
    exp = actions.add_parser("export", parents=[common], help=translate("Cli", "write the assessments to a workbook"))
    _scope(exp)
    exp.add_argument("--out", type=Path, metavar="FILE.xlsx", help=translate("Cli", "workbook to write"))
    exp.add_argument("--blank", action="store_true",
                     help=translate("Cli", "blank forms for the projects that need an assessment and have none"))
    exp.add_argument("--json", action="store_true", help=translate("Cli", "print the assessments as JSON instead"))
    exp.set_defaults(handler=cmd_export)
    imp = actions.add_parser("import", parents=[common], help=translate("Cli", "store a filled workbook (all or nothing)"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the latest)"))
    imp.add_argument("--dry-run", action="store_true", help=translate("Cli", "check and report, write nothing"))
    imp.set_defaults(handler=cmd_import)
    rec = actions.add_parser("record", parents=[common], help=translate("Cli", "enter one assessment"))
    rec.add_argument("code", metavar="CODE", help=translate("Cli", "project code"))
    rec.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the latest)"))
    rec.add_argument("--date", type=date_arg, required=True, help=translate("Cli", "date of the assessment"))
    rec.add_argument("--grades", required=True,
                     help=translate("Cli", "one grade (优/良/中/差) per item of the form, in order, e.g. 优优良中…"))
    rec.add_argument("--assessor", default="", help=translate("Cli", "who assessed it"))
    rec.add_argument("--finding", action="append", default=[], metavar="DIMENSION=TEXT",
                     help=translate("Cli", "what was found under a dimension (repeatable)"))
    rec.add_argument("--opinion", default="", help=translate("Cli", "further remarks"))
    rec.add_argument("--library", action="store_true", help=translate("Cli", "the project enters the project library"))
    rec.set_defaults(handler=cmd_record)


def _scope(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, help=translate("Cli", "budget year (default: the latest)"))
    parser.add_argument("--unit", metavar="CODE", help=translate("Cli", "the projects of a unit and its sub-units"))


def _year(session: object, year: int | None) -> int:
    years = q.years(session)  # type: ignore[arg-type]
    if not years:
        raise UserErrors(translate("Cli", "The database has no budget year."))
    return year or years[0]


def _unit_ids(session: object, code: str | None) -> frozenset[int] | None:
    from perfdesk.core.services.report_kinds import scope

    return None if not code else scope(session, unit=code).unit_ids


def cmd_list(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        year = _year(session, args.year)
        rows = exante.rows(session, year=year, unit_ids=_unit_ids(session, args.unit), everything=args.all)
        on = exante.params(session).no_assessment_no_budget
    if args.json:
        print_json([{**r, "conclusion_text": rules.CONCLUSION_TEXT.get(r["conclusion"], ""),
                     "flag_text": exante.flag_text(r["flag"]) if on else ""} for r in rows])
        return 0
    for r in rows:
        total = "-" if r["total"] is None else str(r["total"])
        flag = exante.flag_text(r["flag"]) if on else ""
        print(f"{r['code']}  {r['name']}  {r['unit']}  {r['assessed_on'] or '-'}  {total}  "
              f"{rules.CONCLUSION_TEXT.get(r['conclusion'], '-')}  {flag}".rstrip())
    print(translate("Cli", "{n} projects, {done} assessed.").format(
        n=len(rows), done=sum(1 for r in rows if r["assessment_id"] is not None)))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        a = exante.assessment_by_code(session, args.code, _year(session, args.year))
    data = exante.as_json(a)
    if args.json:
        print_json(data)
        return 0
    print(f"{a.code}  {a.name}  {a.unit}  {data['assessed_on'] or ''}  {a.form.assessor}")
    for d in data["dimensions"]:
        print(f"  {d['dimension']}  {d['score']}/{d['points']}  {d['finding']}".rstrip())
    library = translate("Cli", "enters the project library") if a.form.enters_library else translate(
        "Cli", "does not enter the project library")
    print(translate("Cli", "Total {total}: {conclusion}; {library}.").format(
        total=a.result.total, conclusion=data["conclusion_text"] or translate("Cli", "not finished"), library=library))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if not args.json and args.out is None:
        raise UserErrors(translate("Cli", "Give --out FILE.xlsx, or --json to print the assessments."))
    with open_db(args, lock=False) as db, db.sessions() as session:
        year = _year(session, args.year)
        units = _unit_ids(session, args.unit)
        if args.json:
            rows = exante.rows(session, year=year, unit_ids=units)
            print_json([exante.as_json(exante.assessment(session, r["assessment_id"]))
                        for r in rows if r["assessment_id"] is not None])
            return 0
        n = exante.export_workbook(session, args.out, year=year, unit_ids=units, blank=args.blank)
    print(translate("Cli", "{n} assessments written to {path}").format(n=n, path=args.out))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_db(args) as db, uow(db, args) as work:
        report = exante.import_workbook(work, args.file, year=_year(work.session, args.year), dry_run=args.dry_run)
        if not args.dry_run:
            work.commit()
    text = (translate("Cli", "Dry run: {saved} assessments would be stored, {skipped} blank forms skipped; nothing "
                      "written.") if args.dry_run
            else translate("Cli", "Imported: {saved} assessments stored, {skipped} blank forms skipped."))
    print(text.format(saved=len(report.saved), skipped=len(report.skipped)))
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    with open_db(args) as db, uow(db, args) as work:
        row = next((r for r in exante.rows(work.session, year=_year(work.session, args.year), everything=True)
                    if r["code"] == args.code), None)
        if row is None:
            raise UserErrors(translate("Cli", "No project {code} in that year.").format(code=args.code))
        form = exante.blank_form(work.session, row["project_id"])
        form = dataclasses.replace(form, items=_graded(form.items, args.grades), assessed_on=args.date,
                                   assessor=args.assessor, opinion=args.opinion, enters_library=args.library,
                                   findings=_findings(form, args.finding))
        aid = exante.save(work, form)
        a = exante.assessment(work.session, aid)
    print(translate("Cli", "Assessment {id} of {code}: {total}, {conclusion}.").format(
        id=aid, code=args.code, total=a.result.total, conclusion=rules.CONCLUSION_TEXT[a.result.conclusion]))
    return 0


def _graded(items: tuple[rules.Item, ...], grades: str) -> tuple[rules.Item, ...]:
    grades = "".join(grades.split())
    if len(grades) != len(items):
        raise UserErrors(translate("Cli", "The form has {n} items: give {n} grades, not {given}.").format(
            n=len(items), given=len(grades)))
    return tuple(dataclasses.replace(it, grade=g) for it, g in zip(items, grades, strict=True))


def _findings(form: rules.Form, given: list[str]) -> tuple[tuple[str, str], ...]:
    found = dict(form.findings)
    for text in given:
        dim, sep, finding = text.partition("=")
        if not sep or dim.strip() not in found:
            raise UserErrors(translate("Cli", "Write a finding as DIMENSION=TEXT with one of {dims}.").format(
                dims="、".join(found)))
        found[dim.strip()] = finding.strip()
    return tuple(found.items())

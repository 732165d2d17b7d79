"""``perfdesk standards import|export|search``: the expenditure standard library (支出标准库, 济宁)."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.domain.enums import StandardLevel
from perfdesk.core.i18n import translate
from perfdesk.core.services import standards as svc

LEVELS = {"通用": "general", "行业定额": "industry", "部门特色": "department"} | {lv.value: lv.value for lv in StandardLevel}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("standards", parents=[common],
                       help=translate("Cli", "expenditure standard library: import, export, search"))
    ssub = p.add_subparsers(dest="standards_command", metavar="ACTION", required=True)
    imp = ssub.add_parser("import", parents=[common], help=translate("Cli", "add and update standards from a workbook (all or nothing)"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help=translate("Cli", "check and report, write nothing"))
    imp.set_defaults(handler=cmd_import)
    exp = ssub.add_parser("export", parents=[common], help=translate("Cli", "export the standards to a workbook"))
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    _filters(exp)
    exp.set_defaults(handler=cmd_export)
    srch = ssub.add_parser("search", parents=[common], help=translate("Cli", "search the standards by words"))
    srch.add_argument("words", nargs="*", help=translate("Cli", "words of the code, name, basis, source or projects"))
    _filters(srch)
    srch.add_argument("--json", action="store_true")
    srch.set_defaults(handler=cmd_search)


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--level", choices=sorted(LEVELS), help=translate("Cli", "通用, 行业定额 or 部门特色"))
    parser.add_argument("--year", type=int, help=translate("Cli", "only standards valid in this budget year"))


def _filter(args: argparse.Namespace) -> svc.StandardFilter:
    return svc.StandardFilter(words=" ".join(getattr(args, "words", []) or []), level=LEVELS.get(args.level or "", ""),
                              year=args.year)


def cmd_import(args: argparse.Namespace) -> int:
    with open_db(args) as db, uow(db, args) as work:
        report = svc.import_standards(work, args.file, dry_run=args.dry_run)
        if not args.dry_run:
            work.commit()
    text = (translate("Cli", "Dry run: {added} would be added, {updated} updated, {unchanged} unchanged; nothing "
                             "written.") if args.dry_run else
            translate("Cli", "Standards imported: {added} added, {updated} updated, {unchanged} unchanged."))
    print(text.format(added=report.added, updated=report.updated, unchanged=report.unchanged))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        n = svc.export_standards(session, args.out, _filter(args))
    print(translate("Cli", "{n} standards written to {path}").format(n=n, path=args.out))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        rows = svc.search(session, _filter(args))
    if args.json:
        print_json([{k: v for k, v in r.items()} for r in rows])
        return 0
    for r in rows:
        level = StandardLevel(r["level"]).label() if r["level"] in LEVELS.values() else r["level"]
        years = "–".join(str(y) if y else "" for y in (r["year_from"], r["year_to"]))
        print(f"{r['code']}  [{level}]  {r['name']}  {r['value']} {r['unit']}  {r['source']}"
              + (f"  ({years})" if years != "–" else ""))
    print(translate("Cli", "{n} standards.").format(n=len(rows)))
    return 0

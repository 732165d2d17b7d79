"""``perfdesk library search|import|export|load-shipped``: the indicator library (指标库)."""

from __future__ import annotations

import argparse
from pathlib import Path

from perfdesk.commands._context import open_db, print_json, uow
from perfdesk.core.domain.enums import SECTOR_NAMES_ZH, sector_code, sector_label
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.services import library as lib
from perfdesk.core.services.library import LibraryFilter


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("library", parents=[common], help=translate("Cli", "indicator library: search, import, export"))
    lsub = p.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    srch = lsub.add_parser("search", parents=[common], help=translate("Cli", "search the library by words"))
    srch.add_argument("words", nargs="*", help=translate("Cli", "words of the name or the measurement note"))
    srch.add_argument("--sector", metavar="S", default="", help=translate("Cli", "sector, e.g. 卫生健康 or health"))
    srch.add_argument("--level1", metavar="L", default="", help=translate("Cli", "first-level indicator, e.g. 产出指标"))
    srch.add_argument("--year", type=int, help=translate("Cli", "only entries valid in this budget year"))
    srch.add_argument("--json", action="store_true")
    srch.set_defaults(handler=cmd_search)
    imp = lsub.add_parser("import", parents=[common], help=translate("Cli", "import a county's entries (all or nothing)"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help=translate("Cli", "check and report, write nothing"))
    imp.set_defaults(handler=cmd_import)
    exp = lsub.add_parser("export", parents=[common], help=translate("Cli", "export the library to a workbook"))
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    exp.add_argument("--sector", metavar="S", default="", help=translate("Cli", "sector, e.g. 卫生健康 or health"))
    exp.set_defaults(handler=cmd_export)
    load = lsub.add_parser("load-shipped", parents=[common],
                           help=translate("Cli", "fill an empty library with the shipped indicators"))
    load.set_defaults(handler=cmd_load)


def sector_of(text: str) -> str:
    """The sector code of ``--sector`` (a Chinese name, a label or a code); an unknown one is refused."""
    code = sector_code(text)
    if code is None:
        names = "、".join(SECTOR_NAMES_ZH.values())
        raise UserErrors(translate("Cli", "Unknown sector \"{text}\". Accepted: {names}.").format(text=text, names=names))
    return code


def cmd_search(args: argparse.Namespace) -> int:
    flt = LibraryFilter(words=" ".join(args.words), sector=sector_of(args.sector), level1=args.level1, year=args.year)
    with open_db(args, lock=False) as db, db.sessions() as session:
        rows = lib.search(session, flt)
    if args.json:
        print_json(rows)
        return 0
    used = translate("Cli", "used {n}×")
    for r in rows:
        print(f"{r['id']:>5}  {sector_label(r['sector']) or r['sector']}  {r['level1']}/{r['level2']}/{r['name']}"
              f"  {r['unit']}  ({used.format(n=r['uses'])})")
    print(translate("Cli", "{n} entries.").format(n=len(rows)))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_db(args) as db, uow(db, args) as work:
        report = lib.import_library(work, args.file, dry_run=args.dry_run)
        if not args.dry_run:
            work.commit()
    for line in report.duplicates:
        print(line)
    text = (translate("Cli", "Dry run: {added} would be added, {unchanged} already in the library; nothing written.")
            if args.dry_run else translate("Cli", "Imported: {added} added, {unchanged} already in the library."))
    print(text.format(added=report.added, unchanged=report.unchanged))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_db(args, lock=False) as db, db.sessions() as session:
        n = lib.export_library(session, args.out, sector=sector_of(args.sector) or None)
    print(translate("Cli", "{n} entries written to {path}").format(n=n, path=args.out))
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    with open_db(args) as db, uow(db, args) as work:
        n = lib.load_shipped(work)
        work.commit()
    print(translate("Cli", "{n} shipped indicators loaded.").format(n=n))
    return 0


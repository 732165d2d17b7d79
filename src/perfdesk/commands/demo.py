"""``perfdesk demo --scale city --out FILE``: a deterministic demo database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from perfdesk.commands._context import print_json
from perfdesk.core.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from perfdesk.core.demo.generator import DEFAULT_SEED, DEFAULT_YEAR, SCALES

    p = sub.add_parser("demo", parents=[common], help=translate("Cli", "create a demo database"))
    p.add_argument("--scale", choices=list(SCALES), default="county")
    p.add_argument("--out", type=Path, required=True, help=translate("Cli", "database file to create"))
    p.add_argument("--year", type=int, default=DEFAULT_YEAR)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--force", action="store_true", help=translate("Cli", "replace an existing file"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_demo, creates_database=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from perfdesk.core.services.demo import create_demo_database

    out: Path = args.out
    if out.exists() and not args.force:
        raise ValueError(translate("Cli", "{path} exists; use --force to replace it").format(path=out))

    def report(fraction: float, message: str = "") -> None:
        if not args.json:
            print(f"\r{int(fraction * 100):3d}% {message:<20}", end="", file=sys.stderr, flush=True)

    counts = create_demo_database(out, scale=args.scale, year=args.year, seed=args.seed, progress=report)
    if args.json:
        print_json(counts)
    else:
        print(file=sys.stderr)
        print(translate("Cli", "Demo database written: {path}").format(path=out))
    return 0

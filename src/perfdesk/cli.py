"""``perfdesk`` command line. Without a subcommand it opens the GUI.

Subcommands live in :mod:`perfdesk.commands`, one module per area, each with
``register(subparsers, common)`` adding its parsers; they call the same services as the GUI.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

import perfdesk
from perfdesk.core.i18n import install_catalogue, translate

if TYPE_CHECKING:  # argparse and the subcommands load only when the command line is used, not for the GUI
    import argparse


def _common_parser() -> argparse.ArgumentParser:
    import argparse

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help=translate("Cli", "database file (or SQLAlchemy URL); default: the per-user data folder"))
    common.add_argument("--lang", choices=["zh_CN", "en"], default=argparse.SUPPRESS,
                        help=translate("Cli", "language of messages"))
    common.add_argument("--user", metavar=translate("Cli", "ACCOUNT"), default=argparse.SUPPRESS,
                        help=translate("Cli", "act as this account (databases with accounts); the password is "
                                       "asked for or read from PERFDESK_PASSWORD"))
    return common


def command_modules() -> list[str]:
    import pkgutil

    import perfdesk.commands as pkg

    return sorted(f"perfdesk.commands.{m.name}" for m in pkgutil.iter_modules(pkg.__path__) if not m.name.startswith("_"))


def build_parser() -> argparse.ArgumentParser:
    import argparse
    import importlib

    common = _common_parser()
    parser = argparse.ArgumentParser(prog="perfdesk", parents=[common],
                                     description=translate("Cli", "PerfDesk: budget performance management"))
    parser.add_argument("--version", action="version", version=f"PerfDesk {perfdesk.__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help=translate("Cli", "open a temporary database, migrate, print one PDF and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules():
        importlib.import_module(name).register(sub, common)
    return parser


def _pre_language(argv: Sequence[str]) -> None:
    """Install the message catalogue before building the parser, so help texts are translated too."""
    lang = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    if lang is None:
        from perfdesk.core.config import load_config

        lang = load_config().language or None
    install_catalogue(lang)
    from perfdesk.commands._argparse_words import install

    install()  # argparse's own words ("usage:", "options" …) in the same language


GUI_OPTIONS_WITH_VALUE = ("--db", "--lang")


def wants_gui(argv: Sequence[str]) -> bool:
    """No subcommand and no CLI-only option: open the GUI (``--db FILE`` and ``--lang L`` are allowed)."""
    rest, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg in GUI_OPTIONS_WITH_VALUE:
            skip = True
        else:
            rest.append(arg)
    cli_only = {"--help", "-h", "--version", "--selftest"}
    return not any(not a.startswith("-") or a in cli_only for a in rest)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(argv):  # the GUI installs its own translators
        from perfdesk.gui.app import main as gui_main

        return gui_main(argv)
    _pre_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.selftest:
        from perfdesk.commands._selftest import run as selftest

        return selftest()
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    from perfdesk.commands._context import run_handler

    return run_handler(args)

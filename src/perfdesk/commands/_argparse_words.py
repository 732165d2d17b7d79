"""The words argparse itself prints ("usage:", "options", "the following arguments are required" …) in the
language of the other messages, so ``perfdesk --help`` and a mistyped command read all in Chinese.

argparse looks its words up through a module-level ``_`` (gettext) each time it prints; :func:`install` puts a
function there that gives PerfDesk's translation of the words below and leaves any other text as it is."""

from __future__ import annotations

from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate

WORDS = frozenset((
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s"),  # printed with a line end
))


def _words(text: str) -> str:
    line = text.removesuffix("\n")
    return translate("Argparse", line) + text[len(line):] if line in WORDS else text


def install() -> None:
    """Once the message catalogue is installed (again-safe)."""
    import argparse

    argparse._ = _words  # type: ignore[attr-defined]

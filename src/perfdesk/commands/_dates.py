"""Dates typed on the command line as people write them: 2025-12-15, 2025/12/15, 2025.12.15, 2025年12月15日."""

from __future__ import annotations

import argparse
import datetime as dt
import re

from perfdesk.core.i18n import translate

_DATE = re.compile(r"^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*$")


def date_arg(text: str) -> dt.date:
    """The date in ``text``; an impossible or unreadable one is refused with a short message naming it."""
    match = _DATE.match(text)
    if match is None:
        raise argparse.ArgumentTypeError(translate("Cli", "“{text}” is not a date: write it as 2025-12-15 (or "
                                                   "2025/12/15, 2025年12月15日)").format(text=text))
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "{text} is not a day of the calendar").format(
            text=text)) from None

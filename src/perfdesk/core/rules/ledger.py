"""The rectification ledger's rules (整改台账, RULES §8): deadlines, overdue items, what closing (销号) needs.

Closing an item needs the evidence of the rectification and a date (RULES §8). PerfDesk states what the
published rule leaves open:

* Evidence is an attached file, or a written account of at least ``closing_account_min_chars`` characters
  (a setting, PerfDesk default 20: about one sentence saying what was done and which document shows it).
  Characters are counted without spaces and line breaks, so padding does not make an account long enough.
* The closing date cannot be after today (a rectification is closed once it is done, not in advance) nor before
  the item was created. Today is always passed in by the caller, never read from the clock here.
* Every item has a deadline: the one set, else ``rectification_days`` after the day it was created.
* An item is overdue on a day when it is not closed and its deadline is before that day.
"""

from __future__ import annotations

import datetime as dt

from perfdesk.core.i18n import translate

CLOSED = "closed"


def default_deadline(created_on: dt.date, days: int) -> dt.date:
    """The deadline of an item created on ``created_on`` when none is set: ``days`` later."""
    return created_on + dt.timedelta(days=days)


def days_overdue(deadline: dt.date | None, status: str, today: dt.date) -> int:
    """How many days an open item is past its deadline on ``today`` (0 when not overdue or closed)."""
    if deadline is None or status == CLOSED or deadline >= today:
        return 0
    return (today - deadline).days


def account_length(text: str) -> int:
    """The length of a written account: its characters without spaces and line breaks."""
    return sum(1 for ch in text if not ch.isspace())


def closing_problems(*, closed_on: dt.date | None, today: dt.date, created_on: dt.date, evidence: str,
                     attachments: int, min_chars: int) -> list[str]:
    """Why an item cannot be closed with this date and evidence (empty when it can), in the user's language."""
    problems = []
    if closed_on is None:
        problems.append(translate("Ledger", "Closing needs the date."))
    elif closed_on > today:
        problems.append(translate("Ledger", "The closing date {date} is after today ({today}): close the item on the "
                                  "day the rectification was done, not in advance.").format(
            date=_day(closed_on), today=_day(today)))
    elif closed_on < created_on:
        problems.append(translate("Ledger", "The closing date is before the item was created."))
    length = account_length(evidence)
    if attachments == 0 and length < min_chars:
        problems.append(translate("Ledger", "Closing needs evidence: attach a file that shows the rectification, or "
                                  "write an account of at least {min} characters (this one has {n}).").format(
            min=min_chars, n=length))
    return problems


def _day(value: dt.date) -> str:
    return translate("Ledger", "{year}-{month:02d}-{day:02d}").format(year=value.year, month=value.month,
                                                                     day=value.day)

"""Document numbers (发文字号) for printed letters: ``{prefix}〔{year}〕{n}号`` (GB/T 9704: 机关代字, the year of
issue in 〔〕, the number in the year's order, no leading zeros).

The prefix (机关代字, e.g. 冠财绩) is the letterhead's ``document_number_prefix`` setting; while it is empty no
number is printed. Numbers come from a register (:class:`~perfdesk.core.db.models.DocumentNumber`): a number is
never given twice, and printing the same letter again (same title, recipient and date) prints the number it
already has. The register is written in the caller's session; the caller commits once the letters are written.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.services import letterhead


def format_number(prefix: str, year: int, seq: int) -> str:
    return f"{prefix}〔{year}〕{seq}号"


def number_for(session: Session, title: str, recipient: str, issued: dt.date) -> str:
    """The letter's document number ("" while no prefix is set), given now if it has none yet."""
    prefix = letterhead.load(session).prefix
    if not prefix:
        return ""
    D = m.DocumentNumber
    known = session.scalar(select(D).where(D.title == title, D.recipient == recipient, D.issued == issued))
    if known is not None:
        return format_number(known.prefix, known.year, known.seq)
    last = session.scalar(select(func.max(D.seq)).where(D.prefix == prefix, D.year == issued.year)) or 0
    entry = D(prefix=prefix, year=issued.year, seq=last + 1, title=title, recipient=recipient, issued=issued,
              created_at=dt.datetime.now())
    session.add(entry)
    session.flush()
    return format_number(prefix, entry.year, entry.seq)


def register(session: Session, year: int | None = None) -> list[tuple[str, str, str, dt.date]]:
    """(number, title, recipient, date) of every number given, in order (one issuing year when given)."""
    D = m.DocumentNumber
    stmt = select(D).order_by(D.year, D.prefix, D.seq)
    if year is not None:
        stmt = stmt.where(D.year == year)
    return [(format_number(d.prefix, d.year, d.seq), d.title, d.recipient, d.issued) for d in session.scalars(stmt)]

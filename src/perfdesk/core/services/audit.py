"""The audit log (issue 20): verification of its hash chain, the viewer's filtered reading and export, entries
for work done outside a unit of work (exports, backups, restores), and purging never below six months."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Text, delete, func, select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db.audit_chain import GENESIS, append_entry, row_hash
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.rules.params import AccountParams
from perfdesk.core.services import settings
from perfdesk.core.services.access import SYSTEM, Right, actor_of, guard, os_user

ANCHOR_KEY = "audit.anchor"  # "<seq> <hash>" of the last purged row: where the kept chain starts
MIN_KEEP_MONTHS = 6


# -- verification -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Break:
    seq: int | None
    row_id: int
    what: str


@guard(Right.AUDIT)
def verify(session: Session) -> list[Break]:
    """Every place the chain is broken: an edited row (its hash no longer matches), a deleted one (a gap, or the
    next row's link points elsewhere), an inserted one (no place in the chain, or a link that does not match)."""
    rows = session.scalars(select(m.AuditLog).order_by(m.AuditLog.seq.is_(None), m.AuditLog.seq, m.AuditLog.id)).all()
    seq, prev = anchor(session)
    breaks = []
    for row in rows:
        if row.seq is None:
            breaks.append(Break(None, row.id, translate("Audit", "an entry outside the chain (inserted)")))
            continue
        if row.seq != seq + 1:
            breaks.append(Break(row.seq, row.id, translate("Audit", "entries {first}–{last} are missing (deleted)").format(
                first=seq + 1, last=row.seq - 1)))
        elif row.prev_hash != prev:
            breaks.append(Break(row.seq, row.id, translate("Audit", "does not follow the entry before it "
                                                           "(an entry was deleted or inserted)")))
        if _hash_of(row) != row.hash:
            breaks.append(Break(row.seq, row.id, translate("Audit", "its content was changed after it was written")))
        seq, prev = row.seq, row.hash
    return breaks


def _hash_of(row: m.AuditLog) -> str:
    return row_hash(seq=row.seq or 0, at=row.at, user=row.user or "", action=row.action, entity=row.entity or "",
                    entity_id=row.entity_id, details=row.details, prev_hash=row.prev_hash)


def anchor(session: Session) -> tuple[int, str]:
    value = session.scalar(select(m.Setting.value).where(m.Setting.key == ANCHOR_KEY))
    if not value:
        return 0, GENESIS
    seq, digest = value.split()
    return int(seq), digest


# -- reading for the viewer and export --------------------------------------------------------------------
@dataclass(frozen=True)
class AuditFilter:
    user: str = ""
    action: str = ""  # a prefix: "login" finds login and login.failed
    since: dt.date | None = None
    until: dt.date | None = None
    text: str = ""


HEADINGS = (QT_TRANSLATE_NOOP("Audit", "No."), QT_TRANSLATE_NOOP("Audit", "Time"), QT_TRANSLATE_NOOP("Audit", "User"),
            QT_TRANSLATE_NOOP("Audit", "Action"), QT_TRANSLATE_NOOP("Audit", "Record"),
            QT_TRANSLATE_NOOP("Audit", "Record id"), QT_TRANSLATE_NOOP("Audit", "Details"))


@guard(Right.AUDIT)
def entries(session: Session, flt: AuditFilter = AuditFilter(), *, limit: int | None = 5000) -> list[dict[str, Any]]:
    stmt = select(m.AuditLog).order_by(m.AuditLog.seq.desc())
    if flt.user:
        stmt = stmt.where(m.AuditLog.user == flt.user)
    if flt.action:
        stmt = stmt.where(m.AuditLog.action.startswith(flt.action))
    if flt.since:
        stmt = stmt.where(m.AuditLog.at >= dt.datetime.combine(flt.since, dt.time()))
    if flt.until:
        stmt = stmt.where(m.AuditLog.at < dt.datetime.combine(flt.until + dt.timedelta(days=1), dt.time()))
    if flt.text:
        stmt = stmt.where(m.AuditLog.details.cast(Text).contains(flt.text))  # type: ignore[attr-defined]
    rows = session.scalars(stmt.limit(limit)).all()
    return [{"seq": r.seq, "at": r.at, "user": r.user, "action": r.action, "entity": r.entity,
             "entity_id": r.entity_id, "details": r.details} for r in rows]


def users_and_actions(session: Session) -> tuple[list[str], list[str]]:
    users = session.scalars(select(m.AuditLog.user).distinct().order_by(m.AuditLog.user)).all()
    actions = session.scalars(select(m.AuditLog.action).distinct().order_by(m.AuditLog.action)).all()
    return [u for u in users if u], list(actions)


def details_text(details: Any) -> str:
    """Old → new changes in a line a person reads."""
    if not details:
        return ""
    if isinstance(details, dict) and "changes" in details:
        parts = []
        for change in details["changes"]:
            if "fields" in change:
                fields = ", ".join(f"{k}: {v[0]} → {v[1]}" for k, v in change["fields"].items())
                parts.append(f"{change['table']} #{change['id']} {fields}")
            else:
                parts.append(f"{change['table']} #{change['id']} ✕")
        return "; ".join(parts)
    if isinstance(details, dict) and "old" in details and "new" in details:
        rest = {k: v for k, v in details.items() if k not in ("old", "new")}
        head = " ".join(f"{k}={v}" for k, v in rest.items())
        return f"{head} {details['old']} → {details['new']}".strip()
    if isinstance(details, dict):
        return " ".join(f"{k}={v}" for k, v in details.items())
    return str(details)


@guard(Right.AUDIT)
def export(session: Session, path: Path, flt: AuditFilter = AuditFilter()) -> int:
    """The filtered entries as CSV (UTF-8 with BOM, so Excel and WPS read the Chinese); itself audited."""
    rows = entries(session, flt, limit=None)
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([translate("Audit", h) for h in HEADINGS])
        for r in rows:
            writer.writerow([r["seq"], r["at"], r["user"], r["action"], r["entity"], r["entity_id"] or "",
                             details_text(r["details"])])
    record(session, "audit.export", file=str(path), rows=len(rows))
    return len(rows)


# -- entries for work outside a unit of work ---------------------------------------------------------------
def record(source: Session | Any, action: str, entity: str = "", **details: Any) -> None:
    """Append one entry in its own transaction: ``source`` is a session, an engine or a Database."""
    engine = getattr(source, "engine", None) or (source.get_bind() if isinstance(source, Session) else source)
    append_entry(engine, action, os_user(), entity, **details)


def record_file(db_path: Path, action: str, **details: Any) -> None:
    """Append one entry to the database file at ``db_path`` (after a backup or a restore)."""
    from perfdesk.core.db.engine import make_engine, url_for

    engine = make_engine(url_for(db_path))
    try:
        record(engine, action, **details)
    finally:
        engine.dispose()


# -- purging ----------------------------------------------------------------------------------------------
def months_kept(session: Session) -> int:
    return max(MIN_KEEP_MONTHS, settings.load(session, AccountParams).audit_keep_months)


@guard(Right.AUDIT)
def purge(uow: UnitOfWork, today: dt.date) -> int:
    """Remove entries older than the months kept (never fewer than six); the chain then starts at an anchor
    recording the last removed entry, so verification still covers every kept entry."""
    actor = actor_of(uow.session)
    uow.user, uow.actor = actor.login or uow.user, SYSTEM  # the anchor is a setting only the chain itself writes
    months = months_kept(uow.session)
    cutoff = _months_before(today, months)
    first_kept = uow.session.scalar(select(func.min(m.AuditLog.seq)).where(m.AuditLog.at >= cutoff))
    old_rows = select(m.AuditLog.seq, m.AuditLog.hash).where(m.AuditLog.at < cutoff)
    if first_kept is not None:
        old_rows = old_rows.where(m.AuditLog.seq < first_kept)  # the chain is cut only before a kept entry
    old = uow.session.execute(old_rows.order_by(m.AuditLog.seq.desc()).limit(1)).first()
    if old is None:
        return 0
    count = uow.session.execute(delete(m.AuditLog).where(m.AuditLog.seq <= old[0])).rowcount
    row = uow.session.get(m.Setting, ANCHOR_KEY)
    if row is None:
        uow.session.add(m.Setting(key=ANCHOR_KEY, value=f"{old[0]} {old[1]}", updated_at=uow.now(), updated_by=uow.user))
    else:
        row.value = f"{old[0]} {old[1]}"
    uow.audit("audit.purge", "audit_log", None, removed=count, before=cutoff.isoformat(), months=months)
    return count


def _months_before(today: dt.date, months: int) -> dt.datetime:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return dt.datetime(year, month + 1, min(today.day, 28))


def problems_text(breaks: Sequence[Break]) -> list[str]:
    return [translate("Audit", "Entry {seq} (row {id}): {what}").format(seq=b.seq if b.seq is not None else "-",
                                                                        id=b.row_id, what=b.what) for b in breaks]


def require_intact(session: Session) -> None:
    breaks = verify(session)
    if breaks:
        raise UserErrors(problems_text(breaks))

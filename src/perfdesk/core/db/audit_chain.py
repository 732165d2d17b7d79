"""The audit log's hash chain: each row's hash covers its content and the hash of the row before it.

The format is frozen (the migration that chained the rows already in a database uses it too): changing it
would make every existing log fail verification.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

GENESIS = "0" * 64


def canonical_details(details: Any) -> str:
    """The details as stored (JSON text, keys sorted) and read back, so the hash is the same before and after."""
    if details is None:
        return "null"
    once = json.loads(json.dumps(details, ensure_ascii=False, sort_keys=True, default=str))
    return json.dumps(once, ensure_ascii=False, sort_keys=True)


def row_hash(*, seq: int, at: dt.datetime, user: str, action: str, entity: str, entity_id: int | None,
             details: Any, prev_hash: str) -> str:
    content = json.dumps([seq, at.isoformat(sep=" "), user or "", action, entity or "", entity_id,
                          canonical_details(details), prev_hash], ensure_ascii=False)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


# -- chaining new rows when they are written ---------------------------------------------------------------
FlushHook = Callable[[Session], None]
HOOKS: list[FlushHook] = []  # run before the chain is extended (access control, automatic change records)


def add_flush_hook(hook: FlushHook) -> None:
    if hook not in HOOKS:
        HOOKS.append(hook)


def last_link(session: Session) -> tuple[int, str]:
    from perfdesk.core.db.models import AuditLog

    row = session.execute(select(AuditLog.seq, AuditLog.hash).where(AuditLog.seq.is_not(None))
                          .order_by(AuditLog.seq.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def chain_new_rows(session: Session) -> None:
    from perfdesk.core.db.models import AuditLog

    new = [obj for obj in session.new if isinstance(obj, AuditLog) and obj.seq is None]
    if not new:
        return
    with session.no_autoflush:
        seq, prev = last_link(session)
    for row in new:
        seq += 1
        row.seq, row.prev_hash = seq, prev
        row.hash = prev = row_hash(seq=seq, at=row.at, user=row.user or "", action=row.action,
                                   entity=row.entity or "", entity_id=row.entity_id, details=row.details,
                                   prev_hash=row.prev_hash)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for hook in HOOKS:
        hook(session)
    chain_new_rows(session)


def append_entry(engine: Any, action: str, user: str = "", entity: str = "", /, **details: Any) -> None:
    """Append one entry in its own transaction (an export, a backup, a restore done outside a unit of work)."""
    from perfdesk.core.db.models import AuditLog

    with Session(engine) as session:
        session.add(AuditLog(at=dt.datetime.now().replace(microsecond=0), user=user, action=action, entity=entity,
                             details=details or None))
        session.commit()

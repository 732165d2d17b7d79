"""Two people saving the same record: the second is told, and nothing of either is lost.

Every record people edit has a ``row_version`` (:class:`perfdesk.core.db.models.Versioned`). An editor remembers
the version it showed; the service saving the edit passes it to :func:`expect`, which refuses the save when the
record has been saved since, and makes the save itself bump the version, so that the check also holds between
reading the record and writing it (the UPDATE names the version it read; when another save came in between it
changes no row, SQLAlchemy raises ``StaleDataError``, and the unit of work turns that into the same refusal).
The refused save is rolled back whole; the person's input stays in the editor to apply again on the new version.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate


class ConcurrentEdit(UserErrors):
    """Someone else saved the record since it was shown here; this save was not made."""

    def __init__(self, by: str = "", at: str = "") -> None:
        if by:
            first = translate("Concurrency", "{user} saved this record at {at} while you were editing it.").format(
                user=by, at=at)
        else:
            first = translate("Concurrency", "Someone else saved this record while you were editing it.")
        super().__init__(first + translate(
            "Concurrency", " Your changes were NOT saved (they would have overwritten theirs). What you entered is "
            "still here: reload to see their version, then apply your changes again and save."))


def expect(session: Any, record: Any, seen: int | None) -> None:
    """Refuse the save of ``record`` unless it is still at the version ``seen`` (None: the caller showed no
    version, e.g. a script: only the check at write time applies); the save will bump the version."""
    current = record.row_version
    if seen is not None and current != seen:
        raise ConcurrentEdit(*last_saved_by(session, record))
    touch(record)


def touch(record: Any) -> None:
    """Make the coming flush write ``record`` (and so bump and check its version) even when only its children
    changed: the version of a target or a self-evaluation stands for everything in it."""
    table = record.__table__
    column = next(c.key for c in table.columns if not c.primary_key and c.key != "row_version")
    flag_modified(record, column)


def last_saved_by(session: Any, record: Any) -> tuple[str, str]:
    """Who saved ``record`` last and when, from the audit log (empty when it does not say)."""
    from sqlalchemy import select

    from perfdesk.core.db.models import AuditLog

    ident = getattr(record, "id", None)
    if ident is None:
        return "", ""
    row = session.execute(select(AuditLog.user, AuditLog.at).where(
        AuditLog.entity == record.__tablename__, AuditLog.entity_id == ident).order_by(AuditLog.id.desc()).limit(1)
    ).first()
    return (row[0] or "", row[1].strftime("%Y-%m-%d %H:%M")) if row else ("", "")


def is_stale(exc: BaseException) -> bool:
    return isinstance(exc, StaleDataError)

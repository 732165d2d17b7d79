"""Unit of work: one session and transaction per use case, rolled back unless the use case commits.

This is what makes imports all-or-nothing: a service writes through ``uow.session`` and calls
``uow.commit()`` only after everything validated; any exception (or no commit) rolls everything back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from perfdesk.core.db import (
    audit_chain,  # noqa: F401  (chains every audit row written through any session)
    concurrency,
)
from perfdesk.core.db.models import AuditLog


class UnitOfWork:
    def __init__(self, sessions: sessionmaker[Session], user: str = "", *, now: dt.datetime | None = None,
                 actor: Any = None):
        self._sessions = sessions
        self.user = user
        self.actor = actor  # an explicit acting account (access.Actor); None: whoever signed in to this database
        self._now = now
        self.session: Session = None  # type: ignore[assignment]
        self.committed = False

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory this unit of work draws from (bound to the database's engine)."""
        return self._sessions

    def now(self) -> dt.datetime:
        """The time recorded on audit entries (fixed in tests and the demo generator)."""
        return self._now or dt.datetime.now().replace(microsecond=0)

    def __enter__(self) -> UnitOfWork:
        self.session = self._sessions()
        self.session.info["uow"] = self
        self.committed = False
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        try:
            self.rollback()
        finally:
            self.session.close()
        if exc is not None and concurrency.is_stale(exc):  # another save of the same record came first
            raise concurrency.ConcurrentEdit() from exc

    def commit(self) -> None:
        self.session.commit()
        self.committed = True

    def rollback(self) -> None:
        self.session.rollback()

    def audit(self, action: str, entity: str = "", entity_id: int | None = None, **details: Any) -> None:
        """Record who did what; written in the same transaction as the change it describes."""
        self.session.add(AuditLog(at=self.now(), user=self.user, action=action, entity=entity,
                                  entity_id=entity_id, details=details or None))

"""What printed letters, notices and reports need at their head and foot: the county's name, the issuing
authority (发文机关) and the document number prefix (文号), all in the ``general`` settings group.

The issuing authority defaults to the county's finance bureau ("XX县财政局") while it is not set; the GUI asks
for whatever is still empty the first time a letter, notice or report is printed (:func:`missing`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.rules.params import GeneralParams
from perfdesk.core.services import settings
from perfdesk.core.services.access import Right, guard


@dataclass(frozen=True)
class Letterhead:
    county: str = ""
    authority: str = ""  # as set; empty = the county's finance bureau
    prefix: str = ""

    @property
    def issuer(self) -> str:
        """The authority that signs: the one set, else "XX县财政局" (or "财政局" while no county is known)."""
        return self.authority or f"{self.county}财政局"

    @property
    def complete(self) -> bool:
        return bool(self.county and self.authority and self.prefix)


def load(session: Session) -> Letterhead:
    general = settings.load(session, GeneralParams)
    return Letterhead(general.county_name.strip(), general.issuing_authority.strip(),
                      general.document_number_prefix.strip())


def issuer(session: Session) -> str:
    return load(session).issuer


def missing(session: Session) -> bool:
    """True while any of county, authority and prefix is empty (then the GUI asks before printing)."""
    return not load(session).complete


@guard(Right.SETTINGS)
def save(uow: UnitOfWork, head: Letterhead) -> list[str]:
    """Record the three settings (audited like any setting); the caller commits."""
    general = settings.load(uow.session, GeneralParams)
    return settings.save(uow, replace(general, county_name=head.county.strip(),
                                      issuing_authority=head.authority.strip(),
                                      document_number_prefix=head.prefix.strip()))

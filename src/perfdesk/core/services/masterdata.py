"""Master data (RULES §1): a new database for a county, its region, and its budget years, units and projects
from the budget system's project export (预算管理一体化系统 项目库/预算批复 export, see :mod:`core.io.budget_export`).

The region (the county's name and 财政区划 code) lives in one place, the ``general`` settings group
(``county_name``, ``division_code``); :func:`region_of` reads it and :func:`issuer` gives the finance bureau
that signs letters and reports ("XX县财政局", or "财政局" while no region is recorded).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.progress import Progress
from perfdesk.core.rules.params import GeneralParams
from perfdesk.core.services import settings


@dataclass(frozen=True)
class Region:
    """The county (or township, city …) a database belongs to: its name and 财政区划 code ('' when unknown)."""

    name: str = ""
    division: str = ""

    @property
    def issuer(self) -> str:
        """The finance bureau that signs: ``"XX县财政局"``, or ``"财政局"`` when the name is unknown."""
        return f"{self.name}财政局"


def region_of(source: UnitOfWork | Session) -> Region:
    """The region recorded in the database (a unit of work or a session)."""
    session = getattr(source, "session", source)
    general = settings.load(session, GeneralParams)
    return Region(general.county_name.strip(), general.division_code.strip())


def issuer(source: UnitOfWork | Session) -> str:
    """The finance bureau signing letters and reports (see :class:`Region`)."""
    return region_of(source).issuer


def set_region(uow: UnitOfWork, *, name: str | None = None, division: str | None = None) -> Region:
    """Record the region's name and/or division code (audited like any setting); the caller commits."""
    general = settings.load(uow.session, GeneralParams)
    changes: dict[str, str] = {}
    if name is not None:
        changes["county_name"] = name.strip()
    if division is not None:
        changes["division_code"] = division.strip()
    settings.save(uow, replace(general, **changes))
    return region_of(uow)


# -- a new database -----------------------------------------------------------------------------------------
def create_database(path: str | Path, *, region: str | None = None, division: str | None = None,
                    year: int | None = None, load_library: bool = False, user: str = "") -> None:
    """Create and migrate a new, empty database at ``path``, recording the region, the first budget year and,
    when asked, the shipped indicator library. Refuses a file that exists (nothing is touched then); a failure
    half-way leaves no file behind."""
    from perfdesk.core.db.engine import open_database

    target = Path(path)
    if target.exists():
        raise UserErrors(UserError(translate("MasterData", "{path} exists; a new database is never written over "
                                             "an existing file. Choose another name.").format(path=target)))
    try:
        with open_database(target) as db, UnitOfWork(db.sessions, user=user) as uow:
            _first_contents(uow, region=region, division=division, year=year, load_library=load_library)
            uow.commit()
    except BaseException:
        _remove_database_files(target)
        raise


def _first_contents(uow: UnitOfWork, *, region: str | None, division: str | None, year: int | None,
                    load_library: bool) -> None:
    if region or division:
        set_region(uow, name=region or "", division=division or "")
    if year is not None:
        ensure_year(uow, year)
    if load_library:
        from perfdesk.core.services import library

        library.load_shipped(uow)
    uow.audit("database.init", "", None, region=region or "", division=division or "", year=year,
              library=load_library)


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def ensure_year(uow: UnitOfWork, year: int) -> int:
    """The id of budget year ``year``, created (and audited) when missing."""
    from sqlalchemy import select

    found = uow.session.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == year))
    if found is not None:
        return found
    if not 1990 <= year <= 2200:
        raise UserErrors(translate("MasterData", "{year} is not a budget year.").format(year=year))
    row = m.BudgetYear(year=year, note="", locked=False)
    uow.session.add(row)
    uow.session.flush()
    uow.audit("year.create", "budget_year", row.id, year=year)
    return row.id


# -- projects from the budget system's export (implemented below in this module) ----------------------------
def import_projects(uow: UnitOfWork, paths: Any, *, year: int | None = None, dry_run: bool = False,
                    progress: Progress | None = None) -> Any:
    raise NotImplementedError


def export_projects(session: Session, path: str | Path, *, year: int | None = None) -> int:
    raise NotImplementedError


def write_template(path: str | Path) -> None:
    raise NotImplementedError

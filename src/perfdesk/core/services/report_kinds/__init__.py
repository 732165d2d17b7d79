"""Report kinds printed by ``perfdesk report KIND``: one module per kind, discovered automatically.

Each module ``report_kinds/<kind>.py`` exposes:

- ``KIND``: the name typed on the command line (``monitoring``, ``targets`` …);
- ``DESCRIPTION``: one line, marked with ``QT_TRANSLATE_NOOP("ReportKinds", …)``;
- ``build(uow, *, project=None, unit=None, year=None, out, progress=None, **options) -> list[str]``: write the
  PDF to ``out`` and return its warnings; ``uow`` is an entered (open) unit of work, used for reading (characters no font could print …). ``project`` and ``unit`` are codes,
  ``year`` a budget year (None: the latest); :func:`scope` resolves them;
- optionally ``add_arguments(parser)`` for options of its own, passed to ``build`` as keyword arguments;
- optionally ``SCOPES``: which of ``project``, ``unit``, ``year`` it covers (default: all three), and ``BATCH``:
  True when a unit or a year gives one table per project, so ``build`` also takes ``folder=True`` to write
  one PDF per project into the folder ``out`` (add the option with :func:`add_batch_arguments`).

The report centre and the command line read these, so a new kind appears in both without other edits.

Adding a kind is adding a module: no shared list to edit.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db import queries as q
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import translate


def kinds() -> dict[str, ModuleType]:
    """Every report kind by name, in name order."""
    found = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            module = importlib.import_module(f"{__name__}.{info.name}")
            found[module.KIND] = module
    return dict(sorted(found.items()))


def description(module: ModuleType) -> str:
    return translate("ReportKinds", module.DESCRIPTION)


SCOPES = ("project", "unit", "year")


def scopes(module: ModuleType) -> tuple[str, ...]:
    """What a kind can cover, in the order ``project``, ``unit``, ``year``."""
    own = getattr(module, "SCOPES", SCOPES)
    return tuple(s for s in SCOPES if s in own)


def is_batch(module: ModuleType) -> bool:
    """Whether a unit or a year gives one table per project (and ``folder=True`` is accepted)."""
    return bool(getattr(module, "BATCH", False))


def add_batch_arguments(parser: Any, *, notes: bool = False) -> None:
    """``--folder`` (and ``--notes`` for tables with score explanations) for a batch kind's ``add_arguments``."""
    parser.add_argument("--folder", action="store_true",
                        help=translate("ReportKinds", "one PDF per project into the folder given by --out"))
    if notes:
        parser.add_argument("--notes", action="store_true",
                            help=translate("ReportKinds", "add the score explanations as notes"))


@dataclass(frozen=True)
class Scope:
    """What a report covers: the budget year, and one project or the projects of a unit's subtree (or all)."""

    year: int
    year_id: int
    project_id: int | None = None
    unit_ids: frozenset[int] | None = None
    unit_name: str = ""


def scope(session: Any, *, project: str | None = None, unit: str | None = None, year: int | None = None) -> Scope:
    """Resolve the command line's codes; raises UserErrors naming what was not found."""
    years = q.years(session)
    if not years:
        raise UserErrors(translate("ReportKinds", "The database has no budget year."))
    year = year or years[0]
    year_id = q.year_id(session, year)
    if year_id is None:
        raise UserErrors(translate("ReportKinds", "There is no budget year {year}.").format(year=year))
    project_id = unit_ids = None
    unit_name = ""
    if project:
        project_id = session.scalar(select(m.Project.id).where(m.Project.year_id == year_id, m.Project.code == project))
        if project_id is None:
            raise UserErrors(translate("ReportKinds", "No project {code} in {year}.").format(code=project, year=year))
    if unit:
        found = session.execute(select(m.Unit.id, m.Unit.name).where(m.Unit.code == unit)).first()
        if found is None:
            raise UserErrors(translate("ReportKinds", "No unit with code {code}.").format(code=unit))
        unit_ids, unit_name = frozenset(q.subtree_ids(q.units(session), found[0])), found[1]
    return Scope(year, year_id, project_id, unit_ids, unit_name)

"""The indicator library (指标库): the shipped entries, search, a county's own changes versioned by year, and
its Excel import/export.

Where the shipped library comes from: ``resources/indicators/*.csv``. The demo database loads it; a new empty
database does not (a county may bring its own library instead): the library page offers to load it while the
library is empty, and ``perfdesk library load-shipped`` does the same.

Versioning: an entry never changes meaning under a target that already uses it. Editing an entry that targets of
a year before the edit's budget year use closes the entry (``year_to`` = that year − 1) and creates a new entry
valid from that year; targets of that year and later move to the new entry, earlier ones keep the old one. An
entry no target of an earlier year uses is edited in place. Every change is audited.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_library as ql
from perfdesk.core.db.queries_library import LibraryFilter
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import INDICATOR_TREE, Comparison, LibraryScope, ValueBasis
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.io import library_xlsx as lx
from perfdesk.core.paths import resources_dir
from perfdesk.core.progress import Progress
from perfdesk.core.services.access import Right, guard

COLUMNS = ("scope", "sector", "project_type", "level1", "level2", "name", "comparison", "typical_value", "unit",
           "value_basis", "measurement", "source")
FIELDS = (*COLUMNS, "department_code", "year_from", "year_to")
CONTENT = tuple(f for f in FIELDS if f not in ("year_from", "year_to"))

__all__ = ["LibraryFilter", "search", "load_shipped", "shipped_library_rows", "save_entry", "retire_entry",
           "import_library", "export_library", "ImportReport"]


def shipped_library_rows() -> list[dict[str, Any]]:
    """Rows of every shipped library CSV, in file order (file names sorted), ready for LibraryIndicator."""
    folder = resources_dir() / "indicators"
    rows: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        with path.open(encoding="utf-8", newline="") as fh:
            for raw in csv.DictReader(fh):
                rows.append({key: (raw.get(key) or "").strip() for key in COLUMNS})
    return rows


def search(session: Any, flt: LibraryFilter = LibraryFilter()) -> list[dict[str, Any]]:
    """Entries matching ``flt`` with their usage counts (see :class:`LibraryFilter`)."""
    return ql.entries(session, flt)


def is_empty(session: Any) -> bool:
    return ql.count(session) == 0


@guard(Right.REVIEW)
def load_shipped(uow: UnitOfWork, *, progress: Progress | None = None) -> int:
    """Fill an empty library with the shipped entries (valid in every year); refuses a library that has entries."""
    if not is_empty(uow.session):
        raise UserErrors(translate("Library", "The library already has entries; the shipped library is loaded only "
                                              "into an empty one."))
    rows = shipped_library_rows()
    if progress:
        progress(0.0, translate("Library", "Loading the indicator library"))
    if rows:
        uow.session.execute(insert(m.LibraryIndicator), [{**r, "active": True} for r in rows])
    uow.audit("library.load_shipped", "library_indicator", None, entries=len(rows))
    return len(rows)


# -- editing ------------------------------------------------------------------------------------------------
def validate(fields: dict[str, Any]) -> list[UserError]:
    problems = []
    level1, level2 = fields.get("level1") or "", fields.get("level2") or ""
    if not (fields.get("name") or "").strip():
        problems.append(UserError(translate("Library", "The indicator needs a name."), column="name"))
    if level1 not in INDICATOR_TREE:
        problems.append(UserError(translate("Library", "Unknown first-level indicator {value}.").format(value=level1),
                                  column="level1"))
    elif level2 not in INDICATOR_TREE[level1]:
        problems.append(UserError(translate("Library", "{level2} is not a second level of {level1}.").format(
            level2=level2, level1=level1), column="level2"))
    for key, enum in (("scope", LibraryScope), ("comparison", Comparison), ("value_basis", ValueBasis)):
        allowed = {e.value for e in enum} | ({""} if key == "value_basis" else set())
        if (fields.get(key) or "") not in allowed:
            problems.append(UserError(translate("Library", "Not an allowed value: {value}").format(value=fields[key]),
                                      column=key))
    return problems


@guard(Right.REVIEW)
def add_entry(uow: UnitOfWork, fields: dict[str, Any], *, year: int | None = None) -> int:
    """A county's own entry, valid from ``year`` (every year when None)."""
    clean = {k: fields.get(k) or ("" if k in CONTENT else None) for k in FIELDS}
    clean.setdefault("scope", "sector")
    clean["scope"] = clean["scope"] or "sector"
    if year is not None:
        clean["year_from"] = year
    if problems := validate(clean):
        raise UserErrors(problems)
    entry = m.LibraryIndicator(**clean, active=True)
    uow.session.add(entry)
    uow.session.flush()
    uow.audit("library.add", "library_indicator", entry.id, name=entry.name, year_from=entry.year_from)
    return entry.id


@guard(Right.REVIEW)
def save_entry(uow: UnitOfWork, entry_id: int, changes: dict[str, Any], *, year: int) -> int:
    """Apply ``changes`` from budget year ``year`` on; returns the id of the entry that now holds them (a new
    one when targets of earlier years use the entry: see the module docstring)."""
    entry = uow.session.get(m.LibraryIndicator, entry_id)
    if entry is None:
        raise UserErrors(translate("Library", "No library entry {id}.").format(id=entry_id))
    new = {k: getattr(entry, k) for k in CONTENT} | {k: v for k, v in changes.items() if k in CONTENT}
    if problems := validate(new):
        raise UserErrors(problems)
    diff = {k: [getattr(entry, k), v] for k, v in new.items() if getattr(entry, k) != v}
    if not diff:
        return entry_id
    earlier = [y for y in ql.used_years(uow.session, entry_id) if y < year]
    if not earlier:
        for key, (_old, value) in diff.items():
            setattr(entry, key, value)
        uow.audit("library.edit", "library_indicator", entry_id, changes=diff, year=year)
        return entry_id
    return _new_version(uow, entry, new, diff, year)


def _new_version(uow: UnitOfWork, entry: m.LibraryIndicator, new: dict[str, Any], diff: dict[str, Any],
                 year: int) -> int:
    successor = m.LibraryIndicator(**new, year_from=year, year_to=entry.year_to, active=True)
    entry.year_to = year - 1
    uow.session.add(successor)
    uow.session.flush()
    moved = ql.uses_from_year(uow.session, entry.id, year)
    if moved:
        uow.session.execute(update(m.TargetIndicator).where(m.TargetIndicator.id.in_(moved))
                            .values(library_id=successor.id))
    uow.audit("library.version", "library_indicator", entry.id, successor=successor.id, year=year, changes=diff,
              moved_uses=len(moved))
    return successor.id


@guard(Right.REVIEW)
def retire_entry(uow: UnitOfWork, entry_id: int, *, year: int) -> None:
    """No longer offered from ``year`` on: closed at ``year`` − 1 when earlier targets use it, else deactivated."""
    entry = uow.session.get(m.LibraryIndicator, entry_id)
    if entry is None:
        raise UserErrors(translate("Library", "No library entry {id}.").format(id=entry_id))
    if any(y < year for y in ql.used_years(uow.session, entry_id)):
        entry.year_to = year - 1
    else:
        entry.active = False
    uow.audit("library.retire", "library_indicator", entry_id, year=year, year_to=entry.year_to,
              active=entry.active)


# -- Excel ------------------------------------------------------------------------------------------------
@dataclass
class ImportReport:
    """What an import did (or would do, on a dry run): entries added, rows skipped because the library already
    holds the same entry, and a readable line per skipped duplicate."""

    added: int = 0
    unchanged: int = 0
    duplicates: list[str] = field(default_factory=list)
    dry_run: bool = False


Key = tuple[str, str, str, str]


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two entries' validity years overlap (open ends count as every year)."""
    lo = max(a.get("year_from") or 0, b.get("year_from") or 0)
    hi = min(a.get("year_to") or 9999, b.get("year_to") or 9999)
    return lo <= hi


def key_of(entry: dict[str, Any]) -> Key:
    return (entry.get("sector") or "", lx.norm(entry.get("level1") or ""), lx.norm(entry.get("level2") or ""),
            lx.norm(entry.get("name") or ""))


def _same_content(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(lx.norm(str(a.get(k) or "")) == lx.norm(str(b.get(k) or "")) for k in CONTENT)


@guard(Right.REVIEW)
def import_library(uow: UnitOfWork, path: Path, *, dry_run: bool = False,
                   progress: Progress | None = None) -> ImportReport:
    """Add a county's entries from a workbook, all or nothing. Duplicates (same sector and level1/level2/name
    after folding full-width characters and spaces) inside the file are errors; a row equal to an entry already
    in the library is skipped and reported; a row with the key of an existing entry but other content is an error
    (edit that entry on the library page instead)."""
    parsed, problems = lx.read_library(Path(path))
    existing: dict[Key, list[dict[str, Any]]] = {}
    for e in ql.keys(uow.session):
        existing.setdefault(key_of(e), []).append(e)
    seen: dict[Key, list[tuple[int, dict[str, Any]]]] = {}
    report, new_rows = ImportReport(dry_run=dry_run), []
    for p in parsed:
        key = key_of(p.fields)
        twin = next((row for row, f in seen.get(key, []) if overlaps(f, p.fields)), None)
        seen.setdefault(key, []).append((p.row, p.fields))
        if twin is not None:
            problems.add(translate("LibraryImport", "Duplicate of row {row} (same sector, levels and name).").format(
                row=twin), p.sheet, p.row, p.name_column)
            continue
        old = next((e for e in existing.get(key, []) if overlaps(e, p.fields)), None)
        if old is None:
            new_rows.append(p.fields)
        elif _same_content(old, p.fields):
            report.unchanged += 1
            report.duplicates.append(translate("LibraryImport", "Row {row}: already in the library as entry {id} "
                                                                "({name}); skipped.").format(row=p.row, id=old["id"],
                                                                                             name=old["name"]))
        else:
            problems.add(translate("LibraryImport", "The library already has {name} under {level1}/{level2} in this "
                                                    "sector (entry {id}) with other content: edit it on the library "
                                                    "page or remove this row.").format(
                name=old["name"], level1=old["level1"], level2=old["level2"], id=old["id"]), p.sheet, p.row, p.name_column)
    if problems.items:
        raise UserErrors(problems.items)
    report.added = len(new_rows)
    if not dry_run:
        from perfdesk.core.services import maintenance

        maintenance.backup_before(uow, "import")
    if not dry_run and new_rows:
        uow.session.execute(insert(m.LibraryIndicator), [{**r, "active": True} for r in new_rows])
    if not dry_run:
        uow.audit("library.import", "library_indicator", None, file=Path(path).name, added=report.added,
                  unchanged=report.unchanged)
    return report


@guard(Right.READ, audit="export.library")
def export_library(session: Any, path: Path, *, sector: str | None = None, year: int | None = None) -> int:
    """Write the active entries (of one sector, valid in ``year`` when given) to ``path``; returns rows written."""
    rows = ql.entries(session, LibraryFilter(sector=sector or "", year=year))
    return lx.write_library(Path(path), rows)


def entry_ids(session: Any) -> list[int]:
    return list(session.scalars(select(m.LibraryIndicator.id).order_by(m.LibraryIndicator.id)))

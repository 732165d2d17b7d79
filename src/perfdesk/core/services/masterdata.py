"""Master data (RULES §1): a new database for a county, its region, and its budget years, units and projects
from the budget system's project export (预算管理一体化系统 项目库/预算批复 export, see :mod:`core.io.budget_export`).

The region (the county's name and 财政区划 code) lives in one place, the ``general`` settings group
(``county_name``, ``division_code``); :func:`region_of` reads it and :func:`issuer` gives the finance bureau
that signs letters and reports ("XX县财政局", or "财政局" while no region is recorded).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from perfdesk.core.db import bulk, driver, server
from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import (
    BudgetType,
    FundOrigin,
    ProjectAttribute,
    ProjectKind,
    UnitKind,
    label_of,
)
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.io import budget_export as be
from perfdesk.core.io.execution_file import map_distinct
from perfdesk.core.memory import gc_paused
from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.rules.params import GeneralParams
from perfdesk.core.services import maintenance, settings
from perfdesk.core.services.access import Right, guard


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
    """The authority signing letters and reports: the 发文机关 set, else the county's finance bureau (one rule for
    every letter, in :mod:`.letterhead`)."""
    from perfdesk.core.services import letterhead

    return letterhead.issuer(getattr(source, "session", source))


@guard(Right.SETTINGS)
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
                    year: int | None = None, load_library: bool = False, user: str = "",
                    admin_password: str | None = None) -> None:
    """Create and migrate a new, empty database at ``path``, recording the region, the first budget year and,
    when asked, the shipped indicator library. Refuses a file that exists (nothing is touched then); a failure
    half-way leaves no file behind. Single-user (no login) unless ``admin_password`` is given: then the database
    has accounts and an administrator ``admin`` who must change that password at first login."""
    from perfdesk.core.db.engine import open_database

    if server.is_server(path):
        _create_on_server(str(path), region=region, division=division, year=year, load_library=load_library,
                          user=user)
        return
    target = Path(path)
    if target.exists():
        raise UserErrors(UserError(translate("MasterData", "{path} exists; a new database is never written over "
                                             "an existing file. Choose another name.").format(path=target)))
    try:
        with open_database(target) as db, UnitOfWork(db.sessions, user=user) as uow:
            _first_contents(uow, region=region, division=division, year=year, load_library=load_library)
            if admin_password is not None:
                from perfdesk.core.services import accounts

                accounts.enable_accounts(uow, admin_password)
            uow.commit()
    except BaseException:
        _remove_database_files(target)
        raise


def _create_on_server(url: str, *, user: str, **first: Any) -> None:
    """The PerfDesk tables in an empty database on a server (the server's administrator creates the database
    itself and its users); one that already holds a PerfDesk database is refused untouched. A failure half-way
    leaves the schema (upgrades run in one transaction) but none of the first contents."""
    from perfdesk.core.db import migrate
    from perfdesk.core.db.engine import make_engine, open_database, url_for

    probe = make_engine(url_for(url))
    try:
        existing = migrate.current_revision(probe)
    finally:
        probe.dispose()
    if existing is not None:
        raise UserErrors(UserError(translate("MasterData", "{path} already holds a PerfDesk database; a new "
                                             "database is never written over it.").format(path=server.shown(url))))
    with open_database(url) as db, UnitOfWork(db.sessions, user=user) as uow:
        _first_contents(uow, **first)
        uow.commit()


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


# -- projects from the budget system's export ----------------------------------------------------------------
# Project.adjusted_budget_fen is 调整后预算数 where a source prints it apart from 全年预算数 (Sichuan self-evaluation
# tables); the export import leaves it alone: CUR_AMT is 全年预算数 (full_year_budget_fen), REPLY_AMT 年初预算数
# (initial_budget_fen), and ADJ_AMT, the change between them, is only checked (REPLY + ADJ = CUR), never stored.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("MasterData", "name"),
    "unit": QT_TRANSLATE_NOOP("MasterData", "unit"),
    "department": QT_TRANSLATE_NOOP("MasterData", "supervising department"),
    "parent": QT_TRANSLATE_NOOP("MasterData", "supervising department"),
    "active": QT_TRANSLATE_NOOP("MasterData", "in use"),
    "budget_type": QT_TRANSLATE_NOOP("MasterData", "budget type"),
    "fund_origin": QT_TRANSLATE_NOOP("MasterData", "fund origin"),
    "attribute": QT_TRANSLATE_NOOP("MasterData", "new or continuing"),
    "pro_kind_code": QT_TRANSLATE_NOOP("MasterData", "project kind code"),
    "exp_func_code": QT_TRANSLATE_NOOP("MasterData", "functional classification code"),
    "fund_type_code": QT_TRANSLATE_NOOP("MasterData", "fund type code"),
    "initial_budget_fen": QT_TRANSLATE_NOOP("MasterData", "initial budget (年初预算数)"),
    "full_year_budget_fen": QT_TRANSLATE_NOOP("MasterData", "full-year budget (全年预算数)"),
}
ENUM_FIELDS = {"budget_type": BudgetType, "fund_origin": FundOrigin, "attribute": ProjectAttribute}
TOWNSHIP_ENDINGS = ("镇", "乡", "街道", "街道办事处", "镇人民政府", "乡人民政府", "街道办", "苏木")
# 支出功能分类 (类, first three digits) → the sector PerfDesk suggests indicators for; 21303 水利 within 213
SECTOR_OF_FUNCTION = {"201": "administration", "204": "public_safety", "205": "education", "206": "science",
                      "207": "culture", "208": "social_security", "210": "health", "211": "environment",
                      "212": "urban", "213": "agriculture", "214": "transport"}


@dataclass(frozen=True)
class Change:
    """One value the import changed (or would change): of a project (``code`` in ``year``) or of a unit
    (``year`` None)."""

    year: int | None
    code: str
    name: str
    field: str
    old: Any
    new: Any

    def text(self) -> str:
        return translate("MasterData", "{code} {name}: {field} {old} → {new}").format(
            code=self.code, name=self.name, field=translate("MasterData", FIELD_LABELS.get(self.field, self.field)),
            old=_shown(self.field, self.old), new=_shown(self.field, self.new))

    def as_json(self) -> dict[str, Any]:
        return {"year": self.year, "code": self.code, "name": self.name, "field": self.field, "old": self.old,
                "new": self.new}


def _shown(field_name: str, value: Any) -> str:
    if field_name.endswith("_fen"):
        return str(Money(value or 0))
    if field_name in ENUM_FIELDS:
        return label_of(ENUM_FIELDS[field_name], value or "")
    if isinstance(value, bool):
        return translate("MasterData", "yes") if value else translate("MasterData", "no")
    return str(value) if value not in (None, "") else "—"


@dataclass(frozen=True)
class ProjectsImportSummary:
    """What an import of project exports did (or, for a dry run, would do)."""

    files: tuple[str, ...]
    years: tuple[int, ...]
    years_created: tuple[int, ...]
    units_created: tuple[str, ...]  # codes
    projects_created: int
    projects_updated: int
    projects_unchanged: int
    changes: tuple[Change, ...]  # units' and projects' changed values, old → new
    missing: tuple[tuple[int, str, str], ...]  # (year, code, name) of projects of the years absent from the files
    warnings: tuple[UserError, ...]
    notes: tuple[str, ...]
    dry_run: bool = False
    backup: Path | None = None

    def as_json(self) -> dict[str, Any]:
        return {"files": list(self.files), "years": list(self.years), "years_created": list(self.years_created),
                "units_created": list(self.units_created), "projects_created": self.projects_created,
                "projects_updated": self.projects_updated, "projects_unchanged": self.projects_unchanged,
                "changes": [c.as_json() for c in self.changes],
                "missing": [{"year": y, "code": c, "name": n} for y, c, n in self.missing],
                "warnings": [str(w) for w in self.warnings], "notes": list(self.notes), "dry_run": self.dry_run,
                "backup": str(self.backup) if self.backup else None}


@gc_paused()  # tens of thousands of small objects that form no cycles: no collector passes over them meanwhile
@guard(Right.REVIEW)
def import_projects(uow: UnitOfWork, paths: str | Path | Sequence[str | Path], *, year: int | None = None,
                    dry_run: bool = False, progress: Progress | None = None) -> ProjectsImportSummary:
    """Import the budget system's project exports: budget years, the unit tree and the projects with their
    budgets (RULES §1), all or nothing after a backup. Any problem in any file raises :class:`UserErrors`
    (file, sheet, row, column) and nothing is written. Re-importing the same file changes nothing; a later
    export updates what changed and lists every change; projects absent from the files are listed, never
    deleted. ``year``: the budget year of files without a FISCAL_YEAR column. ``dry_run``: the summary only."""
    report = progress or no_progress
    files = list(dict.fromkeys(Path(p) for p in ([paths] if isinstance(paths, (str, Path)) else paths)))
    pending = None if dry_run else maintenance.start_backup(uow, "import")
    try:
        report(0.0, translate("MasterData", "Reading the exports"))
        exports = _read_all(files, year)
        report(0.5, translate("MasterData", "Comparing with the database"))
        plan = _Plan(uow.session, exports)
        backup = pending.wait() if pending else None
    except BaseException:
        if pending:
            pending.discard()
        raise
    if dry_run:
        return plan.summary(dry_run=True)
    report(0.7, translate("MasterData", "Writing units and projects"))
    plan.write(uow)
    summary = plan.summary(backup=backup)
    uow.audit("projects.import", "project", None, files=[f.name for f in files], years=list(summary.years),
              units_created=list(summary.units_created), created=summary.projects_created,
              updated=summary.projects_updated, unchanged=summary.projects_unchanged,
              changes=[c.as_json() for c in summary.changes],
              missing=[c for _y, c, _n in summary.missing])
    uow.commit()
    report(1.0, translate("MasterData", "Done"))
    return summary


def _read_all(files: list[Path], year: int | None) -> list[be.BudgetExport]:
    exports, problems = [], []
    for path in files:
        try:
            exports.append(be.read_budget_export(path, year=year))
        except UserErrors as exc:
            problems += exc.errors
        except OSError as exc:
            problems.append(UserError(translate("MasterData", "cannot read the file: {error}").format(error=exc),
                                      str(path)))
    seen: dict[tuple[int, str], tuple[str, int]] = {}
    for export in exports if len(exports) > 1 else ():
        for line in export.lines:
            first = seen.setdefault((line.year, line.code), (export.file, line.row))
            if first[0] != export.file:
                problems.append(UserError(translate("MasterData", "project code {code} is also in {file}, row {row}")
                                          .format(code=line.code, file=Path(first[0]).name, row=first[1]),
                                          export.file, export.sheet, line.row, export.columns.get("code")))
    if problems:
        raise UserErrors(problems)
    return exports


@dataclass
class _WantedUnit:
    name: str
    parent: str | None  # code of the supervising department; "" top level; None: the file does not say
    where: UserError  # the first row naming it (an error template: file, sheet, row, column)


class _Plan:
    """Everything an import would change, worked out before anything is written."""

    def __init__(self, session: Session, exports: list[be.BudgetExport]):
        self.session, self.exports = session, exports
        self.problems: list[UserError] = []
        self.changes: list[Change] = []
        self.notes: list[str] = []
        self.years = sorted({line.year for e in exports for line in e.lines})
        self.year_ids = dict(driver.rows(session, "SELECT year, id FROM budget_year"))
        self._load_units()
        self._plan_units()
        self._plan_projects()
        if self.problems:
            raise UserErrors(self.problems)

    # -- units -------------------------------------------------------------------------------------------
    def _load_units(self) -> None:
        rows = driver.rows(self.session, "SELECT id, code, name, parent_id, active FROM unit")
        code_of = {uid: code for uid, code, *_ in rows}
        self.unit_ids = {code: uid for uid, code, *_ in rows}
        self.old_units = {code: (name, code_of.get(parent_id, ""), bool(active))
                          for _id, code, name, parent_id, active in rows}
        self.codes_by_name: dict[str, set[str]] = {}
        for code, (name, _p, _a) in self.old_units.items():
            self.codes_by_name.setdefault(name, set()).add(code)

    def _plan_units(self) -> None:
        self.wanted: dict[str, _WantedUnit] = {}
        self.unit_of_lines: list[list[str]] = []  # per export, per line: the project's unit code
        for export in self.exports:
            units = [(ln.dept_code, ln.dept_name, ln.agency_code, ln.agency_name) for ln in export.lines]
            first = {key: line for key, line in zip(reversed(units), reversed(export.lines), strict=True)}
            resolved = {key: self._units_of(export, line) for key, line in sorted(first.items(),
                                                                                  key=lambda kv: kv[1].row)}
            self.unit_of_lines.append(list(map(resolved.__getitem__, units)))
        self.new_units = [code for code in self.wanted if code not in self.old_units]
        for code, unit in self.wanted.items():
            if code in self.old_units:
                self._unit_changes(code, unit)
            elif not unit.name:
                self.problems.append(replace(unit.where, message=translate(
                    "MasterData", "unit {code} is new and the file gives no name for it").format(code=code)))
        self.parent_of = {code: parent for code, (_n, parent, _a) in self.old_units.items()}
        self.parent_of.update((code, u.parent) for code, u in self.wanted.items() if u.parent is not None)

    def _units_of(self, export: be.BudgetExport, line: be.ProjectLine) -> str:
        """The line's department and unit wanted; returns the project's unit code ('' when it has none)."""
        dept = self._unit_code(export, line, line.dept_code, line.dept_name, "dept")
        agency = self._unit_code(export, line, line.agency_code, line.agency_name, "agency")
        if dept:
            self._want(export, line, dept, line.dept_name, "", "dept")
        if agency and agency != dept:
            self._want(export, line, agency, line.agency_name, dept or None, "agency")
        if not (agency or dept or line.agency_name or line.dept_name):
            self.problems.append(UserError(translate("MasterData", "the project's unit is blank"), export.file,
                                           export.sheet, line.row, export.columns.get("agency_code")
                                           or export.columns.get("agency_name") or export.columns.get("dept_code")))
        return agency or dept

    def _unit_code(self, export: be.BudgetExport, line: be.ProjectLine, code: str, name: str, kind: str) -> str:
        """The unit's code; a name without a code is looked up among the units (an error when not exactly one)."""
        if code or not name:
            return code
        found = self.codes_by_name.get(name, set()) | {c for c, u in self.wanted.items() if u.name == name}
        if len(found) == 1:
            return found.pop()
        self.problems.append(UserError(translate(
            "MasterData", "the unit {name} has no code: add the code column (AGENCY_CODE / 单位编码, DEPT_CODE / "
            "主管部门编码) or write code-name in the cell").format(name=name), export.file, export.sheet, line.row,
            export.columns.get(f"{kind}_name")))
        return ""

    def _want(self, export: be.BudgetExport, line: be.ProjectLine, code: str, name: str, parent: str | None,
              kind: str) -> None:
        where = UserError("", export.file, export.sheet, line.row, export.columns.get(f"{kind}_code")
                          or export.columns.get(f"{kind}_name"))
        unit = self.wanted.get(code)
        if unit is None:
            self.wanted[code] = _WantedUnit(name, parent, where)
            return
        if name and unit.name and name != unit.name:
            self.problems.append(replace(where, message=translate(
                "MasterData", "unit {code} is named {name} here but {first} on row {row}").format(
                code=code, name=name, first=unit.name, row=unit.where.row)))
        elif parent is not None and unit.parent is not None and parent != unit.parent:
            self.problems.append(replace(where, message=translate(
                "MasterData", "unit {code} is under {parent} here but under {first} on row {row}").format(
                code=code, parent=parent or "—", first=unit.parent or "—", row=unit.where.row)))
        unit.name = unit.name or name
        unit.parent = unit.parent if unit.parent is not None else parent

    def _unit_changes(self, code: str, unit: _WantedUnit) -> None:
        name, parent, active = self.old_units[code]
        if unit.name and unit.name != name:
            self.changes.append(Change(None, code, name, "name", name, unit.name))
        if unit.parent is not None and unit.parent != parent:
            self.changes.append(Change(None, code, unit.name or name, "parent", parent, unit.parent))
        if not active:
            self.changes.append(Change(None, code, unit.name or name, "active", False, True))

    def department_of(self, code: str) -> str:
        seen = set()
        while self.parent_of.get(code) and code not in seen:
            seen.add(code)
            code = self.parent_of[code]  # type: ignore[assignment]
        return code

    # -- projects ----------------------------------------------------------------------------------------
    def _load_projects(self) -> dict[tuple[int, str], tuple[Any, ...]]:
        """(year, code) → (id, year, code, *COMPARED, kind) of the projects of the years imported."""
        if not self.years:
            return {}
        marks = ", ".join("?" * len(self.years))
        rows = driver.rows(self.session, f"""
            SELECT p.id, y.year, p.code, p.name, u.code, d.code, p.budget_type, p.fund_origin, p.attribute,
                   p.pro_kind_code, p.exp_func_code, p.fund_type_code, p.initial_budget_fen, p.full_year_budget_fen,
                   p.kind
            FROM project p JOIN budget_year y ON y.id = p.year_id JOIN unit u ON u.id = p.unit_id
            LEFT JOIN unit d ON d.id = p.department_id
            WHERE y.year IN ({marks})""", tuple(self.years))
        return {(r[1], r[2]): r for r in rows}

    def _plan_projects(self) -> None:
        self.old_projects = self._load_projects()
        self.new_projects: list[tuple[be.ProjectLine, str]] = []  # (line, unit code)
        self.updates: dict[int, dict[str, Any]] = {}
        self.unchanged = 0
        self._departments: dict[str, str] = {}
        for export, units in zip(self.exports, self.unit_of_lines, strict=True):
            before = len(self.new_projects)
            for line, unit in zip(export.lines, units, strict=True):
                if not line.name:
                    self.problems.append(UserError(translate("MasterData", "the project name is blank"), export.file,
                                                   export.sheet, line.row, export.columns.get("name")))
                elif unit:  # else reported with the unit
                    old = self.old_projects.get((line.year, line.code))
                    if old is None:
                        self.new_projects.append((line, unit))
                    else:
                        self._compare(export, line, unit, old)
            blank = sum(1 for line in export.lines if line.origin is None) if export.has_origin else 0
            self._notes_of(export, len(self.new_projects) - before, blank)
        seen = {(line.year, line.code) for e in self.exports for line in e.lines}
        self.missing = sorted((y, c, p[3]) for (y, c), p in self.old_projects.items()
                              if (y, c) not in seen and p[-1] != ProjectKind.DEPARTMENT_WIDE.value)

    def department(self, unit: str) -> str:
        found = self._departments.get(unit)
        if found is None:
            found = self._departments[unit] = self.department_of(unit)
        return found

    def _compare(self, export: be.BudgetExport, line: be.ProjectLine, unit: str, old: tuple[Any, ...]) -> None:
        """The changes the line brings to an existing project (only what the file gives is compared)."""
        origin = line.origin or (FundOrigin.OWN_LEVEL.value if export.has_origin else None)
        given = (line.name, unit, self.department(unit), line.budget_type, origin, line.attribute,
                 line.kind_code or None, line.func_code or None, line.fund_type_code or None, line.initial,
                 full_year_of(line))
        before = old[3:-1]
        if given == before:  # the common case of a re-import: everything given, nothing changed
            self.unchanged += 1
            return
        changed = {f: v for f, v, o in zip(COMPARED, given, before, strict=True) if v is not None and v != o}
        for f, v in changed.items():
            self.changes.append(Change(line.year, line.code, line.name, f, before[COMPARED.index(f)], v))
        if changed:
            self.updates[old[0]] = {**dict(zip(COMPARED, before, strict=True)), **changed}
        else:
            self.unchanged += 1

    def _notes_of(self, export: be.BudgetExport, new: int, blank_origin: int) -> None:
        name = Path(export.file).name
        if not export.has_origin and new:
            self.notes.append(translate(
                "MasterData", "{file} has no 资金来源 column: its {n} new projects were taken as own-level projects; "
                "correct them by hand or import an export that has the column.").format(file=name, n=new))
        if blank_origin:
            self.notes.append(translate("MasterData", "{file}: {n} projects with a blank 资金来源 were taken as "
                                        "own-level projects.").format(file=name, n=blank_origin))
        if export.year_from in ("title", "argument") and export.lines:
            self.notes.append(translate("MasterData", "{file} has no year column: its projects were taken as of "
                                        "{year}.").format(file=name, year=export.lines[0].year))
        if "initial" not in export.columns and new:
            self.notes.append(translate("MasterData", "{file} has no 年初预算数 (REPLY_AMT) column: the initial "
                                        "budget of its new projects was taken equal to the full-year budget.")
                              .format(file=name))
        if "full_year" not in export.columns and "adjustment" not in export.columns and new:
            self.notes.append(translate("MasterData", "{file} has no 全年预算数 (CUR_AMT) column: the full-year "
                                        "budget of its new projects was taken equal to the initial budget.")
                              .format(file=name))

    # -- the outcome -------------------------------------------------------------------------------------
    def summary(self, *, dry_run: bool = False, backup: Path | None = None) -> ProjectsImportSummary:
        return ProjectsImportSummary(
            tuple(e.file for e in self.exports), tuple(self.years),
            tuple(y for y in self.years if y not in self.year_ids) if dry_run else tuple(self.years_created),
            tuple(self.new_units), len(self.new_projects), len(self.updates), self.unchanged, tuple(self.changes),
            tuple(self.missing), tuple(w for e in self.exports for w in e.warnings), tuple(self.notes), dry_run,
            backup)

    def write(self, uow: UnitOfWork) -> None:
        self.years_created = [y for y in self.years if y not in self.year_ids]
        for year in self.years:
            self.year_ids[year] = ensure_year(uow, year)
        self._write_units(uow)
        self._insert_projects(uow)
        self._update_projects(uow)

    def _write_units(self, uow: UnitOfWork) -> None:
        """New units, departments before the units under them, then the changes to existing ones."""
        session = uow.session
        for top in (True, False):
            rows = [self._new_unit(code, len(self.unit_ids) + k) for k, code in enumerate(self.new_units)
                    if (not self.parent_of.get(code)) == top]
            if rows:
                session.execute(insert(m.Unit), rows)
                self.unit_ids.update(driver.rows(session, "SELECT code, id FROM unit"))
        for change in (c for c in self.changes if c.year is None):
            row = session.get(m.Unit, self.unit_ids[change.code])
            if change.field == "name":
                row.name = change.new
            elif change.field == "parent":  # moved under another department, or made one itself
                row.parent_id = self.unit_ids.get(change.new)
                row.kind = _kind(row.name, change.new).value
            elif change.field == "active":
                row.active = True
        session.flush()

    def _new_unit(self, code: str, order: int) -> dict[str, Any]:
        name, parent = self.wanted[code].name, self.parent_of.get(code) or ""
        return {"code": code, "name": name, "kind": _kind(name, parent).value, "parent_id": self.unit_ids.get(parent),
                "mof_div_code": self._division_of(code), "sort_order": order, "active": True}

    def _division_of(self, code: str) -> str:
        if not hasattr(self, "_divisions"):
            self._divisions: dict[str, str] = {}
            for line in (line for e in self.exports for line in e.lines if line.division):
                self._divisions.setdefault(line.dept_code, line.division)
                self._divisions.setdefault(line.agency_code, line.division)
        return self._divisions.get(code, "")

    def _insert_projects(self, uow: UnitOfWork) -> None:
        """The new projects with one DB-API executemany; what is the same for all is written as SQL literals."""
        if not self.new_projects:
            return
        previous = self._previous_ids()
        lines = [line for line, _u in self.new_projects]
        units = [unit for _l, unit in self.new_projects]
        full = list(map(full_year_of, lines))
        initial = [line.initial if line.initial is not None else f for line, f in zip(lines, full, strict=True)]
        full = [f if f is not None else i for f, i in zip(full, initial, strict=True)]
        funcs = [line.func_code for line in lines]
        columns: dict[str, list[Any]] = {
            "year_id": [self.year_ids[line.year] for line in lines], "code": [line.code for line in lines],
            "name": [line.name for line in lines], "unit_id": [self.unit_ids[u] for u in units],
            "department_id": [self.unit_ids[self.department(u)] for u in units],
            "sector": map_distinct(sector_of_function, funcs),
            "budget_type": [line.budget_type or BudgetType.GENERAL.value for line in lines],
            "fund_origin": [line.origin or FundOrigin.OWN_LEVEL.value for line in lines],
            "attribute": [line.attribute or ProjectAttribute.CONTINUING.value for line in lines],
            "pro_kind_code": [line.kind_code for line in lines], "exp_func_code": funcs,
            "fund_type_code": [line.fund_type_code for line in lines], "initial_budget_fen": initial,
            "full_year_budget_fen": full,
            "previous_id": [previous.get((line.year - 1, line.code)) for line in lines],
        }
        n = len(lines)
        columns.update(kind=[ProjectKind.PROJECT.value] * n, period_start=[None] * n, period_end=[None] * n,
                       adjusted_budget_fen=[None] * n, spent_fen=[0] * n, negative_externality=[False] * n,
                       category=[""] * n, note=[""] * n)
        bulk.insert_columns(uow.session, m.Project.__table__, columns)

    def _previous_ids(self) -> dict[tuple[int, str], int]:
        earlier = [y - 1 for y in self.years]
        marks = ", ".join("?" * len(earlier))
        rows = driver.rows(self.session, f"SELECT y.year, p.code, p.id FROM project p JOIN budget_year y "
                                         f"ON y.id = p.year_id WHERE y.year IN ({marks})", tuple(earlier))
        return {(y, c): pid for y, c, pid in rows}

    def _update_projects(self, uow: UnitOfWork) -> None:
        if not self.updates:
            return
        columns = ("name", "unit_id", "department_id", *UPDATED)
        rows = [(v["name"], self.unit_ids[v["unit"]], self.unit_ids.get(v["department"]),
                 *(v[f] for f in UPDATED), pid) for pid, v in self.updates.items()]
        bulk.update_rows(uow.session, m.Project.__table__, columns, rows)


# the project fields an export sets, in the order of the query in _Plan._load_projects after id, year, code
COMPARED = ("name", "unit", "department", "budget_type", "fund_origin", "attribute", "pro_kind_code",
            "exp_func_code", "fund_type_code", "initial_budget_fen", "full_year_budget_fen")
UPDATED = COMPARED[3:]  # the columns updated as they are (name, unit and department apart)


def _kind(name: str, parent: str) -> UnitKind:
    """A unit under a department is a 预算单位; a top-level one a township (by its name) or a 主管部门."""
    if parent:
        return UnitKind.UNIT
    return UnitKind.TOWNSHIP if name.endswith(TOWNSHIP_ENDINGS) else UnitKind.DEPARTMENT


def full_year_of(line: be.ProjectLine) -> int | None:
    """全年预算数: CUR_AMT, else REPLY_AMT + ADJ_AMT when the file has both, else None."""
    if line.full_year is None and line.initial is not None and line.adjustment is not None:
        return line.initial + line.adjustment
    return line.full_year


def sector_of_function(code: str) -> str:
    """The sector of a project by its 支出功能分类 code ('' when the class is not one PerfDesk knows)."""
    if code.startswith("21303"):
        return "water"
    return SECTOR_OF_FUNCTION.get(code[:3], "")


# -- out ------------------------------------------------------------------------------------------------------
@guard(Right.READ, audit="export.projects")
def export_projects(session: Session, path: str | Path, *, year: int | None = None) -> int:
    """Write the projects of ``year`` (default: the newest) in the export layout (.xlsx or .csv); it reads back
    unchanged. Returns the projects written."""
    if year is None:
        year = session.scalar(select(func.max(m.BudgetYear.year)))
        if year is None:
            raise UserErrors(translate("MasterData", "There is no budget year in this database."))
    rows = driver.rows(session, """
        SELECT y.year, u.mof_div_code, coalesce(d.code, ''), coalesce(d.name, ''), u.code, u.name, p.code, p.name,
               p.pro_kind_code, p.exp_func_code, p.fund_type_code, p.budget_type, p.fund_origin, p.attribute,
               p.initial_budget_fen, p.full_year_budget_fen
        FROM project p JOIN budget_year y ON y.id = p.year_id JOIN unit u ON u.id = p.unit_id
        LEFT JOIN unit d ON d.id = p.department_id
        WHERE y.year = ? AND p.kind != ? ORDER BY d.sort_order, d.code, u.sort_order, u.code, p.code""",
                       (year, ProjectKind.DEPARTMENT_WIDE.value))
    lines = [be.ProjectLine(0, y, code, name, dept_code, dept_name, unit_code, unit_name, division, kind, func_code,
                            fund_type, budget_type, origin, attribute, initial, full - initial, full)
             for (y, division, dept_code, dept_name, unit_code, unit_name, code, name, kind, func_code, fund_type,
                  budget_type, origin, attribute, initial, full) in rows]
    return be.write_budget_export(path, lines)


def write_template(path: str | Path) -> None:
    """The empty project form in the export layout, for counties without an export to start from."""
    be.write_template(path)

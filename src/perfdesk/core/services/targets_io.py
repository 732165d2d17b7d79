"""Targets in and out of Excel: export in the official declaration layout or the flat list; import either,
all-or-nothing (any problem → nothing written, every problem listed with file, sheet, row and column)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import aliased

from perfdesk.core.background import Background
from perfdesk.core.db import models as m
from perfdesk.core.db import queries_targets as qt
from perfdesk.core.db.bulk import PreparedInsert, prepare_insert, update_rows
from perfdesk.core.db.queries_library import COMMON_SECTOR, valid_in
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import ProjectKind, ReviewStatus
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.targets import TargetDraft
from perfdesk.core.i18n import translate
from perfdesk.core.io import targets_xlsx as tx
from perfdesk.core.memory import gc_paused
from perfdesk.core.progress import Progress, scaled
from perfdesk.core.rules.params import TargetParams
from perfdesk.core.services import settings as settings_service
from perfdesk.core.services import targets as ts
from perfdesk.core.services import targets_match as tm
from perfdesk.core.services.access import Right, guard


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    unchanged: int
    indicators: int
    findings: tuple[ts.ProjectFinding, ...] = ()  # the quality checks of every target in the file, as imported
    dropped: tuple[tm.DroppedIndicator, ...] = ()  # removed indicators whose progress or evaluation lines go too
    dry_run: bool = False  # nothing was written: what an import would do


class ProgressWouldBeLost(UserErrors):
    """The import would delete monitoring progress typed for indicators no longer in the file: refused (nothing
    written) until the person confirms (``drop_progress=True``); ``summary`` is what the import would do."""

    def __init__(self, summary: ImportSummary):
        self.summary = summary
        super().__init__(dropped_lines(summary) + [translate(
            "Targets", "Nothing was imported. Put those indicators back in the file, or confirm that their progress "
            "may go (command line: --drop-progress).")])


def dropped_lines(summary: ImportSummary) -> list[str]:
    """One sentence per removed indicator whose monitoring progress or evaluation lines go with it."""
    if summary.dry_run:
        text = translate("Targets", "Project {code}: indicator “{name}” is not in the file; importing it would delete "
                         "its {progress} monitoring progress row(s) and unlink {lines} self-evaluation line(s).")
    else:
        text = translate("Targets", "Project {code}: indicator “{name}” was not in the file and was removed with its "
                         "{progress} monitoring progress row(s); {lines} self-evaluation line(s) unlinked (the "
                         "backup taken before the import still holds them).")
    return [text.format(code=d.project_code, name=d.name, progress=d.progress_rows, lines=d.selfeval_lines)
            for d in summary.dropped]


def export_rows(session: Any, *, year: int | None = None, unit_code: str | None = None,
                unit_ids: frozenset[int] | None = None, blank_forms: bool = False) -> list[tx.ExportTarget]:
    """The current targets of the year, of one unit (by code) or of a set of units (by id), or of all; with
    ``blank_forms``, the projects without targets too, each as an empty form for its unit to fill in."""
    if unit_code:
        unit_id = session.scalar(select(m.Unit.id).where(m.Unit.code == unit_code))
        if unit_id is None:
            raise UserErrors(translate("Targets", "No unit with code {code}.").format(code=unit_code))
        unit_ids = frozenset({unit_id})
    heads = qt.current_targets(session, year=year, unit_ids=unit_ids)
    indicators = qt.indicators_of(session, [h["target_id"] for h in heads])
    funds = _annual_funds(session, [h["project_id"] for h in heads])
    out = []
    for h in heads:
        total, fiscal, other = funds.get(h["project_id"], (h["full_year_budget_fen"], h["full_year_budget_fen"], 0))
        out.append(tx.ExportTarget(h["year"], h["code"], h["name"], h["unit_code"], h["unit_name"],
                                   h["dept_code"] or "", h["dept_name"] or "", h["attribute"], _period(h),
                                   total, fiscal, other, ts.draft_of(indicators[h["target_id"]], h)))
    if blank_forms:
        out += [tx.ExportTarget(p["year"], p["code"], p["name"], p["unit_code"], p["unit_name"], p["dept_code"] or "",
                                p["dept_name"] or "", p["attribute"], _period({**p, "medium_period": ""}),
                                p["full_year_budget_fen"], p["full_year_budget_fen"], 0, TargetDraft())
                for p in _projects_without_target(session, year, unit_ids)]
        out.sort(key=lambda t: (t.unit_code, t.code))
    return out


def _projects_without_target(session: Any, year: int | None, unit_ids: frozenset[int] | None
                             ) -> list[dict[str, Any]]:
    """The projects (not department-wide budgets) of the year and units that have no target yet."""
    P, Dept = m.Project, aliased(m.Unit)
    has_target = select(m.PerformanceTarget.id).where(m.PerformanceTarget.project_id == P.id).exists()
    stmt = (select(m.BudgetYear.year, P.code, P.name, P.attribute, P.period_start, P.period_end,
                   P.full_year_budget_fen, m.Unit.code.label("unit_code"), m.Unit.name.label("unit_name"),
                   Dept.code.label("dept_code"), Dept.name.label("dept_name"))
            .join(m.BudgetYear, m.BudgetYear.id == P.year_id).join(m.Unit, m.Unit.id == P.unit_id)
            .outerjoin(Dept, Dept.id == P.department_id)
            .where(~has_target, P.kind != ProjectKind.DEPARTMENT_WIDE.value))
    if year is not None:
        stmt = stmt.where(m.BudgetYear.year == year)
    if unit_ids is not None:
        stmt = stmt.where(P.unit_id.in_(unit_ids))
    return [dict(row._mapping) for row in session.execute(stmt)]


def _period(h: dict[str, Any]) -> str:
    start, end = h["period_start"], h["period_end"]
    return f"{start}年—{end}年" if start and end else (h["medium_period"] or "")


def _annual_funds(session: Any, project_ids: list[int]) -> dict[int, tuple[int, int, int]]:
    """年度资金总额 with 其中：财政拨款 (this year and carried over) and 其他资金, from the budget split."""
    out: dict[int, list[int]] = {}
    for part in qt.chunks(project_ids):
        stmt = (select(m.ProjectFund.project_id, m.ProjectFund.source, func.sum(m.ProjectFund.full_year_fen))
                .where(m.ProjectFund.project_id.in_(part)).group_by(m.ProjectFund.project_id, m.ProjectFund.source))
        for pid, source, fen in session.execute(stmt):
            row = out.setdefault(pid, [0, 0, 0])
            row[0] += fen or 0
            row[2 if source == "other" else 1] += fen or 0
    return {pid: (a, b, c) for pid, (a, b, c) in out.items()}


@guard(Right.READ, audit="export.targets")
def export_targets(session: Any, path: Path, *, year: int | None = None, unit_code: str | None = None,
                   unit_ids: frozenset[int] | None = None, layout: str = "flat") -> int:
    """Write the current targets (of one unit, of a set of units, or all) to ``path``, and a blank form for each
    of their projects without targets; returns projects written."""
    rows = export_rows(session, year=year, unit_code=unit_code, unit_ids=unit_ids, blank_forms=True)
    (tx.write_official if layout == "official" else tx.write_flat)(Path(path), rows)
    return len(rows)


@gc_paused()  # tens of thousands of small objects that form no cycles: no collector passes over them meanwhile
@guard(Right.EDIT)
def import_targets(uow: UnitOfWork, path: Path, *, year: int | None = None, progress: Progress | None = None,
                   dry_run: bool = False, drop_progress: bool = False) -> ImportSummary:
    """Read, validate everything, then write; any problem raises :class:`UserErrors` and nothing is written.
    A submitted or approved target may appear only unchanged (a change needs a formal adjustment). The database
    is backed up first (in the background while the workbook is read); a rejected file leaves no backup.

    ``year`` is the budget year the workbook is expected to hold (default: the newest in the database): its
    projects, library and last year's actuals are read while the workbook is parsed. A workbook of other years
    is imported all the same, their data read after the parse.

    An indicator still in the file keeps its row (and the progress typed for it, see :mod:`targets_match`); the
    summary lists removed indicators that had progress or evaluation lines; unless ``drop_progress``, an import
    that would delete monitoring progress raises :class:`ProgressWouldBeLost` first, nothing written.
    ``dry_run``: validate and say what would happen (no backup, nothing written)."""
    from perfdesk.core.services import maintenance

    pending = maintenance.start_backup(uow, "import")
    try:
        limit = settings_service.load(uow.session, TargetParams).max_import_mb
        reading = tx.start_reading(Path(path), max_mb=limit)
        try:
            expected = year if year is not None else uow.session.scalar(select(func.max(m.BudgetYear.year)))
            reads = {} if expected is None else {expected: _year_reads(uow.session, expected)}
        except BaseException:
            reading.wait()
            raise
        parsed, read_problems = reading.result()
        for wanted in sorted({t.year for t in parsed} - reads.keys()):
            reads[wanted] = _year_reads(uow.session, wanted)
        scaled(progress, 0, 0.5)(1.0, translate("Targets", "Workbook read"))
        plan, problems, stored = _plan(uow.session, parsed, reads, str(path))
        if read_problems.items or problems:
            raise UserErrors(read_problems.items + problems)
        changed = [(project, draft) for _t, project, draft, change in plan if change]
        matched = {p["id"]: tm.match(stored[p["target_id"]], d.indicators) for p, d in changed if p["target_id"]}
        dropped = tuple(tm.dropped(uow.session, _removed(changed, matched, stored)))
        if dry_run or (not drop_progress and any(d.progress_rows for d in dropped)):
            pending.discard()
        else:
            pending.wait()
    except BaseException:
        pending.discard()
        raise
    counts = {"created": 0, "updated": 0, "unchanged": sum(1 for *_tpd, change in plan if not change)}
    for project, _draft in changed:
        counts["created" if project["target_id"] is None else "updated"] += 1
    if dry_run or (not drop_progress and any(d.progress_rows for d in dropped)):
        would = ImportSummary(counts["created"], counts["updated"], counts["unchanged"],
                              sum(len(d.indicators) for _p, d in changed), (), dropped, dry_run=True)
        if dry_run:
            return would
        raise ProgressWouldBeLost(would)
    target_of = _target_ids(uow, changed)
    _write_headers(uow, changed, target_of)
    heads = [({**p, "project_id": p["id"], "target_id": p["target_id"] or target_of[p["id"]],
               "status": p["status"] or ReviewStatus.DRAFT.value}, draft) for _t, p, draft, _c in plan]
    settings = ts.check_settings(uow.session)
    actuals = {pid: names for r in reads.values() for pid, names in r.actuals.items()}
    by_target = sorted(changed, key=lambda item: target_of[item[0]["id"]])  # the target_id index grows at its end
    insert = _indicator_writes(uow, by_target, target_of, _library_ids(by_target, reads), matched)
    # The checks read only the drafts: they run in a thread while SQLite inserts the indicators, which it does
    # without holding the GIL in a few large statements (many small ones would wait for the GIL in turn), all
    # Python-side work of the insert done before.
    checking = Background(lambda: ts.findings_of_drafts(None, heads, settings, actuals=actuals), "check-import")
    try:
        scaled(progress, 0.5, 0.9)(0.1, translate("Targets", "Writing targets"))
        insert.run()
        uow.session.expire_all()
        uow.audit("targets.import", "", None, file=Path(path).name, projects=[p["code"] for p, _d in changed],
                  progress_dropped=sum(d.progress_rows for d in dropped), **counts)
        uow.commit()
        scaled(progress, 0.9, 1.0)(0.0, translate("Targets", "Checking targets"))
    finally:
        checking.wait()
    written = sum(len(d.indicators) for _p, d in changed)
    return ImportSummary(counts["created"], counts["updated"], counts["unchanged"], written, tuple(checking.result()),
                         dropped)


def _removed(changed: list[tuple[dict[str, Any], ts.TargetDraft]], matched: dict[int, tm.Matched],
             stored: dict[int, list[dict[str, Any]]]) -> dict[int, tuple[str, str]]:
    """The stored indicators the import removes: {id: (project code, name)}."""
    out = {}
    for project, _d in changed:
        if project["id"] in matched:
            names = {row["id"]: row["name"] for row in stored[project["target_id"]]}
            out.update({iid: (project["code"], names[iid]) for iid in matched[project["id"]].removed})
    return out


@dataclass(frozen=True)
class _YearReads:
    """What an import reads of a budget year whatever the workbook holds."""

    projects: dict[str, dict[str, Any]]  # by code (queries_targets.project_by_code)
    heads: dict[int, dict[str, Any]]  # current targets by project id (queries_targets.current_targets)
    library: dict[str, list[tuple[str, int]]]  # library entries valid in the year by name, see _library_by_name
    actuals: dict[int, dict[str, Decimal]]  # last year's actuals by previous project id (for the checks)


def _year_reads(session: Any, year: int) -> _YearReads:
    projects = qt.project_by_code(session, year)
    previous = [p["previous_id"] for p in projects.values() if p["previous_id"]]
    heads = {h["project_id"]: h for h in qt.current_targets(session, year=year)}
    return _YearReads(projects, heads, _library_by_name(session, year), qt.last_year_actuals(session, previous))


def _target_ids(uow: UnitOfWork, changed: list[tuple[dict[str, Any], ts.TargetDraft]]) -> dict[int, int]:
    """Each written project's target id, new (draft) targets created for projects without one."""
    new = {p["id"]: m.PerformanceTarget(project_id=p["id"], version=1, is_current=True, status="draft")
           for p, _d in changed if p["target_id"] is None}
    uow.session.add_all(new.values())
    uow.session.flush()
    return {p["id"]: (p["target_id"] or new[p["id"]].id) for p, _d in changed}


def _write_headers(uow: UnitOfWork, changed: list[tuple[dict[str, Any], ts.TargetDraft]],
                   target_of: dict[int, int]) -> None:
    """The targets of ``target_of`` given the imported header fields (their indicators: :func:`_indicator_writes`)."""
    s = uow.session
    header, today = attrgetter(*ts.HEADER_FIELDS), uow.now().date()
    update_rows(s, m.PerformanceTarget.__table__, ("filled_on", *ts.HEADER_FIELDS),
                [(today, *header(d), target_of[p["id"]]) for p, d in changed])


def _indicator_writes(uow: UnitOfWork, changed: list[tuple[dict[str, Any], ts.TargetDraft]],
                      target_of: dict[int, int], library_ids: list[int | None], matched: dict[int, tm.Matched]
                      ) -> PreparedInsert:
    """The indicators of ``changed`` written (``library_ids``: each one's library entry, in order): stored rows
    still there updated in place, those no longer there deleted now; returns the insert of the new ones (all of
    them on a first import, which takes the fast path alone)."""
    links = iter(library_ids)
    placed = [(p, d, [next(links) for _ in d.indicators]) for p, d in changed]
    fields = [name for name in ts.DRAFT_FIELDS if name != "library_id"]
    removed = [iid for p, _d in changed if p["id"] in matched for iid in matched[p["id"]].removed]
    for part in qt.chunks(removed):
        uow.session.execute(delete(m.TargetIndicator).where(m.TargetIndicator.id.in_(part)))
    kept = [(at, *attrgetter(*fields)(d.indicators[at]), lids[at], iid)
            for p, d, lids in placed if p["id"] in matched for iid, at in matched[p["id"]].kept]
    update_rows(uow.session, m.TargetIndicator.__table__, ("sort_order", *fields, "library_id"), kept)
    new = [(p, d, lids, matched[p["id"]].added if p["id"] in matched else range(len(d.indicators)))
           for p, d, lids in placed]
    indicators = [d.indicators[at] for _p, d, _l, ats in new for at in ats]
    columns = {"target_id": [target_of[p["id"]] for p, _d, _l, ats in new for _at in ats],
               "sort_order": [at for *_pdl, ats in new for at in ats],
               **{name: list(map(attrgetter(name), indicators)) for name in fields},
               "library_id": [lids[at] for _p, _d, lids, ats in new for at in ats]}
    return prepare_insert(uow.session, m.TargetIndicator.__table__, columns)


def _plan(session: Any, parsed: list[tx.ParsedTarget], reads: dict[int, _YearReads], file: str
          ) -> tuple[list[tuple[tx.ParsedTarget, dict[str, Any], ts.TargetDraft, bool]], list[UserError],
                     dict[int, list[dict[str, Any]]]]:
    """Each parsed target with its project, its content as it will stand and whether that is a change; and the
    stored indicators of the targets in the file, by target id."""
    projects = {year: r.projects for year, r in reads.items()}
    heads = {pid: h for r in reads.values() for pid, h in r.heads.items()}
    ids = [projects[t.year][t.code]["id"] for t in parsed if t.code in projects[t.year]]
    indicators = qt.indicators_of(session, [heads[pid]["target_id"] for pid in ids if pid in heads])
    plan, problems = [], []
    for t in parsed:
        project = projects[t.year].get(t.code)
        if project is None:
            problems.append(UserError(translate("TargetImport", "Project {code} does not exist in {year}.").format(
                code=t.code, year=t.year), file, t.sheet, t.row, "PRO_CODE" if t.layout == "flat" else "B"))
            continue
        head = heads.get(project["id"])
        if head is None and not (t.draft.indicators or t.draft.annual_goal or t.draft.medium_goal):
            continue  # the blank form of a project without targets, left unfilled
        draft = _merged(t, ts.header_of(head) if head else _NO_HEADER)
        rows = indicators[head["target_id"]] if head else []
        unchanged = head is not None and len(rows) == len(draft.indicators) and _same(draft, ts.draft_of(rows, head))
        if not unchanged and project["status"] in ts.LOCKED:
            problems.append(UserError(translate("TargetImport", "Project {code}: {reason}").format(
                code=t.code, reason=ts.locked_message(project["status"])), file, t.sheet, t.row))
            continue
        plan.append((t, project, draft, not unchanged))
    return plan, problems, indicators


def _merged(t: tx.ParsedTarget, stored: dict[str, Any]) -> ts.TargetDraft:
    """The imported draft with the stored header fields (:func:`services.targets.header_of`) its layout does not
    carry (the parsed draft is the import's own: it is completed in place)."""
    for name in ts.HEADER_FIELDS:
        if name not in t.header_fields:
            setattr(t.draft, name, stored[name])
    return t.draft


_NO_HEADER = {name: getattr(ts.TargetDraft(), name) for name in ts.HEADER_FIELDS}  # a project without a target


def _same(a: ts.TargetDraft, b: ts.TargetDraft) -> bool:
    if len(a.indicators) != len(b.indicators):
        return False
    strip = [replace(i, library_id=None) for i in a.indicators], [replace(i, library_id=None) for i in b.indicators]
    return strip[0] == strip[1] and all(getattr(a, f) == getattr(b, f) for f in ts.HEADER_FIELDS)


def _library_by_name(session: Any, year: int) -> dict[str, list[tuple[str, int]]]:
    """Each indicator name's library entries valid in the budget year as (sector, id), lowest id first
    (versions of an entry differ in their years, see services.library)."""
    stmt = (select(m.LibraryIndicator.name, m.LibraryIndicator.sector, m.LibraryIndicator.id)
            .where(m.LibraryIndicator.active.is_(True), valid_in(year)).order_by(m.LibraryIndicator.id))
    names: dict[str, list[tuple[str, int]]] = {}
    for name, sector, lid in session.execute(stmt):
        names.setdefault(name, []).append((sector, lid))
    return names


def _library_ids(changed: list[tuple[dict[str, Any], ts.TargetDraft]], reads: dict[int, _YearReads]
                 ) -> list[int | None]:
    """The library entry of each indicator of ``changed``, in order: the entry of its name valid in its
    project's year (see :func:`_pick`); the files carry no links."""
    linked: dict[tuple[int, str], _Linked] = {}  # names repeat across a county's projects: each picked once
    out: list[int | None] = []
    for project, draft in changed:
        key = (project["year"], project.get("sector") or "")
        entries = linked.get(key)
        if entries is None:
            entries = linked[key] = _Linked(reads[key[0]].library, key[1])
        out += map(entries.__getitem__, map(_NAME, draft.indicators))
    return out


_NAME = attrgetter("name")


class _Linked(dict[str, int | None]):
    """The library entry of each indicator name for projects of one year and sector, picked when first asked."""

    def __init__(self, library: dict[str, list[tuple[str, int]]], sector: str):
        super().__init__()
        self.library, self.sector = library, sector

    def __missing__(self, name: str) -> int | None:
        lid = self[name] = _pick(self.library.get(name, []), self.sector)
        return lid


def _pick(entries: list[tuple[str, int]], sector: str) -> int | None:
    """The entry of the project's sector, else a common one, else the first."""
    for wanted in (sector, COMMON_SECTOR):
        for entry_sector, lid in entries:
            if entry_sector == wanted:
                return lid
    return entries[0][1] if entries else None

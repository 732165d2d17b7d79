"""Data packages between townships, departments and the county (issue 19; RULES §1 for the unit tree).

- :func:`export_package` writes a unit's year as a ``.pdpkg`` file: *up* (the unit's own work: targets with their
  review history, monitoring answers, self-evaluations, ledger items with their evidence files) or *down* (the
  county's answers: approved and returned targets with their comments, the year's projects and units of the
  subtree, monitoring rounds, reviewed self-evaluations, ledger items, the indicator library and the settings).
- :func:`verify_package` checks the file (see :mod:`perfdesk.core.io.package`) and that it belongs here: its unit
  is in this database (inside this database's own unit, when it has one), every record lies inside the sender's
  subtree, every project it names exists.
- :func:`import_package` merges record by record with a three-way comparison against what was last exchanged
  with that unit (``exchange_base``): taken when only the package changed it, kept when only this database did,
  a *conflict* when both did — shown side by side and decided by a person (``choices``), never overwritten
  silently. A unit's package never overwrites what finance approved here. One transaction after a backup; a
  summary in the audit log and in the history; the same package twice changes nothing.
- :func:`setup_from_package` makes a township's (or department's) new database from a county package alone.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select

import perfdesk
from perfdesk.core.db import migrate
from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import ReviewStatus
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.io import package as pkg
from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.rules.params import ExchangeParams
from perfdesk.core.services import maintenance, settings
from perfdesk.core.services import package_records as pr
from perfdesk.core.services import package_store as store
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.package_apply import Writer

LOCAL, INCOMING = "local", "incoming"
APPROVED = ReviewStatus.APPROVED.value
SENT = Path("packages") / "sent"


def home_unit(session: Any) -> str:
    """The unit this database belongs to ('' for a county's database)."""
    return settings.load(session, ExchangeParams).home_unit.strip()


def _error(message: str, path: Path | str | None = None) -> UserErrors:
    return UserErrors(UserError(message, str(path) if path else None))


# -- export ----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportSummary:
    path: Path
    package_id: str
    kind: str
    unit_code: str
    year: int
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "package_id": self.package_id, "kind": self.kind, "unit": self.unit_code,
                "year": self.year, "counts": self.counts}


@guard(Right.EDIT)
def export_package(uow: UnitOfWork, *, unit: str, year: int, out: Path, data_dir: Path | None, down: bool = False,
                   progress: Progress | None = None) -> ExportSummary:
    """Write the package of ``unit``'s subtree for ``year`` to ``out`` and record it as sent. What was sent is
    kept beside the database (``packages/sent``) and becomes the base of the next exchange with that unit when
    its next package arrives (comparing it now would cost more than writing the package)."""
    report = progress or no_progress
    session = uow.session
    source = maintenance.database_file(uow)
    scope = pr.scope_of(session, unit, year)
    if scope is None:
        raise _error(translate("Package", "There is no unit {code} in this database.").format(code=unit))
    if scope.year_id is None:
        raise _error(translate("Package", "There is no budget year {year} in this database.").format(year=year))
    if source is None or data_dir is None:
        raise _error(translate("Package", "Packages are written from a database file only."))
    kind, package_id = ("down" if down else "up"), uuid.uuid4().hex
    snapshot = data_dir / SENT / f"{package_id}.sqlite"
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    report(0.1, translate("Package", "Reading the records"))
    try:
        store.write_data_file(source, snapshot, scope, kind)
        counts = store.counts(snapshot)
        unit_name = session.scalar(select(m.Unit.name).where(m.Unit.code == unit)) or ""
        fields = {"package_id": package_id, "kind": kind, "unit_code": unit, "unit_name": unit_name, "year": year,
                  "sender": _sender(uow), "version": perfdesk.__version__, "schema": migrate.head(),
                  "created_at": uow.now().isoformat(), "counts": counts}
        report(0.5, translate("Package", "Writing the package"))
        files = {sha: data_dir / stored for sha, stored in store.evidence(snapshot).items()}
        manifest = pkg.write_package(Path(out), fields, snapshot, files)
        _history(uow, manifest, "sent", Path(out).name, {"snapshot": snapshot.relative_to(data_dir).as_posix()})
        uow.audit("package.export", "exchange_package", None, package_id=package_id, kind=kind, unit=unit,
                  year=year, counts=counts, file=Path(out).name)
        uow.commit()
    except BaseException:
        snapshot.unlink(missing_ok=True)
        raise
    report(1.0, translate("Package", "Done"))
    return ExportSummary(Path(out), package_id, kind, unit, year, counts)


def _sent_bases(uow_or_session: Any, peer: str, data_dir: Path | None, *, settle: bool) -> dict[str, str]:
    """The digests of what was sent to ``peer`` and not yet taken as base (later packages over earlier ones);
    ``settle``: store them as the base now and forget the snapshots."""
    session = getattr(uow_or_session, "session", uow_or_session)
    rows = session.scalars(select(m.ExchangePackage).where(
        m.ExchangePackage.direction == "sent", m.ExchangePackage.unit_code == peer).order_by(m.ExchangePackage.id))
    bases: dict[str, str] = {}
    for row in rows:
        snapshot = (row.summary or {}).get("snapshot")
        if not snapshot or data_dir is None or not (data_dir / snapshot).is_file():
            continue
        data = store.read_data_file(data_dir / snapshot, data_dir / snapshot, row.kind, row.unit_code, row.year)
        sent = {a.key: a.digest for a in pr.aggregates(data, {})}
        bases |= sent
        if settle:
            _remember_digests(uow_or_session, peer, sent)
            row.summary = {**(row.summary or {}), "snapshot": None, "settled": True}
            uow_or_session.session.flush()
            (data_dir / snapshot).unlink(missing_ok=True)
    return bases


def _sender(uow: UnitOfWork) -> str:
    from perfdesk.core.services.masterdata import region_of

    region = region_of(uow).name
    return " / ".join(part for part in (region, home_unit(uow.session), uow.user) if part)


def _project_units(session: Any, year: int) -> dict[str, str]:
    rows = session.execute(select(m.Project.code, m.Unit.code).join(m.Unit, m.Unit.id == m.Project.unit_id)
                           .join(m.BudgetYear).where(m.BudgetYear.year == year))
    return dict(rows.all())


def _aggregates(session: Any, data: dict[str, Any], scope: pr.Scope) -> list[pr.Aggregate]:
    return pr.aggregates(data, _project_units(session, scope.year))


def _remember(uow: UnitOfWork, peer: str, aggregates: Sequence[pr.Aggregate]) -> None:
    """Record each aggregate's digest as the base of the next exchange with ``peer``."""
    _remember_digests(uow, peer, {a.key: a.digest for a in aggregates})


def _remember_digests(uow: UnitOfWork, peer: str, digests: Mapping[str, str]) -> None:
    session = uow.session
    stored = dict(session.execute(select(m.ExchangeBase.record, m.ExchangeBase.digest)
                                  .where(m.ExchangeBase.peer == peer)).all())
    table = m.ExchangeBase.__table__
    new = [{"peer": peer, "record": k, "digest": v} for k, v in digests.items() if k not in stored]
    changed = [{"p": peer, "r": k, "d": v} for k, v in digests.items() if k in stored and stored[k] != v]
    if new:
        session.execute(table.insert(), new)
    if changed:
        session.execute(table.update().where(table.c.peer == bindparam("p"), table.c.record == bindparam("r"))
                        .values(digest=bindparam("d")), changed)


def _history(uow: UnitOfWork, manifest: pkg.Manifest, direction: str, file_name: str,
             summary: dict[str, Any] | None) -> None:
    uow.session.add(m.ExchangePackage(
        package_id=manifest.package_id, direction=direction, kind=manifest.kind, unit_code=manifest.unit_code,
        year=manifest.year, sender=manifest.sender, created_at=manifest.created, at=uow.now(), user=uow.user,
        file_name=file_name, counts=manifest.counts, summary=summary))


# -- verification ------------------------------------------------------------------------------------------------------
def read_verified(path: str | Path) -> pkg.Package:
    """The package at ``path`` with its file checks passed (no database needed)."""
    return pkg.read_package(path, known_schemas=tuple(migrate.revisions()))


def verify_package(session: Any, path: str | Path) -> store.Received:
    """:func:`read_verified`, its records read, then the checks that the package belongs in this database."""
    received = store.read_data(read_verified(path))
    _check_place(session, received)
    return received


def _check_place(session: Any, package: store.Received) -> None:
    man, path = package.manifest, package.path
    home = home_unit(session)
    scope = pr.scope_of(session, man.unit_code, man.year)
    if scope is None:
        raise _error(translate("Package", "The package is from unit {code} {name}, which is not in this database; "
                               "it is not imported.").format(code=man.unit_code, name=man.unit_name), path)
    if man.kind == "down" and not home:
        raise _error(translate("Package", "This package was sent down to {code} {name}; it is imported on that "
                               "unit's own PC, not into the county's database.").format(
                                   code=man.unit_code, name=man.unit_name), path)
    if home:
        home_scope = pr.scope_of(session, home, man.year)
        if home_scope is None or man.unit_code not in home_scope.codes:
            raise _error(translate("Package", "The package is for unit {code} {name}, outside this database's own "
                                   "unit {home}; it is not imported.").format(
                                       code=man.unit_code, name=man.unit_name, home=home), path)
    _check_subtree(session, package, scope)


def _check_subtree(session: Any, package: store.Received, scope: pr.Scope) -> None:
    data, path, man = package.data, package.path, package.manifest
    allowed, project_units = set(scope.codes), _project_units(session, scope.year)
    if man.kind == "down":
        package_units = {u["code"]: u["parent"] for u in data.get("units", [])}
        if not _inside(package_units, man.unit_code):
            raise _error(translate("Package", "The package's unit tree does not hang from {code}; the file was "
                                   "edited or damaged.").format(code=man.unit_code), path)
        allowed |= set(package_units)
        project_units |= {p["code"]: p["unit"] for p in data.get("projects", [])}
    named = _named_projects(data)
    unknown = sorted(code for code in named if code not in project_units)
    if unknown:
        raise _error(translate("Package", "The package names projects that are not in this database for {year}: "
                               "{codes}; import the budget system's projects first.").format(
                                   year=scope.year, codes=_few(unknown)), path)
    outside = sorted({project_units[c] for c in named if project_units[c] not in allowed}
                     | {i["unit"] for i in data.get("ledger", []) if i["unit"] not in allowed}
                     | {p["unit"] for p in data.get("projects", []) if p["unit"] not in allowed})
    if outside:
        raise _error(translate("Package", "The package holds records of units outside {code} {name} and its units "
                               "({outside}); a unit's package may only hold its own subtree, so it is not "
                               "imported.").format(code=man.unit_code, name=man.unit_name, outside=_few(outside)),
                     path)


def _inside(parents: dict[str, str | None], root: str) -> bool:
    """Every unit of the package hangs from ``root`` (the root itself has no parent in the package)."""
    if parents.get(root, "") is not None:
        return False
    for code in parents:
        seen = set()
        while code != root:
            if code in seen or parents.get(code) is None:
                return False
            seen.add(code)
            code = parents[code]  # type: ignore[assignment]
    return True


def _named_projects(data: dict[str, Any]) -> set[str]:
    named = {r["project"] for stage in ("targets", "monitoring", "selfevals") for r in data.get(stage, [])}
    return named | {i["project"] for i in data.get("ledger", []) if i["project"]}


def _few(codes: Sequence[str], n: int = 8) -> str:
    return "、".join(codes[:n]) + (translate("Package", " and {n} more").format(n=len(codes) - n) if len(codes) > n else "")


# -- the merge ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Conflict:
    """A record changed on both sides since the last exchange: the two versions' differing fields."""

    stage: str
    key: str
    label: str
    differences: tuple[tuple[str, str, str], ...]  # (field, this database, package)
    choice: str = ""  # LOCAL, INCOMING, or '' while undecided

    def as_json(self) -> dict[str, Any]:
        return {"stage": self.stage, "key": self.key, "label": self.label, "choice": self.choice or None,
                "differences": [{"field": f, "local": a, "incoming": b} for f, a, b in self.differences]}


@dataclass
class ImportSummary:
    path: Path
    package_id: str
    kind: str
    unit_code: str
    unit_name: str
    year: int
    sender: str
    created_at: str
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    kept_local: dict[str, int] = field(default_factory=dict)  # changed here only since the last exchange
    kept_approved: list[str] = field(default_factory=list)  # approved here: a unit's package never overwrites
    conflicts: list[Conflict] = field(default_factory=list)
    master: dict[str, int] = field(default_factory=dict)  # units, projects, library, settings (down packages)
    files: int = 0
    dry_run: bool = False
    backup: Path | None = None
    already: str = ""  # the time the same package was imported before, when nothing changed now

    @property
    def pending(self) -> list[Conflict]:
        return [c for c in self.conflicts if not c.choice]

    @property
    def changes(self) -> int:
        return (sum(self.added.values()) + sum(self.updated.values()) + sum(self.master.values())
                + sum(1 for c in self.conflicts if c.choice == INCOMING))

    def as_json(self) -> dict[str, Any]:
        return {"file": str(self.path), "package_id": self.package_id, "kind": self.kind, "unit": self.unit_code,
                "unit_name": self.unit_name, "year": self.year, "sender": self.sender, "created_at": self.created_at,
                "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "kept_local": self.kept_local, "kept_approved": self.kept_approved, "master": self.master,
                "conflicts": [c.as_json() for c in self.conflicts], "files": self.files, "dry_run": self.dry_run,
                "backup": str(self.backup) if self.backup else None, "already": self.already or None}


def _bump(counter: dict[str, int], stage: str) -> None:
    counter[stage] = counter.get(stage, 0) + 1


def plan(session: Any, package: store.Received, choices: Mapping[str, str],
         data_dir: Path | None = None) -> tuple[ImportSummary, list[pr.Aggregate]]:
    """Compare the package's aggregates with this database's: the summary, and the aggregates to write."""
    man = package.manifest
    summary = ImportSummary(package.path, man.package_id, man.kind, man.unit_code, man.unit_name, man.year,
                            man.sender, man.created_at)
    scope = pr.scope_of(session, man.unit_code, man.year)
    assert scope is not None
    project_units = _project_units(session, man.year) | {p["code"]: p["unit"] for p in package.data.get("projects", [])}
    local = {a.key: a for a in _aggregates(session, pr.read_stages(session, scope), scope)}
    bases = dict(session.execute(select(m.ExchangeBase.record, m.ExchangeBase.digest)
                                 .where(m.ExchangeBase.peer == man.unit_code)).all())
    bases |= _sent_bases(session, man.unit_code, data_dir, settle=False)
    take = []
    for incoming in pr.aggregates(package.data, project_units):
        decision = _decide(incoming, local.get(incoming.key), bases.get(incoming.key), man.kind, choices, summary)
        if decision:
            take.append(incoming)
    summary.files = sum(len(a.record["attachments"]) for a in take if a.stage == "ledger")
    return summary, take


def _decide(incoming: pr.Aggregate, local: pr.Aggregate | None, base: str | None, kind: str,
            choices: Mapping[str, str], summary: ImportSummary) -> bool:
    stage = incoming.stage
    if local is None:
        _bump(summary.added, stage)
        return True
    mine, theirs = local.digest, incoming.digest
    if mine == theirs:
        _bump(summary.unchanged, stage)
        return False
    if kind == "up" and local.record.get("status") == APPROVED:
        summary.kept_approved.append(_label(local))
        return False
    if base == mine:
        _bump(summary.updated, stage)
        return True
    if base == theirs:
        _bump(summary.kept_local, stage)
        return False
    choice = choices.get(incoming.key, "")
    summary.conflicts.append(Conflict(stage, incoming.key, _label(local), _differences(local.record, incoming.record),
                                      choice if choice in (LOCAL, INCOMING) else ""))
    return choice == INCOMING


def _label(aggregate: pr.Aggregate) -> str:
    r = aggregate.record
    if aggregate.stage == "targets":
        return translate("Package", "Targets of project {project}, version {version}").format(
            project=r["project"], version=r["version"])
    if aggregate.stage == "monitoring":
        return translate("Package", "Monitoring of project {project} as of {date}").format(
            project=r["project"], date=r["round"].split("|")[0])
    if aggregate.stage == "selfevals":
        return translate("Package", "Self-evaluation of project {project}").format(project=r["project"])
    return translate("Package", "Ledger item of {unit}: {problem}").format(unit=r["unit"], problem=r["problem"][:40])


def _differences(mine: dict[str, Any], theirs: dict[str, Any], prefix: str = "") -> tuple[tuple[str, str, str], ...]:
    out: list[tuple[str, str, str]] = []
    for key in sorted(set(mine) | set(theirs)):
        a, b = mine.get(key), theirs.get(key)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list) and len(a) == len(b) and all(
                isinstance(x, dict) for x in a + b):
            for n, (x, y) in enumerate(zip(a, b, strict=True), 1):
                out.extend(_differences(x, y, f"{prefix}{key}[{n}]."))
        elif isinstance(a, list) or isinstance(b, list):
            out.append((field_label(prefix + key), _count(a), _count(b)))
        else:
            out.append((field_label(prefix + key), _text(a), _text(b)))
    return tuple(out)


FIELD_LABELS = {
    "annual_goal": QT_TRANSLATE_NOOP("Package", "annual goal"), "medium_goal": QT_TRANSLATE_NOOP("Package", "medium-term goal"),
    "status": QT_TRANSLATE_NOOP("Package", "status"), "name": QT_TRANSLATE_NOOP("Package", "indicator"),
    "value_text": QT_TRANSLATE_NOOP("Package", "target value"), "weight": QT_TRANSLATE_NOOP("Package", "points"),
    "indicators": QT_TRANSLATE_NOOP("Package", "indicators"), "reviews": QT_TRANSLATE_NOOP("Package", "review history"),
    "progress_text": QT_TRANSLATE_NOOP("Package", "progress"), "expected_text": QT_TRANSLATE_NOOP("Package", "expected by year end"),
    "deviation_reason": QT_TRANSLATE_NOOP("Package", "reason for the deviation"),
    "goal_progress": QT_TRANSLATE_NOOP("Package", "progress of the overall goal"),
    "goal_actual": QT_TRANSLATE_NOOP("Package", "actual completion"), "actual_text": QT_TRANSLATE_NOOP("Package", "actual value"),
    "total_final": QT_TRANSLATE_NOOP("Package", "total score"), "lines": QT_TRANSLATE_NOOP("Package", "scored lines"),
    "measure": QT_TRANSLATE_NOOP("Package", "measure"), "closing_evidence": QT_TRANSLATE_NOOP("Package", "closing account"),
    "attachments": QT_TRANSLATE_NOOP("Package", "evidence files"), "progress": QT_TRANSLATE_NOOP("Package", "indicator progress"),
}


def field_label(path: str) -> str:
    """A differing field as a person reads it: ``indicators[3].value_text`` → 指标3 的指标值."""
    parts = []
    for step in path.split("."):
        name, _, index = step.partition("[")
        label = translate("Package", FIELD_LABELS[name]) if name in FIELD_LABELS else name
        parts.append(label + index.rstrip("]") if index else label)
    return translate("Package", " › ").join(parts)


def _count(value: Any) -> str:
    return translate("Package", "{n} rows").format(n=len(value)) if isinstance(value, list) else _text(value)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


# -- import ------------------------------------------------------------------------------------------------------------
@guard(Right.EDIT)
def import_package(uow: UnitOfWork, path: str | Path, *, choices: Mapping[str, str] | None = None,
                   dry_run: bool = False, data_dir: Path | None = None,
                   progress: Progress | None = None) -> ImportSummary:
    """Verify and merge one package (see the module docstring). Conflicts without a choice keep this database's
    version and are listed (importing again with ``choices`` decides them). All or nothing after a backup."""
    report = progress or no_progress
    report(0.0, translate("Package", "Checking the package"))
    package = verify_package(uow.session, path)
    summary, take = plan(uow.session, package, choices or {}, data_dir)
    summary.dry_run = dry_run
    if dry_run:
        return summary
    if summary.changes == 0 and _received_before(uow, package, summary):
        return summary
    pending = maintenance.start_backup(uow, "package")
    try:
        summary.backup = pending.wait()
    except BaseException:
        pending.discard()
        raise
    report(0.3, translate("Package", "Merging the records"))
    _write(uow, package, summary, take, data_dir)
    report(1.0, translate("Package", "Done"))
    return summary


def _received_before(uow: UnitOfWork, package: store.Received, summary: ImportSummary) -> bool:
    """True when the same package was received before (then nothing at all is written)."""
    at = uow.session.scalar(select(m.ExchangePackage.at).where(
        m.ExchangePackage.package_id == package.manifest.package_id, m.ExchangePackage.direction == "received"))
    if at is not None:
        summary.already = at.isoformat(sep=" ")
    return at is not None


def _write(uow: UnitOfWork, package: store.Received, summary: ImportSummary, take: list[pr.Aggregate],
           data_dir: Path | None) -> None:
    from perfdesk.core.services.masterdata import ensure_year

    man = package.manifest
    year_id = ensure_year(uow, man.year)
    writer = Writer(uow.session, year_id, data_dir, package)
    try:
        if man.kind == "down":
            _write_master(uow, writer, package.data, summary)
        writer.rounds(package.data.get("rounds", []))
        for stage in pr.STAGES:
            for aggregate in take:
                if aggregate.stage == stage:
                    writer.apply(aggregate)
        uow.session.flush()
        _sent_bases(uow, man.unit_code, data_dir, settle=True)
        pending = {c.key for c in summary.pending}  # decided ones: the package's version is the new base
        _remember(uow, man.unit_code, [a for a in pr.aggregates(package.data, {}) if a.key not in pending])
        result = summary.as_json() | {"conflicts": [c.as_json() for c in summary.conflicts]}
        _history(uow, man, "received", package.path.name, _short(result))
        uow.audit("package.import", "exchange_package", None, **_short(result))
        uow.commit()
    except BaseException:
        writer.discard_files()
        raise


def _short(result: dict[str, Any]) -> dict[str, Any]:
    keep = ("package_id", "kind", "unit", "year", "sender", "file", "added", "updated", "unchanged", "kept_local",
            "kept_approved", "master", "files", "backup")
    out = {k: result[k] for k in keep}
    out["conflicts"] = [{"key": c["key"], "label": c["label"], "choice": c["choice"]} for c in result["conflicts"]]
    return out


def _write_master(uow: UnitOfWork, writer: Writer, data: dict[str, Any], summary: ImportSummary) -> None:
    summary.master["units"] = writer.units(data.get("units", []))
    summary.master["projects"] = writer.projects(data.get("projects", []))
    summary.master["library"] = writer.library(data.get("library", []))
    summary.master["settings"] = len(writer.settings(data.get("settings", {}), uow.now(), uow.user))


# -- a new database from a county package -------------------------------------------------------------------------------
def setup_from_package(path: str | Path, package_file: str | Path, *, user: str = "") -> ImportSummary:
    """Create a new database at ``path`` from a county's down package alone: the package's unit becomes this
    database's own unit, so the database holds (and its user sees and edits) that unit's subtree only."""
    from perfdesk.core.db.engine import open_database
    from perfdesk.core.services.masterdata import create_database

    package = store.read_data(read_verified(package_file))
    if package.manifest.kind != "down":
        raise _error(translate("Package", "Only a package sent down by the county can set up a new database; "
                               "this one was sent up by {code} {name}.").format(
                                   code=package.manifest.unit_code, name=package.manifest.unit_name), package.path)
    create_database(path, year=package.manifest.year, user=user)
    try:
        with open_database(path) as db, UnitOfWork(db.sessions, user=user) as uow:
            root = dict(package.data["units"][0])
            uow.session.add(m.Unit(**pr.typed(m.Unit, {k: root[k] for k in pr.UNIT_FIELDS})))
            uow.session.flush()
            settings.save(uow, replace(ExchangeParams(), home_unit=package.manifest.unit_code))
            uow.audit("package.setup", "", None, unit=package.manifest.unit_code, package_id=package.manifest.package_id)
            uow.session.flush()
            summary = import_package(uow, package_file, data_dir=db.data_dir)
    except BaseException:
        from perfdesk.core.services.masterdata import _remove_database_files

        _remove_database_files(Path(path))
        raise
    return summary

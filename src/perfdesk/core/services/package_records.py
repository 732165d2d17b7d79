"""The records a data package carries (issue 19), read from a database and written into one, by natural keys.

Database ids differ from PC to PC, so a record is named by what stays the same everywhere: a unit by its code, a
project by its year and code, a target version by its project and version number, an indicator by its target
and its part, levels and name (the n-th of a repeated name, as :mod:`.targets_match` pairs them), a monitoring
answer by its round (date and name) and project, a self-evaluation by its project, a ledger item by its unit,
project, source, problem and creation time. Each *aggregate* (a target version with its indicators and reviews;
a project's answers in a round; a self-evaluation with its lines; a ledger item with its evidence files) has a
key and a digest: two databases hold the same aggregate when the digests are equal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db.types import DecimalText
from perfdesk.core.io.package import canonical, digest

STAGES = ("targets", "monitoring", "selfevals", "ledger")
IndicatorKey = tuple[int, str, str, str, str, int]  # version, part, level1, level2, name, n-th


# -- plain values -----------------------------------------------------------------------------------------------
def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def columns(model: type, skip: Iterable[str] = ()) -> list[str]:
    excluded = {"id", *skip}
    return [c.name for c in model.__table__.columns if c.name not in excluded]  # type: ignore[attr-defined]


def plain(row: Any, names: Sequence[str]) -> dict[str, Any]:
    mapping = row._mapping if hasattr(row, "_mapping") else row
    return {n: _encode(mapping[n]) for n in names}


def typed(model: type, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` (as in a package) converted to the column types of ``model``."""
    out = {}
    table = model.__table__  # type: ignore[attr-defined]
    for name, value in values.items():
        column = table.columns.get(name)
        if column is None:
            continue
        if value is not None and isinstance(column.type, DecimalText):
            value = Decimal(value)
        elif value is not None and isinstance(column.type, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = dt.date.fromisoformat(value)
        out[name] = value
    return out


def digest_of(record: dict[str, Any]) -> str:
    return digest(canonical(record))


def nth_keys(keys: Sequence[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Each key with its occurrence number appended (the n-th of a repeated key)."""
    seen: dict[tuple[Any, ...], int] = {}
    out = []
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
        out.append((*key, seen[key]))
    return out


# -- the fields each record carries -------------------------------------------------------------------------------
UNIT_FIELDS = columns(m.Unit, ("parent_id",))
PROJECT_FIELDS = columns(m.Project, ("year_id", "unit_id", "department_id", "previous_id"))
FUND_FIELDS = columns(m.ProjectFund, ("project_id",))
TARGET_FIELDS = columns(m.PerformanceTarget, ("project_id", "replaces_id"))
INDICATOR_FIELDS = columns(m.TargetIndicator, ("target_id", "library_id"))
REVIEW_FIELDS = columns(m.TargetReview, ("target_id",))
ROUND_FIELDS = columns(m.MonitoringRound, ("year_id",))
EXECUTION_FIELDS = columns(m.MonitoringExecution, ("round_id", "project_id"))
PROGRESS_FIELDS = columns(m.IndicatorProgress, ("round_id", "indicator_id"))
SELFEVAL_FIELDS = columns(m.SelfEvaluation, ("project_id",))
LINE_FIELDS = columns(m.SelfEvalLine, ("evaluation_id", "indicator_id"))
LEDGER_FIELDS = columns(m.RectificationItem, ("year_id", "unit_id", "project_id"))
ATTACHMENT_FIELDS = columns(m.Attachment, ("item_id", "stored_path"))
LIBRARY_FIELDS = columns(m.LibraryIndicator)


def indicator_key_of(row: dict[str, Any]) -> tuple[str, str, str, str]:
    return row["part"], row["level1"], row["level2"], row["name"]


def target_key(project: str, version: int) -> str:
    return f"targets|{project}|{version}"


def monitoring_key(round_key: str, project: str) -> str:
    return f"monitoring|{round_key}|{project}"


def round_key(as_of: str, name: str) -> str:
    return f"{as_of}|{name}"


def selfeval_key(project: str) -> str:
    return f"selfevals|{project}"


def ledger_key(record: dict[str, Any]) -> str:
    return "ledger|" + digest(canonical([record["unit"], record["project"], record["source"], record["source_ref"],
                                         record["problem"], record["created_at"]]))[:32]


# -- the scope of a package: a unit's subtree in a year --------------------------------------------------------------
@dataclass
class Scope:
    """A unit's subtree (ids and codes) and the projects of the year inside it."""

    year: int
    year_id: int | None
    root: str
    unit_ids: set[int]
    unit_code: dict[int, str]
    projects: dict[int, str] = field(default_factory=dict)  # project id → code

    @property
    def codes(self) -> set[str]:
        return {self.unit_code[i] for i in self.unit_ids}


def subtree_ids(session: Session, root_id: int) -> set[int]:
    children: dict[int | None, list[int]] = {}
    for uid, parent in session.execute(select(m.Unit.id, m.Unit.parent_id)):
        children.setdefault(parent, []).append(uid)
    found, todo = set(), [root_id]
    while todo:
        uid = todo.pop()
        if uid not in found:
            found.add(uid)
            todo.extend(children.get(uid, ()))
    return found


def scope_of(session: Session, root_code: str, year: int) -> Scope | None:
    root = session.scalar(select(m.Unit.id).where(m.Unit.code == root_code))
    if root is None:
        return None
    ids = subtree_ids(session, root)
    codes = dict(session.execute(select(m.Unit.id, m.Unit.code)).all())
    year_id = session.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == year))
    scope = Scope(year, year_id, root_code, ids, codes)
    if year_id is not None:
        rows = session.execute(select(m.Project.id, m.Project.code, m.Project.unit_id)
                               .where(m.Project.year_id == year_id))
        scope.projects = {pid: code for pid, code, uid in rows if uid in ids}
    return scope


# -- reading the aggregates -------------------------------------------------------------------------------------------
def _group(rows: Iterable[Any], key: str) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = {}
    for row in rows:
        out.setdefault(row._mapping[key], []).append(row)
    return out


def tree_order(units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parents before their children (the root, whose parent is outside, first)."""
    by_parent: dict[str | None, list[dict[str, Any]]] = {}
    for unit in units:
        by_parent.setdefault(unit["parent"], []).append(unit)
    out, todo = [], list(by_parent.get(None, []))
    while todo:
        unit = todo.pop(0)
        out.append(unit)
        todo.extend(by_parent.get(unit["code"], []))
    return out


def read_units(session: Session, scope: Scope) -> list[dict[str, Any]]:
    rows = session.execute(select(m.Unit).where(m.Unit.id.in_(scope.unit_ids))).scalars()
    out = []
    for unit in sorted(rows, key=lambda u: (u.sort_order, u.code)):
        record = {n: _encode(getattr(unit, n)) for n in UNIT_FIELDS}
        record["parent"] = scope.unit_code.get(unit.parent_id) if unit.parent_id in scope.unit_ids else None
        out.append(record)
    return tree_order(out)


def read_projects(session: Session, scope: Scope) -> list[dict[str, Any]]:
    funds: dict[int, list[dict[str, Any]]] = {}
    for fund in session.execute(select(m.ProjectFund).join(m.Project).where(m.Project.year_id == scope.year_id)).scalars():
        funds.setdefault(fund.project_id, []).append({n: getattr(fund, n) for n in FUND_FIELDS})
    out = []
    rows = session.execute(select(m.Project).where(m.Project.year_id == scope.year_id)).scalars()
    for project in rows:
        if project.id not in scope.projects:
            continue
        record = {n: _encode(getattr(project, n)) for n in PROJECT_FIELDS}
        record["unit"] = scope.unit_code[project.unit_id]
        record["department"] = scope.unit_code.get(project.department_id) if project.department_id else None
        record["funds"] = sorted(funds.get(project.id, []), key=lambda f: f["source"])
        out.append(record)
    return sorted(out, key=lambda r: r["code"])


def read_targets(session: Session, scope: Scope) -> tuple[list[dict[str, Any]], dict[int, IndicatorKey]]:
    """The target versions of the scope's projects, and the natural key of every indicator id."""
    targets = session.execute(select(m.PerformanceTarget.__table__).join(
        m.Project, m.Project.id == m.PerformanceTarget.project_id).where(m.Project.year_id == scope.year_id)).all()
    targets = [t for t in targets if t.project_id in scope.projects]
    ids = {t.id for t in targets}
    version_of = {t.id: (t.project_id, t.version) for t in targets}
    indicators = _children(session, m.TargetIndicator, m.PerformanceTarget, scope, ids)
    reviews = _children(session, m.TargetReview, m.PerformanceTarget, scope, ids)
    keys: dict[int, IndicatorKey] = {}
    out = []
    for t in targets:
        rows = sorted(indicators.get(t.id, []), key=lambda r: (r.sort_order, r.id))
        nth = nth_keys([indicator_key_of(r._mapping) for r in rows])
        for row, key in zip(rows, nth, strict=True):
            keys[row.id] = (t.version, *key)  # type: ignore[assignment]
        replaced = version_of.get(t.replaces_id) if t.replaces_id else None
        out.append({"project": scope.projects[t.project_id], **plain(t, TARGET_FIELDS),
                    "replaces": replaced[1] if replaced and replaced[0] == t.project_id else None,
                    "indicators": [plain(r, INDICATOR_FIELDS) for r in rows],
                    "reviews": sorted((plain(r, REVIEW_FIELDS) for r in reviews.get(t.id, [])),
                                      key=lambda r: (r["at"], r["from_status"], r["to_status"], r["user"]))})
    return out, keys


def _children(session: Session, model: type, parent: type, scope: Scope, parents: set[int]) -> dict[int, list[Any]]:
    """Rows of ``model`` under a ``parent`` (a target version or an evaluation) of the scope's year, by parent id."""
    column = next(c for c in model.__table__.columns  # type: ignore[attr-defined]
                  if any(fk.column.table is parent.__table__ for fk in c.foreign_keys))  # type: ignore[attr-defined]
    stmt = (select(model.__table__).join(parent, parent.id == column)  # type: ignore[attr-defined]
            .join(m.Project, m.Project.id == parent.project_id).where(m.Project.year_id == scope.year_id))
    return {k: v for k, v in _group(session.execute(stmt), column.name).items() if k in parents}


def read_rounds(session: Session, scope: Scope) -> list[dict[str, Any]]:
    rows = session.execute(select(m.MonitoringRound.__table__).where(m.MonitoringRound.year_id == scope.year_id))
    return sorted((plain(r, ROUND_FIELDS) for r in rows), key=lambda r: (r["as_of"], r["name"], r["created_at"]))


def read_monitoring(session: Session, scope: Scope, indicator_keys: dict[int, IndicatorKey]) -> list[dict[str, Any]]:
    rounds = {r.id: round_key(r.as_of.isoformat(), r.name) for r in session.execute(
        select(m.MonitoringRound.id, m.MonitoringRound.as_of, m.MonitoringRound.name)
        .where(m.MonitoringRound.year_id == scope.year_id))}
    records: dict[tuple[int, int], dict[str, Any]] = {}

    def record(round_id: int, project_id: int) -> dict[str, Any]:
        return records.setdefault((round_id, project_id), {"round": rounds[round_id],
                                                           "project": scope.projects[project_id],
                                                           "execution": None, "progress": []})

    for row in session.execute(select(m.MonitoringExecution.__table__).where(
            m.MonitoringExecution.round_id.in_(rounds))):
        if row.project_id in scope.projects:
            record(row.round_id, row.project_id)["execution"] = plain(row, EXECUTION_FIELDS)
    stmt = (select(m.IndicatorProgress.__table__, m.PerformanceTarget.project_id)
            .join(m.TargetIndicator, m.TargetIndicator.id == m.IndicatorProgress.indicator_id)
            .join(m.PerformanceTarget, m.PerformanceTarget.id == m.TargetIndicator.target_id)
            .where(m.IndicatorProgress.round_id.in_(rounds)))
    for row in session.execute(stmt):
        if row.project_id in scope.projects:
            record(row.round_id, row.project_id)["progress"].append(
                {"indicator": list(indicator_keys[row.indicator_id]), **plain(row, PROGRESS_FIELDS)})
    for rec in records.values():
        rec["progress"].sort(key=lambda p: p["indicator"])
    return sorted(records.values(), key=lambda r: (r["round"], r["project"]))


def read_selfevals(session: Session, scope: Scope, indicator_keys: dict[int, IndicatorKey]) -> list[dict[str, Any]]:
    evaluations = session.execute(select(m.SelfEvaluation.__table__).join(
        m.Project, m.Project.id == m.SelfEvaluation.project_id).where(m.Project.year_id == scope.year_id)).all()
    evaluations = [e for e in evaluations if e.project_id in scope.projects]
    lines = _children(session, m.SelfEvalLine, m.SelfEvaluation, scope, {e.id for e in evaluations})
    out = []
    for e in evaluations:
        rows = sorted(lines.get(e.id, []), key=lambda r: (r.sort_order, r.id))
        out.append({"project": scope.projects[e.project_id], **plain(e, SELFEVAL_FIELDS),
                    "lines": [{"indicator": list(indicator_keys[r.indicator_id]) if r.indicator_id in indicator_keys
                               else None, **plain(r, LINE_FIELDS)} for r in rows]})
    return sorted(out, key=lambda r: r["project"])


def read_ledger(session: Session, scope: Scope) -> list[dict[str, Any]]:
    items = session.execute(select(m.RectificationItem.__table__).where(
        m.RectificationItem.year_id == scope.year_id)).all()
    items = [i for i in items if i.unit_id in scope.unit_ids]
    files = _group(session.execute(select(m.Attachment.__table__).where(
        m.Attachment.item_id.in_([i.id for i in items]))), "item_id") if items else {}
    project_codes = dict(session.execute(select(m.Project.id, m.Project.code)
                                         .where(m.Project.year_id == scope.year_id)).all())
    out = []
    for i in items:
        attached = sorted((plain(a, ATTACHMENT_FIELDS) for a in files.get(i.id, [])),
                          key=lambda a: (a["sha256"], a["file_name"], a["added_at"]))
        out.append({"unit": scope.unit_code[i.unit_id], "project": project_codes.get(i.project_id),
                    **plain(i, LEDGER_FIELDS), "attachments": attached})
    return sorted(out, key=lambda r: (r["unit"], r["created_at"], r["problem"]))


def stored_files(session: Session, scope: Scope) -> dict[str, str]:
    """{sha256: stored path} of the evidence files of the scope's ledger items."""
    rows = session.execute(select(m.Attachment.sha256, m.Attachment.stored_path, m.RectificationItem.unit_id)
                           .join(m.RectificationItem).where(m.RectificationItem.year_id == scope.year_id))
    return {sha: path for sha, path, uid in rows if uid in scope.unit_ids}


def read_library(session: Session) -> list[dict[str, Any]]:
    rows = session.execute(select(m.LibraryIndicator.__table__))
    return sorted((plain(r, LIBRARY_FIELDS) for r in rows),
                  key=lambda r: (r["scope"], r["sector"], r["level1"], r["level2"], r["name"]))


def read_settings(session: Session, skip: Callable[[str], bool]) -> dict[str, str]:
    return {k: v for k, v in session.execute(select(m.Setting.key, m.Setting.value)) if not skip(k)}


# -- aggregates with their keys ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Aggregate:
    stage: str
    key: str
    unit: str  # the unit owning it (for the subtree check)
    record: dict[str, Any]

    @property
    def digest(self) -> str:
        return digest_of(self.record)


def aggregates(data: dict[str, Any], project_units: dict[str, str]) -> list[Aggregate]:
    """The aggregates of a package's (or a database's) data; ``project_units``: project code → unit code."""
    out = [Aggregate("targets", target_key(r["project"], r["version"]), project_units.get(r["project"], ""), r)
           for r in data.get("targets", [])]
    out += [Aggregate("monitoring", monitoring_key(r["round"], r["project"]), project_units.get(r["project"], ""), r)
            for r in data.get("monitoring", [])]
    out += [Aggregate("selfevals", selfeval_key(r["project"]), project_units.get(r["project"], ""), r)
            for r in data.get("selfevals", [])]
    out += [Aggregate("ledger", ledger_key(r), r["unit"], r) for r in data.get("ledger", [])]
    return out


def read_stages(session: Session, scope: Scope) -> dict[str, list[dict[str, Any]]]:
    """The four stages' records of ``scope`` (targets, monitoring answers, self-evaluations, ledger items)."""
    if scope.year_id is None:
        return {"rounds": [], **{stage: [] for stage in STAGES}}
    targets, keys = read_targets(session, scope)
    return {"targets": targets, "rounds": read_rounds(session, scope),
            "monitoring": read_monitoring(session, scope, keys), "selfevals": read_selfevals(session, scope, keys),
            "ledger": read_ledger(session, scope)}

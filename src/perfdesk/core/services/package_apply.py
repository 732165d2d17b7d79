"""Writing a package's records into a database (issue 19): master data of a down package (units, projects, the
indicator library, settings) and the aggregates the merge decided to take, each made identical to the package's.

Children are matched by natural key, so a row that is still there keeps its id (an indicator keeps its progress
and self-evaluation lines, a self-evaluation line its spot-check review). Nothing here commits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.io.package import Package, digest
from perfdesk.core.services import package_records as pr


class Writer:
    """Applies records to one database in one session; remembers the evidence files it wrote (to remove them
    when the transaction does not commit)."""

    def __init__(self, session: Session, year_id: int, data_dir: Path | None, package: Package):
        self.session, self.year_id, self.data_dir, self.package = session, year_id, data_dir, package
        self.written: list[Path] = []
        self._units = dict(session.execute(select(m.Unit.code, m.Unit.id)).all())
        self._projects: dict[str, int] = dict(session.execute(
            select(m.Project.code, m.Project.id).where(m.Project.year_id == year_id)).all())
        self._rounds: dict[str, int] = {}
        self._keys: dict[tuple[str, int], dict[tuple[Any, ...], int]] = {}

    # -- master data -------------------------------------------------------------------------------------------
    def units(self, records: Sequence[dict[str, Any]]) -> int:
        changed = 0
        for record in records:  # parents come before children (sorted by the tree in the package)
            values = pr.typed(m.Unit, {k: record[k] for k in pr.UNIT_FIELDS})
            values["parent_id"] = self._units.get(record["parent"]) if record["parent"] else None
            unit = self.session.scalar(select(m.Unit).where(m.Unit.code == record["code"]))
            if unit is None:
                unit = m.Unit(**values)
                self.session.add(unit)
                changed += 1
            else:
                if record["parent"] is None:
                    values.pop("parent_id")  # the root's parent lies outside the package
                changed += _set(unit, values)
            self.session.flush()
            self._units[unit.code] = unit.id
        return changed

    def projects(self, records: Sequence[dict[str, Any]]) -> int:
        changed = 0
        for record in records:
            values = pr.typed(m.Project, {k: record[k] for k in pr.PROJECT_FIELDS})
            values.update(unit_id=self._units[record["unit"]], year_id=self.year_id,
                          department_id=self._units.get(record["department"]) if record["department"] else None)
            project = self.session.get(m.Project, self._projects[record["code"]]) \
                if record["code"] in self._projects else None
            if project is None:
                project = m.Project(**values)
                self.session.add(project)
                changed += 1
            else:
                changed += _set(project, values)
            self.session.flush()
            self._projects[project.code] = project.id
            changed += _sync(self.session, project.funds, record["funds"], lambda r: r["source"],
                             lambda r, pid=project.id: m.ProjectFund(project_id=pid, **r), _set)
        return changed

    def library(self, records: Sequence[dict[str, Any]]) -> int:
        key = lambda r: (r["scope"], r["sector"], r["project_type"], r["level1"], r["level2"], r["name"],  # noqa: E731
                         r["department_code"])
        stored = self.session.execute(select(m.LibraryIndicator)).scalars().all()
        return _sync(self.session, stored, records, key, lambda r: m.LibraryIndicator(**pr.typed(m.LibraryIndicator, r)),
                     lambda row, r: _set(row, pr.typed(m.LibraryIndicator, r)), delete=False)

    def settings(self, values: dict[str, str], now: Any, user: str) -> list[str]:
        changed = []
        for key, value in sorted(values.items()):
            row = self.session.get(m.Setting, key)
            if row is None:
                self.session.add(m.Setting(key=key, value=value, updated_at=now, updated_by=user))
            elif row.value != value:
                row.value, row.updated_at, row.updated_by = value, now, user
            else:
                continue
            changed.append(key)
        return changed

    def rounds(self, records: Sequence[dict[str, Any]]) -> None:
        stored = self.session.execute(select(m.MonitoringRound).where(m.MonitoringRound.year_id == self.year_id))
        for row in stored.scalars():
            self._rounds[pr.round_key(row.as_of.isoformat(), row.name)] = row.id
        self._incoming_rounds = {pr.round_key(r["as_of"], r["name"]): r for r in records}

    def _round_id(self, key: str) -> int:
        if key not in self._rounds:
            row = m.MonitoringRound(year_id=self.year_id, **pr.typed(m.MonitoringRound, self._incoming_rounds[key]))
            self.session.add(row)
            self.session.flush()
            self._rounds[key] = row.id
        return self._rounds[key]

    def project_id(self, code: str) -> int:
        return self._projects[code]

    # -- aggregates --------------------------------------------------------------------------------------------------
    def apply(self, aggregate: pr.Aggregate) -> None:
        getattr(self, "_" + aggregate.stage)(aggregate.record)

    def _targets(self, record: dict[str, Any]) -> None:
        self._keys.pop((record["project"], record["version"]), None)
        project_id = self._projects[record["project"]]
        target = self.session.scalar(select(m.PerformanceTarget).where(
            m.PerformanceTarget.project_id == project_id, m.PerformanceTarget.version == record["version"]))
        values = pr.typed(m.PerformanceTarget, {k: record[k] for k in pr.TARGET_FIELDS})
        if record["replaces"] is not None:
            values["replaces_id"] = self.session.scalar(select(m.PerformanceTarget.id).where(
                m.PerformanceTarget.project_id == project_id, m.PerformanceTarget.version == record["replaces"]))
        if target is None:
            target = m.PerformanceTarget(project_id=project_id, **values)
            self.session.add(target)
            self.session.flush()
        else:
            _set(target, values)
        if values.get("is_current"):
            for other in self.session.execute(select(m.PerformanceTarget).where(
                    m.PerformanceTarget.project_id == project_id, m.PerformanceTarget.id != target.id)).scalars():
                other.is_current = False
        stored = sorted(target.indicators, key=lambda r: (r.sort_order, r.id))
        _sync_nth(self.session, stored, record["indicators"], pr.indicator_key_of,
                  lambda r: m.TargetIndicator(target_id=target.id, **pr.typed(m.TargetIndicator, r)),
                  lambda row, r: _set(row, pr.typed(m.TargetIndicator, r)))
        review_key = lambda r: (r["at"], r["from_status"], r["to_status"], r["user"], r["comment"])  # noqa: E731
        _sync(self.session, target.reviews, record["reviews"], review_key,
              lambda r: m.TargetReview(target_id=target.id, **pr.typed(m.TargetReview, r)), lambda row, r: 0)
        self.session.flush()

    def indicator_id(self, project: str, key: Sequence[Any]) -> int:
        version, *rest = key
        found = self._indicator_ids(project, version).get(tuple(rest))
        if found is None:
            raise UserErrors(UserError(translate(
                "Package", "The package's answers name an indicator of project {project} that its targets do not "
                "hold ({name}); the file was edited or damaged.").format(project=project, name=rest[3]),
                str(self.package.path)))
        return found

    def _indicator_ids(self, project: str, version: int) -> dict[tuple[Any, ...], int]:
        """{indicator key with its n-th: id} of a target version (read once; forgotten when the target is written)."""
        if (project, version) not in self._keys:
            rows = self.session.execute(
                select(m.TargetIndicator.id, m.TargetIndicator.part, m.TargetIndicator.level1,
                       m.TargetIndicator.level2, m.TargetIndicator.name).join(m.PerformanceTarget)
                .where(m.PerformanceTarget.project_id == self._projects[project],
                       m.PerformanceTarget.version == version)
                .order_by(m.TargetIndicator.sort_order, m.TargetIndicator.id)).all()
            keys = pr.nth_keys([tuple(r[1:]) for r in rows])
            self._keys[(project, version)] = {k: r[0] for k, r in zip(keys, rows, strict=True)}
        return self._keys[(project, version)]

    def _monitoring(self, record: dict[str, Any]) -> None:
        round_id, project_id = self._round_id(record["round"]), self._projects[record["project"]]
        execution = self.session.scalar(select(m.MonitoringExecution).where(
            m.MonitoringExecution.round_id == round_id, m.MonitoringExecution.project_id == project_id))
        if record["execution"] is None and execution is not None:
            self.session.delete(execution)
        elif record["execution"] is not None:
            values = pr.typed(m.MonitoringExecution, record["execution"])
            if execution is None:
                self.session.add(m.MonitoringExecution(round_id=round_id, project_id=project_id, **values))
            else:
                _set(execution, values)
        stored = self.session.execute(select(m.IndicatorProgress).join(m.TargetIndicator).join(m.PerformanceTarget)
                                      .where(m.IndicatorProgress.round_id == round_id,
                                             m.PerformanceTarget.project_id == project_id)).scalars().all()
        ids = {tuple(p["indicator"]): self.indicator_id(record["project"], p["indicator"]) for p in record["progress"]}
        by_id = {row.indicator_id: row for row in stored}
        for progress in record["progress"]:
            iid = ids[tuple(progress["indicator"])]
            values = pr.typed(m.IndicatorProgress, {k: progress[k] for k in pr.PROGRESS_FIELDS})
            row = by_id.pop(iid, None)
            if row is None:
                self.session.add(m.IndicatorProgress(round_id=round_id, indicator_id=iid, **values))
            else:
                _set(row, values)
        for row in by_id.values():
            self.session.delete(row)
        self.session.flush()

    def _selfevals(self, record: dict[str, Any]) -> None:
        project_id = self._projects[record["project"]]
        evaluation = self.session.scalar(select(m.SelfEvaluation).where(m.SelfEvaluation.project_id == project_id))
        values = pr.typed(m.SelfEvaluation, {k: record[k] for k in pr.SELFEVAL_FIELDS})
        if evaluation is None:
            evaluation = m.SelfEvaluation(project_id=project_id, **values)
            self.session.add(evaluation)
            self.session.flush()
        else:
            _set(evaluation, values)

        def line_values(r: dict[str, Any]) -> dict[str, Any]:
            iid = self.indicator_id(record["project"], r["indicator"]) if r["indicator"] else None
            return {**pr.typed(m.SelfEvalLine, {k: r[k] for k in pr.LINE_FIELDS}), "indicator_id": iid}

        _sync(self.session, evaluation.lines, record["lines"], lambda r: (r["kind"], r["sort_order"]),
              lambda r: m.SelfEvalLine(evaluation_id=evaluation.id, **line_values(r)),
              lambda row, r: _set(row, line_values(r)))
        self.session.flush()

    def _ledger(self, record: dict[str, Any]) -> None:
        unit_id = self._units[record["unit"]]
        project_id = self._projects.get(record["project"]) if record["project"] else None
        values = pr.typed(m.RectificationItem, {k: record[k] for k in pr.LEDGER_FIELDS})
        item = next((i for i in self.session.execute(select(m.RectificationItem).where(
            m.RectificationItem.year_id == self.year_id, m.RectificationItem.unit_id == unit_id,
            m.RectificationItem.created_at == values["created_at"])).scalars()
            if pr.ledger_key(_ledger_record(i, record)) == pr.ledger_key(record)), None)
        if item is None:
            item = m.RectificationItem(year_id=self.year_id, unit_id=unit_id, project_id=project_id, **values)
            self.session.add(item)
            self.session.flush()
        else:
            _set(item, {**values, "project_id": project_id})
        _sync(self.session, item.attachments, record["attachments"], lambda r: (r["sha256"], r["file_name"]),
              lambda r: self._attachment(item, r), lambda row, r: _set(row, pr.typed(m.Attachment, r)))
        self.session.flush()

    def _attachment(self, item: m.RectificationItem, record: dict[str, Any]) -> m.Attachment:
        content = self.package.file_bytes(record["sha256"])
        if digest(content) != record["sha256"] or self.data_dir is None:
            raise UserErrors(UserError(translate("Package", "An evidence file of the package is missing; the file "
                                                 "was edited or damaged."), str(self.package.path)))
        year = self.session.scalar(select(m.BudgetYear.year).where(m.BudgetYear.id == self.year_id))
        folder = Path("attachments") / str(year) / str(item.id)
        target = _free_name(self.data_dir / folder, Path(record["file_name"]).name or record["sha256"])
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        self.written.append(target)
        return m.Attachment(item_id=item.id, stored_path=(folder / target.name).as_posix(),
                            **pr.typed(m.Attachment, record))

    def discard_files(self) -> None:
        for path in self.written:
            path.unlink(missing_ok=True)


def _free_name(folder: Path, name: str) -> Path:
    from perfdesk.core.services.ledger import _free_name as free

    return free(folder, name)


def _ledger_record(item: m.RectificationItem, like: dict[str, Any]) -> dict[str, Any]:
    return {"unit": like["unit"], "project": like["project"], "source": item.source, "source_ref": item.source_ref,
            "problem": item.problem, "created_at": item.created_at.isoformat()}


def _set(row: Any, values: dict[str, Any]) -> int:
    changed = 0
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = 1
    return changed


def _sync(session: Session, stored: Sequence[Any], incoming: Sequence[dict[str, Any]], key: Callable[[Any], Any],
          make: Callable[[dict[str, Any]], Any], update: Callable[[Any, dict[str, Any]], int], *,
          delete: bool = True) -> int:
    """Make ``stored`` rows equal to ``incoming`` records matched by ``key`` (rows read as dicts of columns)."""
    by_key = {key(_as_record(row)): row for row in stored}
    changed = 0
    for record in incoming:
        row = by_key.pop(key(record), None)
        if row is None:
            session.add(make(record))
            changed += 1
        else:
            changed += update(row, record)
    if delete:
        for row in by_key.values():
            session.delete(row)
            changed += 1
    return changed


def _sync_nth(session: Session, stored: Sequence[Any], incoming: Sequence[dict[str, Any]],
              key: Callable[[Any], tuple[Any, ...]], make: Callable[[dict[str, Any]], Any],
              update: Callable[[Any, dict[str, Any]], int]) -> None:
    """:func:`_sync` for keys that may repeat: the n-th stored row of a key pairs with the n-th incoming one."""
    stored_keys = pr.nth_keys([key(_as_record(r)) for r in stored])
    rows = dict(zip(stored_keys, stored, strict=True))
    for nth, record in zip(pr.nth_keys([key(r) for r in incoming]), incoming, strict=True):
        row = rows.pop(nth, None)
        if row is None:
            session.add(make(record))
        else:
            update(row, record)
    for row in rows.values():
        session.delete(row)


def _as_record(row: Any) -> dict[str, Any]:
    """A stored row's columns in the package's plain form (for keys)."""
    return {c.name: pr._encode(getattr(row, c.name)) for c in row.__table__.columns}

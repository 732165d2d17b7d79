"""The rectification ledger (整改台账, RULES §8): items from findings or by hand, evidence files, closing (销号).

Items come from key-evaluation findings, spot-check differences, key-monitoring warnings and probation
decisions (each once: ``source_ref`` names what it came from), or are entered by hand. Every item has a deadline
(the one given, else the rectification-days setting after its creation). Evidence files are copied into
``<data folder>/attachments/<year>/<item id>/`` with their SHA-256; closing an item needs a date not after today
and the evidence (a file, or a written account of the minimum length): :mod:`perfdesk.core.rules.ledger`. Open
items past their deadline are overdue.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from perfdesk.core.db import concurrency
from perfdesk.core.db import models as m
from perfdesk.core.db import queries_keyeval as qk
from perfdesk.core.db import queries_ranking as qr
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import Decision, RectificationSource, RectificationStatus
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.rules import ledger as rules
from perfdesk.core.rules.params import RankingParams
from perfdesk.core.services import settings
from perfdesk.core.services.access import Right, guard

if TYPE_CHECKING:
    from perfdesk.core.services.ranking import RunView

EDITABLE = ("problem", "measure", "deadline", "status", "unit_id", "project_id")


def _year_id(session: Session, year: int) -> int:
    from perfdesk.core.services.ranking import year_id_of

    return year_id_of(session, year)


def _deadline(uow: UnitOfWork) -> dt.date:
    days = settings.load(uow.session, RankingParams).rectification_days
    return rules.default_deadline(uow.now().date(), days)


# -- creating --------------------------------------------------------------------------------------------
@guard(Right.REVIEW)
def create_item(uow: UnitOfWork, *, year: int, unit_id: int, problem: str, measure: str = "",
                deadline: dt.date | None = None, project_id: int | None = None, source: str = "manual",
                source_ref: str = "", commit: bool = True) -> int:
    """Add a ledger item; the problem and an existing unit are required. Without a ``deadline`` the item is due
    the rectification-days setting after today."""
    problems = []
    if not problem.strip():
        problems.append(UserError(translate("Ledger", "Describe the problem to rectify.")))
    if uow.session.get(m.Unit, unit_id) is None:
        problems.append(UserError(translate("Ledger", "Choose the unit responsible.")))
    if source not in {s.value for s in RectificationSource}:
        problems.append(UserError(translate("Ledger", "Unknown source {source}.").format(source=source)))
    if problems:
        raise UserErrors(problems)
    item = m.RectificationItem(year_id=_year_id(uow.session, year), unit_id=unit_id, project_id=project_id,
                               source=source, source_ref=source_ref, problem=problem.strip(), measure=measure.strip(),
                               deadline=deadline or _deadline(uow), status=RectificationStatus.OPEN.value,
                               created_at=uow.now(),
                               created_by=uow.user)
    uow.session.add(item)
    uow.session.flush()
    uow.audit("ledger.create", "rectification_item", item.id, source=source, source_ref=source_ref,
              unit_id=unit_id, project_id=project_id)
    if commit:
        uow.commit()
    return item.id


def _open_item(session: Session, item_id: int) -> m.RectificationItem:
    item = session.get(m.RectificationItem, item_id)
    if item is None:
        raise UserErrors(translate("Ledger", "There is no ledger item {id}.").format(id=item_id))
    if item.status == RectificationStatus.CLOSED:
        raise UserErrors(translate("Ledger", "Ledger item {id} is closed; reopen it first.").format(id=item_id))
    return item


@guard(Right.REVIEW)
def update_item(uow: UnitOfWork, item_id: int, *, seen_version: int | None = None, **changes: Any) -> None:
    """Change the problem, measure, deadline, unit, project or status (open / in progress) of an open item;
    refused (:class:`ConcurrentEdit`) when someone saved it since it was shown at ``seen_version``."""
    item = _open_item(uow.session, item_id)
    concurrency.expect(uow.session, item, seen_version)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if changes.get("status") == RectificationStatus.CLOSED:
        raise UserErrors(translate("Ledger", "Close an item with its date and evidence."))
    if "problem" in changes and not str(changes["problem"]).strip():
        raise UserErrors(translate("Ledger", "Describe the problem to rectify."))
    if "deadline" in changes and changes["deadline"] is None:
        raise UserErrors(translate("Ledger", "Every ledger item needs a deadline."))
    before = {k: _plain(getattr(item, k)) for k in changes}
    for key, value in changes.items():
        setattr(item, key, value)
    uow.audit("ledger.update", "rectification_item", item_id, before=before,
              after={k: _plain(v) for k, v in changes.items()})
    uow.commit()


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


# -- evidence and closing --------------------------------------------------------------------------------
def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@guard(Right.REVIEW)
def add_attachment(uow: UnitOfWork, item_id: int, file: Path, *, data_dir: Path) -> int:
    """Copy ``file`` into the data folder as evidence of ``item_id``; records its path, size and SHA-256."""
    item = _open_item(uow.session, item_id)
    row, target = _attach(uow, item, Path(file), data_dir)
    try:
        uow.commit()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return row.id


def _attach(uow: UnitOfWork, item: m.RectificationItem, file: Path, data_dir: Path) -> tuple[m.Attachment, Path]:
    """Copy one evidence file and add its row (no commit; the caller removes the copy if the commit fails)."""
    if not file.is_file():
        raise UserErrors(translate("Ledger", "No such file: {path}").format(path=file))
    year = uow.session.scalar(select(m.BudgetYear.year).where(m.BudgetYear.id == item.year_id))
    folder = Path("attachments") / str(year) / str(item.id)
    target = _free_name(data_dir / folder, file.name)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(file, target)
    try:
        digest = sha256_of(target)
        row = m.Attachment(item_id=item.id, file_name=file.name, stored_path=(folder / target.name).as_posix(),
                           sha256=digest, size=target.stat().st_size, added_at=uow.now(), added_by=uow.user)
        uow.session.add(row)
        uow.session.flush()
        uow.audit("ledger.attach", "rectification_item", item.id, file=file.name, sha256=digest)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return row, target


def _free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2).ext`` … when a file of that name is already there."""
    candidate = folder / name
    n = 2
    while candidate.exists():
        candidate = folder / f"{Path(name).stem} ({n}){Path(name).suffix}"
        n += 1
    return candidate


def attachments(session: Session, item_id: int) -> list[dict[str, Any]]:
    rows = session.execute(select(m.Attachment.id, m.Attachment.file_name, m.Attachment.stored_path,
                                  m.Attachment.sha256, m.Attachment.size, m.Attachment.added_at,
                                  m.Attachment.added_by).where(m.Attachment.item_id == item_id)
                           .order_by(m.Attachment.id))
    return [dict(r._mapping) for r in rows]


def verify_attachment(data_dir: Path, stored_path: str, sha256: str) -> bool:
    """The stored file is still there and unchanged."""
    path = data_dir / stored_path
    return path.is_file() and sha256_of(path) == sha256


@guard(Right.REVIEW)
def close_item(uow: UnitOfWork, item_id: int, *, closed_on: dt.date | None, evidence: str, today: dt.date,
               files: Sequence[Path] = (), data_dir: Path | None = None, seen_version: int | None = None) -> None:
    """Close (销号) an item on ``closed_on``, not after ``today`` (the caller's today, not the clock). The evidence is
    an attached file (already attached, or ``files`` copied into ``data_dir`` now) or a written ``evidence``
    account of the minimum length (setting). All or nothing: refused, nothing is attached or changed."""
    item = _open_item(uow.session, item_id)
    concurrency.expect(uow.session, item, seen_version)
    files = [Path(f) for f in files]
    if files and data_dir is None:
        raise ValueError("evidence files need the data folder")
    stored = uow.session.scalar(select(func.count()).where(m.Attachment.item_id == item_id)) or 0
    problems = rules.closing_problems(
        closed_on=closed_on, today=today, created_on=item.created_at.date(), evidence=evidence,
        attachments=stored + len(files), min_chars=settings.load(uow.session, RankingParams).closing_account_min_chars)
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    copies: list[Path] = []
    try:
        for file in files:
            copies.append(_attach(uow, item, file, data_dir)[1])  # type: ignore[arg-type]
        item.status, item.closed_on = RectificationStatus.CLOSED.value, closed_on
        item.closing_evidence = evidence.strip()
        uow.audit("ledger.close", "rectification_item", item_id, closed_on=_plain(closed_on),
                  evidence=evidence.strip(), attachments=stored + len(files))
        uow.commit()
    except BaseException:
        for copy in copies:
            copy.unlink(missing_ok=True)
        raise


@guard(Right.REVIEW)
def reopen_item(uow: UnitOfWork, item_id: int, *, reason: str) -> None:
    item = uow.session.get(m.RectificationItem, item_id)
    if item is None or item.status != RectificationStatus.CLOSED:
        raise UserErrors(translate("Ledger", "Only a closed item can be reopened."))
    if not reason.strip():
        raise UserErrors(translate("Ledger", "Reopening needs a reason."))
    item.status, item.closed_on = RectificationStatus.IN_PROGRESS.value, None
    uow.audit("ledger.reopen", "rectification_item", item_id, reason=reason.strip())
    uow.commit()


# -- lists -----------------------------------------------------------------------------------------------
def overdue(session: Session, year: int | None, today: dt.date) -> list[dict[str, Any]]:
    year_id = None if year is None else _year_id(session, year)
    return qr.ledger_rows(session, qr.LedgerFilter(year_id=year_id, overdue_on=today))


# -- items from findings ---------------------------------------------------------------------------------
def _existing_refs(session: Session, source: str) -> set[str]:
    return set(session.scalars(select(m.RectificationItem.source_ref)
                               .where(m.RectificationItem.source == source)))


@guard(Right.REVIEW)
def items_from_probation(uow: UnitOfWork, run: RunView) -> list[int]:
    """One item per probation decision of a run, owned by the project's supervising department (no commit)."""
    made = []
    deadline = _deadline(uow)
    done = _existing_refs(uow.session, RectificationSource.PROBATION.value)
    for e, row in zip(run.entries, run.rows, strict=True):
        ref = f"ranking_entry:{row['id']}"
        if e.decision is not Decision.PROBATION or ref in done or row["unit_id"] is None:
            continue  # a key evaluation without a project has no unit to own the item
        problem = translate("Ledger", "Put on probation by ranking run {version} ({year}): {reason}").format(
            version=run.version, year=run.year, reason=e.probation_reason)
        measure = translate("Ledger", "Rectification plan led by {owner}").format(owner=e.rectification_owner)
        unit = row["department_id"] or row["unit_id"]
        made.append(create_item(uow, year=run.year, unit_id=unit, project_id=row["project_id"], problem=problem,
                                measure=measure, deadline=deadline, source=RectificationSource.PROBATION.value,
                                source_ref=ref, commit=False))
    return made


@guard(Right.REVIEW)
def items_from_findings(uow: UnitOfWork, year: int) -> dict[str, int]:
    """Ledger items from key-evaluation findings, spot-check differences and key-monitoring warnings that are
    not on the ledger yet. Commits; returns how many were made per source."""
    year_id = _year_id(uow.session, year)
    deadline = _deadline(uow)
    counts = {}
    for source, rows in ((RectificationSource.EVALUATION, _evaluation_findings(uow.session, year_id)),
                         (RectificationSource.SPOT_CHECK, _spot_check_differences(uow.session, year_id)),
                         (RectificationSource.MONITORING, _monitoring_warnings(uow.session, year_id))):
        done = _existing_refs(uow.session, source.value)
        fresh = [r for r in rows if r["source_ref"] not in done and _whole(r["source_ref"]) not in done]
        for r in fresh:
            create_item(uow, year=year, deadline=deadline, source=source.value, commit=False, **r)
        counts[source.value] = len(fresh)
    uow.commit()
    return counts


def _whole(ref: str) -> str:
    """``key_evaluation:7`` for ``key_evaluation:7:2``: an evaluation once put on the ledger whole is not split."""
    parts = ref.split(":")
    return ":".join(parts[:2]) if parts[0] == "key_evaluation" and len(parts) == 3 else ""


def _evaluation_findings(session: Session, year_id: int) -> list[dict[str, Any]]:
    """One row per finding of the year's key evaluations (:func:`queries_keyeval.finding_rows`)."""
    return qk.finding_rows(session, year_id)


def _spot_check_differences(session: Session, year_id: int) -> list[dict[str, Any]]:
    stmt = (select(m.SpotCheckItem.id, m.SpotCheckItem.review_total, m.SpotCheckItem.conclusion,
                   m.SelfEvaluation.total_final, m.Project.id, m.Project.unit_id)
            .join(m.SpotCheck, m.SpotCheck.id == m.SpotCheckItem.spot_check_id)
            .join(m.SelfEvaluation, m.SelfEvaluation.id == m.SpotCheckItem.evaluation_id)
            .join(m.Project, m.Project.id == m.SelfEvaluation.project_id)
            .where(m.SpotCheck.year_id == year_id, m.SpotCheckItem.review_total.is_not(None)))
    out = []
    for sid, review, conclusion, own, pid, unit in session.execute(stmt):
        if own is None or review == own:
            continue
        problem = translate("Ledger", "Self-evaluation score {own} differs from the review score {review} by "
                            "{difference}").format(own=own, review=review, difference=Decimal(own) - Decimal(review))
        out.append({"source_ref": f"spot_check_item:{sid}", "problem": problem + (f"：{conclusion}" if conclusion else ""),
                    "measure": "", "project_id": pid, "unit_id": unit})
    return out


def _monitoring_warnings(session: Session, year_id: int) -> list[dict[str, Any]]:
    stmt = (select(m.KeyMonitoringItem.id, m.KeyMonitoringItem.reason, m.KeyMonitoringItem.measure_note,
                   m.Project.id, m.Project.unit_id)
            .join(m.MonitoringRound, m.MonitoringRound.id == m.KeyMonitoringItem.round_id)
            .join(m.Project, m.Project.id == m.KeyMonitoringItem.project_id)
            .where(m.MonitoringRound.year_id == year_id))
    return [{"source_ref": f"key_monitoring_item:{kid}",
             "problem": reason or translate("Ledger", "Under key monitoring"), "measure": note,
             "project_id": pid, "unit_id": unit} for kid, reason, note, pid, unit in session.execute(stmt)]

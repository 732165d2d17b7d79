"""Ranking runs (RULES §7): rank a year's scored projects, save the run with every decision and the rule that
produced it, let finance adjust cut ratios or put projects on probation, confirm (then immutable), re-run.

Explicit choices beyond :mod:`perfdesk.core.rules.ranking`:

* The score of a project is its key-evaluation score when finance evaluated it (category = the key evaluation's
  kind), else the spot-check review total when the review was chosen for ranking, else the self-evaluation's
  final total; ``score_source`` records which (key, review, self).
* "This year's budget" is the full-year budget (全年预算数) or the initial budget, as set (``budget_basis``).
* Department-wide budgets are not ranked.
* A key evaluation without a project (a special fund's or a sector's comprehensive evaluation) is ranked in its
  category like a project: code ``KE-<id>``, its title, the evaluated funds (``budget_fen``, 0 when not given) as
  this year's budget, no department; unscored ones are listed apart. Its entry points to the key evaluation.
  Putting it on probation puts nothing on the rectification ledger (no unit owns it).
* Confirming a run puts every probation decision on the rectification ledger (source ``probation``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_ranking as qr
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import Decision, EvaluationCategory, RunStatus, label_of
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.i18n import translate
from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.rules import params as P
from perfdesk.core.rules import ranking as R
from perfdesk.core.services import settings
from perfdesk.core.services.access import Right, guard

CUTTING = R.CUTTING


# -- inputs ----------------------------------------------------------------------------------------------
def year_id_of(session: Session, year: int) -> int:
    found = session.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == year))
    if found is None:
        raise UserErrors(translate("Ranking", "There is no budget year {year} in this database.").format(year=year))
    return found


def default_year(session: Session) -> int | None:
    """The newest year that has projects."""
    return session.scalar(select(func.max(m.BudgetYear.year))
                          .join(m.Project, m.Project.year_id == m.BudgetYear.id))


def grades(session: Session) -> tuple[Decimal, Decimal, Decimal]:
    s = settings.load(session, P.ScoringParams)
    return s.grade_excellent, s.grade_good, s.grade_fair


def to_input(p: qr.ScoredProject, params: P.RankingParams) -> R.RankingInput:
    budget = Money(p.initial_fen if params.budget_basis == "initial" else p.full_year_fen)
    if p.key_score is not None:
        evaluation, score, source = p.key_category or "key_single", p.key_score, "key"
        category = evaluation
    else:
        evaluation, category = "self", p.category
        score, source = (p.review_score, "review") if p.review_score is not None else (p.self_score, "self")
    return R.RankingInput(code=p.code, name=p.name, evaluation=evaluation, fund_origin=p.fund_origin, score=score,
                          budget=budget, department=p.department, category=category, score_source=source,
                          kind=p.kind, status=p.status)


def key_input(k: qr.UnlinkedKeyEvaluation) -> R.RankingInput:
    category = k.category or EvaluationCategory.KEY_COMPREHENSIVE.value
    return R.RankingInput(code=qr.KEY_CODE.format(id=k.id), name=k.title, evaluation=category,
                          fund_origin="own_level", score=k.score, budget=Money(k.budget_fen), category=category,
                          score_source="key", kind="policy" if k.object_kind == "policy" else "project")


def inputs(session: Session, year_id: int, params: P.RankingParams
           ) -> tuple[list[R.RankingInput], dict[str, tuple[int | None, int | None]]]:
    """Every project and key evaluation without a project of the year as offered to the ranking, and code →
    (project id, key evaluation id)."""
    projects = qr.scored_projects(session, year_id)
    keys = qr.unlinked_key_evaluations(session, year_id)
    ids: dict[str, tuple[int | None, int | None]] = {p.code: (p.id, None) for p in projects}
    ids.update({qr.KEY_CODE.format(id=k.id): (None, k.id) for k in keys})
    return [to_input(p, params) for p in projects] + [key_input(k) for k in keys], ids


def compute(session: Session, year: int, params: P.RankingParams | None = None) -> R.RankingResult:
    """Rank the year's projects without saving anything (what-if with ``params``; default: the settings)."""
    params = params or settings.load(session, P.RankingParams)
    items, _ = inputs(session, year_id_of(session, year), params)
    return R.rank_projects(items, params, grades=grades(session))


# -- a saved run -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RunView:
    """A saved run: its header, its entries (engine objects) and per entry the database ids and unit."""

    id: int
    year: int
    version: int
    status: str
    params: dict[str, Any]
    created_at: Any
    created_by: str
    confirmed_at: Any
    confirmed_by: str
    note: str
    entries: tuple[R.RankingEntry, ...]
    rows: tuple[dict[str, Any], ...]  # qr.entry_rows, parallel to entries

    @property
    def confirmed(self) -> bool:
        return self.status == RunStatus.CONFIRMED

    def summary(self) -> R.RankingSummary:
        return R.summarize(self.entries)

    def ranked(self) -> dict[tuple[str, str], list[tuple[R.RankingEntry, dict[str, Any]]]]:
        """(category, group) → its ranked entries with their rows, in rank order."""
        out: dict[tuple[str, str], list[tuple[R.RankingEntry, dict[str, Any]]]] = {}
        for e, row in zip(self.entries, self.rows, strict=True):
            if e.rank is not None:
                out.setdefault((e.category, e.group), []).append((e, row))
        return out

    def apart(self) -> list[tuple[R.RankingEntry, dict[str, Any]]]:
        """Unscored and out-of-scope projects, listed apart with the reason."""
        return [(e, r) for e, r in zip(self.entries, self.rows, strict=True) if e.rank is None]

    def budget_suggestions(self) -> list[tuple[R.RankingEntry, dict[str, Any]]]:
        """Cut, cancelled and probation projects: next year's budget suggestions for the budget section."""
        return [(e, r) for e, r in zip(self.entries, self.rows, strict=True) if e.decision in CUTTING]


def entry_from_row(row: dict[str, Any]) -> R.RankingEntry:
    return R.RankingEntry(
        code=row["code"], name=row["name"], department=row["department"] or "", category=row["category"],
        group=row["rank_group"], score=row["score"], score_source=row["score_source"], rank=row["rank"],
        category_size=row["category_size"], in_scope=row["in_scope"], exclusion_reason=row["exclusion_reason"],
        proposed_decision=Decision(row["proposed_decision"]), decision=Decision(row["decision"]),
        cut_ratio=row["cut_ratio"], budget=Money(row["budget_fen"]), cut=Money(row["cut_fen"]),
        suggested_budget=Money(row["suggested_budget_fen"]), rule=row["rule"],
        exception_reason=row["exception_reason"], probation_reason=row["probation_reason"],
        rectification_owner=row["rectification_owner"])


def load_run(session: Session, run_id: int) -> RunView:
    run = session.get(m.RankingRun, run_id)
    if run is None:
        raise UserErrors(translate("Ranking", "There is no ranking run {id}.").format(id=run_id))
    year = session.scalar(select(m.BudgetYear.year).where(m.BudgetYear.id == run.year_id))
    rows = qr.entry_rows(session, run_id)
    return RunView(run.id, year or 0, run.version, run.status, run.params, run.created_at, run.created_by,
                   run.confirmed_at, run.confirmed_by, run.note, tuple(entry_from_row(r) for r in rows), tuple(rows))


def runs_of_year(session: Session, year: int) -> list[dict[str, Any]]:
    """The year's runs, newest first (none when the year does not exist)."""
    year_id = session.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == year))
    return [] if year_id is None else qr.runs(session, year_id)


def latest_run_id(session: Session, year: int, *, confirmed_only: bool = False) -> int | None:
    stmt = (select(m.RankingRun.id).join(m.BudgetYear, m.BudgetYear.id == m.RankingRun.year_id)
            .where(m.BudgetYear.year == year).order_by(m.RankingRun.version.desc()).limit(1))
    if confirmed_only:
        stmt = stmt.where(m.RankingRun.status == RunStatus.CONFIRMED)
    return session.scalar(stmt)


def run_params(snapshot: dict[str, Any]) -> P.RankingParams:
    """The parameters a run was computed with, from its snapshot."""
    stored = snapshot.get(P.RankingParams.GROUP, {})
    return P.from_values(P.RankingParams, {k: P.encode(v) for k, v in stored.items()})


# -- writing ---------------------------------------------------------------------------------------------
@guard(Right.REVIEW)
def create_run(uow: UnitOfWork, year: int, *, params: P.RankingParams | None = None, note: str = "",
               progress: Progress | None = None) -> int:
    """Rank the year's projects and save the result as a new draft run (next version). Returns its id."""
    run_id = _new_run(uow, year, params=params, note=note, progress=progress)
    uow.commit()
    (progress or no_progress)(1.0, "")
    return run_id


def _new_run(uow: UnitOfWork, year: int, *, params: P.RankingParams | None, note: str,
             progress: Progress | None) -> int:
    """:func:`create_run` up to the commit (the caller commits)."""
    report = progress or no_progress
    session = uow.session
    stored = settings.load(session, P.RankingParams)
    params = params or stored
    year_id = year_id_of(session, year)
    report(0.1, translate("Ranking", "reading scores"))
    items, ids = inputs(session, year_id, params)
    g = grades(session)
    report(0.3, translate("Ranking", "ranking"))
    result = R.rank_projects(items, params, grades=g)
    run_id = _save(uow, year_id, result.entries, ids, params, g, note)
    summary = R.summarize(result.entries)
    uow.audit("ranking.run.create", "ranking_run", run_id, year=year, projects=len(result.entries),
              cut_total_fen=summary.total_cut.fen, settings_changed=params != stored)
    report(0.9, translate("Ranking", "saving"))
    return run_id


def _save(uow: UnitOfWork, year_id: int, entries: Sequence[R.RankingEntry],
          ids: dict[str, tuple[int | None, int | None]],
          params: P.RankingParams, g: tuple[Decimal, Decimal, Decimal], note: str) -> int:
    session = uow.session
    version = (session.scalar(select(func.max(m.RankingRun.version)).where(m.RankingRun.year_id == year_id)) or 0) + 1
    scoring = {"grade_excellent": str(g[0]), "grade_good": str(g[1]), "grade_fair": str(g[2])}
    snapshot = {**P.snapshot(params), P.ScoringParams.GROUP: scoring}
    run = m.RankingRun(year_id=year_id, version=version, status=RunStatus.DRAFT, params=snapshot,
                       created_at=uow.now(), created_by=uow.user, note=note)
    session.add(run)
    session.flush()
    rows = [_row(run.id, *ids[e.code], e) for e in entries]
    for start in range(0, len(rows), 5000):
        session.execute(insert(m.RankingEntry), rows[start:start + 5000])
    return run.id


def _row(run_id: int, project_id: int | None, key_evaluation_id: int | None, e: R.RankingEntry) -> dict[str, Any]:
    return {"run_id": run_id, "project_id": project_id, "key_evaluation_id": key_evaluation_id,
            "category": e.category, "rank_group": e.group,
            "score": e.score, "score_source": e.score_source, "rank": e.rank, "category_size": e.category_size,
            "in_scope": e.in_scope, "exclusion_reason": e.exclusion_reason,
            "proposed_decision": e.proposed_decision.value, "decision": e.decision.value, "cut_ratio": e.cut_ratio,
            "budget_fen": e.budget.fen, "cut_fen": e.cut.fen, "suggested_budget_fen": e.suggested_budget.fen,
            "rule": e.rule, "exception_reason": e.exception_reason, "probation_reason": e.probation_reason,
            "rectification_owner": e.rectification_owner}


def _draft_run(session: Session, run_id: int) -> m.RankingRun:
    run = session.get(m.RankingRun, run_id)
    if run is None:
        raise UserErrors(translate("Ranking", "There is no ranking run {id}.").format(id=run_id))
    if run.status == RunStatus.CONFIRMED:
        raise UserErrors(translate("Ranking", "Ranking run version {version} is confirmed and can no longer be "
                                   "changed; re-run to make a new draft.").format(version=run.version))
    return run


def _entry(session: Session, entry_id: int) -> tuple[m.RankingEntry, R.RankingEntry, P.RankingParams]:
    row = session.get(m.RankingEntry, entry_id)
    if row is None:
        raise UserErrors(translate("Ranking", "There is no ranking entry {id}.").format(id=entry_id))
    _draft_run(session, row.run_id)
    [data] = qr.entry_rows(session, row.run_id, entry_id=entry_id)
    run = session.get(m.RankingRun, row.run_id)
    assert run is not None
    return row, entry_from_row(data), run_params(run.params)


@guard(Right.REVIEW)
def adjust_cut(uow: UnitOfWork, entry_id: int, ratio: Decimal, *, exception_reason: str = "") -> R.RankingEntry:
    """Finance sets the cut ratio (a fraction) of a draft entry; below the minimum needs an exception reason."""
    row, entry, params = _entry(uow.session, entry_id)
    adjusted = R.set_cut_ratio(entry, ratio, params, exception_reason=exception_reason)
    _store(uow, row, entry, adjusted)
    return adjusted


@guard(Right.REVIEW)
def put_on_probation(uow: UnitOfWork, entry_id: int, *, reason: str, owner: str,
                     ratio: Decimal | None = None) -> R.RankingEntry:
    """Finance moves a draft entry to probation (保留察看): reason and rectification owner are mandatory."""
    row, entry, params = _entry(uow.session, entry_id)
    adjusted = R.move_to_probation(entry, reason=reason, owner=owner, ratio=ratio, params=params)
    _store(uow, row, entry, adjusted)
    return adjusted


@guard(Right.REVIEW)
def decide(uow: UnitOfWork, entry_id: int, decision: Decision, *, reason: str) -> R.RankingEntry:
    """Finance cancels or keeps a draft entry the rule left to it (报财政研究决定), with the reason recorded."""
    row, entry, _params = _entry(uow.session, entry_id)
    decided = R.decide_for_finance(entry, decision, reason=reason)
    _store(uow, row, entry, decided)
    return decided


def _store(uow: UnitOfWork, row: m.RankingEntry, before: R.RankingEntry, after: R.RankingEntry) -> None:
    row.decision, row.cut_ratio = after.decision.value, after.cut_ratio
    row.cut_fen, row.suggested_budget_fen = after.cut.fen, after.suggested_budget.fen
    row.rule, row.exception_reason = after.rule, after.exception_reason
    row.probation_reason, row.rectification_owner = after.probation_reason, after.rectification_owner
    uow.audit("ranking.entry.adjust", "ranking_entry", row.id, project=before.code,
              before={"decision": before.decision.value, "cut_ratio": _text(before.cut_ratio), "cut_fen": before.cut.fen},
              after={"decision": after.decision.value, "cut_ratio": _text(after.cut_ratio), "cut_fen": after.cut.fen},
              exception_reason=after.exception_reason, probation_reason=after.probation_reason,
              rectification_owner=after.rectification_owner)
    uow.commit()


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


@guard(Right.REVIEW)
def confirm_run(uow: UnitOfWork, run_id: int, *, note: str = "") -> list[int]:
    """Confirm a draft run: it becomes immutable, with who confirmed it and when. Probation decisions go onto
    the rectification ledger; returns the new ledger item ids."""
    from perfdesk.core.services import ledger

    run = _draft_run(uow.session, run_id)
    run.status, run.confirmed_at, run.confirmed_by = RunStatus.CONFIRMED.value, uow.now(), uow.user
    if note:
        run.note = (run.note + "\n" + note).strip()
    view = load_run(uow.session, run_id)
    items = ledger.items_from_probation(uow, view)
    summary = view.summary()
    uow.audit("ranking.run.confirm", "ranking_run", run_id, version=run.version, cut_total_fen=summary.total_cut.fen,
              counts={line.decision.value: line.count for line in summary.lines}, ledger_items=items)
    uow.commit()
    return items


@guard(Right.REVIEW)
def delete_draft(uow: UnitOfWork, run_id: int) -> None:
    run = _draft_run(uow.session, run_id)
    uow.session.execute(delete(m.RankingEntry).where(m.RankingEntry.run_id == run_id))
    uow.session.delete(run)
    uow.audit("ranking.run.delete", "ranking_run", run_id, version=run.version)
    uow.commit()


@guard(Right.REVIEW)
def rerun(uow: UnitOfWork, run_id: int, *, params: P.RankingParams | None = None,
          progress: Progress | None = None) -> tuple[int, list[R.EntryChange]]:
    """Rank again on today's scores as a new draft; finance's adjustments carry over where the rule still
    proposes the same decision, in the same transaction (a crash leaves no new run without them). Returns the
    new run id and what changed against ``run_id``."""
    session = uow.session
    old = load_run(session, run_id)
    params = params or settings.load(session, P.RankingParams)
    new_id = _new_run(uow, old.year, params=params, note=translate("Ranking", "re-run of version {version}")
                      .format(version=old.version), progress=progress)
    carried = _carry_adjustments(uow, old, new_id, params)
    if carried:
        uow.audit("ranking.run.carry", "ranking_run", new_id, from_run=run_id, projects=carried)
    uow.session.flush()
    new = load_run(session, new_id)
    uow.commit()
    (progress or no_progress)(1.0, "")
    return new_id, R.diff_runs(old.entries, new.entries)


@guard(Right.REVIEW)
def rank_year(uow: UnitOfWork, year: int, *, params: P.RankingParams | None = None,
              progress: Progress | None = None) -> tuple[int, bool]:
    """Rank the year: reuse the newest run when ranking again gives the same proposals with the same
    parameters (nothing changed), else save a new draft version carrying finance's adjustments over.
    Returns the run id and whether it is new."""
    session = uow.session
    params = params or settings.load(session, P.RankingParams)
    latest = latest_run_id(session, year)
    if latest is None:
        return create_run(uow, year, params=params, progress=progress), True
    old = load_run(session, latest)
    fresh = compute(session, year, params)
    if run_params(old.params) == params and _proposals(old.entries) == _proposals(fresh.entries):
        return latest, False
    new_id, _ = rerun(uow, latest, params=params, progress=progress)
    return new_id, True


def _proposals(entries: Iterable[R.RankingEntry]) -> dict[str, tuple]:
    return {e.code: (e.category, e.group, e.score, e.score_source, e.rank, e.category_size, e.proposed_decision,
                     e.budget, e.in_scope) for e in entries}


def _carry_adjustments(uow: UnitOfWork, old: RunView, new_id: int, params: P.RankingParams) -> list[str]:
    default = proposed_ratio(run_params(old.params))
    adjusted = {e.code: e for e in old.entries
                if e.decision is not e.proposed_decision or (e.decision is Decision.CUT and e.cut_ratio != default)}
    if not adjusted:
        return []
    new = load_run(uow.session, new_id)
    carried = []
    for entry, row in zip(new.entries, new.rows, strict=True):
        before = adjusted.get(entry.code)
        if before is None or before.proposed_decision is not entry.proposed_decision:
            continue
        try:
            after = _reapply(entry, before, params)
        except UserErrors:
            continue
        db_row = uow.session.get(m.RankingEntry, row["id"])
        assert db_row is not None
        _store_quiet(db_row, after)
        carried.append(entry.code)
    return carried


def proposed_ratio(params: P.RankingParams) -> Decimal:
    """The cut ratio the rule proposes (a fraction)."""
    percent = params.grade_fair_cut_percent if params.rule_set == "grade" else params.min_cut_percent
    return percent / 100


def _reapply(entry: R.RankingEntry, before: R.RankingEntry, params: P.RankingParams) -> R.RankingEntry:
    if before.decision is Decision.PROBATION:
        return R.move_to_probation(entry, reason=before.probation_reason, owner=before.rectification_owner,
                                   ratio=before.cut_ratio, params=params)
    if before.decision in (Decision.CANCEL, Decision.KEEP):  # finance's decision on a last place left to it
        return R.decide_for_finance(entry, before.decision, reason=before.exception_reason)
    assert before.cut_ratio is not None
    return R.set_cut_ratio(entry, before.cut_ratio, params, exception_reason=before.exception_reason)


def _store_quiet(row: m.RankingEntry, after: R.RankingEntry) -> None:
    row.decision, row.cut_ratio = after.decision.value, after.cut_ratio
    row.cut_fen, row.suggested_budget_fen = after.cut.fen, after.suggested_budget.fen
    row.rule, row.exception_reason = after.rule, after.exception_reason
    row.probation_reason, row.rectification_owner = after.probation_reason, after.rectification_owner


# -- presentation helpers shared by the CLI, Excel, PDF and the window ------------------------------------
def category_label(category: str) -> str:
    return label_of(EvaluationCategory, category)


def decision_text(e: R.RankingEntry) -> str:
    """处理意见 as printed: 取消 / 压减10% / 保留察看（压减10%） / 保留 …"""
    ratio = "" if e.cut_ratio is None else f"{(e.cut_ratio * 100).normalize():f}%"
    if e.decision is Decision.CUT:
        return translate("Ranking", "Cut {ratio}").format(ratio=ratio)
    if e.decision is Decision.PROBATION and e.cut_ratio:
        return translate("Ranking", "Probation (cut {ratio})").format(ratio=ratio)
    return e.decision.label()


def remark(e: R.RankingEntry) -> str:
    """备注: the probation reason or the exception reason, else the exclusion reason."""
    parts = [e.probation_reason, e.exception_reason, e.exclusion_reason]
    return "；".join(p for p in parts if p)


def as_json(view: RunView) -> dict[str, Any]:
    """Every project considered and the summary per decision (amounts in 元 as exact decimal strings)."""
    def yuan(money: Money) -> str:
        return money.format_yuan()

    projects = [{
        "project": e.code, "name": e.name, "department": e.department, "category": e.category, "group": e.group,
        "score": None if e.score is None else str(e.score), "score_source": e.score_source, "rank": e.rank,
        "category_size": e.category_size, "in_scope": e.in_scope, "exclusion_reason": e.exclusion_reason,
        "proposed_decision": e.proposed_decision.value, "decision": e.decision.value,
        "cut_ratio": None if e.cut_ratio is None else str(e.cut_ratio), "budget": yuan(e.budget),
        "cut_amount": yuan(e.cut), "suggested_budget": yuan(e.suggested_budget), "rule": e.rule,
        "exception_reason": e.exception_reason, "probation_reason": e.probation_reason,
        "rectification_owner": e.rectification_owner} for e in view.entries]
    summary = view.summary()
    lines = [{"decision": line.decision.value, "count": line.count, "budget": yuan(line.budget),
              "cut_amount": yuan(line.cut), "suggested_budget": yuan(line.suggested)} for line in summary.lines]
    return {"run": {"id": view.id, "year": view.year, "version": view.version, "status": view.status,
                    "created_by": view.created_by, "created_at": view.created_at,
                    "confirmed_by": view.confirmed_by, "confirmed_at": view.confirmed_at},
            "amount_unit": "元", "params": view.params, "projects": projects,
            "summary": {"decisions": lines, "total_count": summary.total_count,
                        "total_cut_amount": yuan(summary.total_cut), "text": summary.text()}}


def changed_fields_text(changes: Iterable[R.FieldChange]) -> str:
    return "; ".join(f"{c.field}: {_show(c.before)} → {_show(c.after)}" for c in changes)


def _show(value: object) -> str:
    if isinstance(value, Money):
        return value.format_wan()
    if isinstance(value, Decision):
        return value.label()
    return "" if value is None else str(value)

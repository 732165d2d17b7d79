"""Performance targets (RULES §2): quality checks, editing, the review workflow and adjustments.

Workflow: 草稿 draft → 已报送 submitted → 已退回 returned (comment required) / 已审核 approved. A returned target
is edited and submitted again. Submitted and approved targets are locked; an approved target changes only by a
formal adjustment (目标调整), which keeps the approved version and starts a new draft version replacing it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from perfdesk.core.db import concurrency
from perfdesk.core.db import models as m
from perfdesk.core.db import queries_targets as qt
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import LEVEL1_EFFECT, LEVEL1_OUTPUT, LEVEL1_SATISFACTION, ReviewStatus
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.ordering import natural_key
from perfdesk.core.domain.targets import DRAFT_FIELDS, HEADER_FIELDS, IndicatorDraft, TargetDraft
from perfdesk.core.i18n import translate
from perfdesk.core.memory import gc_paused
from perfdesk.core.progress import Progress, iterate
from perfdesk.core.rules import target_checks as tc
from perfdesk.core.rules.params import ScoringParams, TargetParams
from perfdesk.core.services import settings as settings_service
from perfdesk.core.services.access import Right, guard

LOCKED = (ReviewStatus.SUBMITTED.value, ReviewStatus.APPROVED.value)
TRANSITIONS = {("draft", "submitted"), ("returned", "submitted"), ("submitted", "returned"),
               ("submitted", "approved")}


# -- plain data ---------------------------------------------------------------------------------------------
@dataclass(slots=True)  # not frozen: thousands are built per check run of a city (frozen costs 3× to build)
class ProjectFinding:
    project_id: int
    project_code: str
    project_name: str
    unit_code: str
    unit_name: str
    target_id: int
    status: str
    finding: tc.Finding

    def as_json(self) -> dict[str, Any]:
        f = self.finding
        return {"project": self.project_code, "project_name": self.project_name, "unit": self.unit_code,
                "indicator": f.indicator_name, "indicator_index": f.indicator, "rule": f.rule,
                "severity": f.severity, "message": f.message, "source": f.source}


# -- settings -----------------------------------------------------------------------------------------------
def check_settings(session: Any) -> tc.CheckSettings:
    t = settings_service.load(session, TargetParams)
    s = settings_service.load(session, ScoringParams)
    total = t.weight_total - (s.execution_points if t.weights_leave_execution_points else 0)
    levels = {LEVEL1_OUTPUT: s.output_points, LEVEL1_EFFECT: s.effect_points,
              LEVEL1_SATISFACTION: s.satisfaction_points}
    return tc.CheckSettings(require_cost_level=t.require_cost_level, weight_total=total, level_points=levels,
                            cost_points_from=s.cost_points_from, below_last_year_percent=t.overrun_warning_percent,
                            severities={k: str(v) for k, v in (t.checks or {}).items()})


# -- reading ------------------------------------------------------------------------------------------------
def draft_of(rows: Sequence[dict[str, Any]], header: dict[str, Any] | None = None) -> TargetDraft:
    inds = [IndicatorDraft(**{k: r[k] for k in DRAFT_FIELDS}) for r in rows]
    return TargetDraft(indicators=inds, **header_of(header)) if header else TargetDraft(indicators=inds)


_TEXT_HEADER = ("annual_goal", "medium_goal", "medium_period", "filled_by", "phone")


def header_of(header: dict[str, Any]) -> dict[str, Any]:
    """The header fields of a target's row as a draft holds them (texts never None)."""
    values = {k: header.get(k) for k in HEADER_FIELDS}
    return {k: ("" if v is None and k in _TEXT_HEADER else v) for k, v in values.items()}


def facts_of(draft: TargetDraft, *, code: str = "", name: str = "", negative_externality: bool = False,
             last_actuals: dict[str, Decimal] | None = None) -> tc.TargetFacts:
    return tc.TargetFacts(code, name, draft.annual_goal, draft.medium_goal, negative_externality,
                          tuple(draft.indicators), last_actuals or {})


@guard(Right.READ, scope=("project_id", m.Project))
def load_target(session: Any, project_id: int) -> tuple[dict[str, Any] | None, TargetDraft]:
    """The project's current target (header row, or None when it has none) and its content as a draft."""
    rows = qt.current_targets(session, project_ids=[project_id])
    if not rows:
        return None, TargetDraft()
    head = rows[0]
    return head, draft_of(qt.indicators_of(session, [head["target_id"]])[head["target_id"]], head)


def last_actuals_for(session: Any, previous_id: int | None) -> dict[str, Decimal]:
    if previous_id is None:
        return {}
    return qt.last_year_actuals(session, [previous_id]).get(previous_id, {})


def check_project(session: Any, project_id: int, draft: TargetDraft | None = None,
                  settings: tc.CheckSettings | None = None) -> list[tc.Finding]:
    """Findings for a project's current target, or for ``draft`` (the editor's unsaved content)."""
    head, stored = load_target(session, project_id)
    project = session.get(m.Project, project_id)
    facts = facts_of(draft or stored, code=project.code, name=project.name,
                     negative_externality=project.negative_externality,
                     last_actuals=last_actuals_for(session, project.previous_id))
    return tc.run_checks(facts, settings or check_settings(session))


@gc_paused()  # a city's 30,000 indicators read and checked: no collector passes over them meanwhile
def findings(session: Any, *, year: int | None = None, unit_ids: frozenset[int] | None = None,
             status: str | None = None, progress: Progress | None = None) -> list[ProjectFinding]:
    """Every finding of the current targets of the matching projects, grouped by unit then project."""
    settings = check_settings(session)
    heads = qt.current_targets(session, year=year, unit_ids=unit_ids, status=status)
    return findings_for(session, heads, settings, progress=progress)


def findings_for(session: Any, heads: list[dict[str, Any]], settings: tc.CheckSettings, *,
                 progress: Progress | None = None) -> list[ProjectFinding]:
    """The findings of the stored targets of ``heads`` (rows of :func:`queries_targets.current_targets`)."""
    indicators = qt.check_indicators(session, [h["target_id"] for h in heads])
    return _findings(session, [(h, indicators[h["target_id"]]) for h in heads], settings, progress, None, _stored_facts)


def findings_of_drafts(session: Any, items: Sequence[tuple[dict[str, Any], TargetDraft]],
                       settings: tc.CheckSettings | None = None, *,
                       actuals: dict[int, dict[str, Decimal]] | None = None) -> list[ProjectFinding]:
    """The findings of targets held in memory (an import's drafts, just written), each with its head row (the
    keys of :func:`queries_targets.current_targets` that findings name), in the order of :func:`findings`.
    ``actuals``: last year's actuals of the projects' previous ones, when already read
    (:func:`queries_targets.last_year_actuals`)."""
    targets = [({**h, "annual_goal": d.annual_goal, "medium_goal": d.medium_goal}, d.indicators)
               for h, d in sorted(items, key=lambda item: (natural_key(item[0]["unit_code"]),
                                                                   natural_key(item[0]["code"])))]
    return _findings(session, targets, settings or check_settings(session), None, actuals, tuple)


def _stored_facts(rows: Sequence[tuple[Any, ...]]) -> tuple[tc.IndicatorFacts, ...]:
    """Facts of :func:`queries_targets.check_indicators` rows."""
    return tuple([tc.IndicatorFacts(*r) for r in rows])


def _findings(session: Any, targets: Sequence[tuple[dict[str, Any], Any]], settings: tc.CheckSettings,
              progress: Progress | None, actuals: dict[int, dict[str, Decimal]] | None,
              facts_of: Callable[[Any], Sequence[tc.Indicator]]) -> list[ProjectFinding]:
    """The findings of ``targets``, each a head row with its indicators as ``facts_of`` reads them."""
    if actuals is None:
        actuals = qt.last_year_actuals(session, [h["previous_id"] for h, _rows in targets if h["previous_id"]])
    out: list[ProjectFinding] = []
    check, no_actuals = tc.Checker(settings), {}
    for h, indicators in iterate(targets, len(targets), progress, translate("Targets", "Checking targets")):
        facts = tc.TargetFacts(h["code"], h["name"], h["annual_goal"] or "", h["medium_goal"] or "",
                               h["negative_externality"], facts_of(indicators),
                               actuals.get(h["previous_id"], no_actuals))
        found = check(facts)
        if found:
            head = (h["project_id"], h["code"], h["name"], h["unit_code"], h["unit_name"], h["target_id"], h["status"])
            out += [ProjectFinding(*head, f) for f in found]
    return out


def review_queue(session: Any, *, year: int | None, unit_ids: frozenset[int] | None = None,
                 status: str = ReviewStatus.SUBMITTED.value) -> list[dict[str, Any]]:
    """Targets waiting for finance's review, each with its counts of findings per severity and, while "no
    assessment, no budget" is on, why a project lacks a supporting ex-ante assessment (``exante``)."""
    from perfdesk.core.services.exante import budget_flags

    heads = qt.current_targets(session, year=year, unit_ids=unit_ids, status=status)
    counts: dict[int, dict[str, int]] = {h["target_id"]: {} for h in heads}
    for pf in findings_for(session, heads, check_settings(session)):
        c = counts[pf.target_id]
        c[pf.finding.severity] = c.get(pf.finding.severity, 0) + 1
    flags = budget_flags(session, [h["project_id"] for h in heads])
    return [{**h, "errors": counts[h["target_id"]].get(tc.ERROR, 0),
             "warnings": counts[h["target_id"]].get(tc.WARNING, 0),
             "notes": counts[h["target_id"]].get(tc.INFO, 0), "exante": flags.get(h["project_id"], "")}
            for h in heads]


# -- copy from last year ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    kind: str  # added, removed, changed
    part: str
    level1: str
    level2: str
    name: str
    before: str = ""
    after: str = ""


def diff(old: TargetDraft, new: TargetDraft) -> list[Change]:
    """What changed between two targets, indicator by indicator (matched on part, levels and name)."""
    before = {i.key(): i for i in old.indicators}
    after = {i.key(): i for i in new.indicators}
    out: list[Change] = []
    for key, ind in after.items():
        if key not in before:
            out.append(Change("added", *key, after=_describe(ind)))
        elif _describe(before[key]) != _describe(ind):
            out.append(Change("changed", *key, before=_describe(before[key]), after=_describe(ind)))
    out += [Change("removed", *key, before=_describe(ind)) for key, ind in before.items() if key not in after]
    if old.annual_goal != new.annual_goal:
        out.append(Change("changed", "annual", "", "", translate("Targets", "Annual goal"), old.annual_goal,
                          new.annual_goal))
    return out


def _describe(ind: IndicatorDraft) -> str:
    weight = "" if ind.weight is None else f" ({tc._plain(ind.weight)})"
    return f"{ind.value_text}{weight}"


def has_last_year(session: Any, project_id: int) -> bool:
    """Whether the project is linked to a project of last year (the source of "copy last year's targets")."""
    project = session.get(m.Project, project_id)
    return project is not None and project.previous_id is not None


def last_year_draft(session: Any, project_id: int) -> TargetDraft | None:
    """Last year's project's current target as a draft for this year (None when there is none)."""
    project = session.get(m.Project, project_id)
    if project is None or project.previous_id is None:
        return None
    head, draft = load_target(session, project.previous_id)
    if head is None:
        return None
    return replace(draft, medium_total_fen=None, medium_fiscal_fen=None, medium_other_fen=None)


# -- writing ------------------------------------------------------------------------------------------------
def _target(uow: UnitOfWork, target_id: int) -> m.PerformanceTarget:
    target = uow.session.get(m.PerformanceTarget, target_id)
    if target is None:
        raise UserErrors(translate("Targets", "No such target."))
    return target


def _current(uow: UnitOfWork, project_id: int) -> m.PerformanceTarget | None:
    return uow.session.scalar(select(m.PerformanceTarget).where(
        m.PerformanceTarget.project_id == project_id, m.PerformanceTarget.is_current.is_(True)))


@guard(Right.EDIT, scope=("project_id", m.Project))
def save_target(uow: UnitOfWork, project_id: int, draft: TargetDraft, *, seen_version: int | None = None) -> int:
    """Replace the content of the project's current target (created as version 1 when missing).
    Refused while the target is submitted or approved, and (:class:`ConcurrentEdit`) when someone saved it since
    the editor showed it at ``seen_version`` (its ``row_version``). The caller commits."""
    target = _current(uow, project_id)
    if target is None:
        if uow.session.get(m.Project, project_id) is None:
            raise UserErrors(translate("Targets", "No such project."))
        target = m.PerformanceTarget(project_id=project_id, version=1, is_current=True, status="draft")
        uow.session.add(target)
    elif target.status in LOCKED:
        raise UserErrors(locked_message(target.status))
    else:
        concurrency.expect(uow.session, target, seen_version)
    write_content(target, draft)
    target.filled_on = uow.now().date()
    uow.session.flush()
    uow.audit("target.save", "performance_target", target.id, project_id=project_id,
              indicators=len(draft.indicators))
    return target.id


def write_content(target: m.PerformanceTarget, draft: TargetDraft) -> None:
    """The draft written into ``target``: an indicator still there keeps its row, and with it the progress
    typed for it (see :mod:`services.targets_match`); the rest are added or removed."""
    from perfdesk.core.services.targets_match import match

    for name in HEADER_FIELDS:
        setattr(target, name, getattr(draft, name))
    stored = list(target.indicators)
    keys = ("part", "level1", "level2", "name")
    kept = dict((at, i) for i, at in match([{"id": i, **{k: getattr(row, k) for k in keys}}
                                             for i, row in enumerate(stored)], draft.indicators).kept)
    rows = []
    for order, ind in enumerate(draft.indicators):
        row = stored[kept[order]] if order in kept else m.TargetIndicator()
        for k in DRAFT_FIELDS:
            setattr(row, k, getattr(ind, k))
        row.sort_order = order
        rows.append(row)
    target.indicators[:] = rows  # those left out are deleted (delete-orphan)


def locked_message(status: str) -> str:
    if status == ReviewStatus.APPROVED.value:
        return translate("Targets", "The target is approved and locked: changes need a formal adjustment (目标调整).")
    return translate("Targets", "The target is submitted for review and locked until it is returned.")


def _transition(uow: UnitOfWork, target_id: int, to: str, comment: str = "") -> None:
    target = _target(uow, target_id)
    if (target.status, to) not in TRANSITIONS:
        raise UserErrors(translate("Targets", "A target in status {status} cannot become {to}.").format(
            status=ReviewStatus(target.status).label(), to=ReviewStatus(to).label()))
    uow.session.add(m.TargetReview(target_id=target.id, from_status=target.status, to_status=to,
                                   comment=comment, user=uow.user, at=uow.now()))
    uow.audit(f"target.{to}", "performance_target", target.id, before=target.status, comment=comment)
    target.status = to


@guard(Right.EDIT, scope=("target_id", m.PerformanceTarget))
def submit(uow: UnitOfWork, target_id: int, comment: str = "") -> None:
    """报送: refused while error-level findings remain."""
    target = _target(uow, target_id)
    errors = [f for f in check_project(uow.session, target.project_id) if f.severity == tc.ERROR]
    if errors and target.status in ("draft", "returned"):
        raise UserErrors([translate("Targets", "Cannot submit: {message}").format(message=f.message)
                          for f in errors])
    _transition(uow, target_id, ReviewStatus.SUBMITTED.value, comment)


@guard(Right.REVIEW)
def return_target(uow: UnitOfWork, target_id: int, comment: str) -> None:
    """退回 with the reviewer's comment (required)."""
    if not comment.strip():
        raise UserErrors(translate("Targets", "A comment is required when returning a target."))
    _transition(uow, target_id, ReviewStatus.RETURNED.value, comment.strip())


@guard(Right.REVIEW)
def approve(uow: UnitOfWork, target_id: int, comment: str = "") -> None:
    _transition(uow, target_id, ReviewStatus.APPROVED.value, comment)


@guard(Right.EDIT, scope=("target_id", m.PerformanceTarget))
def adjust(uow: UnitOfWork, target_id: int, reason: str) -> int:
    """目标调整: the approved version stays as it was; a new draft version (a copy) replaces it."""
    old = _target(uow, target_id)
    if old.status != ReviewStatus.APPROVED.value or not old.is_current:
        raise UserErrors(translate("Targets", "Only the approved version in force can be adjusted."))
    if not reason.strip():
        raise UserErrors(translate("Targets", "A reason is required for a target adjustment."))
    rows = [{k: getattr(i, k) for k in DRAFT_FIELDS} for i in old.indicators]
    draft = draft_of(rows, {k: getattr(old, k) for k in HEADER_FIELDS})
    old.is_current = False
    uow.session.flush()
    new = m.PerformanceTarget(project_id=old.project_id, version=old.version + 1, is_current=True,
                              status="draft", replaces_id=old.id, adjustment_reason=reason.strip())
    uow.session.add(new)
    write_content(new, draft)
    new.filled_on = uow.now().date()
    uow.session.flush()
    uow.audit("target.adjust", "performance_target", new.id, replaces=old.id, reason=reason.strip())
    return new.id

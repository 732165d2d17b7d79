"""Self-evaluation use cases (绩效自评, RULES §4): score and store, entry, manual overrides, submit and review,
ranking inside a unit.

Stored results: per line the rule's score (``computed_score``) and its explanation; per evaluation
``total_computed`` (the rules alone, cap included), ``total_final`` (overrides included: what ranking uses), the
grade of ``total_final``, the flags and the settings in force (``params``). A manual override needs a reason, is
audited, and prints on the table with the computed score beside it.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from perfdesk.core.db import concurrency
from perfdesk.core.db import models as m
from perfdesk.core.db import queries_selfeval as Q
from perfdesk.core.db.bulk import update_rows
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import Comparison, ReviewStatus
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.domain.ordering import natural_key
from perfdesk.core.i18n import translate
from perfdesk.core.memory import gc_paused
from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.caps import apply_cap
from perfdesk.core.rules.scoring.engine import (
    EvaluationInput,
    EvaluationLine,
    EvaluationResult,
    LineMemo,
    score_evaluation,
)
from perfdesk.core.rules.scoring.execution import ExecutionInput
from perfdesk.core.rules.scoring.flags import ZERO, Flag
from perfdesk.core.rules.scoring.grades import grade_of
from perfdesk.core.rules.scoring.lines import is_qualitative, line_level, read_values
from perfdesk.core.rules.valuetext import QualitativeLevel, ValueKind, parse_value, qualitative_level
from perfdesk.core.services import settings
from perfdesk.core.services.access import Right, guard

EXECUTION, INDICATOR, SUB_ROW = "execution", "indicator", "sub_row"
EDITABLE = ("actual_text", "qualitative_level", "qualitative_pick", "evidence", "deviation_analysis",
            "not_applicable")
OPEN_STATUSES = (ReviewStatus.DRAFT.value, ReviewStatus.RETURNED.value)


# -- from stored rows to the engine's input ---------------------------------------------------------------
def level_of(text: str | None) -> QualitativeLevel | None:
    """A stored level: a :class:`QualitativeLevel` code, or the words a person typed (达成预期指标 …)."""
    return _level_of(text) if text else None


@functools.lru_cache(maxsize=4096)
def _level_of(text: str) -> QualitativeLevel | None:
    text = text.strip()
    if not text:
        return None
    try:
        return QualitativeLevel(text)
    except ValueError:
        return qualitative_level(text)[0]


def band_level(line: Mapping[str, Any]) -> QualitativeLevel | None:
    """The band a line's qualitative pick must lie in: the level chosen, else the level its words read as against
    its target, as the engine reads them (None: no band)."""
    level = level_of(line.get("qualitative_level"))
    if level is not None:
        return level
    values = read_values(line.get("target_text") or "", line.get("actual_text") or "",
                         comparison_of(line.get("comparison")))
    return line_level(values, None) if is_qualitative(values, None) else None


_COMPARISONS = {c.value: c for c in Comparison}


def comparison_of(code: str | None) -> Comparison | None:
    """An explicit comparison stored on the line; empty → None (read from the target text)."""
    return _COMPARISONS.get(code) if code else None


_LINE_VALUES = operator.itemgetter(
    "name", "points", "level1", "level2", "target_text", "actual_text", "comparison", "qualitative_level",
    "qualitative_pick", "printed_score", "override_score", "override_reason", "not_applicable", "kind")


KnownLines = dict[tuple[Any, ...], EvaluationLine]


def to_line(row: Mapping[str, Any], known: KnownLines | None = None) -> EvaluationLine:
    """The engine's line from a line row. ``known``: the lines made so far in a batch, by their row's values;
    a row with the same values (decimals written alike) gives the same, immutable, line object."""
    values = _LINE_VALUES(row)
    if known is not None:
        line = known.get(values)
        if line is not None and ((line.points is values[1] and line.printed_score is values[9]
                                  and line.qualitative_pick is values[8] and line.override_score is values[10])
                                 or _decimals_alike(line, values)):
            return line
    (name, points, level1, level2, target, actual, comparison, level, pick, printed, override, reason,
     not_applicable, kind) = values
    line = EvaluationLine(name, points, level1, level2, target or "", actual or "",
                          _COMPARISONS.get(comparison) if comparison else None, "",  # as comparison_of, level_of
                          _level_of(level) if level else None, pick, printed, override, reason or "",
                          bool(not_applicable), kind == SUB_ROW)
    if known is not None:
        known.setdefault(values, line)
    return line


def _decimals_alike(line: EvaluationLine, values: tuple[Any, ...]) -> bool:
    """Equal decimals may be written differently (10 and 10.0), and results show them as written. Rows read
    together share one Decimal per text, so the identity answers at once."""
    pairs = ((line.points, values[1]), (line.qualitative_pick, values[8]), (line.printed_score, values[9]),
             (line.override_score, values[10]))
    return all(a is b or (type(a) is type(b) and str(a) == str(b)) for a, b in pairs)


def _money(own: int | None, fallback: int | None) -> Money | None:
    value = own if own is not None else fallback
    return None if value is None else Money(value)


def execution_of(ev: Mapping[str, Any], explanation: str = "") -> ExecutionInput:
    """The money used for the score: the evaluation's own amounts; an entered evaluation falls back to the
    project's amounts where it has none (an imported one keeps what its table printed)."""
    entered = ev["source"] != "import"

    def pick(own: str, project: str) -> Money | None:
        return _money(ev[own], ev[project] if entered else None)

    return ExecutionInput(pick("initial_budget_fen", "p_initial_fen"), pick("full_year_budget_fen", "p_full_year_fen"),
                          pick("spent_fen", "p_spent_fen"), _money(ev["p_adjusted_fen"], None) if entered else None,
                          explanation)


def to_input(ev: Mapping[str, Any], lines: Sequence[Mapping[str, Any]], known: KnownLines | None = None
             ) -> EvaluationInput:
    """The engine's input from an evaluation row and its line rows (execution line first, if any); ``known`` as
    in :func:`to_line`."""
    execution = next((ln for ln in lines if ln["kind"] == EXECUTION), None)
    indicators = tuple([to_line(ln, known) for ln in lines if ln["kind"] != EXECUTION])
    if execution is None:
        return EvaluationInput(indicators, execution_of(ev), printed_total=ev.get("total_printed"))
    return EvaluationInput(indicators, execution_of(ev, execution["deviation_analysis"] or ""),
                           execution["points"], execution["printed_score"], execution["override_score"],
                           execution["override_reason"] or "", ev.get("total_printed"))  # the fields in order


def indicator_rows(lines: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [ln for ln in lines if ln["kind"] != EXECUTION]


# -- results into rows ---------------------------------------------------------------------------------------
def computed_total(result: EvaluationResult, params: ScoringParams) -> Decimal:
    """The rules alone (no overrides): rule scores of the counted lines plus the execution line, capped."""
    total = sum((ln.rule_score for ln in result.lines if ln.counted), result.execution.rule_score)
    return apply_cap(total, result.execution.rate, params)[0]


def flag_dicts(flags: Sequence[Flag]) -> list[dict[str, Any]] | None:
    return [{"code": f.code.value, "message": f.message, "line": f.line, "severity": f.severity.value}
            for f in flags] or None


EVALUATION_RESULT = ("execution_rate", "total_computed", "total_final", "grade", "params", "flags", "scored_at")
LINE_RESULT = ("computed_score", "explanation", "flags")


def result_updates(ev: Mapping[str, Any], lines: Sequence[Mapping[str, Any]], result: EvaluationResult,
                   params: ScoringParams, now: Any) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    """What stores ``result``: the evaluation's values in the order of :data:`EVALUATION_RESULT` and each line's
    values in the order of :data:`LINE_RESULT`, each followed by the row's id."""
    execution = next((ln for ln in lines if ln["kind"] == EXECUTION), None)
    line_updates = [(res.rule_score, res.explanation, flag_dicts(res.flags), row["id"])
                    for row, res in zip(indicator_rows(lines), result.lines, strict=True)]
    if execution is not None:
        line_updates.append((result.execution.rule_score, result.execution.explanation,
                             flag_dicts(result.execution.flags), execution["id"]))
    ev_update = (result.execution.rate, computed_total(result, params), result.total, result.grade.value,
                 result.params, flag_dicts(result.flags), now, ev["id"])
    return ev_update, line_updates


# -- scoring and storing -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScoreSummary:
    scored: int
    by_grade: dict[str, int]


def score_rows(evaluations: Sequence[Mapping[str, Any]], lines: Mapping[int, Sequence[Mapping[str, Any]]],
               params: ScoringParams) -> list[tuple[Mapping[str, Any], EvaluationResult]]:
    """Score many evaluations; every invalid override or pick of every evaluation is raised at once. The same
    line in many tables (a city's projects share their indicators) is made and scored once per place."""
    with gc_paused():  # a city keeps ~100,000 new objects and no cycles: the collector walked the heap for nothing
        results, errors = _score_all(evaluations, lines, params)  # its lookup tables are gone when the pause ends
    gc.collect(0)  # the young objects the pause let pile up, looked at once: part of scoring's time
    if errors:
        raise UserErrors(errors)
    return results


def _score_all(evaluations: Sequence[Mapping[str, Any]], lines: Mapping[int, Sequence[Mapping[str, Any]]],
               params: ScoringParams) -> tuple[list[tuple[Mapping[str, Any], EvaluationResult]], list[UserError]]:
    results, errors = [], []
    known: KnownLines = {}
    memo: LineMemo = {}
    for ev in evaluations:
        try:
            evaluation = to_input(ev, lines.get(ev["id"], ()), known)
            results.append((ev, score_evaluation(evaluation, params, memo=memo)))
        except UserErrors as exc:
            errors += [dataclasses.replace(e, message=f"{ev['code']} {ev['name']}: {e.message}") for e in exc.errors]
    return results, errors


def _store(uow: UnitOfWork, scored: Sequence[tuple[Mapping[str, Any], EvaluationResult]],
           lines: Mapping[int, Sequence[Mapping[str, Any]]], params: ScoringParams) -> None:
    """Write the results through the DB-API (the ORM's bulk update processes a dict per row, for a city as long as
    the scoring), then expire what the session holds of those rows, so that it reads the stored values again."""
    ev_updates, line_updates = [], []
    now = uow.now()
    with gc_paused():  # tens of thousands of new tuples and dicts, no cycles
        for ev, result in scored:
            ev_up, ln_up = result_updates(ev, lines.get(ev["id"], ()), result, params, now)
            ev_updates.append(ev_up)
            line_updates += ln_up
        update_rows(uow.session, m.SelfEvaluation.__table__, EVALUATION_RESULT, ev_updates, edit=False)
        update_rows(uow.session, m.SelfEvalLine.__table__, LINE_RESULT, line_updates, edit=False)
    _expire(uow.session, m.SelfEvaluation, EVALUATION_RESULT, {up[-1] for up in ev_updates})
    _expire(uow.session, m.SelfEvalLine, LINE_RESULT, {up[-1] for up in line_updates})


def _expire(session: Session, model: type[m.SelfEvaluation | m.SelfEvalLine], columns: Sequence[str],
            ids: set[int]) -> None:
    for obj in list(session.identity_map.values()):
        if type(obj) is model and obj.id in ids:
            session.expire(obj, list(columns))


def rescore(uow: UnitOfWork, evaluation_ids: Sequence[int] | None = None, *, year: int | None = None,
            progress: Progress | None = None) -> ScoreSummary:
    """Score the given evaluations (or all of ``year``, or all) with the settings in force and store the
    results. Does not commit."""
    report = progress or no_progress
    params = settings.load(uow.session, ScoringParams)
    report(0.05, translate("SelfEval", "Reading self-evaluations"))
    evaluations = Q.evaluation_rows(uow.session, year=year, ids=evaluation_ids)
    lines = Q.line_rows(uow.session, year=year if evaluation_ids is None else None,
                        ids=[e["id"] for e in evaluations] if evaluation_ids is not None else None)
    report(0.3, translate("SelfEval", "Scoring {n} self-evaluations").format(n=len(evaluations)))
    scored = score_rows(evaluations, lines, params)
    report(0.7, translate("SelfEval", "Saving scores"))
    _store(uow, scored, lines, params)
    by_grade: dict[str, int] = {}
    for _ev, result in scored:
        by_grade[result.grade.value] = by_grade.get(result.grade.value, 0) + 1
    return ScoreSummary(len(scored), by_grade)


@guard(Right.REVIEW)
def score_year(uow: UnitOfWork, year: int | None = None, *, progress: Progress | None = None) -> ScoreSummary:
    """``perfdesk selfeval score``: score every self-evaluation of ``year`` (all years when None); commits."""
    summary = rescore(uow, year=year, progress=progress)
    uow.audit("selfeval.score", "self_evaluation", None, year=year, scored=summary.scored)
    uow.commit()
    return summary


def preview(session: Session, evaluation_id: int, changes: Mapping[int, Mapping[str, Any]] | None = None,
            params: ScoringParams | None = None) -> EvaluationResult:
    """Score an evaluation with unsaved line edits applied in memory (the entry window's live score)."""
    params = params or settings.load(session, ScoringParams)
    ev = Q.evaluation_rows(session, ids=[evaluation_id])[0]
    lines = [dict(ln, **_clean_changes((changes or {}).get(ln["id"], {})))
             for ln in Q.line_rows(session, ids=[evaluation_id]).get(evaluation_id, [])]
    return score_evaluation(to_input(ev, lines), params)


# -- entry ---------------------------------------------------------------------------------------------------
def _clean_changes(change: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in change.items() if k in EDITABLE}
    if "actual_text" in out:
        out["actual_text"] = str(out["actual_text"] or "").strip()
        parsed = parse_value(out["actual_text"], role="actual")
        out["actual_num"] = parsed.number if parsed.kind is ValueKind.NUMBER else None
    if "qualitative_pick" in out and out["qualitative_pick"] not in (None, ""):
        out["qualitative_pick"] = Decimal(str(out["qualitative_pick"]))
    elif "qualitative_pick" in out:
        out["qualitative_pick"] = None
    if "not_applicable" in out:
        out["not_applicable"] = bool(out["not_applicable"])
    return out


def _evaluation(uow: UnitOfWork, evaluation_id: int) -> m.SelfEvaluation:
    ev = uow.session.get(m.SelfEvaluation, evaluation_id)
    if ev is None:
        raise UserErrors(translate("SelfEval", "self-evaluation {id} does not exist").format(id=evaluation_id))
    return ev


def _require_open(ev: m.SelfEvaluation) -> None:
    if ev.status not in OPEN_STATUSES:
        raise UserErrors(translate("SelfEval", "a submitted or approved self-evaluation cannot be changed; "
                                               "finance must return it first"))


@guard(Right.EDIT, scope=("evaluation_id", m.SelfEvaluation))
def save_entry(uow: UnitOfWork, evaluation_id: int, changes: Mapping[int, Mapping[str, Any]], *,
               goal_actual: str | None = None, seen_version: int | None = None) -> EvaluationResult:
    """Store the unit's entries (actual values, levels, picks, evidence, deviation analysis), rescore, commit.
    Every changed field is audited with its old and new value. Refused (:class:`ConcurrentEdit`) when someone
    saved the self-evaluation since it was shown at ``seen_version``."""
    ev = _evaluation(uow, evaluation_id)
    _require_open(ev)
    concurrency.expect(uow.session, ev, seen_version)
    lines = {ln.id: ln for ln in ev.lines}
    for line_id, change in changes.items():
        line = lines.get(line_id)
        if line is None:
            raise UserErrors(translate("SelfEval", "line {id} is not part of this self-evaluation").format(id=line_id))
        for field, new in _clean_changes(change).items():
            old = getattr(line, field)
            if old != new:
                setattr(line, field, new)
                if field in EDITABLE:
                    uow.audit("selfeval.entry", "self_eval_line", line.id, field=field, old=_plain(old), new=_plain(new))
    if goal_actual is not None and goal_actual != ev.goal_actual:
        uow.audit("selfeval.entry", "self_evaluation", ev.id, field="goal_actual", old=ev.goal_actual, new=goal_actual)
        ev.goal_actual = goal_actual
    return _rescore_and_commit(uow, ev.id)


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


def _rescore_and_commit(uow: UnitOfWork, evaluation_id: int) -> EvaluationResult:
    uow.session.flush()
    rescore(uow, [evaluation_id])
    result = preview(uow.session, evaluation_id)
    uow.commit()
    return result


@guard(Right.REVIEW)
def set_override(uow: UnitOfWork, line_id: int, score: Decimal | None, reason: str = "") -> EvaluationResult:
    """Set (or, with ``score`` None, clear) the score of a line by hand. A reason is required; audited."""
    line = uow.session.get(m.SelfEvalLine, line_id)
    if line is None:
        raise UserErrors(translate("SelfEval", "line {id} does not exist").format(id=line_id))
    if score is not None and not reason.strip():
        raise UserErrors(translate("SelfEval", "{name}: a score set by hand needs a reason").format(name=line.name))
    if score is not None and line.points is None:
        text = translate("SelfEval", "{name}: the table prints no points (分值) for this line, so a score set by hand "
                                     "cannot be checked; its printed score is kept")
        raise UserErrors(text.format(name=line.name))
    if score is not None and not ZERO <= score <= line.points:
        text = translate("SelfEval", "{name}: score {score} is outside 0–{points}")
        raise UserErrors(text.format(name=line.name, score=score, points=line.points))
    uow.audit("selfeval.override", "self_eval_line", line.id, old=_plain(line.override_score),
              new=_plain(score), reason=reason.strip(), computed=_plain(line.computed_score))
    line.override_score, line.override_reason = score, (reason.strip() if score is not None else "")
    return _rescore_and_commit(uow, line.evaluation_id)


def _transition(uow: UnitOfWork, evaluation_id: int, allowed: tuple[str, ...], to: ReviewStatus,
                comment: str = "") -> None:
    ev = _evaluation(uow, evaluation_id)
    if ev.status not in allowed:
        text = translate("SelfEval", "{code}: cannot go from {old} to {new}")
        raise UserErrors(text.format(code=evaluation_id, old=ev.status, new=to.value))
    uow.audit("selfeval.status", "self_evaluation", ev.id, old=ev.status, new=to.value, comment=comment)
    ev.status = to.value
    if to is ReviewStatus.SUBMITTED:
        ev.submitted_at = uow.now()
    else:
        ev.reviewed_by, ev.review_comment = uow.user, comment
    uow.commit()


@guard(Right.EDIT, scope=("evaluation_id", m.SelfEvaluation))
def submit(uow: UnitOfWork, evaluation_id: int) -> None:
    """The unit hands its self-evaluation to finance (refused while a line lacks an actual value)."""
    ev = _evaluation(uow, evaluation_id)
    missing = [ln.name for ln in ev.lines if ln.kind == INDICATOR and not ln.not_applicable
               and not (ln.actual_text or ln.qualitative_level or ln.override_score is not None)]
    if missing:
        text = translate("SelfEval", "{name}: no actual value entered")
        raise UserErrors([UserError(text.format(name=name)) for name in missing])
    _transition(uow, evaluation_id, OPEN_STATUSES, ReviewStatus.SUBMITTED)


@guard(Right.REVIEW)
def approve(uow: UnitOfWork, evaluation_id: int, comment: str = "") -> None:
    _transition(uow, evaluation_id, (ReviewStatus.SUBMITTED.value,), ReviewStatus.APPROVED, comment)


@guard(Right.REVIEW)
def return_for_changes(uow: UnitOfWork, evaluation_id: int, comment: str) -> None:
    """Finance sends it back; a comment saying why is required."""
    if not comment.strip():
        raise UserErrors(translate("SelfEval", "returning a self-evaluation needs a comment"))
    _transition(uow, evaluation_id, (ReviewStatus.SUBMITTED.value, ReviewStatus.APPROVED.value),
                ReviewStatus.RETURNED, comment)


@guard(Right.EDIT, scope=("project_id", m.Project))
def start_evaluation(uow: UnitOfWork, project_id: int) -> int:
    """A draft self-evaluation listing the project's current approved indicators with their target values.
    Returns its id (the existing one if the project has one already)."""
    existing = Q.evaluation_id_of_project(uow.session, project_id)
    if existing is not None:
        return existing
    indicators = Q.current_indicators(uow.session, project_id)
    if not indicators or indicators[0]["status"] != ReviewStatus.APPROVED.value:
        raise UserErrors(translate("SelfEval", "the project has no approved performance targets"))
    project = uow.session.get(m.Project, project_id)
    params = settings.load(uow.session, ScoringParams)
    ev = m.SelfEvaluation(project_id=project_id, status=ReviewStatus.DRAFT.value, source="entry",
                          goal_expected=indicators[0]["annual_goal"] or "", full_year_budget_fen=project.full_year_budget_fen,
                          initial_budget_fen=project.initial_budget_fen, spent_fen=project.spent_fen)
    ev.lines.append(m.SelfEvalLine(kind=EXECUTION, sort_order=0, name="预算执行率", points=params.execution_points))
    for order, ind in enumerate(indicators, start=1):
        ev.lines.append(m.SelfEvalLine(
            kind=INDICATOR, sort_order=order, indicator_id=ind["id"], level1=ind["level1"], level2=ind["level2"],
            name=ind["name"], comparison=ind["comparison"], target_text=ind["value_text"], target_num=ind["value_num"],
            points=ind["weight"]))
    uow.session.add(ev)
    uow.session.flush()
    uow.audit("selfeval.start", "self_evaluation", ev.id, project_id=project_id)
    rescore(uow, [ev.id])
    uow.commit()
    return ev.id


# -- ranking inside a unit (冠县 practice) ----------------------------------------------------------------------
@dataclass(frozen=True)
class RankRow:
    unit: str
    rank: int
    code: str
    name: str
    score: Decimal | None
    score_source: str  # self, review
    grade: str
    execution_rate: Decimal | None
    evaluation_id: int


def unit_ranking(session: Session, year: int | None, unit_ids: Sequence[int] | None = None) -> list[RankRow]:
    """Each unit's projects by self-evaluation score, high to low (a review total replaces the self score where
    finance chose so); equal scores share a rank (1, 2, 2, 4); unscored projects come last without a rank."""
    evaluations = Q.evaluation_rows(session, year=year, unit_ids=unit_ids)
    reviewed = Q.review_totals(session, [e["id"] for e in evaluations])
    by_unit: dict[str, list[tuple[Decimal | None, str, dict[str, Any]]]] = {}
    codes: dict[str, str] = {}
    for ev in evaluations:
        score, source = (reviewed[ev["id"]], "review") if ev["id"] in reviewed else (ev["total_final"], "self")
        by_unit.setdefault(ev["unit_name"], []).append((score, source, ev))
        codes.setdefault(ev["unit_name"], ev["unit_code"] or "")
    out: list[RankRow] = []
    for unit in sorted(by_unit, key=lambda name: (natural_key(codes[name]), name)):  # by unit code: 2 before 10
        ordered = sorted(by_unit[unit], key=lambda t: (t[0] is None, -(t[0] or ZERO), t[2]["code"]))
        previous, rank = None, 0
        for i, (score, source, ev) in enumerate(ordered, start=1):
            if score != previous:
                rank, previous = i, score
            grade = ev["grade"] if source == "self" else _grade(session, score)
            out.append(RankRow(unit, rank if score is not None else 0, ev["code"], ev["name"], score, source, grade,
                               ev["execution_rate"], ev["id"]))
    return out


def _grade(session: Session, score: Decimal | None) -> str:
    return "" if score is None else grade_of(score, settings.load(session, ScoringParams)).value


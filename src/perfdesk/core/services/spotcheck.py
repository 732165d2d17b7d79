"""Spot-check review of self-evaluations (抽查复核, RULES §5): draw a reproducible sample, re-score each line with
the review rules, compare self vs review scores, self-evaluation quality per unit, and finance's choice of which
score ranks.

The sample is drawn per 主管部门 (the project's department; its unit when it has none) by
:func:`perfdesk.core.rules.sampling.draw_sample`; the seed and the rule (``SpotCheckParams`` snapshot) are stored.
A review total replaces the self score for ranking only where finance chose so (``use_for_ranking``, recorded with
who and when).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_selfeval as Q
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import Comparison
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.score import RoundingMode, round_score
from perfdesk.core.i18n import translate
from perfdesk.core.rules.direction import reverse_kind
from perfdesk.core.rules.params import ScoringParams, SpotCheckParams, encode, from_values
from perfdesk.core.rules.sampling import draw_sample
from perfdesk.core.rules.scoring.engine import score_evaluation
from perfdesk.core.rules.scoring.flags import HUNDRED, ZERO, num
from perfdesk.core.rules.scoring.lines import read_values
from perfdesk.core.rules.scoring.review import (
    ReviewedLine,
    ReviewLine,
    mean_absolute_difference,
    review_lines,
    review_total,
)
from perfdesk.core.rules.valuetext import ValueKind
from perfdesk.core.services import settings
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.selfeval import EXECUTION, SUB_ROW, comparison_of, indicator_rows, to_input

RULE_NO_EVIDENCE, RULE_UNRELATED, RULE_NO_SURVEY = "no_evidence", "unrelated", "no_survey"


def _year_id(session: Session, year: int) -> int:
    year_id = session.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == year))
    if year_id is None:
        raise UserErrors(translate("SpotCheck", "there is no budget year {year}").format(year=year))
    return year_id


@guard(Right.REVIEW)
def draw(uow: UnitOfWork, year: int, seed: int | None = None) -> int:
    """Draw and store a sample of the year's scored self-evaluations; returns the spot check's id. Commits."""
    params = settings.load(uow.session, SpotCheckParams)
    evaluations = [e for e in Q.evaluation_rows(uow.session, year=year) if e["total_final"] is not None]
    if not evaluations:
        raise UserErrors(translate("SpotCheck", "no scored self-evaluations in {year}: score them first").format(year=year))
    candidates = [(e["id"], e["department_id"] or e["unit_id"], e["grade"], e["execution_rate"]) for e in evaluations]
    sample = draw_sample(candidates, params, seed)
    rule = {**sample.params, "group_by": "department", "candidates": len(candidates)}
    check = m.SpotCheck(year_id=_year_id(uow.session, year), seed=sample.seed, rule=rule, created_at=uow.now(),
                        created_by=uow.user)
    lines = Q.line_rows(uow.session, ids=list(sample.project_ids))
    for item in sample.items:
        spot = m.SpotCheckItem(evaluation_id=item.project_id, selected_because=item.reason, status="open")
        spot.lines = [m.SpotCheckLine(line_id=ln["id"]) for ln in lines.get(item.project_id, [])
                      if ln["kind"] != SUB_ROW]
        check.items.append(spot)
    uow.session.add(check)
    uow.session.flush()
    uow.audit("spotcheck.draw", "spot_check", check.id, year=year, seed=sample.seed, items=len(sample.items))
    uow.commit()
    return check.id


# -- reviewing ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReviewInput:
    """The reviewer's findings for one line; ``score`` None keeps the self score before the review rules."""

    score: Decimal | None = None
    has_evidence: bool = True
    related: bool = True
    survey_done: bool = True
    note: str = ""


def self_score(line: Mapping[str, Any]) -> Decimal | None:
    """The line's self score as finally claimed: the override when there is one, else the rule's score."""
    if line["override_score"] is not None:
        return line["override_score"]
    return line["computed_score"]


def completion_percent(line: Mapping[str, Any]) -> Decimal | None:
    """actual / target × 100 for ≥ / = indicators (None otherwise), for the over-completion rule. A line typed
    without a sign whose name reads as a cost, an incidence rate or a time limit is lower-is-better: spending more
    than its target is no over-completion."""
    values = read_values(line["target_text"] or "", line["actual_text"] or "", comparison_of(line["comparison"]))
    if values.comparison not in (Comparison.AT_LEAST, Comparison.EQUAL, Comparison.NONE):
        return None
    if values.comparison is Comparison.NONE and reverse_kind(line["name"] or "", line.get("level1") or "",
                                                             line.get("level2") or "") is not None:
        return None
    if values.target.kind is not ValueKind.NUMBER or values.actual.kind is not ValueKind.NUMBER:
        return None
    if not values.target.number or values.actual.number is None:
        return None
    return values.actual.number / values.target.number * HUNDRED


def _review_line(line: Mapping[str, Any], given: ReviewInput, points: Decimal) -> ReviewLine:
    """``points``: the line's points as the self score counted them (rescaled when 百分制折算 applied)."""
    own = self_score(line)
    start = given.score if given.score is not None else (own if own is not None else ZERO)
    return ReviewLine(line["name"], line["level1"], points, start, own, given.has_evidence,
                      given.related, given.survey_done,
                      None if line["kind"] == EXECUTION else completion_percent(line), kept=given.score is None)


def self_basis(session: Session, evaluation_id: int) -> ScoringParams:
    """The settings the self score was computed with (stored with it), else those in force."""
    stored = (session.get(m.SelfEvaluation, evaluation_id).params or {}).get(ScoringParams.GROUP)
    if not stored:
        return settings.load(session, ScoringParams)
    return from_values(ScoringParams, {name: encode(value) for name, value in stored.items()})


def _counted_points(ev: Mapping[str, Any], rows: Sequence[Mapping[str, Any]],
                    basis: ScoringParams) -> dict[int, Decimal]:
    """line id → points, for the lines the self score counts (not-applicable lines and 其中 rows left out)."""
    result = score_evaluation(to_input(ev, rows), basis)
    out = {row["id"]: res.points for row, res in zip(indicator_rows(rows), result.lines, strict=True) if res.counted}
    out.update({row["id"]: result.execution.points for row in rows if row["kind"] == EXECUTION})
    return out


def _check_scores(rows: Mapping[int, Mapping[str, Any]], points: Mapping[int, Decimal],
                  findings: Mapping[int, ReviewInput]) -> None:
    errors = []
    text = translate("SpotCheck", "{name}: review score {score} is outside 0–{points}")
    for line_id, given in findings.items():
        if given.score is not None and line_id in rows and line_id not in points:
            errors.append(UserError(translate("SpotCheck", "{name}: not applicable, not counted: it takes no review "
                                                           "score").format(name=rows[line_id]["name"])))
        elif given.score is not None and line_id in points and not ZERO <= given.score <= points[line_id]:
            errors.append(UserError(text.format(name=rows[line_id]["name"], score=num(given.score),
                                                points=num(points[line_id]))))
    if errors:
        raise UserErrors(errors)


def _rules(given: ReviewInput) -> str:
    codes = [code for code, off in ((RULE_NO_EVIDENCE, not given.has_evidence), (RULE_UNRELATED, not given.related),
                                    (RULE_NO_SURVEY, not given.survey_done)) if off]
    return ",".join(codes)


@guard(Right.REVIEW)
def review_item(uow: UnitOfWork, item_id: int, findings: Mapping[int, ReviewInput], *, conclusion: str = "") -> Decimal:
    """Re-score every line of a sampled self-evaluation (``findings`` by self_eval_line id; lines without
    findings keep their self score, then the review rules apply). Stores the review total; commits."""
    item = uow.session.get(m.SpotCheckItem, item_id)
    if item is None:
        raise UserErrors(translate("SpotCheck", "spot-check item {id} does not exist").format(id=item_id))
    ev = Q.evaluation_rows(uow.session, ids=[item.evaluation_id])[0]
    listed = Q.line_rows(uow.session, ids=[item.evaluation_id]).get(item.evaluation_id, [])
    rows = {ln["id"]: ln for ln in listed}
    basis = self_basis(uow.session, item.evaluation_id)
    points = _counted_points(ev, listed, basis)
    _check_scores(rows, points, findings)
    _not_counted([sl for sl in item.lines if sl.line_id in rows and sl.line_id not in points])
    spot_lines = [sl for sl in item.lines if sl.line_id in points]
    _store_lines(spot_lines, rows, points, findings, basis, settings.load(uow.session, SpotCheckParams))
    lines_total = sum((sl.review_score for sl in spot_lines), ZERO)
    item.review_total, cap = review_total([sl.review_score for sl in spot_lines], ev["execution_rate"], basis)
    _say_capped(spot_lines, rows, item.review_total, lines_total, ev["execution_rate"], cap)
    item.reviewer, item.status, item.conclusion = uow.user, "reviewed", conclusion
    uow.audit("spotcheck.review", "spot_check_item", item.id, evaluation_id=item.evaluation_id,
              review_total=str(item.review_total))
    uow.commit()
    return item.review_total


def _store_lines(spot_lines: Sequence[m.SpotCheckLine], rows: Mapping[int, Mapping[str, Any]],
                 points: Mapping[int, Decimal], findings: Mapping[int, ReviewInput], basis: ScoringParams,
                 params: SpotCheckParams) -> None:
    """Each counted line's review score (the review rules applied, rounded as the self score was), its rules and
    reasons."""
    inputs = [findings.get(sl.line_id, ReviewInput()) for sl in spot_lines]
    reviewed = review_lines([_review_line(rows[sl.line_id], given, points[sl.line_id])
                             for sl, given in zip(spot_lines, inputs, strict=True)], params)
    mode = RoundingMode(basis.rounding)
    for sl, given, result in zip(spot_lines, inputs, reviewed, strict=True):
        sl.review_score, sl.rule = round_score(result.score, mode), _rules(given)
        sl.reason = "；".join([*result.reasons, *([given.note.strip()] if given.note.strip() else [])])


def _say_capped(spot_lines: Sequence[m.SpotCheckLine], rows: Mapping[int, Mapping[str, Any]], total: Decimal,
                lines_total: Decimal, rate: Decimal | None, cap: Decimal | None) -> None:
    """Where the execution-rate cap lowers the review total, the execution line's reason says so."""
    if cap is None or total >= lines_total:
        return
    text = translate("SpotCheck", "the lines add up to {sum}; execution rate {rate}%: the review total is capped at "
                                  "{cap}, as the self score was")
    note = text.format(sum=num(lines_total), rate=num((rate or ZERO).quantize(Decimal("0.01"))), cap=num(cap))
    for sl in spot_lines:
        if rows[sl.line_id]["kind"] == EXECUTION:
            sl.reason = "；".join([r for r in (sl.reason, note) if r])


def _not_counted(spot_lines: Sequence[m.SpotCheckLine]) -> None:
    """Lines the self score does not count (not applicable) are not counted in the review either."""
    for sl in spot_lines:
        sl.review_score, sl.rule = None, ""
        sl.reason = translate("SpotCheck", "not applicable: not counted in the self score, nor in the review")


@guard(Right.REVIEW)
def choose_for_ranking(uow: UnitOfWork, item_id: int, use_review: bool) -> None:
    """Finance's choice: the review total replaces the self score for ranking (or not); who and when recorded."""
    item = uow.session.get(m.SpotCheckItem, item_id)
    if item is None:
        raise UserErrors(translate("SpotCheck", "spot-check item {id} does not exist").format(id=item_id))
    if use_review and item.review_total is None:
        raise UserErrors(translate("SpotCheck", "the item has not been reviewed yet"))
    uow.audit("spotcheck.ranking_choice", "spot_check_item", item.id, old=item.use_for_ranking, new=use_review)
    item.use_for_ranking, item.choice_by, item.choice_at = use_review, uow.user, uow.now()
    uow.commit()


# -- reading: side by side and quality ---------------------------------------------------------------------
@dataclass(frozen=True)
class ComparedLine:
    spot_line_id: int
    line_id: int
    name: str
    level1: str
    points: Decimal | None
    self_score: Decimal | None
    review_score: Decimal | None
    rule: str
    reason: str
    evidence: str

    @property
    def difference(self) -> Decimal | None:
        if self.self_score is None or self.review_score is None:
            return None
        return self.review_score - self.self_score


@dataclass(frozen=True)
class ComparedItem:
    item_id: int
    evaluation_id: int
    code: str
    name: str
    unit: str
    selected_because: str
    status: str
    self_total: Decimal | None
    review_total: Decimal | None
    use_for_ranking: bool
    conclusion: str
    lines: tuple[ComparedLine, ...] = field(default=())

    @property
    def difference(self) -> Decimal | None:
        if self.self_total is None or self.review_total is None:
            return None
        return self.review_total - self.self_total


@dataclass(frozen=True)
class UnitQuality:
    unit: str
    sampled: int
    reviewed: int
    mean_absolute_difference: Decimal | None  # per line, |review − self|


def latest(session: Session, year: int) -> int | None:
    stmt = (select(m.SpotCheck.id).join(m.BudgetYear, m.BudgetYear.id == m.SpotCheck.year_id)
            .where(m.BudgetYear.year == year).order_by(m.SpotCheck.id.desc()).limit(1))
    return session.scalar(stmt)


def compared_items(session: Session, spot_check_id: int) -> list[ComparedItem]:
    """Every sampled self-evaluation with self vs review scores, line by line."""
    items = list(session.scalars(select(m.SpotCheckItem).where(m.SpotCheckItem.spot_check_id == spot_check_id)
                                 .order_by(m.SpotCheckItem.id)))
    ids = [it.evaluation_id for it in items]
    evaluations = {e["id"]: e for e in Q.evaluation_rows(session, ids=ids)}
    lines = Q.line_rows(session, ids=ids)
    out = []
    for it in items:
        ev, rows = evaluations[it.evaluation_id], {ln["id"]: ln for ln in lines.get(it.evaluation_id, [])}
        compared = tuple(ComparedLine(sl.id, sl.line_id, rows[sl.line_id]["name"], rows[sl.line_id]["level1"],
                                      rows[sl.line_id]["points"], self_score(rows[sl.line_id]), sl.review_score,
                                      sl.rule, sl.reason, rows[sl.line_id]["evidence"] or "")
                         for sl in sorted(it.lines, key=lambda s: rows[s.line_id]["sort_order"]) if sl.line_id in rows)
        out.append(ComparedItem(it.id, it.evaluation_id, ev["code"], ev["name"], ev["department_name"] or ev["unit_name"],
                                it.selected_because, it.status, ev["total_final"], it.review_total, it.use_for_ranking,
                                it.conclusion, compared))
    return out


def quality_by_unit(items: Sequence[ComparedItem]) -> list[UnitQuality]:
    """Per unit: items sampled and reviewed, and the mean absolute line difference (the quality measure)."""
    by_unit: dict[str, list[ComparedItem]] = {}
    for it in items:
        by_unit.setdefault(it.unit, []).append(it)
    out = []
    for unit in sorted(by_unit):
        group = by_unit[unit]
        reviewed = [ReviewedLine(ReviewLine(ln.name, ln.level1, ln.points or ZERO, ZERO, ln.self_score), ln.review_score, ())
                    for it in group if it.review_total is not None for ln in it.lines if ln.review_score is not None]
        out.append(UnitQuality(unit, len(group), sum(1 for it in group if it.review_total is not None),
                               mean_absolute_difference(reviewed)))
    return out

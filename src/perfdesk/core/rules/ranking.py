"""Ranking and last-place elimination (末位淘汰). Source: RULES.md §7 — seed 000 (冠县), seed 002 (菏泽).

The published rule (冠县 实施细则, seed 000): within each category of evaluation results, ranked by score high
to low, the last one is in principle cancelled (取消, no budget next year); the bottom 20% have next year's
budget cut by at least 10% of this year's (压减); a project that truly cannot be cancelled or cut is put on
probation (保留察看) with a rectification plan led by its supervising department.

What the published rule leaves open, PerfDesk decides explicitly (RULES §7, each a setting where it can vary):

* Bottom count = ceil/round/floor(bottom_percent × n), default ceil; "round" is half-up (2.5 → 3).
* Ranks are competition ranks (1, 2, 2, 4). The order by code among equal scores is for display only.
* Projects tied with the one at the cut line share its treatment (``ties_share_treatment``), so the bottom set
  can be larger than the bottom count. If several tie for last place, all of them share the cancellation.
* The bottom count *includes* the last place, and the sets are disjoint as in 冠县 practice: a cancelled
  project is counted once, as cancelled, never also as cut. With n = 10: rank 10 cancelled, rank 9 cut.
* What a list (类别) is, by default as in 冠县 (seed 000: "县级部门单位…按照自评得分对政策和项目由高到低分别进行
  排序"): each supervising department ranks its own self-evaluated projects (own-level and county transfers
  together, ``separate_transfers``), its policies apart from its projects (``separate_policies``); finance's key
  evaluations are ranked county-wide, each only against evaluations of the same kind (a project, a policy, a
  special fund or sector) — :func:`list_category`.
* Only final self-evaluations are ranked: drafts and returned ones are listed apart as 自评未完成 (INCOMPLETE),
  whatever their score; submitted-but-not-reviewed ones are ranked unless ``rank_submitted`` is off.
* A list smaller than ``min_category_size_for_cancel`` (PerfDesk default 5) is too small to cancel its last place
  automatically: the last place is reported for finance to decide (REPORT_ONLY), as is a list of one.
* A list in which every project has the same score is reported (REPORT_ONLY): the ranking cannot
  separate them, and cancelling all of them is not what the rule means.
* Finance decides a last place left to it: cancel or keep with a recorded reason (:func:`decide_for_finance`),
  or cut or probation as for any ranked project.
* Unscored projects are listed apart (UNSCORED); transfers from above and non-fiscal funds are out of scope
  (EXCLUDED) with the reason.
* Amounts: cut = budget × ratio (half-up to the fen), suggested = budget − cut; cancel → cut = budget.

The grade-based alternative (达州): 优 priority guarantee, 良 keep, 中 cut by a ratio, 差 cancel or suspend.

Ratios are fractions (``Decimal("0.10")`` is 10%); parameters are in percent as the settings page shows them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from functools import cached_property

from perfdesk.core.domain.enums import Decision, EvaluationCategory, FundOrigin, ReviewStatus, label_of
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.domain.score import Grade, grade_for
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.rules.params import RankingParams

HUNDRED = Decimal(100)


class EvaluationKind(StrEnum):
    """Which evaluation produced the score (RULES §7 scope)."""

    KEY_SINGLE = "key_single"  # 财政重点评价：单项政策或项目
    KEY_COMPREHENSIVE = "key_comprehensive"  # 专项资金 / 某一领域资金综合评价
    SELF = "self"  # 绩效自评


@dataclass(frozen=True, slots=True)
class RankingInput:
    """One project offered to the ranking. ``category`` overrides the derived category when not empty."""

    code: str
    name: str
    evaluation: EvaluationKind | str
    fund_origin: FundOrigin | str
    score: Decimal | None
    budget: Money
    department: str = ""  # 主管部门; leads rectification on probation (seed 000)
    category: str = ""
    score_source: str = "self"  # self, review, key (as RankingEntry in the database)
    kind: str = "project"  # ProjectKind of the project evaluated: project or policy
    status: str = ""  # ReviewStatus of its self-evaluation ('' = not a self-evaluation, or final)


@dataclass(frozen=True, slots=True)
class RankingEntry:
    """A project's place and decision, with the rule and numbers that produced it (``rule``)."""

    code: str
    name: str
    department: str
    category: str  # '' when out of scope before a category applies
    group: str  # the department when self-evaluations are ranked within departments, else ''
    score: Decimal | None
    score_source: str
    rank: int | None
    category_size: int
    in_scope: bool
    exclusion_reason: str
    proposed_decision: Decision
    decision: Decision
    cut_ratio: Decimal | None
    budget: Money
    cut: Money
    suggested_budget: Money
    rule: str
    exception_reason: str = ""
    probation_reason: str = ""
    rectification_owner: str = ""


@dataclass(frozen=True)
class RankingResult:
    """Every input project exactly once: ranked lists first (in :data:`LIST_ORDER`, then by group), then the
    self-evaluations not complete, then unscored, then out-of-scope projects."""

    entries: tuple[RankingEntry, ...]

    def ranked(self) -> dict[tuple[str, str], tuple[RankingEntry, ...]]:
        """(category, group) → its ranked entries, in display order."""
        groups: dict[tuple[str, str], list[RankingEntry]] = {}
        for e in self.entries:
            if e.rank is not None:
                groups.setdefault((e.category, e.group), []).append(e)
        return {key: tuple(value) for key, value in groups.items()}

    def with_decision(self, decision: Decision) -> tuple[RankingEntry, ...]:
        return tuple(e for e in self.entries if e.decision is decision)


# -- category and scope ----------------------------------------------------------------------------------
_KINDS = {k.value: k for k in EvaluationKind}
SELF_SCOPES = ("self_own_level", "self_county_transfer")
LIST_ORDER = ("key_project", "key_policy", "key_single", "key_comprehensive", "self", "self_own_level",
              "self_county_transfer", "self_policy")
"""Display order of the lists (``key_single`` and the origin lists appear in old runs and by setting)."""
INCOMPLETE_STATUSES = ("draft", "returned")


def category_for(evaluation: EvaluationKind | str, origin: FundOrigin | str) -> str:
    """The ranking category of RULES §7: key evaluations by kind; self-evaluations by fund origin."""
    kind = evaluation if isinstance(evaluation, EvaluationKind) else (
        _KINDS.get(evaluation) or EvaluationKind(evaluation))  # a dict lookup: called for every project
    if kind is not EvaluationKind.SELF:
        return kind.value
    return "self_county_transfer" if origin == FundOrigin.COUNTY_TRANSFER else "self_own_level"


def list_category(scope: str, kind: str, params: RankingParams) -> str:
    """The list a project in ``scope`` (a category of :func:`category_for` or a project's override) is ranked in.

    Key evaluations only against the same kind: a single project (``key_project``), a single policy
    (``key_policy``), special funds or a sector (``key_comprehensive``). Self-evaluations: the projects in the
    冠县 scope together (``self``), or by origin when ``separate_transfers``; policies apart (``self_policy``)
    when ``separate_policies``."""
    policy = kind == "policy"
    if scope == EvaluationKind.KEY_SINGLE:
        return "key_policy" if policy else "key_project"
    if scope in SELF_SCOPES:
        if policy and params.separate_policies:
            return "self_policy"
        return scope if params.separate_transfers else "self"
    return scope


def _incomplete(item: RankingInput, params: RankingParams) -> str:
    """Why a self-evaluation is not final enough to rank ('' when it may be ranked)."""
    if item.score_source == "key" or not item.status:
        return ""
    if item.status in INCOMPLETE_STATUSES:
        return translate("Ranking", "self-evaluation status {status}: listed apart as not complete, not ranked").format(
            status=_status_label(item.status))
    if item.status == "submitted" and not params.rank_submitted:
        return translate("Ranking", "self-evaluation submitted but not yet reviewed: listed apart as not complete "
                         "(settings), not ranked")
    return ""


def _status_label(status: str) -> str:
    return label_of(ReviewStatus, status)


def _exclusion(item: RankingInput, category: str, params: RankingParams) -> str:
    if item.fund_origin in params.excluded_origins:  # a str enum equals its value
        origin = FundOrigin(item.fund_origin)
        return translate("Ranking", "{origin}: out of the scope of last-place elimination").format(
            origin=origin.label())
    if category not in params.categories:
        return translate("Ranking", "{category}: not ranked in the settings").format(
            category=label_of(EvaluationCategory, category))
    return ""


# -- counts ----------------------------------------------------------------------------------------------
def bottom_count(n: int, percent: Decimal, rounding: str = "ceil") -> int:
    """How many projects are in the bottom share: ceil, half-up round or floor of ``percent`` % × ``n``."""
    exact = Fraction(percent) * n / 100
    if rounding == "ceil":
        return math.ceil(exact)
    if rounding == "floor":
        return math.floor(exact)
    if rounding == "round":
        return math.floor(exact + Fraction(1, 2))
    raise ValueError(rounding)


def competition_ranks(scores: Sequence[Decimal]) -> list[int]:
    """Ranks of scores already sorted high to low: equal scores share a rank, the next rank skips (1, 2, 2, 4)."""
    ranks: list[int] = []
    for position, score in enumerate(scores):
        ranks.append(ranks[-1] if position and score == scores[position - 1] else position + 1)
    return ranks


# -- the run ---------------------------------------------------------------------------------------------
def rank_projects(projects: Iterable[RankingInput], params: RankingParams | None = None, *,
                  grades: tuple[Decimal, Decimal, Decimal] = (Decimal(90), Decimal(80), Decimal(60))
                  ) -> RankingResult:
    """Rank every project and propose decisions with ``params`` (rule set, percentages, rounding, scope).

    ``grades`` are the lower bounds of 优/良/中 (ScoringParams.grade_*), used by the grade rule set.
    """
    params = params or RankingParams()
    groups: dict[tuple[str, str], list[RankingInput]] = {}
    incomplete: list[RankingEntry] = []
    unscored: list[RankingEntry] = []
    excluded: list[RankingEntry] = []
    for item in projects:
        scope = item.category or category_for(item.evaluation, item.fund_origin)
        category = list_category(scope, item.kind, params)
        self_evaluated = scope in SELF_SCOPES
        group = item.department if params.rank_within_department and self_evaluated else ""
        reason = _exclusion(item, scope, params)
        not_final = "" if reason else _incomplete(item, params)
        if reason:
            excluded.append(_apart(item, category, group, Decision.EXCLUDED, reason))
        elif not_final:
            incomplete.append(_apart(item, category, group, Decision.INCOMPLETE, not_final))
        elif item.score is None:
            unscored.append(_apart(item, category, group, Decision.UNSCORED,
                                   translate("Ranking", "no score: listed apart, not ranked")))
        else:
            groups.setdefault((category, group), []).append(item)
    order = {c: i for i, c in enumerate(LIST_ORDER)}
    ranked: list[RankingEntry] = []
    for key in sorted(groups, key=lambda k: (order.get(k[0], len(order)), k[0], k[1])):
        ranked.extend(_rank_group(key[0], key[1], groups[key], params, grades))
    return RankingResult(tuple(ranked + incomplete + unscored + excluded))


def _apart(item: RankingInput, category: str, group: str, decision: Decision, reason: str) -> RankingEntry:
    return _entry(item, category, group, None, 0, decision, None, reason, in_scope=decision is not Decision.EXCLUDED,
                  exclusion_reason=reason if decision is Decision.EXCLUDED else "")


def _entry(item: RankingInput, category: str, group: str, rank: int | None, size: int, decision: Decision,
           ratio: Decimal | None, rule: str, *, in_scope: bool = True, exclusion_reason: str = "",
           probation_reason: str = "", owner: str = "") -> RankingEntry:
    cut = cut_amount(item.budget, decision, ratio)
    return RankingEntry(
        code=item.code, name=item.name, department=item.department, category=category, group=group,
        score=item.score, score_source=item.score_source, rank=rank, category_size=size, in_scope=in_scope,
        exclusion_reason=exclusion_reason, proposed_decision=decision, decision=decision, cut_ratio=ratio,
        budget=item.budget, cut=cut, suggested_budget=item.budget - cut, rule=rule,
        probation_reason=probation_reason, rectification_owner=owner)


def cut_amount(budget: Money, decision: Decision, ratio: Decimal | None) -> Money:
    """Cancel → the whole budget; cut or probation → budget × ratio, half-up to the fen; otherwise nothing."""
    if decision is Decision.CANCEL:
        return budget
    if decision in (Decision.CUT, Decision.PROBATION) and ratio is not None:
        return budget.times(ratio)
    return Money(0)


def _rank_group(category: str, group: str, items: list[RankingInput], params: RankingParams,
                grades: tuple[Decimal, Decimal, Decimal]) -> list[RankingEntry]:
    items = sorted(items, key=lambda i: (-i.score, i.code))  # type: ignore[operator]
    ranks = competition_ranks([i.score for i in items])  # type: ignore[misc]
    if params.rule_set == "grade":
        return [_by_grade(i, category, group, r, len(items), params, grades) for i, r in zip(items, ranks, strict=True)]
    plan = _LastPlacePlan.of(ranks, params)
    return [plan.decide(i, category, group, position, r) for position, (i, r) in enumerate(zip(items, ranks, strict=True))]


@dataclass(frozen=True)
class _LastPlacePlan:
    """The numbers of one category under the 冠县 rule: size, bottom count, cut line, last place."""

    n: int
    k: int
    cut_position: int  # first position (0-based) of the bottom count
    cut_rank: int | None
    last_rank: int
    last_tied: int  # how many share the last place
    cancel: bool
    minimum: int  # the smallest list whose last place is cancelled automatically
    all_tied: bool
    params: RankingParams

    @classmethod
    def of(cls, ranks: list[int], params: RankingParams) -> _LastPlacePlan:
        n = len(ranks)
        k = min(n, bottom_count(n, params.bottom_percent, params.bottom_count_rounding))
        cut_rank = ranks[n - k] if k else None
        minimum = max(2, params.min_category_size_for_cancel)
        cancel = params.cancel_last and n >= minimum
        return cls(n, k, n - k, cut_rank, ranks[-1], ranks.count(ranks[-1]), cancel, minimum,
                   n > 1 and ranks[-1] == 1, params)

    @property
    def ratio(self) -> Decimal:
        return self.params.min_cut_percent / HUNDRED

    def decide(self, item: RankingInput, category: str, group: str, position: int, rank: int) -> RankingEntry:
        decision, rule = self._decision(position, rank)
        ratio = self.ratio if decision is Decision.CUT else None
        return _entry(item, category, group, rank, self.n, decision, ratio, rule)

    def _decision(self, position: int, rank: int) -> tuple[Decision, str]:
        where = translate("Ranking", "rank {rank} of {n}").format(rank=rank, n=self.n)
        if self.n == 1:
            return Decision.REPORT_ONLY, translate("Ranking", "{where}: the only project in its list → "
                                                   "for finance to decide, not cancelled automatically").format(where=where)
        if self.all_tied:
            return Decision.REPORT_ONLY, translate("Ranking", "{where}: all {n} projects have the same score, the "
                                                   "ranking cannot separate them → for finance to decide").format(
                where=where, n=self.n)
        if self.cancel and rank == self.last_rank:
            return Decision.CANCEL, self._cancel_text(where)
        if self.params.cancel_last and rank == self.last_rank:
            return Decision.REPORT_ONLY, translate(
                "Ranking", "{where}, last place in a list of {n} (fewer than {min}) → for finance to decide, "
                "not cancelled automatically").format(where=where, n=self.n, min=self.minimum)
        if self._in_bottom(position, rank):
            return Decision.CUT, self._cut_text(where, position, rank)
        return Decision.KEEP, translate("Ranking", "{where}, above the bottom {count} → keep").format(
            where=where, count=self._count_text())

    def _in_bottom(self, position: int, rank: int) -> bool:
        if self.cut_rank is None:
            return False
        if self.params.ties_share_treatment:
            return rank >= self.cut_rank
        return position >= self.cut_position

    def _count_text(self) -> str:
        return self.count_text

    @cached_property
    def count_text(self) -> str:
        """``20% of 37 rounded up = 8``, the same for every project of the list."""
        text = _COUNT_TEXTS.get(self.params.bottom_count_rounding, _COUNT_TEXTS["ceil"])
        return translate("Ranking", text).format(percent=_plain(self.params.bottom_percent), n=self.n, k=self.k)

    def _cancel_text(self, where: str) -> str:
        if self.last_tied > 1:
            return translate("Ranking", "{where}, {tied} projects tied for last place → all cancelled").format(
                where=where, tied=self.last_tied)
        return translate("Ranking", "{where}, last place → cancel").format(where=where)

    def _cut_text(self, where: str, position: int, rank: int) -> str:
        ratio = _plain(self.params.min_cut_percent)
        if position < self.cut_position:
            text = translate("Ranking", "{where}, tied with the cut line, bottom {count} → cut {ratio}%")
        else:
            text = translate("Ranking", "{where}, bottom {count} → cut {ratio}%")
        return text.format(where=where, count=self._count_text(), ratio=ratio)


_COUNT_TEXTS = {"ceil": QT_TRANSLATE_NOOP("Ranking", "{percent}% of {n} rounded up = {k}"),
                "round": QT_TRANSLATE_NOOP("Ranking", "{percent}% of {n} rounded half up = {k}"),
                "floor": QT_TRANSLATE_NOOP("Ranking", "{percent}% of {n} rounded down = {k}")}


def _by_grade(item: RankingInput, category: str, group: str, rank: int, size: int, params: RankingParams,
              grades: tuple[Decimal, Decimal, Decimal]) -> RankingEntry:
    """达州 grade rule: 优 priority guarantee, 良 keep, 中 cut by a ratio, 差 cancel or suspend (probation)."""
    grade = grade_for(item.score, *grades)  # type: ignore[arg-type]
    where = translate("Ranking", "rank {rank} of {n}, score {score}, grade {grade}").format(
        rank=rank, n=size, score=item.score, grade=grade.value)
    if grade is Grade.EXCELLENT:
        return _entry(item, category, group, rank, size, Decision.KEEP, None,
                      translate("Ranking", "{where} → priority guarantee").format(where=where))
    if grade is Grade.GOOD:
        return _entry(item, category, group, rank, size, Decision.KEEP, None,
                      translate("Ranking", "{where} → keep").format(where=where))
    if grade is Grade.FAIR:
        rule = translate("Ranking", "{where} → cut {ratio}%").format(
            where=where, ratio=_plain(params.grade_fair_cut_percent))
        return _entry(item, category, group, rank, size, Decision.CUT, params.grade_fair_cut_percent / HUNDRED, rule)
    if params.grade_poor_decision == "probation":
        rule = translate("Ranking", "{where} → suspend (probation)").format(where=where)
        return _entry(item, category, group, rank, size, Decision.PROBATION, Decimal(0), rule,
                      probation_reason=rule, owner=item.department)
    return _entry(item, category, group, rank, size, Decision.CANCEL, None,
                  translate("Ranking", "{where} → cancel").format(where=where))


def _plain(value: Decimal) -> str:
    """20 for Decimal('20.00'), 12.5 for Decimal('12.50')."""
    return f"{value.normalize():f}"


# -- finance's adjustments -------------------------------------------------------------------------------
_ADJUSTABLE = (Decision.KEEP, Decision.CUT, Decision.CANCEL, Decision.PROBATION, Decision.REPORT_ONLY)


def set_cut_ratio(entry: RankingEntry, ratio: Decimal, params: RankingParams | None = None, *,
                  exception_reason: str = "") -> RankingEntry:
    """Cut ``entry`` by ``ratio`` (a fraction) of its budget. Below the minimum cut (冠县: at least 10%), or
    turning a cancellation into a cut, needs a recorded ``exception_reason``; otherwise :class:`UserErrors`."""
    params = params or RankingParams()
    _require_adjustable(entry)
    minimum = params.min_cut_percent / HUNDRED
    if not Decimal(0) < ratio <= 1:
        raise UserErrors(translate("Ranking", "a cut ratio must be above 0% and at most 100%"))
    reason = exception_reason.strip()
    if ratio < minimum and not reason:
        raise UserErrors(translate("Ranking", "{code}: a cut of {ratio}% is below the minimum of {minimum}%; "
                                   "record the reason for the exception").format(
            code=entry.code, ratio=_plain(ratio * HUNDRED), minimum=_plain(params.min_cut_percent)))
    if entry.decision is Decision.CANCEL and not reason:
        raise UserErrors(translate("Ranking", "{code}: cutting instead of cancelling needs a recorded reason")
                         .format(code=entry.code))
    note = translate("Ranking", "; adjusted → cut {ratio}%").format(ratio=_plain(ratio * HUNDRED))
    return _adjusted(entry, Decision.CUT, ratio, note, exception_reason=reason or entry.exception_reason,
                     probation_reason="", rectification_owner="")


def move_to_probation(entry: RankingEntry, *, reason: str, owner: str, ratio: Decimal | None = None,
                      params: RankingParams | None = None) -> RankingEntry:
    """Put ``entry`` on probation (保留察看) for next year: a project that truly cannot be cancelled or cut.

    The reason and the rectification owner (its supervising department, seed 000) are mandatory. The cut kept
    on probation is ``ratio`` when given, else the entry's current cut ratio, else the minimum cut (冠县 2024
    still cut 235万元 from its 7 probation projects).
    """
    params = params or RankingParams()
    _require_adjustable(entry)
    problems = []
    if not reason.strip():
        problems.append(UserError(translate("Ranking", "{code}: probation needs a reason").format(code=entry.code)))
    if not owner.strip():
        problems.append(UserError(translate("Ranking", "{code}: probation needs the unit that leads the "
                                            "rectification").format(code=entry.code)))
    if ratio is not None and not Decimal(0) <= ratio < 1:
        problems.append(UserError(translate("Ranking", "a cut ratio on probation must be from 0% to below 100%")))
    if problems:
        raise UserErrors(problems)
    if ratio is None:
        ratio = entry.cut_ratio if entry.decision is Decision.CUT else params.min_cut_percent / HUNDRED
    note = translate("Ranking", "; adjusted → probation, cut {ratio}%").format(ratio=_plain(ratio * HUNDRED))
    return _adjusted(entry, Decision.PROBATION, ratio, note, probation_reason=reason.strip(),
                     rectification_owner=owner.strip())


def decide_for_finance(entry: RankingEntry, decision: Decision, *, reason: str) -> RankingEntry:
    """Finance's decision on a last place the rule left to it (a list too small, of one, or all tied): cancel or
    keep, with the reason recorded (a cut or probation go through :func:`set_cut_ratio` and
    :func:`move_to_probation`)."""
    if decision not in (Decision.CANCEL, Decision.KEEP):
        raise ValueError(decision)
    if entry.proposed_decision is not Decision.REPORT_ONLY:
        raise UserErrors(translate("Ranking", "{code}: only a project left for finance to decide takes finance's "
                                   "decision; adjust the cut or put it on probation instead").format(code=entry.code))
    if not reason.strip():
        raise UserErrors(translate("Ranking", "{code}: record the reason for finance's decision").format(
            code=entry.code))
    note = (translate("Ranking", "; finance decided → cancel") if decision is Decision.CANCEL
            else translate("Ranking", "; finance decided → keep"))
    return _adjusted(entry, decision, None, note, exception_reason=reason.strip(), probation_reason="",
                     rectification_owner="")


def _require_adjustable(entry: RankingEntry) -> None:
    if entry.decision not in _ADJUSTABLE:
        raise UserErrors(translate("Ranking", "{code}: {decision} projects are not ranked and cannot be "
                                   "adjusted").format(code=entry.code, decision=entry.decision.label()))


def _adjusted(entry: RankingEntry, decision: Decision, ratio: Decimal | None, note: str, **changes: str
              ) -> RankingEntry:
    cut = cut_amount(entry.budget, decision, ratio)
    return replace(entry, decision=decision, cut_ratio=ratio, cut=cut, suggested_budget=entry.budget - cut,
                   rule=entry.rule + note, **changes)


# -- summary ---------------------------------------------------------------------------------------------
SUMMARY_ORDER = (Decision.CUT, Decision.CANCEL, Decision.PROBATION, Decision.KEEP, Decision.REPORT_ONLY,
                 Decision.INCOMPLETE, Decision.UNSCORED, Decision.EXCLUDED)
CUTTING = (Decision.CUT, Decision.CANCEL, Decision.PROBATION)


@dataclass(frozen=True, slots=True)
class SummaryLine:
    decision: Decision
    count: int
    budget: Money
    cut: Money
    suggested: Money


@dataclass(frozen=True)
class RankingSummary:
    """Per decision the number of projects and the amounts; the total covers cut, cancelled and probation
    projects (冠县 2024: 73 cut 3,037万元; 15 eliminated 1,424万元; 7 on probation 235万元; 4,696万元 in all)."""

    lines: tuple[SummaryLine, ...]
    total_count: int
    total_cut: Money

    def line(self, decision: Decision) -> SummaryLine | None:
        return next((line for line in self.lines if line.decision is decision), None)

    def text(self) -> str:
        parts = [translate("Ranking", "{decision}: {count} projects, {amount}万元").format(
            decision=line.decision.label(), count=line.count, amount=_wan(line.cut))
            for line in self.lines if line.decision in CUTTING]
        total = translate("Ranking", "{amount}万元 in all").format(amount=_wan(self.total_cut))
        return translate("Ranking", "; ").join([*parts, total])


def _wan(amount: Money) -> str:
    whole, _, fraction = amount.format_wan().partition(".")
    return f"{int(whole):,}.{fraction}"


def summarize(entries: Iterable[RankingEntry]) -> RankingSummary:
    """Counts and amounts per decision (in ``SUMMARY_ORDER``; decisions with no project are left out)."""
    by: dict[Decision, list[RankingEntry]] = {}
    for e in entries:
        by.setdefault(e.decision, []).append(e)
    lines = tuple(SummaryLine(d, len(by[d]), Money.sum(e.budget for e in by[d]), Money.sum(e.cut for e in by[d]),
                              Money.sum(e.suggested_budget for e in by[d])) for d in SUMMARY_ORDER if d in by)
    cutting = [line for line in lines if line.decision in CUTTING]
    return RankingSummary(lines, sum(line.count for line in cutting), Money.sum(line.cut for line in cutting))


# -- diff between two runs -------------------------------------------------------------------------------
DIFF_FIELDS = ("category", "rank", "score", "decision", "cut_ratio", "cut", "suggested_budget")


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    before: object
    after: object


@dataclass(frozen=True, slots=True)
class EntryChange:
    code: str
    name: str
    kind: str  # added, removed, changed
    changes: tuple[FieldChange, ...] = ()


def diff_runs(before: Iterable[RankingEntry], after: Iterable[RankingEntry]) -> list[EntryChange]:
    """What changed between two runs, by project code: added, removed, and changed fields (``DIFF_FIELDS``)."""
    old = {e.code: e for e in before}
    new = {e.code: e for e in after}
    changes: list[EntryChange] = []
    for code, entry in new.items():
        if code not in old:
            changes.append(EntryChange(code, entry.name, "added"))
            continue
        fields = tuple(FieldChange(f, getattr(old[code], f), getattr(entry, f)) for f in DIFF_FIELDS
                       if getattr(old[code], f) != getattr(entry, f))
        if fields:
            changes.append(EntryChange(code, entry.name, "changed", fields))
    changes.extend(EntryChange(code, e.name, "removed") for code, e in old.items() if code not in new)
    return changes

"""First-level weights and the points check — 财预〔2020〕10号: 预算执行率 10, 产出 50, 效益 30, 满意度 10
(total 100); first-level weights may be adjusted per project, so a project's own points are checked, never
normalised. Cost indicators (成本指标) take their points from the first level named by ``cost_points_from``
(default: they share the 产出 50). Not-applicable lines may be dropped and the rest rescaled to 100
(百分制折算, ``rescale_not_applicable``, off by default).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from perfdesk.core.domain.enums import LEVEL1_COST, LEVEL1_EFFECT, LEVEL1_OUTPUT, LEVEL1_SATISFACTION
from perfdesk.core.i18n import translate
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.flags import HUNDRED, ZERO, Flag, FlagCode, Severity, num

_LEVEL1_WORDS = ((LEVEL1_COST, "成本"), (LEVEL1_OUTPUT, "产出"), (LEVEL1_EFFECT, "效益"), (LEVEL1_SATISFACTION, "满意"))


@functools.lru_cache(maxsize=1024)
def canonical_level1(text: str) -> str:
    """``产出`` / ``产出指标`` / `` 产 出 指 标`` → ``产出指标``; other first levels (决策, 管理…) unchanged.
    Cached: every line of every table asks, with a handful of distinct texts."""
    compact = "".join(str(text).split())
    for canonical, word in _LEVEL1_WORDS:
        if word in compact:
            return canonical
    return compact


def default_points(params: ScoringParams) -> dict[str, Decimal]:
    """The default points of each first level (the execution points are ``params.execution_points``)."""
    return {LEVEL1_OUTPUT: params.output_points, LEVEL1_EFFECT: params.effect_points,
            LEVEL1_SATISFACTION: params.satisfaction_points}


def points_group(level1: str, params: ScoringParams) -> str:
    """The first level whose weight a line's points count against (cost lines per ``cost_points_from``)."""
    level1 = canonical_level1(level1)
    if level1 != LEVEL1_COST or params.cost_points_from == "own":
        return level1
    return LEVEL1_EFFECT if params.cost_points_from == "effect" else LEVEL1_OUTPUT


def points_by_group(lines: Iterable[tuple[str, Decimal]], params: ScoringParams) -> dict[str, Decimal]:
    """Sum of points per first-level group, from ``(level1, points)`` pairs."""
    sums: dict[str, Decimal] = {}
    groups: dict[str, str] = {}  # a table repeats a handful of first levels
    for level1, points in lines:
        group = groups.get(level1)
        if group is None:
            group = groups[level1] = points_group(level1, params)
        sums[group] = sums.get(group, ZERO) + points
    return sums


def check_points(execution_points: Decimal, lines: Iterable[tuple[str, Decimal]], params: ScoringParams,
                 total: Decimal = HUNDRED) -> tuple[Flag, ...]:
    """Flag a table whose points do not add up to ``total`` (warning), and first levels whose points differ from
    the defaults (information: a project may adjust them)."""
    sums = points_by_group(lines, params)
    flags: list[Flag] = []
    overall = execution_points + sum(sums.values(), ZERO)
    if overall != total:
        text = translate("Scoring", "points add up to {sum}, not {total}: check the table (not normalised)")
        flags.append(Flag(FlagCode.POINTS_NOT_100, text.format(sum=num(overall), total=num(total))))
    for level1, expected in default_points(params).items():
        if level1 in sums and sums[level1] != expected:
            text = translate("Scoring", "{level1} carries {points} points (default {default})")
            flags.append(Flag(FlagCode.LEVEL_POINTS_DIFFER, text.format(level1=level1, points=num(sums[level1]),
                                                                          default=num(expected)), severity=Severity.INFO))
    return tuple(flags)


def rescale_factor(all_points: Decimal, not_applicable_points: Decimal) -> Decimal | None:
    """百分制折算: ``all_points / (all_points − not-applicable points)``; None when nothing is dropped or nothing
    would remain."""
    remaining = all_points - not_applicable_points
    if not_applicable_points <= 0 or remaining <= 0:
        return None
    return all_points / remaining


def rescaled_points(points: list[Decimal], factor: Decimal, quantum: Decimal) -> list[Decimal]:
    """Each counted line's points × ``factor``, rounded to ``quantum`` so that they still add up to the rounded
    whole (largest remainder: each is rounded down, then the units left go to the largest remainders, the
    earlier line first on a tie). A table where every line scores full marks then totals exactly 100."""
    exact = [p * factor for p in points]
    rounded = [e.quantize(quantum, ROUND_FLOOR) for e in exact]
    whole = sum(exact, ZERO).quantize(quantum, ROUND_HALF_UP)
    units = int((whole - sum(rounded, ZERO)) / quantum)
    order = sorted(range(len(points)), key=lambda i: (rounded[i] - exact[i], i))
    for i in order[:max(units, 0)]:
        rounded[i] += quantum
    return rounded

"""Spot-check sample draw (抽查复核抽样) — RULES §5 (seeds 000 冠县, 002 菏泽): by default 20% of projects per
unit, at least one each, plus every project graded 优 with budget execution below 80%.

Reproducible: projects are ordered by (unit id, project id) as strings, then ``random.Random(seed)`` draws in
that order; the seed and the rule are recorded in the result. The per-unit count is
``max(minimum_per_unit, ceil(share × n))`` capped at n (PerfDesk's rounding: never under-sample).
"""

from __future__ import annotations

import math
import random
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby
from typing import Any

from perfdesk.core.domain.score import Grade
from perfdesk.core.i18n import translate
from perfdesk.core.rules.params import SpotCheckParams, snapshot

Candidate = tuple[Any, Any, Any, Any]
"""(project_id, unit_id, grade (Grade, "优"… or None), execution rate in percent (Decimal or None))."""

REASON_RANDOM = "random"
REASON_EXCELLENT_LOW_EXECUTION = "excellent_low_execution"


@dataclass(frozen=True)
class SampleItem:
    project_id: Any
    unit_id: Any
    reason: str  # REASON_RANDOM or REASON_EXCELLENT_LOW_EXECUTION

    def reason_label(self) -> str:
        if self.reason == REASON_RANDOM:
            return translate("Sampling", "drawn at random")
        return translate("Sampling", "graded 优 with execution below the threshold")


@dataclass(frozen=True)
class Sample:
    seed: int
    items: tuple[SampleItem, ...]
    params: dict[str, Any]  # the rule in force (snapshot of SpotCheckParams)

    @property
    def project_ids(self) -> tuple[Any, ...]:
        return tuple(item.project_id for item in self.items)


def new_seed() -> int:
    """A fresh seed to record with the draw."""
    return secrets.randbits(32)


def per_unit_count(n: int, params: SpotCheckParams) -> int:
    if n <= 0:
        return 0
    share = math.ceil(Decimal(n) * params.sample_percent / Decimal(100))
    return min(n, max(params.minimum_per_unit, share))


def _is_excellent_low(grade: Any, rate: Any, params: SpotCheckParams) -> bool:
    is_excellent = grade is Grade.EXCELLENT or str(grade or "").strip() in {"优", "优秀", Grade.EXCELLENT.value}
    return is_excellent and rate is not None and Decimal(str(rate)) < params.excellent_below_execution


def draw_sample(candidates: Iterable[Candidate], params: SpotCheckParams | None = None,
                seed: int | None = None) -> Sample:
    """Draw the sample. Same candidates (in any order), same params and same seed → same sample."""
    params = params or SpotCheckParams()
    seed = new_seed() if seed is None else seed
    rng = random.Random(seed)
    ordered = sorted(candidates, key=lambda c: (str(c[1]), str(c[0])))
    items: list[SampleItem] = []
    for _unit, group in groupby(ordered, key=lambda c: str(c[1])):
        members = list(group)
        drawn = rng.sample(members, per_unit_count(len(members), params))
        items += [SampleItem(c[0], c[1], REASON_RANDOM) for c in sorted(drawn, key=lambda c: str(c[0]))]
    chosen = {str(item.project_id) for item in items}
    items += [SampleItem(c[0], c[1], REASON_EXCELLENT_LOW_EXECUTION) for c in ordered
              if str(c[0]) not in chosen and _is_excellent_low(c[2], c[3], params)]
    return Sample(seed, tuple(items), snapshot(params))

"""Drawing an expert panel for a key evaluation (专家抽取, RULES §6; 烟台's 专家库管理办法, seed 004).

The pool is every active expert of the library (of the chosen field, when one is given). An expert who declared
a conflict of interest with a unit the evaluation concerns (the unit evaluated and the units under it, the
project's unit and its supervising department; by code or by name), or who works there, is left out before the draw and listed as
excluded, so no draw can ever pick one. The draw is reproducible: the eligible experts are ordered by their id and
``random.Random(seed).sample`` picks ``count`` of them; the seed, the rule and both lists are recorded.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from perfdesk.core.i18n import translate


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    field: str
    employer: str
    conflicts: tuple[str, ...]  # unit codes or names
    active: bool = True


@dataclass(frozen=True)
class Draw:
    seed: int
    chosen: tuple[int, ...]  # expert ids in the order drawn
    excluded: tuple[int, ...]  # left out for a conflict of interest
    pool: int  # eligible experts drawn from
    rule: str


def fold(text: str) -> str:
    """Full-width folded, spaces removed: ``（县）教育局`` and ``(县)教育局`` are one name."""
    return "".join(unicodedata.normalize("NFKC", text or "").split()).lower()


def conflicted(candidate: Candidate, units: Iterable[str]) -> bool:
    """The expert declared a conflict with one of ``units`` (codes and names), or works at one of them."""
    wanted = {fold(u) for u in units if u and fold(u)}
    declared = {fold(c) for c in candidate.conflicts if fold(c)}
    return bool(wanted & declared) or fold(candidate.employer) in wanted


def draw_panel(candidates: Sequence[Candidate], units: Iterable[str], count: int, seed: int, field: str = "") -> Draw:
    """Draw ``count`` experts (see the module docstring); :class:`ValueError` with a sentence when the eligible
    pool is smaller than ``count`` or ``count`` is not positive."""
    units = tuple(units)
    if count < 1:
        raise ValueError(translate("Experts", "Draw at least one expert."))
    pool = [c for c in candidates if c.active and (not field or fold(c.field) == fold(field))]
    excluded = tuple(sorted(c.id for c in pool if conflicted(c, units)))
    eligible = sorted((c for c in pool if c.id not in excluded), key=lambda c: c.id)
    if len(eligible) < count:
        raise ValueError(translate("Experts", "Only {n} experts can be drawn ({excluded} left out for a conflict of "
                                   "interest); {count} were asked for.").format(
            n=len(eligible), excluded=len(excluded), count=count))
    chosen = tuple(c.id for c in random.Random(seed).sample(eligible, count))
    rule = translate("Experts", "{count} of {n} eligible experts{field}, drawn with seed {seed}; {excluded} left out "
                     "for a conflict of interest").format(
        count=count, n=len(eligible), seed=seed, excluded=len(excluded),
        field=translate("Experts", " in {field}").format(field=field) if field else "")
    return Draw(seed, chosen, excluded, len(eligible), rule)

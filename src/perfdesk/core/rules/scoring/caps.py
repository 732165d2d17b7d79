"""Caps on the total by budget execution rate — one province's rule, off by default (``caps_enabled``):
execution 70–80% → total ≤ 89; 60–70% → ≤ 79; below 60% → ≤ 69; below 50% → ≤ 59.

``ScoringParams.caps`` holds ``(rate below %, cap)`` pairs; the strictest cap whose rate bound the execution rate
is below applies. A rate exactly on a bound is not below it (80% exactly → no cap).
"""

from __future__ import annotations

from decimal import Decimal

from perfdesk.core.i18n import translate
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.flags import Flag, FlagCode, num, pts


def cap_for(rate: Decimal | None, params: ScoringParams) -> Decimal | None:
    """The cap in force for an execution rate (percent), or None (caps off, no rate, or rate high enough)."""
    if not params.caps_enabled or rate is None:
        return None
    caps = [Decimal(cap) for below, cap in params.caps if rate < Decimal(below)]
    return min(caps) if caps else None


def apply_cap(total: Decimal, rate: Decimal | None, params: ScoringParams) -> tuple[Decimal, Decimal | None, tuple[Flag, ...]]:
    """``(capped total, cap in force, flags)``; the flag is raised only when the cap lowers the total."""
    cap = cap_for(rate, params)
    if cap is None or total <= cap:
        return total, cap, ()
    text = translate("Scoring", "execution rate {rate}%: total {total} capped at {cap}")
    return cap, cap, (Flag(FlagCode.CAP_APPLIED, text.format(rate=pts(rate or Decimal(0)), total=pts(total), cap=num(cap))),)

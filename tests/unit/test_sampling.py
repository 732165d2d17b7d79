"""Spot-check sample draw (RULES §5): reproducible, 20% per unit with at least one, plus 优 with low execution."""

from __future__ import annotations

import random
from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from perfdesk.core.rules.params import SpotCheckParams
from perfdesk.core.rules.sampling import REASON_EXCELLENT_LOW_EXECUTION, draw_sample, per_unit_count

PROJECTS = [(f"P{u}{i:02d}", f"U{u}", "良", D(95)) for u in range(3) for i in range(7)] + [("Q1", "U9", "中", D(50))]


def test_the_same_seed_draws_the_same_sample_whatever_the_input_order():
    shuffled = PROJECTS[:]
    random.Random(1).shuffle(shuffled)
    assert draw_sample(PROJECTS, seed=42) == draw_sample(shuffled, seed=42)
    assert draw_sample(PROJECTS, seed=42).seed == 42


def test_each_unit_gives_20_percent_rounded_up_and_at_least_one():
    sample = draw_sample(PROJECTS, seed=7)
    per_unit = {u: sum(1 for it in sample.items if it.unit_id == u) for u in ("U0", "U1", "U2", "U9")}
    assert per_unit == {"U0": 2, "U1": 2, "U2": 2, "U9": 1}  # ceil(0.2 × 7) = 2; a unit of one gives one
    assert [per_unit_count(n, SpotCheckParams()) for n in (0, 1, 5, 6, 10, 11)] == [0, 1, 1, 2, 2, 3]


def test_every_excellent_project_with_execution_below_80_percent_is_added():
    extra = [("X1", "U0", "优", D("79.99")), ("X2", "U0", "优", D(80)), ("X3", "U0", "良", D(10)), ("X4", "U0", "优", None)]
    none_at_random = SpotCheckParams(sample_percent=D(0), minimum_per_unit=0)
    sample = draw_sample(PROJECTS + extra, none_at_random, seed=3)
    assert [(it.project_id, it.reason) for it in sample.items] == [("X1", REASON_EXCELLENT_LOW_EXECUTION)]
    assert "X1" in draw_sample(PROJECTS + extra, seed=3).project_ids


def test_the_sample_records_the_rule_in_force():
    assert draw_sample(PROJECTS, seed=1).params["spotcheck"]["sample_percent"] == "20"


@given(st.integers(min_value=0, max_value=2**32), st.lists(st.tuples(st.integers(0, 50), st.integers(0, 5)), unique_by=lambda t: t[0]))
def test_a_draw_never_repeats_a_project_and_covers_every_unit(seed, pairs):
    candidates = [(p, u, "良", D(90)) for p, u in pairs]
    sample = draw_sample(candidates, seed=seed)
    assert len(set(sample.project_ids)) == len(sample.project_ids)
    assert {it.unit_id for it in sample.items} == {u for _, u in pairs}

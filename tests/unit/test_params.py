from __future__ import annotations

import dataclasses
from decimal import Decimal

from perfdesk.core.rules import params as P


def test_every_parameter_has_a_label_and_a_source() -> None:
    for group in P.ALL_GROUPS:
        for field in dataclasses.fields(group):
            assert field.metadata.get("label"), (group.GROUP, field.name)
            assert field.metadata.get("source"), (group.GROUP, field.name)


def test_official_defaults_match_the_rules() -> None:
    scoring, monitoring, ranking = P.ScoringParams(), P.MonitoringParams(), P.RankingParams()
    assert (scoring.execution_points, scoring.output_points, scoring.effect_points,
            scoring.satisfaction_points) == (10, 50, 30, 10)
    assert (monitoring.red_lag_points, monitoring.yellow_lag_points) == (Decimal(40), Decimal(20))
    assert (ranking.bottom_percent, ranking.min_cut_percent, ranking.bottom_count_rounding) == (20, 10, "ceil")
    assert P.SpotCheckParams().sample_percent == 20


def test_values_survive_encoding_with_their_types() -> None:
    caps = P.ScoringParams().caps
    assert P.decode(P.encode(caps), caps) == caps
    assert isinstance(P.decode(P.encode(Decimal("12.5")), Decimal(0)), Decimal)
    assert P.decode(P.encode(True), False) is True


def test_stored_values_override_defaults_and_unknown_keys_are_ignored() -> None:
    group = P.from_values(P.MonitoringParams, {"red_lag_points": '"35"', "gone": "1"})
    assert group.red_lag_points == Decimal(35)
    assert group.yellow_lag_points == Decimal(20)


def test_snapshot_is_plain_json() -> None:
    snap = P.snapshot(P.ScoringParams())
    assert snap["scoring"]["output_points"] == "50"

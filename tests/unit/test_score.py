from __future__ import annotations

from decimal import Decimal

import pytest

from perfdesk.core.domain.score import Grade, RoundingMode, grade_for, round_score


@pytest.mark.parametrize(("value", "mode", "expected"), [
    ("17.005", RoundingMode.TWO_PLACES, "17.01"),
    ("17.004", RoundingMode.TWO_PLACES, "17.00"),
    ("8.5", RoundingMode.INTEGER, "9"),
    ("8.49", RoundingMode.INTEGER, "8"),
    ("8.4999", RoundingMode.AS_ENTERED, "8.4999"),
])
def test_scores_round_half_up_by_the_chosen_mode(value: str, mode: RoundingMode, expected: str) -> None:
    assert round_score(Decimal(value), mode) == Decimal(expected)


@pytest.mark.parametrize(("total", "grade"), [
    ("100", Grade.EXCELLENT), ("90", Grade.EXCELLENT), ("89.99", Grade.GOOD), ("80", Grade.GOOD),
    ("79.99", Grade.FAIR), ("60", Grade.FAIR), ("59.99", Grade.POOR), ("0", Grade.POOR),
])
def test_grades_follow_the_official_bands(total: str, grade: Grade) -> None:
    assert grade_for(Decimal(total)) is grade


def test_grade_thresholds_are_parameters() -> None:
    assert grade_for(Decimal(85), excellent=Decimal(85)) is Grade.EXCELLENT

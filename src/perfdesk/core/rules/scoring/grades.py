"""Grades — 财预〔2020〕10号: 优 90–100, 良 80–<90, 中 60–<80, 差 < 60 (thresholds are settings)."""

from __future__ import annotations

from decimal import Decimal

from perfdesk.core.domain.score import Grade, grade_for
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.valuetext import normalise

_GRADE_WORDS = {"优": Grade.EXCELLENT, "优秀": Grade.EXCELLENT, "良": Grade.GOOD, "良好": Grade.GOOD,
                "中": Grade.FAIR, "合格": Grade.FAIR, "一般": Grade.FAIR, "差": Grade.POOR, "不合格": Grade.POOR,
                "较差": Grade.POOR}


def grade_of(total: Decimal, params: ScoringParams) -> Grade:
    """The grade of a total with the thresholds in force."""
    return grade_for(total, params.grade_excellent, params.grade_good, params.grade_fair)


def parse_grade(text: object) -> Grade | None:
    """A printed grade (``优``, ``良好``, ``等级：优``) or None when the cell holds no grade word."""
    compact = normalise(text).replace(" ", "")
    for prefix in ("评价等级", "等级", ":", "为"):
        compact = compact.removeprefix(prefix)
    return _GRADE_WORDS.get(compact)

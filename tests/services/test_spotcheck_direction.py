"""The spot-check review's over-completion rule and lines typed without a sign (RULES §4, §5)."""

from __future__ import annotations

from decimal import Decimal as D

from perfdesk.core.services.spotcheck import completion_percent


def test_a_review_never_counts_an_unsigned_overrun_of_cost_as_over_completion():
    def row(name: str, level1: str) -> dict[str, object]:
        return {"name": name, "level1": level1, "level2": "", "target_text": "15万元", "actual_text": "30万元",
                "comparison": ""}

    assert completion_percent(row("办公所需成本", "成本指标")) is None  # 200 % of a cost is no over-completion
    assert completion_percent(row("完成投资额", "产出指标")) == D(200)

"""Scoring many self-evaluations at once (score_rows) gives what scoring each alone gives, though identical lines
are made and scored once per place in their tables."""

from __future__ import annotations

import gc
from decimal import Decimal as D
from typing import Any

import pytest

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.engine import score_evaluation
from perfdesk.core.services import selfeval


def _evaluation(eid: int, code: str) -> dict[str, Any]:
    return {"id": eid, "code": code, "name": f"项目{code}", "source": "entry", "initial_budget_fen": 1_000_000,
            "full_year_budget_fen": 1_000_000, "spent_fen": 950_000, "p_initial_fen": None,
            "p_full_year_fen": None, "p_spent_fen": None, "p_adjusted_fen": None, "total_printed": None}


def _line(lid: int, eid: int, name: str, target: str, actual: str, points: D, **extra: Any) -> dict[str, Any]:
    row = {"id": lid, "evaluation_id": eid, "kind": "indicator", "name": name, "points": points, "level1": "产出指标",
           "level2": "数量指标", "target_text": target, "actual_text": actual, "comparison": None,
           "qualitative_level": None, "qualitative_pick": None, "printed_score": None, "override_score": None,
           "override_reason": None, "not_applicable": False, "deviation_analysis": None}
    return {**row, **extra}


def _execution(lid: int, eid: int) -> dict[str, Any]:
    return {**_line(lid, eid, "预算执行率", "", "", D(10)), "kind": "execution"}


def _tables(*lines_per_table: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
    evaluations, lines = [], {}
    for eid, table in enumerate(lines_per_table, start=1):
        evaluations.append(_evaluation(eid, f"P{eid:03d}"))
        lines[eid] = [_execution(eid * 100, eid), *({**ln, "evaluation_id": eid, "id": eid * 100 + i}
                                                   for i, ln in enumerate(table, start=1))]
    return evaluations, lines


def _alone(evaluations: list[dict[str, Any]], lines: dict[int, list[dict[str, Any]]],
           params: ScoringParams) -> list[Any]:
    return [score_evaluation(selfeval.to_input(ev, lines[ev["id"]]), params) for ev in evaluations]


SHARED = [_line(0, 0, "资金拨付及时率", "=100%", "100%", D(20)), _line(0, 0, "培训人数", "≥200人", "150人", D(30))]


@pytest.mark.parametrize("params", [ScoringParams(), ScoringParams(rescale_not_applicable=True)])
def test_a_batch_scores_every_table_as_scoring_it_alone_does(params) -> None:
    other = [SHARED[1], SHARED[0], _line(0, 0, "覆盖率", "≥90%", "95%", D(10), not_applicable=True)]
    evaluations, lines = _tables(SHARED, SHARED, other, SHARED)
    batch = [result for _ev, result in selfeval.score_rows(evaluations, lines, params)]
    assert batch == _alone(evaluations, lines, params)
    assert batch[0].lines[1].rule_score == D("22.50")  # 150 / 200 × 30
    assert batch[1].lines[0] is batch[0].lines[0] and batch[3].lines[1] is batch[0].lines[1]  # scored once
    assert batch[2].lines[1].line is batch[0].lines[0].line  # the same row at another place: the same line
    assert batch[2].lines[1].index == 1 and all(f.line == 1 for f in batch[2].lines[1].flags)


def test_equal_points_written_differently_keep_their_own_writing() -> None:
    whole, tenths = _line(0, 0, "培训人数", "≥200人", "150人", D("30")), _line(0, 0, "培训人数", "≥200人", "150人", D("30.0"))
    evaluations, lines = _tables([whole], [tenths])
    batch = [result for _ev, result in selfeval.score_rows(evaluations, lines, ScoringParams())]
    assert batch == _alone(evaluations, lines, ScoringParams())
    assert [str(r.lines[0].line.points) for r in batch] == ["30", "30.0"]
    assert [str(r.lines[0].points) for r in batch] == ["30", "30.0"]


def test_an_invalid_override_repeated_in_many_tables_is_reported_for_each() -> None:
    no_reason = _line(0, 0, "培训人数", "≥200人", "150人", D(30), override_score=D(25))
    evaluations, lines = _tables([no_reason], [no_reason], SHARED)
    with pytest.raises(UserErrors) as caught:
        selfeval.score_rows(evaluations, lines, ScoringParams())
    messages = [e.message for e in caught.value.errors]
    assert len(messages) == 2
    assert messages[0].startswith("P001 项目P001: 培训人数") and messages[1].startswith("P002 项目P002: 培训人数")


def test_the_cycle_collector_runs_again_after_a_batch_even_a_rejected_one() -> None:
    no_reason = _line(0, 0, "培训人数", "≥200人", "150人", D(30), override_score=D(25))
    evaluations, lines = _tables(SHARED, [no_reason])
    with pytest.raises(UserErrors):
        selfeval.score_rows(evaluations, lines, ScoringParams())
    assert gc.isenabled()
    selfeval.score_rows(*_tables(SHARED), ScoringParams())
    assert gc.isenabled()

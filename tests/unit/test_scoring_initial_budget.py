"""A table that prints only 年初预算数 measures budget execution against it, flagged (issue 15 item 3)."""

from __future__ import annotations

from decimal import Decimal as D

from perfdesk.core.domain.money import Money
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.execution import ExecutionInput, execution_rate, score_execution
from perfdesk.core.rules.scoring.flags import FlagCode

ONLY_INITIAL = ExecutionInput(initial_budget=Money.wan(50), spent=Money.wan(46))


def test_only_the_initial_budget_printed_is_the_denominator_and_says_so():
    result = score_execution(ONLY_INITIAL, ScoringParams())
    assert (result.rate, result.score) == (D(92), D("9.2"))
    assert FlagCode.INITIAL_BUDGET_USED in {f.code for f in result.flags}
    assert result.explanation.startswith("the table prints only the initial budget (年初预算数)")
    assert execution_rate(ONLY_INITIAL) == D(92)


def test_a_printed_full_year_budget_stays_the_denominator_without_a_flag():
    both = ExecutionInput(initial_budget=Money.wan(50), full_year_budget=Money.wan(60), spent=Money.wan(46))
    result = score_execution(both, ScoringParams())
    assert result.score == D(10) * D(46) / D(60)
    assert FlagCode.INITIAL_BUDGET_USED not in {f.code for f in result.flags}


def test_the_initial_budget_chosen_in_the_settings_is_not_flagged():
    result = score_execution(ONLY_INITIAL, ScoringParams(execution_denominator="initial"))
    assert result.score == D("9.2") and FlagCode.INITIAL_BUDGET_USED not in {f.code for f in result.flags}


def test_no_budget_at_all_still_scores_0_and_says_why():
    result = score_execution(ExecutionInput(spent=Money.wan(46)), ScoringParams())
    assert result.score == 0 and FlagCode.NO_BUDGET in {f.code for f in result.flags}

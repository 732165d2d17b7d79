"""Monitoring warnings by an execution schedule (issue 18 item 7): the checkpoint in force on a date, the exact
comparison with the share due, and the preset published in one province for 2025 (25/40/60/80 % at the ends of
April, June, August, October)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from perfdesk.core.domain.enums import WarningLevel
from perfdesk.core.domain.money import Money
from perfdesk.core.rules.monitoring import ExecutionInput, below_schedule, monitor, schedule_due
from perfdesk.core.rules.params import MonitoringParams

SCHEDULE = MonitoringParams().schedule
BY_SCHEDULE = MonitoringParams(warning_basis="schedule")


@pytest.mark.parametrize(("day", "due"), [
    (dt.date(2025, 4, 29), None),  # before the end of April: nothing is due yet
    (dt.date(2025, 4, 30), (4, Fraction(1, 4))),  # the month's last day is its end
    (dt.date(2025, 6, 29), (4, Fraction(1, 4))),
    (dt.date(2025, 6, 30), (6, Fraction(2, 5))),
    (dt.date(2025, 9, 15), (8, Fraction(3, 5))),
    (dt.date(2025, 12, 31), (10, Fraction(4, 5))),
    (dt.date(2026, 1, 31), (10, Fraction(4, 5))),  # after the year: the last checkpoint
    (dt.date(2024, 12, 31), None),  # before the budget year
])
def test_the_checkpoint_in_force_on_a_date(day: dt.date, due: tuple[int, Fraction] | None) -> None:
    assert schedule_due(day, 2025, SCHEDULE) == due


def test_execution_exactly_at_the_share_due_is_no_warning_and_one_fen_below_is() -> None:
    due = (4, Fraction(1, 4))
    budget = Money.yuan(1_000_000)
    assert not below_schedule(budget, Money.yuan(250_000), due)
    assert below_schedule(budget, Money.yuan("249999.99"), due)
    assert not below_schedule(budget, Money(0), None)  # nothing due yet
    assert not below_schedule(Money(0), Money(0), due)  # no budget: no execution rate


def item(code: str, spent: str) -> ExecutionInput:
    return ExecutionInput(code, code, Money.yuan(1_000_000), Money.yuan(spent))


def test_by_schedule_only_projects_below_the_share_due_are_red() -> None:
    items = [item("A", "399999.99"), item("B", "400000"), item("C", "100000")]
    levels = {r.code: r.level for r in monitor(items, as_of=dt.date(2025, 7, 31), year=2025, params=BY_SCHEDULE)}
    assert levels == {"A": WarningLevel.RED, "B": WarningLevel.NONE, "C": WarningLevel.RED}
    by_lag = {r.code: r.level for r in monitor(items, as_of=dt.date(2025, 7, 31), year=2025)}
    assert by_lag["A"] is WarningLevel.NONE  # A lags 18.08 points: no warning under the lag rule (20/40)
    before = monitor(items, as_of=dt.date(2025, 4, 29), year=2025, params=BY_SCHEDULE)
    assert {r.level for r in before} == {WarningLevel.NONE}


def test_a_county_changes_the_preset_schedule() -> None:
    own = dataclasses.replace(BY_SCHEDULE, schedule=((Decimal(6), Decimal(50)),))
    result = monitor([item("B", "400000")], as_of=dt.date(2025, 7, 31), year=2025, params=own)
    assert result[0].level is WarningLevel.RED

"""Lists of units follow their codes as people read them: unit 2 before unit 10, not code-point order."""

from __future__ import annotations

from fractions import Fraction

from perfdesk.core.domain.ordering import natural_key


def test_digit_runs_compare_as_numbers():
    codes = ["10", "2", "1", "A10", "A9", "101002", "101010", "10100"]
    assert sorted(codes, key=natural_key) == ["1", "2", "10", "10100", "101002", "101010", "A9", "A10"]
    assert sorted(["a2", "A10", "a1"], key=natural_key) == ["a1", "a2", "A10"]


def test_the_unit_tree_lists_units_by_code_in_natural_order(db):
    from perfdesk.core.db import models as m
    from perfdesk.core.db import queries as q

    with db.sessions() as session:
        for code in ("10", "2", "1"):
            session.add(m.Unit(code=code, name=f"单位{code}", kind="department", active=True))
        session.commit()
        assert [u.code for u in q.units(session)] == ["1", "2", "10"]


def test_the_monitoring_roll_up_by_unit_follows_the_unit_codes():
    from perfdesk.core.domain.enums import WarningLevel
    from perfdesk.core.domain.money import Money
    from perfdesk.core.rules import monitoring as rules

    def one(unit: str) -> rules.ProjectMonitoring:
        return rules.ProjectMonitoring(code=f"P{unit}", name="项目", unit_code=unit, unit_name=f"单位{unit}",
                                       sector="", budget=Money(100_00), spent=Money(50_00),
                                       time_share=Fraction(1, 2), level=WarningLevel.NONE, over_budget=False,
                                       no_budget=False, key_reasons=(), key_reason_text="")

    lines = rules.roll_up_by_unit([one("10"), one("2"), one("10"), one("1")])
    assert [line.key for line in lines] == ["1", "2", "10"]
    assert [line.projects for line in lines] == [1, 1, 2]

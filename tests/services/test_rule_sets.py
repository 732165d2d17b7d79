"""Rule sets (issue 18 item 7): a county picks a preset, which sets only its parameters; any can be changed later;
the monitoring schedule preset changes the warnings of a stored round and the words of the letters."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.rules.params import MonitoringParams, RankingParams, ScoringParams
from perfdesk.core.rules.rule_sets import RULE_SETS, by_group
from perfdesk.core.services import settings
from tests.services.test_monitoring_service import codes, do_import, july_file, row_of  # noqa: F401


def apply(db, key: str) -> list[str]:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, "tester") as uow:
        changed = settings.apply_rule_set(uow, key)
        uow.commit()
    return changed


def test_every_rule_set_names_real_parameters_with_values_of_their_type() -> None:
    from perfdesk.core.rules import params as P

    for rs in RULE_SETS:
        for group, values in by_group(rs).items():
            cls = P.group_by_name(group)
            dataclasses.replace(cls(), **values)  # an unknown name raises here
            for name, value in values.items():
                assert type(value) is type(getattr(cls(), name)), (rs.key, name)


def test_the_grade_treatment_preset_sets_the_ranking_by_grade_and_keeps_the_rest(db) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, "tester") as uow:
        settings.save(uow, dataclasses.replace(RankingParams(), bottom_percent=Decimal(30), grade_poor_decision="probation"))
        uow.commit()
    changed = apply(db, "grade_treatment")
    assert "ranking.rule_set" in changed and "ranking.grade_poor_decision" in changed
    with db.sessions() as s:
        ranking, scoring = settings.load(s, RankingParams), settings.load(s, ScoringParams)
    assert ranking.rule_set == "grade" and ranking.grade_poor_decision == "cancel"
    assert ranking.grade_fair_cut_percent == Decimal(10) and scoring.grade_good == Decimal(80)
    assert ranking.bottom_percent == Decimal(30)  # not part of the preset: kept
    with UnitOfWork(db.sessions, "tester") as uow:  # and then a county changes any parameter
        settings.save(uow, dataclasses.replace(ranking, grade_fair_cut_percent=Decimal(15)))
        uow.commit()
    with db.sessions() as s:
        assert settings.load(s, RankingParams).grade_fair_cut_percent == Decimal(15)


def test_the_schedule_preset_turns_warnings_to_the_share_due_and_the_letters_say_so(demo_db, july_file) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from perfdesk.core.services import monitoring as svc
    from perfdesk.core.services import monitoring_reports as adapt

    a, b, c, d = codes(demo_db)
    done = do_import(demo_db, july_file)  # as of 31 July: 40 % due (end of June)
    apply(demo_db, "schedule_2025")
    with demo_db.sessions() as s:
        assert settings.load(s, MonitoringParams).warning_basis == "schedule"
        w = svc.warnings(s, done.round_id)
        letters = adapt.reminder_letters(s, done.round_id, issued=dt.date(2025, 8, 5))
        summary = adapt.summary(s, done.round_id, issued=dt.date(2025, 8, 5))
    # a spent 18 %, b 38 %, d 38.18 %: all below 40 % → red; c spent above its budget → not below
    assert [row_of(w, x).result.level.value for x in (a, b, c, d)] == ["red", "red", "none", "red"]
    assert all(letter.due_text == "6月末应达到的40%" for letter in letters)
    assert summary.schedule_text == "截至4月末、6月末、8月末、10月末预算执行进度应分别达到25%、40%、60%、80%，低于的项目为红色预警"
    apply(demo_db, "lag")
    with demo_db.sessions() as s:
        w = svc.warnings(s, done.round_id)
    assert [row_of(w, x).result.level.value for x in (a, b, d)] == ["red", "yellow", "none"]

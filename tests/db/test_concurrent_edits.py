"""Two people editing the same record (a shared PostgreSQL server; the same holds for a SQLite file): the
second save is refused with a message saying so, the first stays whole, and the second person's input is still
theirs to apply again on the new version. Runs on PostgreSQL in the CI's PostgreSQL pass."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.concurrency import ConcurrentEdit
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.rules.params import MonitoringParams, RankingParams
from perfdesk.core.services import ledger, masterdata_edit, selfeval
from perfdesk.core.services import monitoring as mon
from perfdesk.core.services import settings as settings_service
from perfdesk.core.services import targets as ts

NOW = dt.datetime(2025, 3, 1, 9, 30)


def work(db, user: str) -> UnitOfWork:  # type: ignore[no-untyped-def]
    return UnitOfWork(db.sessions, user, now=NOW)


def draft_target(db) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalar(select(m.PerformanceTarget.project_id).join(m.Project).join(m.BudgetYear).where(
            m.BudgetYear.year == 2025, m.PerformanceTarget.status == "draft", m.PerformanceTarget.is_current)
            .order_by(m.PerformanceTarget.id))


def test_the_second_of_two_saves_of_a_target_is_refused_and_both_inputs_survive(demo_db, chinese) -> None:  # type: ignore[no-untyped-def]
    project_id = draft_target(demo_db)
    with demo_db.sessions() as s:  # two editors open the same target
        head_a, draft_a = ts.load_target(s, project_id)
        head_b, draft_b = ts.load_target(s, project_id)
    assert head_a["row_version"] == head_b["row_version"]
    mine = dataclasses.replace(draft_a, annual_goal="甲：全年完成改造100户")
    theirs = dataclasses.replace(draft_b, annual_goal="乙：全年完成改造120户")
    with work(demo_db, "甲") as u:
        ts.save_target(u, project_id, mine, seen_version=head_a["row_version"])
        u.commit()
    with work(demo_db, "乙") as u, pytest.raises(ConcurrentEdit) as refused:
        ts.save_target(u, project_id, theirs, seen_version=head_b["row_version"])
        u.commit()
    assert "甲" in str(refused.value) and "您的修改没有保存" in str(refused.value)  # who saved first, in Chinese
    with demo_db.sessions() as s:
        head, stored = ts.load_target(s, project_id)
    assert stored.annual_goal == "甲：全年完成改造100户" and head["row_version"] > head_a["row_version"]
    assert theirs.annual_goal == "乙：全年完成改造120户"  # the refused input is untouched, to apply again
    with work(demo_db, "乙") as u:  # on the version now shown, the second person's save goes through
        ts.save_target(u, project_id, theirs, seen_version=head["row_version"])
        u.commit()
    with demo_db.sessions() as s:
        assert ts.load_target(s, project_id)[1].annual_goal == "乙：全年完成改造120户"


def test_two_open_transactions_saving_the_same_row_the_later_commit_is_refused(demo_db) -> None:  # type: ignore[no-untyped-def]
    """The check at write time: both read version n, both write; the second UPDATE finds no row at version n."""
    project_id = draft_target(demo_db)
    with demo_db.sessions() as s:
        target_id = s.scalar(select(m.PerformanceTarget.id).where(
            m.PerformanceTarget.project_id == project_id, m.PerformanceTarget.is_current))
    with pytest.raises(ConcurrentEdit):
        with work(demo_db, "乙") as second:  # the unit of work turns the driver-level refusal into the message
            second.session.get(m.PerformanceTarget, target_id).annual_goal = "乙的目标"
            with work(demo_db, "甲") as first:  # meanwhile, on another connection
                first.session.get(m.PerformanceTarget, target_id).annual_goal = "甲的目标"
                first.commit()
            second.commit()
    with demo_db.sessions() as s:
        assert s.get(m.PerformanceTarget, target_id).annual_goal == "甲的目标"


def test_a_self_evaluation_saved_by_someone_else_refuses_the_older_editor(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        ev = s.scalars(select(m.SelfEvaluation).order_by(m.SelfEvaluation.id)).first()
        eid, seen, line_id = ev.id, ev.row_version, ev.lines[0].id
    with work(demo_db, "czj") as u:
        u.session.get(m.SelfEvaluation, eid).status = "draft"
        u.commit()
    with work(demo_db, "乙") as u, pytest.raises(ConcurrentEdit):
        selfeval.save_entry(u, eid, {line_id: {"evidence": "乙的佐证"}}, seen_version=seen)
    with demo_db.sessions() as s:
        assert s.get(m.SelfEvalLine, line_id).evidence != "乙的佐证"
        fresh = s.get(m.SelfEvaluation, eid).row_version
    with work(demo_db, "乙") as u:
        selfeval.save_entry(u, eid, {line_id: {"evidence": "乙的佐证"}}, seen_version=fresh)
    with demo_db.sessions() as s:
        assert s.get(m.SelfEvalLine, line_id).evidence == "乙的佐证"
        assert s.get(m.SelfEvaluation, eid).row_version > fresh  # a save of the lines counts for the whole


def test_a_ledger_item_changed_since_it_was_shown_is_not_overwritten(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        unit = s.scalar(select(m.Unit.id).order_by(m.Unit.id))
    with work(demo_db, "甲") as u:
        item_id = ledger.create_item(u, year=2025, unit_id=unit, problem="绩效目标不明确", deadline=dt.date(2025, 9, 30))
    with demo_db.sessions() as s:
        seen = s.get(m.RectificationItem, item_id).row_version
    with work(demo_db, "甲") as u:
        ledger.update_item(u, item_id, seen_version=seen, measure="甲：细化指标")
    with work(demo_db, "乙") as u, pytest.raises(ConcurrentEdit):
        ledger.update_item(u, item_id, seen_version=seen, measure="乙：补充佐证")
    with demo_db.sessions() as s:
        assert s.get(m.RectificationItem, item_id).measure == "甲：细化指标"


def test_a_monitoring_answer_saved_since_it_was_shown_is_not_overwritten(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        row = s.scalars(select(m.IndicatorProgress).order_by(m.IndicatorProgress.id)).first()
        row_id, rid, indicator, seen = row.id, row.round_id, row.indicator_id, row.row_version
    answer = mon.ProgressEntry(indicator, "5处", "10处", likelihood="certain", seen_version=seen)
    with work(demo_db, "甲") as u:
        mon.save_indicator_progress(u, rid, [answer])
    with work(demo_db, "乙") as u, pytest.raises(ConcurrentEdit):
        mon.save_indicator_progress(u, rid, [dataclasses.replace(answer, progress_text="6处")])
    with demo_db.sessions() as s:
        assert s.get(m.IndicatorProgress, row_id).progress_text == "5处"


def test_a_unit_renamed_by_someone_else_is_not_renamed_back(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        unit = s.scalars(select(m.Unit).where(m.Unit.parent_id.is_not(None)).order_by(m.Unit.id)).first()
        values = masterdata_edit.UnitValues(unit.code, unit.name, unit.kind, unit.parent_id, unit.mof_div_code)
        seen = unit.row_version
    with work(demo_db, "甲") as u:
        masterdata_edit.edit_unit(u, unit.id, dataclasses.replace(values, name="甲改的名称"), seen_version=seen)
        u.commit()
    with work(demo_db, "乙") as u, pytest.raises(ConcurrentEdit):
        masterdata_edit.edit_unit(u, unit.id, dataclasses.replace(values, name="乙改的名称"), seen_version=seen)
        u.commit()
    with demo_db.sessions() as s:
        assert s.get(m.Unit, unit.id).name == "甲改的名称"


def test_settings_changed_by_two_people_keep_both_unless_the_same_value_crossed(db) -> None:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        shown = settings_service.load(s, MonitoringParams)
    mine = dataclasses.replace(shown, yellow_lag_points=shown.yellow_lag_points + 5)
    theirs = dataclasses.replace(shown, red_lag_points=shown.red_lag_points + 5)
    with work(db, "甲") as u:
        settings_service.save(u, mine, seen=shown)
        u.commit()
    with work(db, "乙") as u:  # another value: both changes stay
        settings_service.save(u, theirs, seen=shown)
        u.commit()
    with db.sessions() as s:
        both = settings_service.load(s, MonitoringParams)
    assert (both.yellow_lag_points, both.red_lag_points) == (mine.yellow_lag_points, theirs.red_lag_points)
    crossing = dataclasses.replace(shown, yellow_lag_points=shown.yellow_lag_points + 1)
    with work(db, "乙") as u, pytest.raises(ConcurrentEdit):  # the same value: the later one is refused
        settings_service.save(u, crossing, seen=shown)
    with db.sessions() as s:
        assert settings_service.load(s, MonitoringParams).yellow_lag_points == mine.yellow_lag_points
        assert settings_service.load(s, RankingParams) == RankingParams()

"""Units and projects by hand: add, edit, move, retire (or delete when nothing refers), money in 万元 exact."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import masterdata_edit as md
from perfdesk.core.services.years import create_year


def _commit(db, action):  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, user="tester") as uow:
        result = action(uow)
        uow.commit()
    return result


@pytest.fixture
def tree(db):  # type: ignore[no-untyped-def]
    """2025 with 县教育局 (department) → 县第一中学 (unit), and 城关镇 (township)."""
    def build(uow: UnitOfWork) -> dict[str, int]:
        create_year(uow, 2025)
        edu = md.add_unit(uow, md.UnitValues("101", "县教育局", "department"))
        school = md.add_unit(uow, md.UnitValues("101001", "县第一中学", "unit", parent_id=edu))
        town = md.add_unit(uow, md.UnitValues("901", "城关镇", "township"))
        return {"edu": edu, "school": school, "town": town}
    return _commit(db, build)


def test_amounts_in_wan_become_exact_fen_and_bad_ones_are_refused() -> None:
    assert md.fen_from_wan("12.34", "x") == 12_340_000
    assert md.fen_from_wan("1,234.000001", "x") == 1_234_000_001
    assert md.fen_from_wan(" ", "x") == 0
    for bad, words in (("-1", "negative"), ("0.0000001", "fen"), ("十万", "not an amount")):
        with pytest.raises(UserErrors, match=words):
            md.fen_from_wan(bad, "x")
    assert md.wan_text(12_340_000) == "12.34"
    assert md.wan_text(1_234_000_001) == "1234.000001"


def test_units_are_listed_by_code_with_their_parent(db, tree) -> None:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        rows = md.unit_rows(s)
    assert [r["code"] for r in rows] == ["101", "101001", "901"]
    assert rows[1]["parent_name"] == "县教育局" and rows[1]["kind"] == "unit"


def test_a_unit_code_is_unique_and_a_name_required(db, tree) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserErrors, match="already used"):
        _commit(db, lambda uow: md.add_unit(uow, md.UnitValues("101", "另一个", "unit")))
    with pytest.raises(UserErrors, match="name is required"):
        _commit(db, lambda uow: md.add_unit(uow, md.UnitValues("102", " ", "unit")))


def test_a_unit_moves_in_the_tree_but_never_under_itself(db, tree) -> None:  # type: ignore[no-untyped-def]
    _commit(db, lambda uow: md.move_unit(uow, tree["school"], tree["town"]))
    with db.sessions() as s:
        assert s.get(m.Unit, tree["school"]).parent_id == tree["town"]
    with pytest.raises(UserErrors, match="under itself"):
        _commit(db, lambda uow: md.move_unit(uow, tree["edu"], tree["edu"]))
    _commit(db, lambda uow: md.move_unit(uow, tree["school"], tree["edu"]))
    with pytest.raises(UserErrors, match="under itself"):  # a department under its own school: a loop
        _commit(db, lambda uow: md.move_unit(uow, tree["edu"], tree["school"]))


def _project(tree, **kw) -> md.ProjectValues:  # type: ignore[no-untyped-def]
    values = {"code": "P1", "name": "学生资助", "unit_id": tree["school"],
              "initial_budget_fen": md.fen_from_wan("120.5", "年初"), "full_year_budget_fen": md.fen_from_wan("130", "全年")}
    return md.ProjectValues(**{**values, **kw})


def test_a_project_added_by_hand_belongs_to_its_units_department(db, tree) -> None:  # type: ignore[no-untyped-def]
    pid = _commit(db, lambda uow: md.add_project(uow, 2025, _project(tree)))
    with db.sessions() as s:
        p = s.get(m.Project, pid)
        assert (p.department_id, p.initial_budget_fen, p.full_year_budget_fen) == (tree["edu"], 120_500_000, 130_000_000)
        assert [r["code"] for r in md.project_rows(s, 2025)] == ["P1"]
        assert s.scalar(select(m.AuditLog.action).where(m.AuditLog.entity == "project", m.AuditLog.entity_id == pid)) == "project.add"
    with pytest.raises(UserErrors, match="already used in this year"):
        _commit(db, lambda uow: md.add_project(uow, 2025, _project(tree, name="另一个")))
    with pytest.raises(UserErrors, match="no budget year 2030"):
        _commit(db, lambda uow: md.add_project(uow, 2030, _project(tree, code="P2")))


def test_editing_a_project_reports_the_changed_fields(db, tree) -> None:  # type: ignore[no-untyped-def]
    pid = _commit(db, lambda uow: md.add_project(uow, 2025, _project(tree)))
    changed = _commit(db, lambda uow: md.edit_project(uow, pid, _project(tree, unit_id=tree["town"],
                                                                          full_year_budget_fen=140_000_000)))
    assert sorted(changed) == ["full_year_budget_fen", "unit_id"]
    with db.sessions() as s:
        p = s.get(m.Project, pid)
        assert (p.unit_id, p.department_id, p.full_year_budget_fen) == (tree["town"], None, 140_000_000)


def test_a_negative_budget_is_refused_and_nothing_changes(db, tree) -> None:  # type: ignore[no-untyped-def]
    pid = _commit(db, lambda uow: md.add_project(uow, 2025, _project(tree)))
    with pytest.raises(UserErrors, match="negative"):
        _commit(db, lambda uow: md.edit_project(uow, pid, _project(tree, initial_budget_fen=-1)))
    with db.sessions() as s:
        assert s.get(m.Project, pid).initial_budget_fen == 120_500_000


def test_a_project_nothing_refers_to_is_deleted_one_with_targets_retired(db, tree) -> None:  # type: ignore[no-untyped-def]
    lone = _commit(db, lambda uow: md.add_project(uow, 2025, _project(tree, code="P9")))
    assert _commit(db, lambda uow: md.retire_project(uow, lone)) == md.DELETED
    pid = _commit(db, lambda uow: md.add_project(uow, 2025, _project(tree)))
    with db.sessions() as s:
        s.add(m.PerformanceTarget(project_id=pid, version=1, status="draft"))
        s.commit()
    assert _commit(db, lambda uow: md.retire_project(uow, pid)) == md.RETIRED
    with db.sessions() as s:
        assert list(s.scalars(select(m.Project.code))) == ["P1"]  # P9 deleted (its id may be reused)
        assert s.get(m.Project, pid).retired is True
    _commit(db, lambda uow: md.reactivate_project(uow, pid))
    with db.sessions() as s:
        assert s.get(m.Project, pid).retired is False


def test_a_unit_with_projects_or_units_under_it_is_retired_an_unused_one_deleted(db, tree) -> None:  # type: ignore[no-untyped-def]
    _commit(db, lambda uow: md.add_project(uow, 2025, _project(tree)))
    assert _commit(db, lambda uow: md.retire_unit(uow, tree["edu"])) == md.RETIRED  # has 县第一中学 under it
    assert _commit(db, lambda uow: md.retire_unit(uow, tree["school"])) == md.RETIRED  # has a project
    assert _commit(db, lambda uow: md.retire_unit(uow, tree["town"])) == md.DELETED
    with db.sessions() as s:
        assert [(r["code"], r["active"]) for r in md.unit_rows(s)] == [("101", False), ("101001", False)]
    with pytest.raises(UserErrors, match="retired"):
        _commit(db, lambda uow: md.add_project(uow, 2025, _project(tree, code="P2")))

"""Importing real-layout tables into the database: matching, kept printed scores, all-or-nothing, backups."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.backup import list_backups
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.services import settings
from perfdesk.core.services.selfeval_import import import_selfeval, kept_reason
from tests.io import selfeval_books as books


def _projects(db, n: int = 5) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Projects of 2025 with a self-evaluation and a name no other project of the year has."""
    with db.sessions() as s:
        rows = s.execute(select(m.Project.code, m.Project.name).join(m.BudgetYear).join(m.SelfEvaluation)
                         .where(m.BudgetYear.year == 2025).order_by(m.Project.code)).all()
        names = [n for (n,) in s.execute(select(m.Project.name).join(m.BudgetYear).where(m.BudgetYear.year == 2025))]
    return [(r[0], r[1]) for r in rows if names.count(r[1]) == 1][:n]


def _five_layouts(tmp_path: Path, projects: list[tuple[str, str]]) -> list[Path]:
    (c1, n1), (c2, n2), (c3, n3), (_c4, n4), (c5, n5) = projects
    official = books.official(f"{c1}-{n1}", A2="（2025年度）")
    yunnan = books.yunnan()
    yunnan[0].update({"B3": n2, "A2": "(2025年度)"})  # no code: matched by name in the year
    sichuan = books.sichuan()
    sichuan[0].update({"B3": f"{c3}-{n3}", "A1": "2025年度项目支出绩效自评表"})
    xianjie = books.xianjie()
    xianjie[0].update({"C3": n4, "A1": "2025年度衔接资金项目绩效目标自评表"})
    book = books.save(tmp_path / "自评表.xlsx", ("项目1", official), ("云南", yunnan), ("四川", sichuan), ("衔接", xianjie))
    flat = books.flat(tmp_path / "flat.xlsx", [
        [c5, n5, "单位", "产出指标", "数量指标", "维修供水点", "≥40处", "42处", 50, 50, 500000, 450000],
        [c5, n5, "单位", "效益指标", "社会效益指标", "受益人口", "≥1.2万人", "1.1万人", 30, 27.5, None, None],
        [c5, n5, "单位", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 10, 10, None, None]])
    return [book, flat]


def _import(db, files, **kw):  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, "tester") as uow:
        return import_selfeval(uow, files, db_path=db.path, year=2025, **kw)


def _evaluation(db, code: str) -> m.SelfEvaluation:  # type: ignore[no-untyped-def]
    s = db.sessions()
    return s.scalars(select(m.SelfEvaluation).join(m.Project).join(m.BudgetYear)
                     .where(m.Project.code == code, m.BudgetYear.year == 2025)).one()


def test_five_layouts_import_and_each_printed_score_that_differs_is_kept_with_a_reason(demo_db, tmp_path, chinese) -> None:
    projects = _projects(demo_db)
    results = _import(demo_db, _five_layouts(tmp_path, projects))
    assert [r.action for r in results].count("replace") + [r.action for r in results].count("new") == 5
    ev = _evaluation(demo_db, projects[0][0])
    assert (ev.source, ev.source_sheet, ev.total_printed) == ("import", "项目1", D(96))
    assert ev.total_computed == D("96.17")  # the rules, with the printed 28 as the pick inside the 达成 band
    assert ev.total_final == D("95.5")  # the kept printed lines; the printed 96 does not add up and is flagged
    kept = {ln.name: ln for ln in ev.lines}
    assert (kept["保障教师人数"].override_score, kept["保障教师人数"].computed_score) == (D(19), D("19.67"))
    assert kept["保障教师人数"].override_reason == kept_reason()
    assert kept["教师队伍稳定性"].qualitative_pick == D(28) and kept["教师队伍稳定性"].override_score is None
    assert kept["其中：特岗教师"].kind == "sub_row"
    assert any(f["code"] == "printed_total_mismatch" for f in ev.flags)


def test_a_table_without_a_code_is_matched_by_its_name_in_the_year(demo_db, tmp_path) -> None:
    projects = _projects(demo_db)
    _import(demo_db, _five_layouts(tmp_path, projects))
    ev = _evaluation(demo_db, projects[1][0])
    assert ev.source_sheet == "云南" and ev.total_final == D("98.88")


def test_the_computed_setting_ranks_on_the_rules_and_keeps_printed_scores_for_comparison(demo_db, tmp_path) -> None:
    with UnitOfWork(demo_db.sessions, "t") as uow:
        settings.save(uow, ScoringParams(imported_scores="computed"))
        uow.commit()
    projects = _projects(demo_db)
    _import(demo_db, _five_layouts(tmp_path, projects))
    ev = _evaluation(demo_db, projects[0][0])
    assert ev.total_final == ev.total_computed == D("98.17")
    assert {ln.name: ln.printed_score for ln in ev.lines}["保障教师人数"] == D(19)


def test_one_unknown_project_aborts_the_whole_import_and_writes_nothing(demo_db, tmp_path) -> None:
    projects = _projects(demo_db)
    files = _five_layouts(tmp_path, projects[:4] + [("NOPE-1", "不存在的项目")])
    with pytest.raises(UserErrors) as caught:
        _import(demo_db, files)
    [unknown] = [e for e in caught.value.errors if "NOPE-1" in e.message]
    assert unknown.row is not None  # the row that names the project, not just the sheet
    assert _evaluation(demo_db, projects[0][0]).source == "entry"
    assert not demo_db.path or not list_backups(demo_db.path)  # a server database: no backup files here


def test_a_broken_workbook_reports_cells_and_nothing_is_written(demo_db, tmp_path) -> None:
    projects = _projects(demo_db)
    broken = books.official(f"{projects[0][0]}-{projects[0][1]}", G15=20, H15=25)  # more than the points
    path = books.save(tmp_path / "坏表.xlsx", ("项目1", broken))
    with pytest.raises(UserErrors) as caught:
        _import(demo_db, [path])
    error = caught.value.errors[0]
    assert (error.sheet, error.row, error.column) == ("项目1", 15, "H")
    assert _evaluation(demo_db, projects[0][0]).source == "entry"


@pytest.mark.sqlite_only
def test_an_import_takes_a_backup_before_writing(demo_db, tmp_path) -> None:
    _import(demo_db, _five_layouts(tmp_path, _projects(demo_db)))
    assert [b.reason for b in list_backups(demo_db.path)] == ["before-import"]


def test_a_dry_run_matches_but_writes_nothing(demo_db, tmp_path) -> None:
    projects = _projects(demo_db)
    results = _import(demo_db, _five_layouts(tmp_path, projects), dry_run=True)
    assert {r.action for r in results} == {"check"} and all(r.project_id for r in results)
    assert _evaluation(demo_db, projects[0][0]).source == "entry"

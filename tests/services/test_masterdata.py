"""Master data: a new database with its region, and units and projects from the budget system's exports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db.engine import Database, open_database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import masterdata as md
from perfdesk.core.services import monitoring_reports, results_outputs
from tests.io import budget_exports as books

NOW = dt.datetime(2025, 3, 1, 9, 0)


def work(db: Database) -> UnitOfWork:
    return UnitOfWork(db.sessions, user="财政局绩效股", now=NOW)


def imported(db: Database, *paths: Path, **kw: Any) -> md.ProjectsImportSummary:
    with work(db) as uow:
        return md.import_projects(uow, list(paths), **kw)


def projects(db: Database) -> dict[str, tuple[Any, ...]]:
    with db.sessions() as s:
        rows = s.execute(select(m.Project.code, m.Project.name, m.Unit.code, m.Project.budget_type,
                                m.Project.fund_origin, m.Project.initial_budget_fen, m.Project.full_year_budget_fen,
                                m.Project.sector, m.Project.department_id)
                         .join(m.Unit, m.Unit.id == m.Project.unit_id)).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def units(db: Database) -> dict[str, tuple[str, str, str | None]]:
    with db.sessions() as s:
        rows = s.execute(select(m.Unit.code, m.Unit.name, m.Unit.kind, m.Unit.parent_id, m.Unit.id)).all()
    code_of = {r[4]: r[0] for r in rows}
    return {r[0]: (r[1], r[2], code_of.get(r[3])) for r in rows}


def counts(db: Database) -> dict[str, int]:
    with db.sessions() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) or 0
                for t in (m.BudgetYear, m.Unit, m.Project, m.AuditLog)}


def test_an_export_builds_the_year_the_unit_tree_and_the_projects(db: Database, tmp_path: Path) -> None:
    summary = imported(db, books.field_code_xlsx(tmp_path / "export.xlsx"))
    assert (summary.years, summary.years_created, summary.projects_created, summary.changes, summary.missing) == (
        (2025,), (2025,), 5, (), ())
    assert units(db) == {
        "101": ("冠县教育局", "department", None), "101001": ("冠县第一中学", "unit", "101"),
        "101002": ("冠县实验小学", "unit", "101"), "102": ("冠县卫生健康局", "department", None),
        "106": ("冠县交通运输局", "department", None), "106001": ("冠县公路事业发展中心", "unit", "106"),
        "901": ("清泉街道", "township", None)}
    got = projects(db)
    assert {code: (row[0], row[1], row[2], row[3], row[4], row[5], row[6]) for code, row in got.items()} == {
        "37152525R000000000001": ("校舍维修改造", "101001", "general", "own_level", 80_000_000, 80_000_000, "education"),
        "37152525R000000000002": ("学生营养餐补助", "101002", "general", "own_level", 120_000_025, 125_000_051,
                                  "education"),
        "37152525R000000000003": ("基层医疗设备购置", "102", "general", "central_transfer", 50_000_000, 50_000_000,
                                  "health"),
        "37152525R000000000004": ("农村公路养护", "106001", "fund", "provincial_transfer", 300_000_000, 280_000_000,
                                  "transport"),
        "37152525R000000000005": ("街道道路硬化", "901", "general", "county_transfer", 40_000_000, 40_000_000, "urban")}
    with db.sessions() as s:
        dept = dict(s.execute(select(m.Unit.id, m.Unit.code)).all())
        adjusted = s.scalars(select(m.Project.adjusted_budget_fen)).all()
    assert dept[got["37152525R000000000002"][-1]] == "101" and dept[got["37152525R000000000005"][-1]] == "901"
    assert set(adjusted) == {None}  # ADJ_AMT is checked, never stored (see masterdata)


def test_a_reimport_of_the_same_file_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = books.field_code_xlsx(tmp_path / "export.xlsx")
    imported(db, path)
    before, tree = projects(db), units(db)
    again = imported(db, path)
    assert (again.projects_created, again.projects_updated, again.projects_unchanged, again.units_created,
            again.changes, again.years_created) == (0, 0, 5, (), (), ())
    assert (projects(db), units(db)) == (before, tree)
    csv = imported(db, books.gbk_csv(tmp_path / "same.csv"))  # the same projects from the county's CSV in 万元
    assert csv.units_created == () and {c.code for c in csv.changes} >= {"37152525R000000000002"}


def test_a_later_export_updates_the_changed_amounts_lists_each_change_and_keeps_missing_projects(
        db: Database, tmp_path: Path) -> None:
    imported(db, books.field_code_xlsx(tmp_path / "march.xlsx"))
    rows = [list(r) for r in books.FIELD_ROWS[:4]]  # 街道道路硬化 no longer in the export
    rows[0][14:16] = [150000.5, 950000.5]  # a budget adjustment: +150,000.50
    rows[3][5] = "冠县公路养护中心"  # the unit renamed
    summary = imported(db, books.field_code_xlsx(tmp_path / "july.xlsx", rows))
    assert [(c.year, c.code, c.field, c.old, c.new) for c in summary.changes] == [
        (None, "106001", "name", "冠县公路事业发展中心", "冠县公路养护中心"),
        (2025, "37152525R000000000001", "full_year_budget_fen", 80_000_000, 95_000_050)]
    assert summary.changes[1].text() == ("37152525R000000000001 校舍维修改造: full-year budget (全年预算数) "
                                         "800000.00元 → 950000.50元")
    assert summary.missing == ((2025, "37152525R000000000005", "街道道路硬化"),)
    assert (summary.projects_updated, summary.projects_unchanged) == (1, 3)
    assert projects(db)["37152525R000000000001"][5] == 95_000_050
    assert "37152525R000000000005" in projects(db)  # listed, never deleted
    with db.sessions() as s:
        audit = s.scalars(select(m.AuditLog).where(m.AuditLog.action == "projects.import")
                          .order_by(m.AuditLog.id.desc())).first()
    assert audit is not None and audit.user == "财政局绩效股"
    assert audit.details["changes"][1] == {"year": 2025, "code": "37152525R000000000001", "name": "校舍维修改造",
                                           "field": "full_year_budget_fen", "old": 80_000_000, "new": 95_000_050}
    assert audit.details["missing"] == ["37152525R000000000005"]


def test_a_file_without_fund_origin_imports_own_level_projects_and_says_so(db: Database, tmp_path: Path) -> None:
    header = [h for h in books.FIELD_HEADER if h != "资金来源"]
    rows = [[c for h, c in zip(books.FIELD_HEADER, r, strict=True) if h != "资金来源"] for r in books.FIELD_ROWS]
    summary = imported(db, books.field_code_xlsx(tmp_path / "x.xlsx", rows, header=header))
    assert {row[3] for row in projects(db).values()} == {"own_level"}
    assert len(summary.notes) == 1 and "资金来源" in summary.notes[0] and "5" in summary.notes[0]
    again = imported(db, books.field_code_xlsx(tmp_path / "with-origin.xlsx"))  # a later export has the column
    assert sum(c.field == "fund_origin" for c in again.changes) == 3 and again.notes == ()


@pytest.mark.parametrize(("row", "column", "value"), [
    (0, 12, "上级补助"),  # an unknown 资金来源
    (1, 13, "一百二十万"),  # text in an amount
    (3, 6, "37152525R000000000001"),  # the same PRO_CODE twice
])
def test_a_refused_file_leaves_the_database_unchanged(db: Database, tmp_path: Path, row: int, column: int,
                                                      value: object) -> None:
    imported(db, books.field_code_xlsx(tmp_path / "first.xlsx"))
    before, tree, numbers = projects(db), units(db), counts(db)
    backups = sorted((tmp_path / "backups").iterdir()) if db.path else [None]  # a server database: no file copies
    rows = [list(r) for r in books.FIELD_ROWS]
    rows[0][13:16] = [900000, 100000, 1000000]  # a change that must not land either
    rows[row][column] = value
    with pytest.raises(UserErrors) as caught:
        imported(db, books.field_code_xlsx(tmp_path / "bad.xlsx", rows))
    assert caught.value.errors[0].file.endswith("bad.xlsx") and caught.value.errors[0].row == row + 2
    assert (projects(db), units(db), counts(db)) == (before, tree, numbers)
    if db.path:
        assert sorted((tmp_path / "backups").iterdir()) == backups and len(backups) == 1  # the rejected file's discarded


def test_a_file_without_a_project_column_is_refused_and_nothing_is_written(db: Database, tmp_path: Path) -> None:
    header = [h for h in books.FIELD_HEADER if h not in ("PRO_CODE", "PRO_NAME")]
    rows = [[c for h, c in zip(books.FIELD_HEADER, r, strict=True) if h in header] for r in books.FIELD_ROWS]
    before = counts(db)
    with pytest.raises(UserErrors):
        imported(db, books.field_code_xlsx(tmp_path / "x.xlsx", rows, header=header))
    assert counts(db) == before


def test_the_same_code_in_two_files_is_refused(db: Database, tmp_path: Path) -> None:
    one = books.field_code_xlsx(tmp_path / "a.xlsx", books.FIELD_ROWS[:2])
    two = books.field_code_xlsx(tmp_path / "b.xlsx", books.FIELD_ROWS[1:3])
    with pytest.raises(UserErrors) as caught:
        imported(db, one, two)
    (error,) = caught.value.errors
    assert (Path(error.file).name, error.row, error.column) == ("b.xlsx", 2, "G") and "a.xlsx" in error.message


def test_a_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    before = counts(db)
    summary = imported(db, books.field_code_xlsx(tmp_path / "x.xlsx"), dry_run=True)
    assert (summary.dry_run, summary.projects_created, len(summary.units_created), summary.years_created) == (
        True, 5, 7, (2025,))
    assert counts(db) == before


def test_the_export_reads_back_unchanged(db: Database, tmp_path: Path) -> None:
    imported(db, books.field_code_xlsx(tmp_path / "x.xlsx"))
    with db.sessions() as s:
        assert md.export_projects(s, tmp_path / "out.xlsx") == 5
        assert md.export_projects(s, tmp_path / "out.csv", year=2025) == 5
    for out in ("out.xlsx", "out.csv"):
        again = imported(db, tmp_path / out)
        assert (again.projects_unchanged, again.changes, again.notes) == (5, (), ())


def test_a_new_database_records_the_region_and_signs_as_its_finance_bureau(tmp_path: Path) -> None:
    path = tmp_path / "县.db"
    md.create_database(path, region="冠县", division="371525", year=2025, load_library=True)
    with open_database(path) as db, db.sessions() as s:
        assert md.region_of(s) == md.Region("冠县", "371525")
        assert md.issuer(s) == "冠县财政局" == results_outputs.issuer(s)
        assert monitoring_reports.issuer(s) == ("冠县", "冠县财政局")
        assert s.scalars(select(m.BudgetYear.year)).all() == [2025]
        assert (s.scalar(select(func.count()).select_from(m.LibraryIndicator)) or 0) > 100
    with pytest.raises(UserErrors):
        md.create_database(path, region="莘县")
    with open_database(path) as db, db.sessions() as s:
        assert md.region_of(s).name == "冠县"


def test_without_a_region_letters_are_signed_by_the_finance_bureau(db: Database) -> None:
    with db.sessions() as s:
        assert (md.region_of(s), md.issuer(s)) == (md.Region("", ""), "财政局")


def test_a_unit_that_becomes_a_department_moves_to_the_top_of_the_tree(db: Database, tmp_path: Path) -> None:
    imported(db, books.field_code_xlsx(tmp_path / "x.xlsx"))
    rows = [list(r) for r in books.FIELD_ROWS]
    rows[3][2:6] = ["106001", "冠县公路事业发展中心", "106001", "冠县公路事业发展中心"]  # now a 主管部门 of its own
    summary = imported(db, books.field_code_xlsx(tmp_path / "y.xlsx", rows))
    assert [(c.code, c.field, c.old, c.new) for c in summary.changes] == [
        ("106001", "parent", "106", ""), ("37152525R000000000004", "department", "106", "106001")]
    assert units(db)["106001"] == ("冠县公路事业发展中心", "department", None)


def test_a_project_without_a_unit_is_refused_not_dropped(db: Database, tmp_path: Path) -> None:
    rows = [list(r) for r in books.FIELD_ROWS]
    rows[2][2:6] = ["", "", "", ""]
    with pytest.raises(UserErrors) as caught:
        imported(db, books.field_code_xlsx(tmp_path / "x.xlsx", rows))
    assert [(e.row, e.column) for e in caught.value.errors] == [(4, "E")]

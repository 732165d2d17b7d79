"""Ex-ante assessment service: saving and scoring, the assessment in force, the "no assessment, no budget" flag,
and the Excel round trip with bad files refused and the database unchanged."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules import exante as r
from perfdesk.core.rules.params import ExAnteParams
from perfdesk.core.services import exante, settings
from tests.services.scenario import NOW, P, build

DAY = dt.date(2025, 3, 18)


def work(db) -> UnitOfWork:  # type: ignore[no-untyped-def]
    return UnitOfWork(db.sessions, user="李科长", now=NOW)


def scenario(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """N01, N02 new projects (100 and 600 万元), C01 continuing, Z01 a new policy."""
    ids = build(db, [P("N01", None, "100"), P("N02", None, "600"), P("C01", None, "100"),
                     P("Z01", None, "300", kind="policy")])
    with db.sessions() as s:
        for code in ("N01", "N02", "Z01"):
            s.get(m.Project, ids[code]).attribute = "new"
        s.commit()
    return ids


def filled(db, project_id: int, grades: str, **kw) -> r.Form:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        form = exante.blank_form(s, project_id)
    items = tuple(dataclasses.replace(i, grade=g) for i, g in zip(form.items, grades, strict=True))
    return dataclasses.replace(form, items=items, assessed_on=DAY, assessor="县财政局绩效科", **kw)


def save(db, form: r.Form, assessment_id: int | None = None) -> int:  # type: ignore[no-untyped-def]
    with work(db) as uow:
        return exante.save(uow, form, assessment_id=assessment_id)


def set_params(db, **changes) -> None:  # type: ignore[no-untyped-def]
    with work(db) as uow:
        settings.save(uow, dataclasses.replace(ExAnteParams(), **changes))
        uow.commit()


def test_a_saved_assessment_keeps_its_scores_conclusion_findings_and_parameters(db) -> None:  # type: ignore[no-untyped-def]
    ids = scenario(db)
    form = filled(db, ids["N01"], "良" * 19 + "中", findings=(("必要性", "立项依据充分"),), enters_library=True)
    aid = save(db, form)
    with db.sessions() as s:
        row = s.get(m.ExAnteAssessment, aid)
        assert row.total_score == Decimal("79.00") and row.conclusion == r.ADJUST and row.enters_library
        assert row.findings == {"必要性": "立项依据充分"}
        assert row.params["exante"]["support_from"] == "80" and row.updated_by == "李科长"
        assert [sc.score for sc in row.scores][-2:] == [Decimal("4.00"), Decimal("3.00")]
        a = exante.assessment(s, aid)
    assert a.result.total == Decimal("79.00") and a.code == "N01"
    assert dict(a.form.findings)["必要性"] == "立项依据充分"


def test_a_policy_is_assessed_in_the_policy_wording(db) -> None:  # type: ignore[no-untyped-def]
    ids = scenario(db)
    with db.sessions() as s:
        form = exante.blank_form(s, ids["Z01"])
    assert form.kind == "policy" and form.items[0].dimension == "政策设立必要性"


def test_a_form_without_date_or_with_a_bad_grade_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    ids = scenario(db)
    form = filled(db, ids["N01"], "优" * 20)
    bad = dataclasses.replace(form, assessed_on=None, items=(dataclasses.replace(form.items[0], grade="A"),))
    with pytest.raises(UserErrors) as caught:
        save(db, bad)
    assert len(caught.value.errors) == 2
    with db.sessions() as s:
        assert s.scalar(select(func.count(m.ExAnteAssessment.id))) == 0


def test_the_list_shows_what_needs_an_assessment_and_the_assessment_in_force(db) -> None:  # type: ignore[no-untyped-def]
    ids = scenario(db)
    save(db, filled(db, ids["N01"], "差" * 20))
    later = dataclasses.replace(filled(db, ids["N01"], "优" * 20), assessed_on=dt.date(2025, 4, 2))
    save(db, later)
    with db.sessions() as s:
        rows = {row["code"]: row for row in exante.rows(s, year=2025)}
    assert set(rows) == {"N01", "N02", "Z01"}  # the continuing project needs none
    assert rows["N01"]["conclusion"] == r.SUPPORT and rows["N01"]["total"] == Decimal(100)
    assert rows["N02"]["assessment_id"] is None and rows["N02"]["flag"] == exante.NONE


def test_no_assessment_no_budget_flags_only_while_the_setting_is_on(db) -> None:  # type: ignore[no-untyped-def]
    ids = scenario(db)
    save(db, filled(db, ids["N01"], "中" * 19 + "差"))  # 57: 不予支持
    save(db, filled(db, ids["Z01"], "优" * 20))
    every = list(ids.values())
    with db.sessions() as s:
        assert exante.budget_flags(s, every) == {}
    set_params(db, no_assessment_no_budget=True)
    with db.sessions() as s:
        flags = exante.budget_flags(s, every)
    assert set(flags) == {ids["N01"], ids["N02"]}
    assert "does not support" in flags[ids["N01"]] and "No ex-ante assessment" in flags[ids["N02"]]


def test_which_projects_need_an_assessment_follows_the_settings(db) -> None:  # type: ignore[no-untyped-def]
    ids = scenario(db)
    set_params(db, no_assessment_no_budget=True, required_from_wan=Decimal(500))
    with db.sessions() as s:
        assert set(exante.budget_flags(s, list(ids.values()))) == {ids["N02"]}  # 600 万元 ≥ 500; 100 and 300 not
    set_params(db, no_assessment_no_budget=True, required_for="all")
    with db.sessions() as s:
        assert set(exante.budget_flags(s, list(ids.values()))) == set(ids.values())


def test_export_then_import_gives_the_same_assessments(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = scenario(db)
    save(db, filled(db, ids["N01"], "良" * 20, findings=(("必要性", "需求迫切"),), opinion="建议纳入"))
    book = tmp_path / "事前评估.xlsx"
    with db.sessions() as s:
        assert exante.export_workbook(s, book, year=2025) == 1
    with work(db) as uow:
        exante.delete(uow, exante.latest_ids(uow.session)[ids["N01"]])
    with work(db) as uow:
        report = exante.import_workbook(uow, book, year=2025)
        uow.commit()
    assert report.saved == ["N01"]
    with db.sessions() as s:
        a = exante.assessment_by_code(s, "N01", 2025)
    assert a.result.total == Decimal(80) and a.form.opinion == "建议纳入"
    assert dict(a.form.findings)["必要性"] == "需求迫切" and a.form.assessed_on == DAY


def test_a_blank_form_filled_in_excel_creates_the_assessment(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    scenario(db)
    book = tmp_path / "blank.xlsx"
    with db.sessions() as s:
        assert exante.export_workbook(s, book, year=2025, blank=True) == 3
    wb = openpyxl.load_workbook(book)
    heads, items = wb["评估情况"], wb["评分"]
    assert heads["A2"].value == "N01" and items.max_row == 1 + 60
    heads["D2"] = "2025-03-20"
    for row in range(2, 22):  # N01's twenty items
        items.cell(row, 5).value = "优"
    wb.save(book)
    with work(db) as uow:
        report = exante.import_workbook(uow, book, year=2025)
        uow.commit()
    assert report.saved == ["N01"] and report.skipped == ["N02", "Z01"]
    with db.sessions() as s:
        assert exante.assessment_by_code(s, "N01", 2025).result.conclusion == r.SUPPORT


def test_a_printed_total_that_the_grades_do_not_give_is_refused_with_its_cell(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = scenario(db)
    save(db, filled(db, ids["N01"], "良" * 20))
    book = tmp_path / "changed.xlsx"
    with db.sessions() as s:
        exante.export_workbook(s, book, year=2025)
        before = s.scalar(select(func.count(m.ExAnteScore.id)))
    wb = openpyxl.load_workbook(book)
    wb["评估情况"]["H2"] = "90"  # someone typed a better total
    wb["评分"]["F3"] = "5"  # and full marks for an item graded 良
    wb.save(book)
    with work(db) as uow, pytest.raises(UserErrors) as caught:
        exante.import_workbook(uow, book, year=2025)
    assert {(e.sheet, e.row, e.column) for e in caught.value.errors} == {("评估情况", 2, "H"), ("评分", 3, "F")}
    wb["评分"]["E4"] = "甲"  # a grade that does not exist
    wb.save(book)
    with work(db) as uow, pytest.raises(UserErrors) as caught:
        exante.import_workbook(uow, book, year=2025)
    assert ("评分", 4, "E") in {(e.sheet, e.row, e.column) for e in caught.value.errors}
    with db.sessions() as s:
        assert s.scalar(select(func.count(m.ExAnteScore.id))) == before
        assert s.scalar(select(func.count(m.ExAnteAssessment.id))) == 1


def test_an_unknown_project_and_a_workbook_without_the_sheets_are_refused(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    scenario(db)
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.save(tmp_path / "other.xlsx")
    with work(db) as uow, pytest.raises(UserErrors) as caught:
        exante.import_workbook(uow, tmp_path / "other.xlsx", year=2025)
    assert "评估情况" in str(caught.value)
    book = tmp_path / "unknown.xlsx"
    with db.sessions() as s:
        exante.export_workbook(s, book, year=2025, blank=True)
    wb = openpyxl.load_workbook(book)
    wb["评估情况"]["A2"] = "X99"
    wb["评估情况"]["D2"] = "2025-03-20"
    for row in range(2, 22):
        wb["评分"].cell(row, 1).value = "X99"
        wb["评分"].cell(row, 5).value = "优"
    wb.save(book)
    with work(db) as uow, pytest.raises(UserErrors) as caught:
        exante.import_workbook(uow, book, year=2025)
    assert [(e.sheet, e.row) for e in caught.value.errors] == [("评估情况", 2)]
    assert "X99" in str(caught.value)

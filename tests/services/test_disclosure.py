"""Public disclosure: the department's public versions as Excel and PDF, with names, phone numbers and internal
comments left out wherever they were typed (RULES §8)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import deptwide, disclosure
from tests.services.deptwide_books import MOBILE, PERSON, PHONE, REVIEW, sheet

DEPT = "104"  # 县农业农村局 in the demo
YEAR = 2025
REVIEWER = "赵德胜"
SECRETS = (PERSON, REVIEWER, "李建国", REVIEW, "退回：指标值偏低", "手工调整经局长同意", "7221234", "5391", "8690022",
           "86900221")


def plant(db) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Names, phones and comments typed everywhere a person types; returns the target's and the evaluation's project."""
    with db.sessions() as s:
        P, T, E = m.Project, m.PerformanceTarget, m.SelfEvaluation  # noqa: N806
        dept_id = s.scalar(select(m.Unit.id).where(m.Unit.code == DEPT))
        year_id = s.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == YEAR))
        target = s.scalars(select(T).join(P).where(P.department_id == dept_id, P.year_id == year_id, T.is_current,
                                                   T.status == "approved")).first()
        target.filled_by, target.phone = PERSON, PHONE
        target.annual_goal = f"完成年度建设任务（联系人：{PERSON}，手机{MOBILE}）"
        target.reviews.append(m.TargetReview(from_status="submitted", to_status="returned", comment="退回：指标值偏低",
                                             user=REVIEWER, at=dt.datetime(2025, 3, 1)))
        target.indicators[0].name = f"{target.indicators[0].name}（咨询电话(0539)7221234）"
        ev = s.scalars(select(E).join(P).where(P.department_id == dept_id, P.year_id == year_id,
                                              E.status == "approved")).first()
        ev.reviewed_by, ev.review_comment = REVIEWER, REVIEW
        ev.goal_actual = "已完成，经办人李建国，电话8690022"
        line = next(ln for ln in ev.lines if ln.kind == "indicator")
        line.deviation_analysis = f"{PERSON}牵头整改，联系电话：86900221"
        line.override_score, line.override_reason = line.points, "手工调整经局长同意"
        codes = s.get(P, target.project_id).code, s.get(P, ev.project_id).code
        s.commit()
    with UnitOfWork(db.sessions, user="tester") as uow:
        deptwide.save_one(uow, dataclasses.replace(sheet(), unit_code=DEPT, year=YEAR))
    with UnitOfWork(db.sessions, user="tester") as uow:
        deptwide.set_status(uow, YEAR, DEPT, "approved", REVIEW)
    return codes


def _xlsx_text(path: Path) -> str:
    wb = load_workbook(path)
    return "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row
                     if v is not None)


def _pdf_text(path: Path) -> str:
    """Every character in drawing order (a cell's wrapped lines stay together), and the page text."""
    with pdfplumber.open(path) as doc:
        return "".join("".join(c["text"] for c in p.chars) + (p.extract_text() or "") for p in doc.pages)


def _plain(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace()).replace("-", "").replace("（", "(").replace("）", ")")


def test_the_public_files_never_show_a_name_a_phone_number_or_a_review_comment(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target_code, eval_code = plant(demo_db)
    with UnitOfWork(demo_db.sessions, user="tester") as uow:
        done = disclosure.publish(uow, YEAR, DEPT, tmp_path)
    assert [p.kind for p in done] == ["budget", "accounts"] and all(p.department for p in done)
    files = [f for p in done for f in p.files]
    assert sorted(f.suffix for f in files) == [".pdf", ".pdf", ".xlsx", ".xlsx"]
    texts = {f.name: _plain(_xlsx_text(f) if f.suffix == ".xlsx" else _pdf_text(f)) for f in files}
    for name, text in texts.items():
        for secret in (*PRIVATE_PLAIN,):
            assert secret not in text, (secret, name)
        assert "县农业农村局" in text and "***" in text, name  # published, and cleaned rather than dropped
    budget_xlsx, accounts_xlsx = (_xlsx_text(p.files[0]) for p in done)
    assert "新建高标准农田面积" in budget_xlsx and "完成年度建设任务（联系人：***，手机***）" in budget_xlsx
    assert "牵头整改" in accounts_xlsx and "97.42" in accounts_xlsx  # the department's score is published


PRIVATE_PLAIN = tuple(_plain(s) for s in SECRETS) + (_plain(MOBILE), _plain(PHONE))


def test_each_publication_is_recorded(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(demo_db.sessions, user="tester") as uow:
        disclosure.publish(uow, YEAR, DEPT, tmp_path, kinds=("budget",))
    with demo_db.sessions() as s:
        row = s.scalars(select(m.Disclosure)).one()
        assert (row.kind, row.published_by, row.files) == ("budget", "tester", ["2025年县农业农村局绩效目标公开表.xlsx",
                                                                                "2025年县农业农村局绩效目标公开表.pdf"])


def test_a_department_with_nothing_approved_is_refused_and_nothing_is_written(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        s.add(m.Unit(code="900", name="县新设局", kind="department"))
        s.commit()
    with UnitOfWork(demo_db.sessions, user="tester") as uow, pytest.raises(UserErrors) as caught:
        disclosure.publish(uow, YEAR, "900", tmp_path / "out")
    assert "县新设局" in str(caught.value)
    assert not any((tmp_path / "out").glob("*"))
    with demo_db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(m.Disclosure)) == 0


def test_a_draft_department_record_is_not_published(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        assert deptwide.get(s, YEAR, "101").status == "draft"  # the demo leaves its first department a draft
    with UnitOfWork(demo_db.sessions, user="tester") as uow:
        done = disclosure.publish(uow, YEAR, "101", tmp_path)
    assert done and not any(p.department for p in done) and all(p.projects for p in done)
    assert load_workbook(done[-1].files[0]).sheetnames == ["项目支出绩效自评结果", "项目支出绩效自评指标"]

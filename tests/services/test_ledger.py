"""The rectification ledger (RULES §8): items, evidence copied with SHA-256, closing, overdue, findings, letters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pypdf
import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_ranking as qr
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import ledger
from perfdesk.core.services import results_outputs as outputs
from tests.services.scenario import NOW, P, build, category


def work(db) -> UnitOfWork:  # type: ignore[no-untyped-def]
    return UnitOfWork(db.sessions, user="王股长", now=NOW)


def unit_id(db) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalar(select(m.Unit.id))


def new_item(db, **kw) -> int:  # type: ignore[no-untyped-def]
    values = {"year": 2025, "unit_id": unit_id(db), "problem": "绩效目标不明确", "measure": "细化指标",
              "deadline": dt.date(2025, 9, 30)} | kw
    with work(db) as uow:
        return ledger.create_item(uow, **values)


def test_an_item_needs_a_problem_and_a_unit(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(1))
    with work(db) as uow, pytest.raises(UserErrors) as caught:
        ledger.create_item(uow, year=2025, unit_id=9999, problem=" ")
    assert len(caught.value.errors) == 2


def test_evidence_is_copied_into_the_data_folder_with_its_hash(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    build(db, category(1))
    item = new_item(db)
    source = tmp_path / "整改报告.pdf"
    source.write_bytes(b"%PDF-1.4 evidence")
    with work(db) as uow:
        ledger.add_attachment(uow, item, source, data_dir=db.data_dir)
    with work(db) as uow:
        ledger.add_attachment(uow, item, source, data_dir=db.data_dir)
    with db.sessions() as s:
        rows = ledger.attachments(s, item)
    assert [r["stored_path"] for r in rows] == [f"attachments/2025/{item}/整改报告.pdf",
                                                f"attachments/2025/{item}/整改报告 (2).pdf"]
    assert rows[0]["size"] == 17
    assert rows[0]["sha256"] == "83d40e60c499a02179e970db4fa0caa836a109dfbfcdbae0298f2652a75c2954"
    assert (db.data_dir / rows[0]["stored_path"]).read_bytes() == b"%PDF-1.4 evidence"
    assert ledger.verify_attachment(db.data_dir, rows[0]["stored_path"], rows[0]["sha256"])
    (db.data_dir / rows[0]["stored_path"]).write_bytes(b"changed")
    assert not ledger.verify_attachment(db.data_dir, rows[0]["stored_path"], rows[0]["sha256"])


def test_closing_needs_a_date_and_the_evidence_and_then_the_item_is_locked(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(1))
    item = new_item(db)
    with work(db) as uow, pytest.raises(UserErrors) as caught:
        ledger.close_item(uow, item, closed_on=None, evidence="", today=TODAY)
    assert [e.message for e in caught.value.errors] == [
        "Closing needs the date.",
        "Closing needs evidence: attach a file that shows the rectification, or write an account of at least 20 "
        "characters (this one has 0)."]
    with work(db) as uow:
        ledger.close_item(uow, item, closed_on=dt.date(2025, 8, 1), evidence=ACCOUNT, today=TODAY)
    with work(db) as uow, pytest.raises(UserErrors, match="closed"):
        ledger.update_item(uow, item, measure="x")
    with db.sessions() as s:
        row = s.get(m.RectificationItem, item)
        assert (row.status, row.closed_on, row.closing_evidence) == ("closed", dt.date(2025, 8, 1), ACCOUNT)
        actions = s.scalars(select(m.AuditLog.action).where(m.AuditLog.entity == "rectification_item")).all()
    assert actions == ["ledger.create", "ledger.close"]


TODAY = dt.date(2025, 8, 15)
ACCOUNT = "已按要求修订绩效目标表，细化量化指标，并经主管部门审核印发"  # 28 characters


def test_a_short_written_account_without_a_file_cannot_close_an_item(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(1))
    item = new_item(db)
    with work(db) as uow, pytest.raises(UserErrors) as caught:
        ledger.close_item(uow, item, closed_on=dt.date(2025, 8, 1), evidence="已整改  完毕  ", today=TODAY)
    assert str(caught.value) == ("Closing needs evidence: attach a file that shows the rectification, or write an "
                                 "account of at least 20 characters (this one has 5).")
    with db.sessions() as s:
        assert s.get(m.RectificationItem, item).status == "open"
    exactly = "已" * 20
    with work(db) as uow:
        ledger.close_item(uow, item, closed_on=dt.date(2025, 8, 1), evidence=exactly, today=TODAY)


def test_the_minimum_length_of_the_account_is_a_setting(db) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.rules.params import RankingParams
    from perfdesk.core.services import settings

    build(db, category(1))
    item = new_item(db)
    with work(db) as uow:
        settings.save(uow, RankingParams(closing_account_min_chars=5))
        uow.commit()
    with work(db) as uow:
        ledger.close_item(uow, item, closed_on=dt.date(2025, 8, 1), evidence="已整改完毕", today=TODAY)


def test_an_attached_file_is_evidence_enough_without_an_account(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    build(db, category(1))
    item, other = new_item(db), new_item(db)
    report = tmp_path / "整改报告.pdf"
    report.write_bytes(b"%PDF-1.4 evidence")
    with work(db) as uow:
        ledger.add_attachment(uow, item, report, data_dir=db.data_dir)
    with work(db) as uow:
        ledger.close_item(uow, item, closed_on=dt.date(2025, 8, 1), evidence="", today=TODAY)
    with work(db) as uow:  # a file given with the closing is copied in the same step
        ledger.close_item(uow, other, closed_on=dt.date(2025, 8, 1), evidence="", today=TODAY, files=[report],
                          data_dir=db.data_dir)
    with db.sessions() as s:
        assert [r["file_name"] for r in ledger.attachments(s, other)] == ["整改报告.pdf"]
        assert s.get(m.RectificationItem, other).status == "closed"


def test_a_closing_date_after_today_is_refused_and_nothing_is_attached(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    build(db, category(1))
    item = new_item(db)
    report = tmp_path / "整改报告.pdf"
    report.write_bytes(b"%PDF-1.4 evidence")
    with work(db) as uow, pytest.raises(UserErrors) as caught:
        ledger.close_item(uow, item, closed_on=dt.date(2025, 8, 16), evidence=ACCOUNT, today=TODAY, files=[report],
                          data_dir=db.data_dir)
    assert str(caught.value) == ("The closing date 2025-08-16 is after today (2025-08-15): close the item on the day "
                                 "the rectification was done, not in advance.")
    with db.sessions() as s:
        assert ledger.attachments(s, item) == [] and s.get(m.RectificationItem, item).status == "open"
    assert not (db.data_dir / "attachments").exists()
    with work(db) as uow:  # today itself is allowed
        ledger.close_item(uow, item, closed_on=TODAY, evidence=ACCOUNT, today=TODAY)


def test_a_closing_date_before_the_item_was_created_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(1))
    item = new_item(db)  # created 2025-06-30
    with work(db) as uow, pytest.raises(UserErrors, match="before the item was created"):
        ledger.close_item(uow, item, closed_on=dt.date(2025, 6, 29), evidence=ACCOUNT, today=TODAY)


def test_every_item_has_a_deadline_by_default_the_rectification_days_after_creation(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(1))
    item = new_item(db, deadline=None)
    with db.sessions() as s:
        assert s.get(m.RectificationItem, item).deadline == dt.date(2025, 9, 28)  # 2025-06-30 + 90 days
    with work(db) as uow, pytest.raises(UserErrors, match="needs a deadline"):
        ledger.update_item(uow, item, deadline=None)


def test_open_items_past_their_deadline_are_overdue(db) -> None:  # type: ignore[no-untyped-def]
    build(db, category(1))
    late = new_item(db, deadline=dt.date(2025, 7, 1))
    new_item(db, deadline=dt.date(2025, 12, 1))
    due_today = new_item(db, deadline=dt.date(2025, 8, 1))
    closed = new_item(db, deadline=dt.date(2025, 7, 1))
    with work(db) as uow:
        ledger.close_item(uow, closed, closed_on=dt.date(2025, 7, 1), evidence=ACCOUNT, today=TODAY)
    with db.sessions() as s:
        assert [r["id"] for r in ledger.overdue(s, 2025, dt.date(2025, 8, 1))] == [late]
        assert [r["id"] for r in ledger.overdue(s, 2025, dt.date(2025, 8, 2))] == [late, due_today]


def test_findings_become_items_once(db) -> None:  # type: ignore[no-untyped-def]
    ids = build(db, [*category(2), P("K1", "70", key="key_single")])
    with db.sessions() as s:
        s.execute(m.KeyEvaluation.__table__.update().values(findings="资金使用不规范", suggestions="建立台账"))
        ev = s.scalar(select(m.SelfEvaluation).where(m.SelfEvaluation.project_id == ids["P01"]))
        check = m.SpotCheck(year_id=1, seed=7, rule={}, created_at=NOW)
        s.add(check)
        s.flush()
        s.add(m.SpotCheckItem(spot_check_id=check.id, evaluation_id=ev.id, selected_because="sample",
                              review_total=Decimal("90")))
        s.commit()
    with work(db) as uow:
        assert ledger.items_from_findings(uow, 2025) == {"evaluation": 1, "spot_check": 1, "monitoring": 0}
    with work(db) as uow:
        assert ledger.items_from_findings(uow, 2025) == {"evaluation": 0, "spot_check": 0, "monitoring": 0}
    with db.sessions() as s:
        rows = qr.ledger_rows(s, qr.LedgerFilter())
    problems = sorted(r["problem"] for r in rows)
    assert problems == ["Self-evaluation score 100 differs from the review score 90 by 10", "重点评价K1：资金使用不规范"]
    assert all(r["deadline"] == dt.date(2025, 9, 28) for r in rows)  # 90 days after 2025-06-30


def test_a_rectification_notice_lists_the_units_open_items(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    build(db, category(2))
    new_item(db, problem="绩效目标不明确", measure="细化指标")
    new_item(db, problem="预算执行率偏低", measure="加快支出")
    with db.sessions() as s:
        letters = outputs.rectification_notices(s, 2025, issued=dt.date(2025, 7, 1))
        records = outputs.interview_records(s, 2025, [1])
    assert len(letters) == 1 and [r[2] for r in letters[0].table_rows] == ["绩效目标不明确", "预算执行率偏低"]
    result = outputs.write_letters(letters + records, tmp_path / "letters.pdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(result.path).pages)
    for words in ("预算绩效管理整改通知书", "县教育局：", "预算执行率偏低", "2025年9月30日前", "财政局", "2025年7月1日",
                  "预算绩效管理约谈记录", "被约谈单位"):
        assert words in text.replace(" ", "")

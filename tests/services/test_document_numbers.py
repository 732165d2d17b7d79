"""Document numbers (发文字号) on printed letters: from the letterhead's prefix, in the year's order, never given
twice, the same number when the same letter is printed again."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pypdf
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import document_numbers, ledger, letterhead
from perfdesk.core.services import results_outputs as outputs
from tests.services.scenario import NOW, build, category

JULY = dt.date(2025, 7, 1)


def set_prefix(db, prefix: str) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, user="王股长", now=NOW) as uow:
        head = letterhead.load(uow.session)
        letterhead.save(uow, replace(head, county="冠县", prefix=prefix))
        uow.commit()


def two_units_with_items(db) -> list[int]:  # type: ignore[no-untyped-def]
    build(db, category(1) + category(1, "Q", department="县卫健局"))
    with db.sessions() as s:
        units = list(s.scalars(select(m.Unit.id).where(m.Unit.name.in_(["县教育局", "县卫健局"]))))
    for unit in units:
        with UnitOfWork(db.sessions, user="王股长", now=NOW) as uow:
            ledger.create_item(uow, year=2025, unit_id=unit, problem="绩效目标不明确", measure="细化指标",
                               deadline=dt.date(2025, 9, 30))
    return units


def notices(db, issued: dt.date) -> list[str]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        letters = outputs.rectification_notices(s, 2025, issued=issued)
        s.commit()
    return [letter.number for letter in letters]


def test_no_prefix_no_number_and_nothing_registered(db) -> None:  # type: ignore[no-untyped-def]
    two_units_with_items(db)
    assert notices(db, JULY) == ["", ""]
    with db.sessions() as s:
        assert document_numbers.register(s) == []


def test_numbers_follow_the_year_and_the_same_letter_keeps_its_number(db) -> None:  # type: ignore[no-untyped-def]
    units = two_units_with_items(db)
    assert len(units) == 2
    set_prefix(db, "冠财绩")
    assert notices(db, JULY) == ["冠财绩〔2025〕1号", "冠财绩〔2025〕2号"]
    assert notices(db, JULY) == ["冠财绩〔2025〕1号", "冠财绩〔2025〕2号"]  # printed again: the same letters
    assert notices(db, dt.date(2025, 7, 2)) == ["冠财绩〔2025〕3号", "冠财绩〔2025〕4号"]
    assert notices(db, dt.date(2026, 1, 5)) == ["冠财绩〔2026〕1号", "冠财绩〔2026〕2号"]  # the year of issue
    with db.sessions() as s:
        given = document_numbers.register(s, 2025)
    assert [n for n, *_ in given] == [f"冠财绩〔2025〕{i}号" for i in (1, 2, 3, 4)]
    assert {title for _, title, _, _ in given} == {"预算绩效管理整改通知书"}


def test_a_number_not_committed_is_given_again(db) -> None:  # type: ignore[no-untyped-def]
    two_units_with_items(db)
    set_prefix(db, "冠财绩")
    with db.sessions() as s:
        outputs.rectification_notices(s, 2025, issued=JULY)
        s.rollback()  # the letters were never written
    assert notices(db, dt.date(2025, 7, 3)) == ["冠财绩〔2025〕1号", "冠财绩〔2025〕2号"]


def test_the_number_is_printed_above_the_title(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    two_units_with_items(db)
    set_prefix(db, "冠财绩")
    with db.sessions() as s:
        letters = outputs.rectification_notices(s, 2025, issued=JULY)
    result = outputs.write_letters(letters, tmp_path / "notices.pdf")
    pages = [p.extract_text().replace(" ", "") for p in pypdf.PdfReader(result.path).pages]
    assert "冠财绩〔2025〕1号" in pages[0] and "冠财绩〔2025〕2号" in pages[-1]
    assert pages[0].index("冠财绩〔2025〕1号") < pages[0].index("预算绩效管理整改通知书")


def test_reminder_letters_are_numbered_in_the_same_register(demo_db) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.services import monitoring_reports

    set_prefix(demo_db, "冠财绩")
    with demo_db.sessions() as s:
        round_id = s.scalar(select(m.MonitoringRound.id).order_by(m.MonitoringRound.as_of.desc()))
        letters = monitoring_reports.reminder_letters(s, round_id, issued=JULY)
        s.commit()
    assert letters
    assert [letter.number for letter in letters] == [f"冠财绩〔2025〕{i}号" for i in range(1, len(letters) + 1)]
    with demo_db.sessions() as s:
        assert {title for _, title, _, _ in document_numbers.register(s)} == {"关于加快预算执行进度的提醒函"}

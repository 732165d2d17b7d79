"""The GB/T 9704 short letters: 提醒函, 整改通知书 and the 约谈 record come from the one builder of letters.py."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from perfdesk.core.domain.money import Money
from perfdesk.core.reports.letters import InterviewRecord, Letter, build_letters
from perfdesk.core.reports.monitoring_data import ProgressLine, ReminderLetter
from perfdesk.core.reports.monitoring_summary import build_reminder_letters, reminder_letter
from perfdesk.core.reports.tables import Cell
from tests.reports.conftest import pdf_text

ISSUED = dt.date(2025, 8, 5)


def reminder(unit: str, *names: str) -> ReminderLetter:
    lines = tuple(ProgressLine(n, Money(1_234_567), Money(100_000), Decimal("8.10"), Decimal("50.00"), "red")
                  for n in names)
    return ReminderLetter(unit=unit, issuer="冠县财政局", issued=ISSUED, year=2025, as_of=dt.date(2025, 7, 31),
                          time_percent=Decimal("58.08"), red_points=Decimal("30"), projects=lines)


def test_a_reminder_letter_is_a_letter_with_its_red_projects_in_the_table_amounts_right_aligned() -> None:
    letter = reminder_letter(reminder("县教育局", "校舍维修", "营养餐"))
    assert isinstance(letter, Letter) and letter.title == "关于加快预算执行进度的提醒函"
    assert letter.recipient == "县教育局" and "以下2个项目" in letter.paragraphs[0]
    assert letter.table_rows[1][1] == "营养餐" and letter.table_rows[1][2] == Cell("1.23", "cell_right", plain=True)
    assert letter.closing[-1] == "特此提醒。" and abs(sum(letter.table_widths) - 1) < 1e-9


def test_reminders_and_notices_print_one_letter_per_page_through_the_same_builder() -> None:
    pages = pdf_text(build_reminder_letters([reminder("县教育局", "校舍维修"), reminder("县卫健局", "疫苗")]).pdf
                     or b"")
    assert len(pages) == 2 and "县卫健局：" in pages[1].replace("\n", "") and "1.23" in pages[0]
    notice = Letter(title="预算绩效管理整改通知书", recipient="县教育局", paragraphs=("存在以下问题：",),
                    issuer="冠县财政局", issued=ISSUED, table_head=("序号", "问题"), table_rows=(("1", "资金闲置"),))
    both = pdf_text(build_letters([notice, InterviewRecord("冠县财政局", "县教育局", "资金闲置")]).pdf or b"")
    assert "预算绩效管理整改通知书" in both[0] and "预算绩效管理约谈记录" in both[1]


def test_no_red_project_prints_a_note_instead_of_letters() -> None:
    result = build_reminder_letters([])
    assert "本轮监控无红色预警项目，无需发送提醒函。" in "".join(pdf_text(result.pdf or b"")).replace("\n", "")

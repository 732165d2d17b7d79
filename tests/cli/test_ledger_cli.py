"""``perfdesk ledger list --overdue`` and ``perfdesk ledger close`` (RULES §8), in Chinese as users see them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from perfdesk.cli import main
from perfdesk.core.db import models as m
from perfdesk.core.db.engine import open_database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import set_translator
from perfdesk.core.services import ledger
from tests.services.scenario import NOW, build, category


@pytest.fixture(autouse=True)
def _english_core_after_cli():  # type: ignore[no-untyped-def]
    """The CLI installs the Chinese catalogue for the process; later tests expect the English sources."""
    yield
    set_translator(None)


@pytest.fixture
def path(empty_db_path):  # type: ignore[no-untyped-def]
    with open_database(empty_db_path) as db:
        build(db, category(1))
        for problem, deadline in (("绩效目标不明确", dt.date(2025, 9, 1)), ("执行偏慢", dt.date(2025, 12, 1)),
                                  ("资金闲置", None)):
            with UnitOfWork(db.sessions, user="王股长", now=NOW) as uow:  # created 2025-06-30
                ledger.create_item(uow, year=2025, unit_id=1, problem=problem, deadline=deadline)
    return empty_db_path


def test_the_overdue_list_names_each_item_with_its_days_overdue(path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(path), "ledger", "list", "--overdue", "--today", "2025-10-01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "绩效目标不明确" in out[1] and "2025-09-01" in out[0] and out[0].rstrip().endswith("逾期 30 天")
    assert "资金闲置" in out[3] and "2025-09-28" in out[2] and out[2].rstrip().endswith("逾期 3 天")
    assert out[-1] == "截至 2025-10-01 共 2 项逾期"
    assert main(["--db", str(path), "ledger", "list", "--overdue", "--today", "2025-09-28", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["problem"], r["days_overdue"]) for r in rows] == [("绩效目标不明确", 27)]  # due today is not late


def test_closing_from_the_command_line_refuses_without_evidence_or_in_the_future(path, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(path), "ledger", "close", "1", "--on", "2025-10-02", "--today", "2025-10-01",
                 "--evidence", "已整改"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == ["销号日期 2025年10月2日 晚于今天（2025年10月1日）：请在整改完成后按实际完成日期销号，不能提前销号。",
                   "销号须有佐证材料：请上传能证明整改情况的文件，或填写不少于 20 个字的整改情况说明（现为 3 个字）。",
                   "发现 2 个问题，未做任何修改。"]
    report = tmp_path / "整改报告.pdf"
    report.write_bytes(b"%PDF-1.4 evidence")
    assert main(["--db", str(path), "ledger", "close", "1", "--on", "2025-09-30", "--today", "2025-10-01",
                 "--attach", str(report)]) == 0
    assert capsys.readouterr().out.strip() == "整改事项 1 已于 2025-09-30 销号。"
    with open_database(path) as db, db.sessions() as s:
        item = s.get(m.RectificationItem, 1)
        assert (item.status, item.closed_on) == ("closed", dt.date(2025, 9, 30))
        assert [a["file_name"] for a in ledger.attachments(s, 1)] == ["整改报告.pdf"]

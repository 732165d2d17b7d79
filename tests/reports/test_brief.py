"""The leadership brief (领导简报): one page, the home page's figures in words a finance officer prints."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import home, report_kinds
from tests.reports.conftest import YEAR, pdf_text, prepare_everything
from tests.reports.test_pdf_fonts import unembedded_fonts

AS_OF = dt.date(2025, 12, 15)


def _brief(db, tmp_path, **options):  # type: ignore[no-untyped-def]
    out = tmp_path / "brief.pdf"
    with UnitOfWork(db.sessions, "tester") as uow:
        report_kinds.kinds()["brief"].build(uow, year=YEAR, out=out, as_of=AS_OF, **options)
    return out.read_bytes()


def test_the_brief_prints_the_home_figures_on_one_page_with_two_charts(demo_db, tmp_path):
    prepare_everything(demo_db)  # a spot check, a draft ranking run and an open ledger item
    pdf = _brief(demo_db, tmp_path)
    with demo_db.sessions() as s:
        f = home.figures(s, year=YEAR, as_of=AS_OF)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = pdf_text(pdf)[0]
    t, mo, se, r = f.targets.counts, f.monitoring, f.selfeval, f.ranking
    facts = ["2025年预算绩效管理工作进展简报", "截至2025年12月15日",
             f"已审核{t.approved}个", f"已报送待审核{t.submitted}个", f"退回修改{t.returned}个", f"草稿{t.draft}个",
             "截至2025年10月31日", f"红色预警{mo.red}个", f"黄色预警{mo.yellow}个", f"{mo.execution_percent}%",
             f"时间进度{mo.time_percent}%", f"已完成{se.done}个", f"财政审核通过{se.counts.approved}个",
             *(f"{g}{n}个" for g, n in se.grades), f"抽取{f.spotcheck.items}个", "已复核0个", "排名结果为草稿",
             f"{r.cut_amount.format_wan()}万元", "整改台账未销号1个", f"已报送待财政审核的绩效目标{t.submitted}个",
             "绩效目标审核进度", "绩效自评等级分布"]  # the last two: the charts' titles
    assert [fact for fact in facts if fact not in text] == []
    assert mo.red > 0 and t.submitted > 0 and r.cut_amount.fen > 0
    assert unembedded_fonts(pdf) == set()


def test_the_brief_kind_covers_the_year_only_and_refuses_an_empty_database(db, tmp_path):
    module = report_kinds.kinds()["brief"]
    assert report_kinds.scopes(module) == ("year",)
    with UnitOfWork(db.sessions, "tester") as uow, pytest.raises(UserErrors):
        module.build(uow, out=tmp_path / "x.pdf", as_of=AS_OF)
    assert not (tmp_path / "x.pdf").exists()

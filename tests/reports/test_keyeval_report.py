"""The printed 绩效评价报告 of a key evaluation (FORMATS §6): a special fund's report from the evaluation alone,
with its score sheet, the figures behind each formula line that lost points, the expert panel and the
questionnaire summary; a project's report with the project's facts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pypdf
import pytest
from openpyxl import Workbook
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import keyeval, keyeval_report, survey
from perfdesk.core.services import keyeval_registry as reg
from tests.services.keyeval_helpers import WAN, fill_figures, free_project, work


def text_of(path) -> str:  # type: ignore[no-untyped-def]
    return "".join(p.extract_text() for p in pypdf.PdfReader(path).pages).replace("\n", "").replace(" ", "")


def fund(db, tmp_path) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        unit = s.scalar(select(m.Unit.code).where(m.Unit.parent_id.is_(None)).order_by(m.Unit.code))
    with work(db) as uow:
        reg.add_agency(uow, name="齐鲁信达绩效评价咨询有限公司2", rating="良好")
        reg.add_expert(uow, name="宋立新", field="财务", title="正高级会计师", employer="聊城大学商学院")
    with work(db) as uow:
        kid = keyeval.create_evaluation(uow, year=2025, title="衔接推进乡村振兴补助资金绩效评价",
                                        object_kind="special_fund", unit_code=unit, agency="齐鲁信达绩效评价咨询有限公司2",
                                        lead_evaluator="李主评", budget_fen=3200 * WAN, report_date=dt.date(2026, 5, 20),
                                        findings="部分县区资金拨付滞后", suggestions="加快资金拨付进度")
    fill_figures(db, kid)
    with work(db) as uow:
        keyeval.update_evaluation(uow, kid, budget_fen=3200 * WAN, arrived_fen=3100 * WAN, spent_fen=2950 * WAN)
    wb = Workbook()
    wb.active.append(["序号", "1.您对项目实施效果是否满意"])
    for i, answer in enumerate(["非常满意", "满意", "不满意", None, "基本满意"], 1):
        wb.active.append([i, answer])
    wb.save(tmp_path / "问卷.xlsx")
    with work(db) as uow:
        survey.import_survey(uow, kid, tmp_path / "问卷.xlsx", backup=False)
        reg.draw_experts(uow, kid, count=1, seed=1, field="财务")
    return kid


def test_a_special_fund_s_report_prints_its_sheet_panel_and_survey(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kid = fund(demo_db, tmp_path)
    with demo_db.sessions() as s:
        rep = keyeval_report.evaluation_report(s, kid)
        keyeval_report.print_report(s, kid, tmp_path / "报告.pdf")
    assert rep.title == "衔接推进乡村振兴补助资金绩效评价报告"
    assert rep.total_score is not None and len(rep.score_sheet) == 20
    assert rep.survey_overall == Decimal("0.5")  # 2 of 4 answers satisfied
    text = text_of(tmp_path / "报告.pdf")
    for words in ("衔接推进乡村振兴补助资金绩效评价报告", "评价机构：齐鲁信达绩效评价咨询有限公司2", "主评人李主评",
                  "宋立新（聊城大学商学院，正高级会计师）", "资金到位率96.88%（实际到位资金3100.00万元，预算资金3200.00万元）",
                  "满意度调查问卷汇总", "总体满意度50.00%", "部分县区资金拨付滞后", "绩效评价指标体系及评分表"):
        assert words in text, words
    assert "funds_arrival" not in text and "seed" not in text


def test_a_project_s_report_carries_the_project_s_facts(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, _ = free_project(demo_db)
    with work(demo_db) as uow:
        kid = keyeval.create_evaluation(uow, year=2025, title="测试项目绩效评价", object_kind="project",
                                        project_code=code)
    with demo_db.sessions() as s, pytest.raises(UserErrors):
        keyeval_report.print_report(s, kid, tmp_path / "未评分.pdf")  # not scored yet
    fill_figures(demo_db, kid)
    with demo_db.sessions() as s:
        name = s.scalar(select(m.Project.name).where(m.Project.code == code))
        keyeval_report.print_report(s, kid, tmp_path / "项目.pdf")
    text = text_of(tmp_path / "项目.pdf")
    assert "测试项目绩效评价报告" in text and name in text and "96.32" in text

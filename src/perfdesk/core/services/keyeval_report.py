"""The 绩效评价报告 (FORMATS §6) of one key evaluation, whatever it evaluates: a project's or a policy's report as
``perfdesk report evaluation`` prints it (with the project's facts), a special fund's or a department's from the
evaluation alone; the questionnaire summary attached when there is one. Scores print as stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.keyeval import ObjectKind
from perfdesk.core.i18n import translate
from perfdesk.core.reports import data
from perfdesk.core.reports.evaluation_report import build_evaluation_report
from perfdesk.core.rules import params as P
from perfdesk.core.rules import survey as S
from perfdesk.core.services import keyeval, settings
from perfdesk.core.services import report_data as rd
from perfdesk.core.services.report_kinds import evaluation as ev
from perfdesk.core.services.report_kinds import scope

SUBJECT = {ObjectKind.SPECIAL_FUND.value: "专项资金", ObjectKind.DEPARTMENT.value: "部门整体",
           ObjectKind.POLICY.value: "政策", ObjectKind.PROJECT.value: "项目"}


def title_of(k: m.KeyEvaluation) -> str:
    title = k.title.strip()
    if title.endswith("报告"):
        return title
    return f"{title}报告" if title.endswith("评价") else f"{title}{SUBJECT.get(k.object_kind, '')}绩效评价报告"


def evaluation_report(session: Any, evaluation_id: int) -> data.EvaluationReport:
    k = keyeval.get(session, evaluation_id)
    year = session.get(m.BudgetYear, k.year_id).year
    rep = _project_report(session, k, year) if k.project_id is not None else _own_report(session, k, year)
    survey = tuple(data.SurveyLine(s.question, s.respondents, s.satisfied, s.blank) for s in session.scalars(
        select(m.SurveyResult).where(m.SurveyResult.evaluation_id == k.id)
        .order_by(m.SurveyResult.sort_order, m.SurveyResult.id)))
    overall = _overall(session, survey)
    return replace(rep, title=title_of(k), survey=survey, survey_overall=overall, process=rep.process + _panel(session, k),
                   is_policy=k.object_kind == ObjectKind.POLICY)


def _panel(session: Any, k: m.KeyEvaluation) -> str:
    """The latest expert draw as a sentence of the 评价工作过程, or nothing."""
    from perfdesk.core.services import keyeval_registry as reg

    draws = reg.draws(session, k.id)
    if not draws:
        return ""
    last = draws[-1]
    people = "、".join(f"{e['name']}（{e['employer']}，{e['title']}）" if e["employer"] else e["name"]
                      for e in last["experts"])
    return f"评审专家从专家库中随机抽取（已回避存在利益关系的专家），由{people}共{len(last['experts'])}名专家参与评审。"


def _overall(session: Any, survey: tuple[data.SurveyLine, ...]) -> Decimal | None:
    params = settings.load(session, P.KeyEvaluationParams)
    results = [S.QuestionResult(q.question, q.answered, q.satisfied, q.blank) for q in survey]
    return S.overall_rate(results, params.overall_satisfaction)


def _project_report(session: Any, k: m.KeyEvaluation, year: int) -> data.EvaluationReport:
    from perfdesk.core.services.monitoring_reports import issuer
    from perfdesk.core.services.selfeval_reports import selfeval_documents

    code = session.get(m.Project, k.project_id).code
    where = scope(session, project=code, year=year)
    p = rd.project_rows(session, where)[0]
    selfevals = selfeval_documents(session, year=year, codes=[code])
    facts = ev.Facts(rd.current_targets(session, where), rd.fund_splits(session, where),
                     ev.execution_history(session, where), issuer(session)[1])
    return ev.evaluation_report(p, k, selfevals[0] if selfevals else None, facts)


def _own_report(session: Any, k: m.KeyEvaluation, year: int) -> data.EvaluationReport:
    """A special fund's or a department's report: the facts are the evaluation's own."""
    from perfdesk.core.services.monitoring_reports import issuer

    unit = session.get(m.Unit, k.unit_id) if k.unit_id else None
    unit_name = unit.name if unit else ""
    info = data.ProjectInfo(f"KE-{k.id}", k.title, year, unit_name, unit_name, unit.code if unit else "")
    sheet = ev.key_sheet(k)
    bureau = issuer(session)[1]
    money = rd.money(k.budget_fen).format_wan() if k.budget_fen else ""
    background = (f"{k.title}由{unit_name or '主管部门'}负责" + (f"，{year}年度预算资金{money}万元" if money else "") + "。")
    purpose = (f"受{bureau}委托，{k.agency or '评价机构'}对{k.title.removesuffix('绩效评价')}{year}年度资金的使用情况及"
               "绩效目标实现情况开展重点绩效评价。评价旨在客观反映资金绩效，为预算安排和政策调整提供依据。")
    return data.EvaluationReport(
        info, False, k.agency or bureau, k.report_date or dt.date.today(),
        rd.fund_row(k.budget_fen, k.budget_fen, k.spent_fen), k.score, k.grade or "",
        background=background, purpose_scope=purpose, principles_methods=ev.methods(k), process=ev.process(k),
        analysis=ev.analysis(sheet, None, []), problems=rd.lines_of(k.findings),
        suggestions=rd.lines_of(k.suggestions), score_sheet=sheet)


def print_report(session: Any, evaluation_id: int, out: Path | str) -> list[str]:
    """Write the report to ``out``; returns the warnings (characters no font could print …)."""
    rep = evaluation_report(session, evaluation_id)
    if not rep.score_sheet and rep.total_score is None:
        raise UserErrors(translate("KeyEval", "Score the evaluation before printing its report: every line needs "
                                   "a score."))
    return list(build_evaluation_report(rep, Path(out)).warnings)

"""``perfdesk report evaluation``: the 绩效评价报告 (FORMATS §6).

For a project: its key evaluation (重点绩效评价) when there is one, else a draft built from the project's own
data (facts, targets, monitoring execution, and the self-evaluation lines as the score sheet). For a unit or a
year: the reports of the key evaluations in scope. Scores print as stored; nothing is scored here.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import FundSource, ProjectAttribute
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.reports import data
from perfdesk.core.reports.document import format_cn_date
from perfdesk.core.reports.evaluation_report import level_totals
from perfdesk.core.reports.tables import format_percent, format_score
from perfdesk.core.rules.keyeval import printed_reason
from perfdesk.core.services import report_data as rd
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds import Scope, add_batch_arguments, scope

KIND = "evaluation"
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "performance evaluation report (绩效评价报告)")
BATCH = True
SOURCE_WORDS = {FundSource.FISCAL_CURRENT.value: "当年财政拨款", FundSource.FISCAL_CARRYOVER.value: "上年结转资金",
                FundSource.OTHER.value: "其他资金"}
EXECUTION_LEVEL = "预算执行"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_batch_arguments(parser)


# -- reading ---------------------------------------------------------------------------------------------
def key_evaluations(session: Any, where: Scope) -> dict[int, m.KeyEvaluation]:
    """The latest key evaluation of each project in scope, with its lines (read in one more query, not one each)."""
    k, p = m.KeyEvaluation, m.Project
    stmt = rd.in_scope(select(k).join(p, p.id == k.project_id).options(selectinload(k.lines))
                       .order_by(k.report_date, k.id), where)
    return {ke.project_id: ke for ke in session.scalars(stmt)}


def execution_history(session: Any, where: Scope) -> dict[int, list[tuple[dt.date, int, int]]]:
    """(as of, budget, spent) of each monitoring round, per project in scope, oldest first."""
    r, e, p = m.MonitoringRound, m.MonitoringExecution, m.Project
    stmt = rd.in_scope(select(e.project_id, r.as_of, e.budget_fen, e.spent_fen).join(r, r.id == e.round_id)
                       .join(p, p.id == e.project_id).order_by(r.as_of, r.id), where)
    out: dict[int, list[tuple[dt.date, int, int]]] = {}
    for pid, as_of, budget, spent in session.execute(stmt):
        out.setdefault(pid, []).append((as_of, budget or 0, spent or 0))
    return out


def reports(session: Any, where: Scope, progress: Progress | None = None) -> list[data.EvaluationReport]:
    from perfdesk.core.services.monitoring_reports import issuer
    from perfdesk.core.services.selfeval_reports import selfeval_documents

    report = rd.loading(progress)
    report(0.0, translate("ReportKinds", "Reading evaluations"))
    keys = key_evaluations(session, where)
    projects = [p for p in rd.project_rows(session, where) if where.project_id is not None or p["id"] in keys]
    codes = {p["code"] for p in projects}
    selfevals = {d.project.code: d for d in selfeval_documents(session, year=where.year, codes=sorted(codes))} \
        if codes else {}
    facts = Facts(rd.current_targets(session, where), rd.fund_splits(session, where),
                  execution_history(session, where), issuer(session)[1])
    report(1.0, translate("ReportKinds", "Reading evaluations"))
    return [evaluation_report(p, keys.get(p["id"]), selfevals.get(p["code"]), facts) for p in projects]


class Facts:
    """What the narrative draws on besides the project row: targets, fund sources, monitoring rounds."""

    def __init__(self, targets: Mapping[int, Mapping[str, Any]], funds: Mapping[int, Mapping[str, tuple]],
                 history: Mapping[int, list[tuple[dt.date, int, int]]], bureau: str):
        self.targets, self.funds, self.history, self.bureau = targets, funds, history, bureau


# -- building --------------------------------------------------------------------------------------------
def evaluation_report(p: Mapping[str, Any], key: m.KeyEvaluation | None, selfeval: data.SelfEvaluation | None,
                      facts: Facts) -> data.EvaluationReport:
    target = facts.targets.get(p["id"], {})
    sheet = key_sheet(key) if key is not None else selfeval_sheet(selfeval)
    issued = (key.report_date if key is not None else None) or dt.date.today()
    total, grade = totals(key, selfeval, sheet)
    return data.EvaluationReport(
        rd.project_info(p), False, key.agency if key is not None and key.agency else p["unit_name"], issued,
        rd.fund_row(p["initial_budget_fen"], p["full_year_budget_fen"], p["spent_fen"]), total, grade,
        background=background(p, facts.funds.get(p["id"], {})), overall_goal=target.get("annual_goal", ""),
        phase_goals=rd.lines_of(target.get("medium_goal", "")),
        purpose_scope=purpose(p, key, facts.bureau), principles_methods=methods(key), process=process(key),
        analysis=analysis(sheet, selfeval, facts.history.get(p["id"], [])),
        problems=rd.lines_of(key.findings) if key is not None else draft_problems(p, selfeval),
        suggestions=rd.lines_of(key.suggestions) if key is not None else draft_suggestions(p, selfeval),
        score_sheet=sheet, self_evaluation=selfeval)


def key_sheet(key: m.KeyEvaluation) -> tuple[data.ScoreSheetLine, ...]:
    """The key evaluation's score sheet; empty while any line is unscored (nothing is summed here)."""
    if any(ln.score is None for ln in key.lines):
        return ()
    return tuple(data.ScoreSheetLine(ln.level1, ln.level2, ln.level3, ln.points, ln.score, _reason(ln),
                                     ln.explanation, ln.criteria) for ln in key.lines)


def _reason(ln: m.KeyEvaluationLine) -> str:
    """The evaluator's own reason, else for a formula line that lost points the figures behind it."""
    if ln.deduction_reason or not ln.formula:
        return ln.deduction_reason
    return printed_reason(ln.formula, ln.points, ln.score, ln.numerator, ln.denominator, ln.target_percent)


def selfeval_sheet(ev: data.SelfEvaluation | None) -> tuple[data.ScoreSheetLine, ...]:
    """The self-evaluation as a score sheet: the execution line, then each indicator counted (not-applicable lines
    left out); empty while unscored, or when the table printed no points (a score sheet shows them)."""
    counted = [ln for ln in (ev.lines if ev is not None else ()) if not ln.not_applicable]
    if ev is None or ev.funds.score is None or any(ln.score is None or ln.points is None for ln in counted):
        return ()
    execution = data.ScoreSheetLine(EXECUTION_LEVEL, "预算执行率", "预算执行率", ev.funds.points, ev.funds.score,
                                    explanation="全年执行数占全年预算数的比例",
                                    criteria="按预算执行率计分，满分为该项分值")
    return (execution, *(data.ScoreSheetLine(ln.level1, ln.level2, ln.level3, ln.points, ln.score or Decimal(0),
                                             ln.deviation, f"年度指标值：{ln.target.text()}",
                                             "达到年度指标值得满分，未达到的按完成程度扣分")
                         for ln in counted))


def totals(key: m.KeyEvaluation | None, ev: data.SelfEvaluation | None,
           sheet: Sequence[data.ScoreSheetLine]) -> tuple[Decimal | None, str]:
    """The stored total and grade: the key evaluation's, else the self-evaluation's; blank while unscored."""
    if key is not None:
        return key.score, key.grade or ""
    if ev is not None and sheet:
        return ev.total_score, ev.grade
    return None, ""


def background(p: Mapping[str, Any], funds: Mapping[str, tuple[int, int, int]]) -> str:
    attribute = {ProjectAttribute.NEW.value: "新增", ProjectAttribute.CONTINUING.value: "延续"}.get(p["attribute"], "")
    period = rd.period_text(p["period_start"], p["period_end"])
    text = f"{p['name']}由{p['department_name']}主管、{p['unit_name']}实施，为{attribute}项目"
    text += f"，项目期{period}。" if period else "。"
    parts = [f"{SOURCE_WORDS.get(s, s)}{rd.money(v[1]).format_wan()}万元"
             for s, v in sorted(funds.items(), key=lambda kv: list(SOURCE_WORDS).index(kv[0])
                                if kv[0] in SOURCE_WORDS else 9) if v[1]]
    if parts:
        text += f"{p['year']}年全年预算资金来源为：{'、'.join(parts)}。"
    return text


def purpose(p: Mapping[str, Any], key: m.KeyEvaluation | None, bureau: str) -> str:
    if key is None:
        return (f"本报告由{p['unit_name']}根据项目绩效目标、运行监控和绩效自评结果编制，评价对象为"
                f"{p['name']}{p['year']}年度全部资金的使用情况及绩效目标实现情况。")
    money = f"，涉及资金{rd.money(key.budget_fen).format_wan()}万元" if key.budget_fen else ""
    return (f"受{bureau}委托，{key.agency or '评价机构'}对{p['name']}{p['year']}年度资金的使用情况及绩效目标"
            f"实现情况开展重点绩效评价{money}。评价旨在客观反映项目绩效，为预算安排和政策调整提供依据。")


def methods(key: m.KeyEvaluation | None) -> str:
    if key is None:
        return "评价以项目支出绩效自评表为依据：预算执行率10分，产出、效益、满意度等绩效指标90分，满分100分。"
    return ("评价遵循科学公正、统筹兼顾、激励约束、公开透明的原则，按照《项目支出绩效评价管理办法》（财预〔2020〕10号）"
            "共性指标框架，从决策、过程、产出、效益四个方面设置评价指标体系，满分100分，"
            "综合运用比较法、因素分析法和公众评判法，评分标准见附件。")


def process(key: m.KeyEvaluation | None) -> str:
    if key is None:
        return "评价工作分收集资料、核对自评结果、分析偏差原因和撰写报告四个步骤开展。"
    lead = f"，主评人{key.lead_evaluator}" if key.lead_evaluator else ""
    return (f"评价工作由{key.agency or '评价机构'}组织实施{lead}，分前期准备、组织实施、分析评价和撰写报告四个阶段，"
            "通过资料核查、现场勘查、问卷调查和座谈访谈等方式收集评价证据。")


def analysis(sheet: Sequence[data.ScoreSheetLine], ev: data.SelfEvaluation | None,
             history: Sequence[tuple[dt.date, int, int]]) -> tuple[tuple[str, str], ...]:
    """One paragraph per first level: its score, where points were lost, and the facts behind it."""
    out = []
    for level, points, score in level_totals(sheet):
        lost = [f"“{ln.level3}”扣{format_score(ln.points - ln.score)}分" + (f"，{ln.reason.rstrip('。')}" if
                                                                            ln.reason else "")
                for ln in sheet if ln.level1 == level and ln.score < ln.points]
        text = (f"该部分满分{format_score(points)}分，得分{format_score(score)}分，得分率"
                f"{format_percent(score / points if points else None)}。")
        text += ("主要扣分情况：" + "；".join(lost) + "。") if lost else "该部分指标均得满分。"
        if level in ("过程", EXECUTION_LEVEL) and history:
            text += "\n" + monitoring_sentence(history)
        if ev is not None and level not in ("决策", "过程", EXECUTION_LEVEL):
            text += "".join("\n" + s for s in indicator_sentences(ev, level))
        out.append((level, text))
    return tuple(out)


def monitoring_sentence(history: Sequence[tuple[dt.date, int, int]]) -> str:
    # the round's own date: a round of 15 July is not "7月底", one of 15 January next year not "1月底"
    steps = [f"截至{format_cn_date(d)}执行率{format_percent(rd.rate(spent, budget))}" for d, budget, spent in history]
    return "运行监控情况：" + "，".join(steps) + "。"


def indicator_sentences(ev: data.SelfEvaluation, level: str) -> list[str]:
    """For 产出/效益 of a key evaluation, the self-evaluation's matching indicators; for a draft, that level."""
    wanted = [ln for ln in ev.lines if ln.level1 == level or ln.level1.startswith(level)]
    return [f"{ln.level3}：年度指标值{ln.target.text()}，实际完成{ln.actual or '（未填写）'}。" for ln in wanted]


def draft_problems(p: Mapping[str, Any], ev: data.SelfEvaluation | None) -> tuple[str, ...]:
    out = []
    unspent = (p["full_year_budget_fen"] or 0) - (p["spent_fen"] or 0)
    if unspent > 0:
        out.append(f"预算执行率为{format_percent(rd.rate(p['spent_fen'], p['full_year_budget_fen']))}，"
                   f"尚有{rd.money(unspent).format_wan()}万元未支出。")
    for ln in (ev.lines if ev is not None else ()):
        if ln.deviation:
            out.append(f"“{ln.level3}”未达到年度指标值（{ln.target.text()}，实际{ln.actual}）：{ln.deviation}")
    return tuple(out)


def draft_suggestions(p: Mapping[str, Any], ev: data.SelfEvaluation | None) -> tuple[str, ...]:
    out = []
    if (p["full_year_budget_fen"] or 0) > (p["spent_fen"] or 0):
        out.append("加快预算执行进度，及时清理结转结余资金，提高资金使用效益。")
    if ev is not None and any(ln.deviation for ln in ev.lines):
        out.append("针对未完成的绩效指标逐项分析原因，完善实施计划，确保下一年度绩效目标如期实现。")
    return tuple(out) or ("继续加强项目管理，巩固项目实施成效。",)


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None, folder: bool = False) -> list[str]:
    where = scope(uow.session, project=project, unit=unit, year=year)
    items = reports(uow.session, where, progress)
    if not items:
        raise rd.nothing_to_print(translate("ReportKinds", "key evaluation"))
    return rd.write_items(items, out, where, folder=folder, progress=progress)

"""Outputs of ranking and results application: the Excel workbook and leadership report of a run, and the
letters of the rectification ledger (整改通知书, 约谈记录). Adapters from the database to the plain data of
:mod:`perfdesk.core.reports`; they only read."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from perfdesk.core.db import queries_ranking as qr
from perfdesk.core.domain.enums import Decision, FundOrigin, label_of
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.i18n import translate
from perfdesk.core.io.ranking_excel import PRINTED_DECISIONS, write_ranking_workbook
from perfdesk.core.reports import ranking_report as rr
from perfdesk.core.reports.document import BuildResult
from perfdesk.core.reports.letters import InterviewRecord, Letter, build_letters
from perfdesk.core.rules import params as P
from perfdesk.core.rules.ranking import RankingEntry
from perfdesk.core.services import document_numbers, letterhead
from perfdesk.core.services import ranking as svc

CHINESE_DECISIONS = PRINTED_DECISIONS
CHINESE_CATEGORIES = {"key_single": "单项政策或项目重点评价", "key_project": "单项项目重点评价",
                      "key_policy": "单项政策重点评价", "key_comprehensive": "专项资金或领域资金综合评价",
                      "self": "项目绩效自评（本级及县对下转移支付）", "self_own_level": "本级项目绩效自评",
                      "self_county_transfer": "县对下转移支付项目绩效自评", "self_policy": "政策绩效自评"}
ROUNDING = {"ceil": "向上取整", "round": "四舍五入", "floor": "向下取整"}


def county(session: Session) -> str:
    return letterhead.load(session).county


def issuer(session: Session) -> str:
    return letterhead.issuer(session)


def run_for(session: Session, year: int | None, run_id: int | None = None) -> svc.RunView:
    """The given run, else the year's newest run (confirmed or not)."""
    if run_id is None:
        year = year or svc.default_year(session)
        run_id = None if year is None else svc.latest_run_id(session, year)
        if run_id is None:
            raise UserErrors(translate("Ranking", "There is no ranking run for {year}; run `perfdesk rank` first.")
                             .format(year=year))
    return svc.load_run(session, run_id)


# -- printed texts (official wording, Chinese as data) -----------------------------------------------------
def printed_category(category: str) -> str:
    return CHINESE_CATEGORIES.get(category, category)


def printed_decision(e: RankingEntry) -> str:
    ratio = "" if e.cut_ratio is None else f"{(e.cut_ratio * 100).normalize():f}%"
    if e.decision is Decision.CUT:
        return f"压减{ratio}"
    if e.decision is Decision.PROBATION:
        return f"保留察看（压减{ratio}）" if e.cut_ratio else "保留察看"
    return CHINESE_DECISIONS[e.decision]


def printed_note(e: RankingEntry) -> str:
    if e.decision is Decision.UNSCORED:
        return "未评分，单独列示"
    if e.decision is Decision.INCOMPLETE:
        return "自评未完成（草稿、被退回或未审核），不参与排名，单独列示"
    if e.decision is Decision.REPORT_ONLY:
        return _for_finance_note(e)
    return svc.remark(e)


def _for_finance_note(e: RankingEntry) -> str:
    base = svc.remark(e)
    if e.category_size == 1:
        why = "该排名组仅此1个项目，不自动取消，报财政研究决定"
    elif e.rank == 1:
        why = f"该排名组{e.category_size}个项目得分相同，无法区分名次，报财政研究决定"
    else:
        why = f"该排名组仅{e.category_size}个项目，少于自动取消所需项目数，排名最后一位不自动取消，报财政研究决定"
    return "；".join(p for p in (why, base) if p)


def incomplete(view: svc.RunView) -> list[tuple[RankingEntry, dict[str, Any]]]:
    """Self-evaluations not complete (drafts, returned, by setting submitted ones): listed apart, never ranked."""
    return [(e, r) for e, r in view.apart() if e.decision is Decision.INCOMPLETE]


def apart_others(view: svc.RunView) -> list[tuple[RankingEntry, dict[str, Any]]]:
    """Unscored and out-of-scope projects."""
    return [(e, r) for e, r in view.apart() if e.decision is not Decision.INCOMPLETE]


def for_finance(view: svc.RunView) -> list[tuple[RankingEntry, dict[str, Any]]]:
    """Last places of lists too small to cancel automatically (and lists of one or all tied): finance decides."""
    return [(e, r) for e, r in zip(view.entries, view.rows, strict=True) if e.decision is Decision.REPORT_ONLY]


def rules_text(snapshot: dict[str, Any]) -> tuple[str, ...]:
    p = svc.run_params(snapshot)
    cats = "、".join(printed_category(c) for c in p.categories)
    excluded = "、".join(label_of(FundOrigin, o) for o in p.excluded_origins)
    scope = f"纳入排名的评价类别：{cats}；{excluded}项目不纳入实施范围。"
    submitted = "已报送尚未审核的自评参与排名" if p.rank_submitted else "已报送尚未审核的自评也不参与排名"
    complete = f"仅已完成的自评参与排名：草稿和被退回的自评作为“自评未完成”单独列示，不参与排名；{submitted}。"
    if p.rule_set == "grade":
        return (scope, complete,
                f"按评价等级处理：优先保障“优”，合理保障“良”，“中”压减{_n(p.grade_fair_cut_percent)}%，"
                f"“差”{'取消' if p.grade_poor_decision == 'cancel' else '暂缓（保留察看）'}。")
    who = "由各主管部门对本部门的" if p.rank_within_department else "在全县范围内对"
    parts = "分别" if p.separate_policies else "一并"
    transfers = "，本级项目与县对下转移支付项目分别排序" if p.separate_transfers else ""
    minimum = max(2, p.min_category_size_for_cancel)
    cancel = (f"排名最后一位的原则上予以取消；项目少于{minimum}个的排名组，排名最后一位不自动取消，报财政研究决定。"
              if p.cancel_last else "不自动取消排名最后一位的项目。")
    return (scope,
            f"绩效自评{who}政策和项目按得分由高到低{parts}排序{transfers}；财政重点评价按评价对象类型（项目、政策、"
            "专项资金）分别排序；同分同名次。",
            complete,
            cancel,
            f"排名后{_n(p.bottom_percent)}%（项目数×{_n(p.bottom_percent)}%{ROUNDING[p.bottom_count_rounding]}，"
            f"含最后一位）的项目按不低于当年预算{_n(p.min_cut_percent)}%的比例压减下一年度预算"
            + ("，与分界线同分的项目同等处理。" if p.ties_share_treatment else "。"),
            "确实难以取消或压减的项目设为保留察看，须记录理由并由主管部门牵头整改；未评分项目单独列示。")


def _n(value: Any) -> str:
    return f"{value.normalize():f}" if hasattr(value, "normalize") else str(value)


def _line(e: RankingEntry) -> rr.RankedLine:
    return rr.RankedLine(e.code, e.name, e.department, printed_category(e.category), e.score, e.rank,
                         e.category_size, e.budget, printed_decision(e), e.cut, e.suggested_budget, printed_note(e))


def report_data(session: Session, view: svc.RunView, *, issued: dt.date | None = None) -> rr.RankingReport:
    summary = view.summary()
    totals = tuple(rr.DecisionTotal(CHINESE_DECISIONS[ln.decision], ln.count, ln.budget, ln.cut)
                   for ln in summary.lines if ln.decision in svc.CUTTING)
    lists = []
    per_category: dict[str, list[RankingEntry]] = {}
    for (cat, group), pairs in view.ranked().items():
        title = printed_category(cat) + (f"（{group}）" if group else "")
        lists.append((title, tuple(_line(e) for e, _ in pairs)))
        per_category.setdefault(cat, []).extend(e for e, _ in pairs)
    categories = tuple(_category_total(cat, entries) for cat, entries in per_category.items())
    return rr.RankingReport(
        county=county(session), year=view.year, version=view.version, confirmed=view.confirmed,
        confirmed_by=view.confirmed_by, issuer=issuer(session), issued=issued or dt.date.today(),
        rules=rules_text(view.params) + _key_evaluations_text(view), totals=totals, total_count=summary.total_count, total_cut=summary.total_cut,
        categories=categories, lists=tuple(lists), apart=tuple(_line(e) for e, _ in apart_others(view)),
        budget=tuple(_line(e) for e, _ in view.budget_suggestions()),
        incomplete=tuple(_line(e) for e, _ in incomplete(view)),
        for_finance=tuple(_line(e) for e, _ in for_finance(view)))


def _key_evaluations_text(view: svc.RunView) -> tuple[str, ...]:
    """Says how key evaluations without a project appear, when the run has any."""
    n = sum(1 for r in view.rows if r.get("key_evaluation_id"))
    if not n:
        return ()
    return (f"未对应具体项目的财政重点评价{n}项（专项资金或领域资金综合评价等）以评价对象列入相应类别排名，编码为“KE-评价序号”，"
            "本年预算按评价涉及资金计；其处理意见作用于相应专项资金或领域资金，无主管单位的不列入整改台账。",)


def _category_total(cat: str, entries: list[RankingEntry]) -> rr.CategoryTotal:
    count = lambda d: sum(1 for e in entries if e.decision is d)  # noqa: E731
    return rr.CategoryTotal(printed_category(cat), len(entries), count(Decision.CUT), count(Decision.CANCEL),
                            count(Decision.PROBATION), Money.sum(e.cut for e in entries if e.decision in svc.CUTTING))


def write_report(session: Session, view: svc.RunView, target: str | os.PathLike[str], *,
                 issued: dt.date | None = None) -> BuildResult:
    return rr.build_ranking_report(report_data(session, view, issued=issued), target)


def write_excel(session: Session, view: svc.RunView, target: str | os.PathLike[str]) -> Path:
    return write_ranking_workbook(view, target, county=county(session), category_label=printed_category,
                                  decision_text=printed_decision, remark=printed_note,
                                  params=printed_params(view.params))


def printed_params(snapshot: dict[str, Any]) -> list[tuple[str, str]]:
    """The settings a run used, as a finance officer reads them: each setting's label and its value in words."""
    out = []
    for group_name, values in snapshot.items():
        try:
            group = P.group_by_name(group_name)
        except KeyError:
            continue
        for f in P.fields_of(group):
            if f.name in values:
                out.append((translate("Params", f.metadata["label"]), _printed_value(f, values[f.name])))
    return out


def _printed_value(f: Any, value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    choices = dict(f.metadata.get("choices") or ())
    if f.name == "categories":
        return "、".join(printed_category(v) for v in value)
    if f.name == "excluded_origins":
        return "、".join(label_of(FundOrigin, v) for v in value)
    if isinstance(value, list):
        return "；".join(_printed_value(f, v) for v in value)
    if value in choices:
        return translate("Params", choices[value])
    unit = f.metadata.get("unit") or ""
    return f"{value}{'%' if unit == '%' else ''}"


# -- letters ---------------------------------------------------------------------------------------------
NOTICE_TITLE = "预算绩效管理整改通知书"
NOTICE_WIDTHS = (0.07, 0.25, 0.33, 0.2, 0.15)


def rectification_notices(session: Session, year: int, *, unit_ids: Iterable[int] | None = None,
                          item_ids: Iterable[int] | None = None, issued: dt.date | None = None) -> list[Letter]:
    """One 整改通知书 per unit with its open ledger items (problem, measure, deadline)."""
    rows = _open_rows(session, year, unit_ids, item_ids)
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_unit.setdefault(r["unit"], []).append(r)
    when = issued or dt.date.today()
    return [_notice(session, unit, items, year, when) for unit, items in by_unit.items()]


def _open_rows(session: Session, year: int, unit_ids: Iterable[int] | None,
               item_ids: Iterable[int] | None) -> list[dict[str, Any]]:
    flt = qr.LedgerFilter(year_id=svc.year_id_of(session, year),
                          unit_ids=None if unit_ids is None else frozenset(unit_ids))
    rows = [r for r in qr.ledger_rows(session, flt) if r["status"] != "closed"]
    if item_ids is not None:
        wanted = set(item_ids)
        rows = [r for r in rows if r["id"] in wanted]
    if not rows:
        raise UserErrors(translate("Ledger", "There are no open ledger items to write a letter about."))
    return rows


def _deadline_text(value: dt.date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日前" if value else "限期"


def _notice(session: Session, unit: str, items: list[dict[str, Any]], year: int, issued: dt.date) -> Letter:
    rows = tuple((str(i), _project(r), r["problem"], r["measure"] or "请制定整改措施", _deadline_text(r["deadline"]))
                 for i, r in enumerate(items, 1))
    first = min((r["deadline"] for r in items if r["deadline"]), default=None)
    return Letter(
        title=NOTICE_TITLE, recipient=unit, issuer=issuer(session), issued=issued,
        number=document_numbers.number_for(session, NOTICE_TITLE, unit, issued),
        paragraphs=(f"根据{year}年度预算绩效管理工作情况，你单位存在以下问题，现通知如下：",),
        table_head=("序号", "项目", "存在问题", "整改措施", "整改时限"), table_rows=rows, table_widths=NOTICE_WIDTHS,
        closing=(f"请你单位高度重视，逐项落实整改，于{_deadline_text(first)}将整改情况及佐证材料报送我局，逾期未整改的，"
                 "将按规定核减或暂缓安排相关预算。",))


def _project(row: dict[str, Any]) -> str:
    return row["project_name"] or "—"


def interview_records(session: Session, year: int, item_ids: Iterable[int], *,
                      when: dt.date | None = None) -> list[InterviewRecord]:
    """A 约谈 record form per unit of the given ledger items, with the problems as the reason."""
    rows = _open_rows(session, year, None, item_ids)
    by_unit: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_unit.setdefault(r["unit"], []).append(r)
    out = []
    for unit, items in by_unit.items():
        reason = "；".join(f"{_project(r)}：{r['problem']}" for r in items)
        requirements = "；".join(f"{r['measure'] or r['problem']}（{_deadline_text(r['deadline'])}）" for r in items)
        out.append(InterviewRecord(interviewer_unit=issuer(session), interviewee_unit=unit, reason=reason, when=when,
                                   requirements=requirements))
    return out


def write_letters(letters: list[Letter] | list[InterviewRecord], target: str | os.PathLike[str]) -> BuildResult:
    return build_letters(letters, target)

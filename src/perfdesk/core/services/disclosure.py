"""Public disclosure (信息公开, RULES §8): per department, the public versions that budget disclosure needs.

- ``budget`` (随预算公开): the 部门整体支出绩效目标表 and each approved project's 项目支出绩效目标表;
- ``accounts`` (随决算公开): the 部门整体支出绩效自评表 and each approved project's 项目支出绩效自评表 with its
  score and grade.

Each as an Excel workbook and a PDF in the folder chosen. What must not be published is left out: 填报人,
联系电话, finance's review comments, the reasons of scores set by hand and the scoring notes are never read into a
public version; every free text that is published (goals, task contents, indicator texts, deviation analyses) is
cleaned of phone numbers and of the names of the people the database knows (:func:`perfdesk.core.rules.disclosure.scrub`).
Only approved targets and approved self-evaluations are published. Each publication is recorded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from reportlab.platypus import Flowable
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db import queries as q
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.io import xlsx_out
from perfdesk.core.reports import deptwide as dept_pdf
from perfdesk.core.reports import selfeval_table, target_declaration
from perfdesk.core.reports.data import SelfEvaluation, TargetDeclaration, TargetValue
from perfdesk.core.reports.document import Context, build
from perfdesk.core.reports.tables import format_percent, table_title
from perfdesk.core.rules.disclosure import scrub
from perfdesk.core.services import deptwide, deptwide_reports, selfeval_reports, targets_pdf
from perfdesk.core.services.access import Right, guard

KINDS = ("budget", "accounts")
KIND_LABELS = {"budget": QT_TRANSLATE_NOOP("DeptWide", "Targets, published with the budget"),
               "accounts": QT_TRANSLATE_NOOP("DeptWide", "Self-evaluation results, published with the final accounts")}
PUBLIC_TARGET_TITLE = "项目支出绩效目标表"  # the public version of the 申报表
Clean = Callable[[str], str]


@dataclass(frozen=True)
class Published:
    kind: str
    files: tuple[Path, ...]
    projects: int
    department: bool  # the department-wide table was included

    @property
    def label(self) -> str:
        return translate("DeptWide", KIND_LABELS[self.kind])


@dataclass(frozen=True)
class _Scope:
    year: int
    year_id: int
    unit_id: int
    code: str
    name: str
    unit_ids: frozenset[int]


def _scope(session: Session, year: int, unit_code: str) -> _Scope:
    year_id = q.year_id(session, year)
    if year_id is None:
        raise UserErrors(translate("DeptWide", "There is no budget year {year} in this database.").format(year=year))
    unit = session.scalar(select(m.Unit).where(m.Unit.code == unit_code))
    if unit is None:
        raise UserErrors(translate("DeptWide", "There is no department with code {code}.").format(code=unit_code))
    return _Scope(year, year_id, unit.id, unit.code, unit.name, frozenset(q.subtree_ids(q.units(session), unit.id)))


def private_words(session: Session) -> set[str]:
    """Every person's name and phone number the database holds: never in a public file."""
    columns = (m.PerformanceTarget.filled_by, m.PerformanceTarget.phone, m.DeptPerformance.filled_by,
               m.DeptPerformance.phone, m.SelfEvaluation.reviewed_by, m.TargetReview.user, m.User.display_name,
               m.User.login, m.SpotCheck.created_by, m.RectificationItem.created_by, m.KeyEvaluation.lead_evaluator)
    words: set[str] = set()
    for column in columns:
        words.update(w.strip() for w in session.scalars(select(column).distinct()) if w and len(w.strip()) >= 2)
    return words


def cleaner(session: Session) -> Clean:
    names = sorted(private_words(session), key=len, reverse=True)
    return lambda text: scrub(text or "", names)


def _approved(session: Session, s: _Scope, kind: str) -> list[str]:
    """The codes of the department's projects whose targets (budget) or self-evaluation (accounts) are approved."""
    P = m.Project  # noqa: N806
    if kind == "budget":
        T = m.PerformanceTarget  # noqa: N806
        stmt = select(P.code).join(T, T.project_id == P.id).where(T.is_current, T.status == "approved")
    else:
        E = m.SelfEvaluation  # noqa: N806
        stmt = select(P.code).join(E, E.project_id == P.id).where(E.status == "approved")
    stmt = stmt.where(P.year_id == s.year_id, or_(P.unit_id.in_(s.unit_ids), P.department_id.in_(s.unit_ids)),
                      P.kind != "department_wide").order_by(P.code)
    return list(dict.fromkeys(session.scalars(stmt)))


# -- public data ------------------------------------------------------------------------------------------
def _public_value(v: TargetValue, clean: Clean) -> TargetValue:
    return dataclasses.replace(v, value=clean(v.value), unit=clean(v.unit))


def public_declaration(decl: TargetDeclaration, clean: Clean) -> TargetDeclaration:
    def ind(items: Any) -> tuple:
        return tuple(dataclasses.replace(i, level3=clean(i.level3), target=_public_value(i.target, clean)) for i in items)

    return dataclasses.replace(decl, medium_goals=tuple(clean(g) for g in decl.medium_goals),
                               annual_goals=tuple(clean(g) for g in decl.annual_goals),
                               medium_indicators=ind(decl.medium_indicators),
                               annual_indicators=ind(decl.annual_indicators))


def public_selfeval(ev: SelfEvaluation, clean: Clean) -> SelfEvaluation:
    lines = tuple(dataclasses.replace(ln, level3=clean(ln.level3), target=_public_value(ln.target, clean),
                                      actual=clean(ln.actual), deviation=clean(ln.deviation), explanation="",
                                      override_reason="", computed_score=None, explained=False) for ln in ev.lines)
    return dataclasses.replace(ev, goal_expected=clean(ev.goal_expected), goal_actual=clean(ev.goal_actual),
                               lines=lines, notes=(), signature=None)


def _dept_table(session: Session, s: _Scope, clean: Clean) -> dept_pdf.DeptTable | None:
    """The department's own table when its record is approved (a draft is never published)."""
    dp = deptwide.find(session, s.year, s.code)
    if dp is None or dp.status != "approved":
        return None
    return deptwide_reports.dept_table(session, s.year, s.code, public=True, clean=clean)


# -- the documents ----------------------------------------------------------------------------------------
def _declaration_story(ctx: Context, d: TargetDeclaration) -> list[Flowable]:
    return [*table_title(ctx, PUBLIC_TARGET_TITLE, d.project.year), target_declaration.header_block(ctx, d),
            target_declaration.fund_block(ctx, d), target_declaration.goal_block(ctx, d),
            target_declaration.indicator_block(ctx, "年度绩效指标", d.annual_indicators)]


def _budget(session: Session, s: _Scope, folder: Path, clean: Clean) -> Published:
    codes = _approved(session, s, "budget")
    decls = [public_declaration(d, clean) for d in targets_pdf.declarations(session, year=s.year)
             if d.project.code in codes] if codes else []
    table = _dept_table(session, s, clean)
    if not decls and table is None:
        raise UserErrors(translate("DeptWide", "{name} has nothing to publish for {year}: no approved targets.")
                         .format(name=s.name, year=s.year))
    stem = folder / f"{s.year}年{s.name}绩效目标公开表"
    stories = ([(lambda c: dept_pdf.target_story(c, table))] if table else []) + [
        (lambda c, d=d: _declaration_story(c, d)) for d in decls]
    build(dept_pdf.joined(stories), target=stem.with_suffix(".pdf"), title=stem.name)
    wb = Workbook()
    wb.remove(wb.active)
    if table is not None:
        _dept_sheet(wb, table, with_results=False)
    ws = wb.create_sheet("项目支出绩效目标")
    xlsx_out.append(ws, ["项目名称", "主管部门", "实施单位", "年度资金总额（万元）", "年度目标", "一级指标", "二级指标",
                         "三级指标", "指标值"])
    for d in decls:
        total = "" if d.annual_funds.total is None else d.annual_funds.total.format_wan()
        for ind in d.annual_indicators or ():
            xlsx_out.append(ws, [d.project.name, d.project.department, d.project.unit, total,
                                 "；".join(d.annual_goals), ind.level1, ind.level2, ind.level3, ind.target.text()])
    wb.save(stem.with_suffix(".xlsx"))
    return Published("budget", (stem.with_suffix(".xlsx"), stem.with_suffix(".pdf")), len(decls), table is not None)


def _accounts(session: Session, s: _Scope, folder: Path, clean: Clean) -> Published:
    codes = _approved(session, s, "accounts")
    evs = [public_selfeval(e, clean) for e in selfeval_reports.selfeval_documents(session, year=s.year, codes=codes)
           ] if codes else []
    table = _dept_table(session, s, clean)
    if table is not None and table.total_score is None:
        table = None  # not evaluated yet: nothing to publish of it
    if not evs and table is None:
        raise UserErrors(translate("DeptWide", "{name} has nothing to publish for {year}: no approved "
                                   "self-evaluation.").format(name=s.name, year=s.year))
    stem = folder / f"{s.year}年{s.name}绩效自评结果公开表"
    stories = ([(lambda c: dept_pdf.table_story(c, table))] if table else []) + [
        (lambda c, e=e: selfeval_table.selfeval_story(c, e)) for e in evs]
    build(dept_pdf.joined(stories), target=stem.with_suffix(".pdf"), title=stem.name)
    wb = Workbook()
    wb.remove(wb.active)
    if table is not None:
        _dept_sheet(wb, table, with_results=True)
    _selfeval_sheets(wb, evs)
    wb.save(stem.with_suffix(".xlsx"))
    return Published("accounts", (stem.with_suffix(".xlsx"), stem.with_suffix(".pdf")), len(evs), table is not None)


def _dept_sheet(wb: Workbook, t: dept_pdf.DeptTable, *, with_results: bool) -> None:
    ws = wb.create_sheet("部门整体绩效" + ("自评" if with_results else "目标"))
    xlsx_out.append(ws, ["部门（单位）名称", t.unit])
    xlsx_out.append(ws, ["部门职能职责", t.duties])
    xlsx_out.append(ws, ["年度总体目标", t.goal_expected])
    if with_results:
        xlsx_out.append(ws, ["实际完成情况", t.goal_actual])
    xlsx_out.append(ws, [])
    xlsx_out.append(ws, ["任务名称", "主要内容", "预算数（万元）", *(["执行数（万元）"] if with_results else [])])
    for task in t.tasks:
        spent = ["" if task.spent is None else task.spent.format_wan()] if with_results else []
        xlsx_out.append(ws, [task.name, task.content, task.budget.format_wan(), *spent])
    xlsx_out.append(ws, ["金额合计", "", t.budget.format_wan(),
                         *(["" if t.spent is None else t.spent.format_wan()] if with_results else [])])
    xlsx_out.append(ws, [])
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值"]
    xlsx_out.append(ws, heads + (["实际完成值", "分值", "得分", "偏差原因分析及改进措施"] if with_results else []))
    if with_results and t.execution_points:
        xlsx_out.append(ws, ["预算执行", "预算执行率", "部门预算执行率（执行数/预算数）", "100%",
                             "" if t.execution_rate is None else f"{t.execution_rate.quantize(_CENT)}%",
                             _num(t.execution_points), _num(t.execution_score), ""])
    for ln in t.lines:
        results = [ln.actual, _num(ln.points), "不适用" if ln.not_applicable else _num(ln.score), ln.deviation]
        xlsx_out.append(ws, [ln.level1, ln.level2, ln.name, ln.target, *(results if with_results else [])])
    if with_results:
        xlsx_out.append(ws, ["总分", "", "", "", "", _num(t.total_points), _num(t.total_score), t.grade])


def _selfeval_sheets(wb: Workbook, evs: Sequence[SelfEvaluation]) -> None:
    ws = wb.create_sheet("项目支出绩效自评结果")
    xlsx_out.append(ws, ["项目名称", "主管部门", "实施单位", "全年预算数（万元）", "全年执行数（万元）", "执行率",
                         "自评得分", "评价等级"])
    lines = wb.create_sheet("项目支出绩效自评指标")
    xlsx_out.append(lines, ["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                            "偏差原因分析及改进措施"])
    for e in evs:
        total = e.funds.total
        xlsx_out.append(ws, [e.project.name, e.project.department, e.project.unit, _wan(total.full_year),
                             _wan(total.executed), format_percent(total.rate), _num(e.total_score), e.grade])
        for ln in e.lines:
            xlsx_out.append(lines, [e.project.name, ln.level1, ln.level2, ln.level3, ln.target.text(), ln.actual,
                                    _num(ln.points), "不适用" if ln.not_applicable else _num(ln.score), ln.deviation])


_CENT = Decimal("0.01")


def _num(value: Any) -> str:
    return "" if value is None else format(value, "f")


def _wan(value: Any) -> str:
    return "" if value is None else value.format_wan()


# -- the use case -----------------------------------------------------------------------------------------
@guard(Right.REVIEW)
def publish(uow: UnitOfWork, year: int, unit_code: str, folder: str | Path,
            kinds: Sequence[str] = KINDS) -> list[Published]:
    """Write the public versions of ``kinds`` for the department into ``folder``; recorded and committed. A kind
    with nothing approved to publish is refused with a message (the other kinds are still written)."""
    session = uow.session
    s = _scope(session, year, unit_code)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    clean = cleaner(session)
    done, refused = [], []
    for kind in kinds:
        try:
            done.append((_budget if kind == "budget" else _accounts)(session, s, folder, clean))
        except UserErrors as exc:
            refused += exc.errors
    if not done:
        raise UserErrors(refused)
    for p in done:
        session.add(m.Disclosure(year_id=s.year_id, unit_id=s.unit_id, kind=p.kind, folder=str(folder),
                                 files=[f.name for f in p.files], published_at=uow.now(), published_by=uow.user))
    uow.audit("disclosure.publish", "unit", s.unit_id, year=year, kinds=[p.kind for p in done])
    uow.commit()
    return done

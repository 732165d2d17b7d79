"""部门整体支出绩效自评表 (FORMATS §4), its target version 部门整体支出绩效目标表 (published with the budget), and
the department's self-evaluation report (部门整体支出绩效自评报告, the outline of FORMATS §6 shortened), A4
portrait, GB/T 9704. Input is plain data (:class:`DeptTable`); a public version is the same table without the
signature block (填报人, 联系电话), built from data the disclosure service has already cleaned.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from reportlab.platypus import Flowable, PageBreak

from perfdesk.core.domain.money import Money
from perfdesk.core.reports.data import Signature
from perfdesk.core.reports.document import TYPE_W, BuildResult, Context, build
from perfdesk.core.reports.tables import (
    Grid,
    add_long_texts,
    amount,
    center,
    chunks,
    format_score,
    head,
    number,
    signature_block,
    table_title,
)

TITLE = "部门整体支出绩效自评表"
TARGET_TITLE = "部门整体支出绩效目标表"
LABEL_W = 28.0
HEADER_WIDTHS = (110.0, TYPE_W - 110)
TASK_WIDTHS = (LABEL_W, 100.0, TYPE_W - LABEL_W - 100 - 140, 70.0, 70.0)
GOAL_WIDTHS = (LABEL_W, (TYPE_W - LABEL_W) / 2, (TYPE_W - LABEL_W) / 2)
LINE_WIDTHS = (LABEL_W, 44.0, 48.0, 78.0, 50.0, 50.0, 30.0, 40.0, TYPE_W - LABEL_W - 340)
LINE_HEADS = ("年度绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
              "偏差原因分析及改进措施")
TARGET_LINE_WIDTHS = (LABEL_W, 70.0, 90.0, TYPE_W - LABEL_W - 250, 90.0)
NOT_APPLICABLE = "不适用"


@dataclass(frozen=True)
class TaskRow:
    name: str
    content: str
    budget: Money
    spent: Money | None


@dataclass(frozen=True)
class LineRow:
    level1: str
    level2: str
    name: str
    target: str
    actual: str
    points: Decimal | None
    score: Decimal | None
    deviation: str
    not_applicable: bool = False


@dataclass(frozen=True)
class DeptTable:
    unit: str
    year: int
    duties: str
    tasks: tuple[TaskRow, ...]
    budget: Money
    spent: Money | None
    goal_expected: str
    goal_actual: str
    lines: tuple[LineRow, ...]
    execution_rate: Decimal | None = None  # percent
    execution_points: Decimal | None = None  # None or 0: no execution line
    execution_score: Decimal | None = None
    total_points: Decimal | None = None
    total_score: Decimal | None = None
    grade: str = ""
    signature: Signature | None = None  # None: a public version
    issuer: str = ""  # the report's 落款
    issued: date | None = None
    findings: tuple[str, ...] = field(default_factory=tuple)  # the report's 存在的问题及改进措施


# -- the self-evaluation table ------------------------------------------------------------------------------
def table_story(ctx: Context, t: DeptTable) -> list[Flowable]:
    story: list[Flowable] = [*table_title(ctx, TITLE, t.year), header_block(ctx, t), task_block(ctx, t, spent=True),
                             goal_block(ctx, t, actual=True), *line_blocks(ctx, t)]
    if t.signature is not None:
        story.append(signature_block(ctx, t.signature, TYPE_W))
    return story


def header_block(ctx: Context, t: DeptTable) -> Flowable:
    g = Grid(ctx, HEADER_WIDTHS)
    g.add(head("部门（单位）名称"), t.unit)
    return g.table()


def task_block(ctx: Context, t: DeptTable, *, spent: bool) -> Flowable:
    g = Grid(ctx, TASK_WIDTHS if spent else (*TASK_WIDTHS[:3], TASK_WIDTHS[3] + TASK_WIDTHS[4]), header_rows=1)
    heads = ("年度主要任务", "任务名称", "主要内容", "预算数（万元）", "执行数（万元）")
    g.add(*(head(h) for h in heads[:5 if spent else 4]))
    for task in t.tasks:
        g.add(None, task.name, task.content, amount(task.budget), *((amount(task.spent),) if spent else ()))
    r = g.add(None, center("金额合计"), None, amount(t.budget), *((amount(t.spent),) if spent else ()))
    g.span(1, r, 2, r)
    g.keep_tail = 1
    return g.table(open_column=0)


def goal_block(ctx: Context, t: DeptTable, *, actual: bool) -> Flowable:
    g = Grid(ctx, GOAL_WIDTHS if actual else (LABEL_W, TYPE_W - LABEL_W))
    g.add(head("年度总体目标"), head("预期目标"), *((head("实际完成情况"),) if actual else ()))
    if actual:
        add_long_texts(g, t.goal_expected, t.goal_actual)
    else:
        add_long_texts(g, t.goal_expected)
    return g.table(open_column=0)


def line_blocks(ctx: Context, t: DeptTable) -> list[Flowable]:
    parts = chunks(t.lines)
    return [_line_table(ctx, t, part, first=i == 0, last=i == len(parts) - 1) for i, part in enumerate(parts)]


def _line_table(ctx: Context, t: DeptTable, lines: Sequence[LineRow], *, first: bool, last: bool) -> Flowable:
    g = Grid(ctx, LINE_WIDTHS, header_rows=1)
    g.add(*(head(h) for h in LINE_HEADS))
    keys = []
    if first and t.execution_points:
        g.add(None, center("预算执行"), center("预算执行率"), "部门预算执行率（执行数/预算数）", center("100%"),
              center("" if t.execution_rate is None else f"{format_score(t.execution_rate.quantize(Decimal('0.01')))}%"),
              number(format_score(t.execution_points)), number(format_score(t.execution_score)), "")
        keys.append(("预算执行", "预算执行/预算执行率"))
    for ln in lines:
        g.add(None, center(ln.level1), center(ln.level2), ln.name, center(ln.target), center(ln.actual),
              number(format_score(ln.points)), number(NOT_APPLICABLE if ln.not_applicable else format_score(ln.score)),
              ln.deviation)
        keys.append((ln.level1, f"{ln.level1}/{ln.level2}"))
    if last:
        r = g.add(head("总分"), None, None, None, None, None, number(format_score(t.total_points)),
                  number(format_score(t.total_score)))
        g.span(0, r, 5, r)
        g.keep_tail = 1
        if t.grade:
            r = g.add(head("评价等级"), None, None, None, None, None, center(t.grade))
            g.span(0, r, 5, r)
            g.span(6, r, 8, r)
            g.keep_tail = 2
    g.merge(1, [k[0] for k in keys])
    g.merge(2, [k[1] for k in keys])
    return g.table(open_column=0 if keys else None)


def joined(stories: Sequence[Callable[[Context], list[Flowable]]]) -> Callable[[Context], list[Flowable]]:
    """Several tables (or reports) in one document, each from a new page."""
    def story(ctx: Context) -> list[Flowable]:
        out: list[Flowable] = []
        for i, part in enumerate(stories):
            out += ([PageBreak()] if i else []) + part(ctx)
        return out
    return story


def build_tables(tables: Sequence[DeptTable], target: str | os.PathLike[str] | None = None, *, report: bool = False
                 ) -> BuildResult:
    """One table (or report, with its table) per department in one PDF."""
    make = report_story if report else table_story
    title = "部门整体支出绩效自评报告" if report else TITLE
    return build(joined([lambda c, t=t: make(c, t) for t in tables]), target=target, title=title)


def build_table(t: DeptTable, target: str | os.PathLike[str] | None = None, *, ctx: Context | None = None
                ) -> BuildResult:
    return build(lambda c: table_story(c, t), target=target, ctx=ctx, title=f"{t.unit}{TITLE}")


# -- the target table (published with the budget) -----------------------------------------------------------
def target_story(ctx: Context, t: DeptTable) -> list[Flowable]:
    g = Grid(ctx, HEADER_WIDTHS)
    g.add(head("部门（单位）名称"), t.unit)
    g.add(head("部门职能职责"), t.duties)
    story: list[Flowable] = [*table_title(ctx, TARGET_TITLE, t.year), g.table(), task_block(ctx, t, spent=False),
                             goal_block(ctx, t, actual=False)]
    for part in chunks(t.lines):
        lg = Grid(ctx, TARGET_LINE_WIDTHS, header_rows=1)
        lg.add(head("年度绩效指标"), head("一级指标"), head("二级指标"), head("三级指标"), head("指标值"))
        for ln in part:
            lg.add(None, center(ln.level1), center(ln.level2), ln.name, center(ln.target))
        lg.merge(1, [ln.level1 for ln in part])
        lg.merge(2, [f"{ln.level1}/{ln.level2}" for ln in part])
        story.append(lg.table(open_column=0 if part else None))
    return story


def build_target_table(t: DeptTable, target: str | os.PathLike[str] | None = None, *, ctx: Context | None = None
                       ) -> BuildResult:
    return build(lambda c: target_story(c, t), target=target, ctx=ctx, title=f"{t.unit}{TARGET_TITLE}")


# -- the self-evaluation report -----------------------------------------------------------------------------
def report_story(ctx: Context, t: DeptTable) -> list[Flowable]:
    story: list[Flowable] = [*ctx.title(f"{t.unit}{t.year}年度部门整体支出绩效自评报告")]
    story.append(ctx.heading(1, 1, "部门基本情况"))
    story += ctx.body(t.duties or "（未填写职能职责）")
    tasks = "；".join(f"{x.name}（预算{x.budget.format_wan()}万元）" for x in t.tasks)
    story += ctx.body(f"本年度主要任务{len(t.tasks)}项：{tasks}。预算合计{t.budget.format_wan()}万元，"
                      f"执行{_wan(t.spent)}万元{_rate(t)}。")
    story.append(ctx.heading(1, 2, "绩效目标及完成情况"))
    story.append(ctx.heading(2, 1, "年度总体目标"))
    story += ctx.body(t.goal_expected or "（未填写）")
    story.append(ctx.heading(2, 2, "实际完成情况"))
    story += ctx.body(t.goal_actual or "（未填写）")
    story.append(ctx.heading(1, 3, "自评结论"))
    story += ctx.body(_conclusion(t))
    story.append(ctx.heading(1, 4, "存在的问题及改进措施"))
    story += ctx.body("\n".join(t.findings) or "各项绩效指标均已完成，未发现需要整改的问题。")
    story += ctx.attachments([f"{t.unit}{t.year}年度{TITLE}"])
    if t.issuer and t.issued:
        story += ctx.issuer_block(t.issuer, t.issued)
    story += [PageBreak(), *table_story(ctx, t)]
    return story


def _wan(value: Money | None) -> str:
    return "—" if value is None else value.format_wan()


def _rate(t: DeptTable) -> str:
    if t.execution_rate is None:
        return ""
    return f"，预算执行率{format_score(t.execution_rate.quantize(Decimal('0.01')))}%"


def _conclusion(t: DeptTable) -> str:
    if t.total_score is None:
        return "本年度自评尚未完成评分。"
    lines = sum(1 for ln in t.lines if not ln.not_applicable)
    full = sum(1 for ln in t.lines if not ln.not_applicable and ln.score is not None and ln.score == ln.points)
    return (f"按照部门整体支出绩效自评表逐项评分，自评得分{format_score(t.total_score)}分，评价等级为“{t.grade}”。"
            f"年度绩效指标{lines}项，其中{full}项全部完成、得满分，{lines - full}项未全部完成。")


def build_report(t: DeptTable, target: str | os.PathLike[str] | None = None, *, ctx: Context | None = None
                 ) -> BuildResult:
    return build(lambda c: report_story(c, t), target=target, ctx=ctx,
                 title=f"{t.unit}{t.year}年度部门整体支出绩效自评报告")

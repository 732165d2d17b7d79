"""项目成本效益分析表 (cost-benefit analysis table, RULES §10, 聊城), A4 landscape, one project per table.

Header (项目名称, 主管部门及代码 / 实施单位, 项目预算, 核心成本因素 and the cost per unit of it), the cost items
(成本项目 / 单位成本 / 数量 / 计量单位 / 金额 / 支出标准 / 标准值 / 标准来源 / 测算依据 / 审核情况) with their 合计,
then 审核意见: each finding as a sentence, and the basis the review used (which budget, the differences allowed).
Input is plain data; the engine never reads the database.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Spacer

from perfdesk.core.domain.money import Money
from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.reports.batch import StartMarker, contents
from perfdesk.core.reports.data import ProjectInfo
from perfdesk.core.reports.document import (
    LANDSCAPE,
    TYPE_H,
    BuildResult,
    Context,
    GBDocument,
    build,
    switch_to,
    write_pdf,
)
from perfdesk.core.reports.tables import (
    CHUNK_ROWS,
    Grid,
    add_project_rows,
    amount,
    center,
    chunks,
    head,
    number,
    table_title,
)

TITLE = "项目成本效益分析表"
WIDTH = TYPE_H  # landscape: the type area turned, 225 mm wide
HEADER_WIDTHS = (90.0, WIDTH / 2 - 90, 70.0, WIDTH / 2 - 70)
_FIXED = (26.0, 70.0, 76.0, 44.0, 44.0, 60.0, 64.0, 66.0, 60.0)  # 单位成本 holds 13,598,700.00 on one line
ITEM_WIDTHS = (*_FIXED, (WIDTH - sum(_FIXED)) / 2, (WIDTH - sum(_FIXED)) / 2)


@dataclass(frozen=True)
class CostRow:
    name: str
    unit_cost: str  # 元, as printed
    quantity: str
    measure_unit: str
    amount: Money
    standard: str  # name of the standard followed ("" none)
    standard_value: str  # e.g. 350元/人·天
    source: str
    basis: str
    review: str  # 符合 / 超标准 / …


@dataclass(frozen=True)
class CostTable:
    project: ProjectInfo
    budget_label: str  # 年初预算数 / 全年预算数
    budget: Money
    driver: str  # 路灯基数 3200盏
    driver_cost: str  # cost per unit of the driver, e.g. 343.13元/盏 ("" when unknown)
    rows: tuple[CostRow, ...]
    findings: tuple[str, ...]
    review_basis: str  # the settings in force, in words


def cost_story(ctx: Context, table: CostTable) -> list[Flowable]:
    story: list[Flowable] = [*table_title(ctx, TITLE, table.project.year), header_block(ctx, table)]
    parts = chunks(table.rows)
    story += [item_table(ctx, part, table, start=i * CHUNK_ROWS, last=i == len(parts) - 1)
              for i, part in enumerate(parts)]
    story += [Spacer(1, 6), ctx.para("审核意见：", "note")]
    lines = table.findings or ("经审核，分项成本完整，单位成本与数量相符，单位成本未超过所依据的支出标准。",)
    story += [ctx.para(f"{i}．{text}" if len(lines) > 1 else text, "note") for i, text in enumerate(lines, 1)]
    story.append(ctx.para(f"审核口径：{table.review_basis}", "note"))
    return story


def header_block(ctx: Context, table: CostTable) -> Flowable:
    g = Grid(ctx, HEADER_WIDTHS)
    add_project_rows(g, table.project)
    g.add(head(f"项目预算（{table.budget_label}，万元）"), amount(table.budget), head("核心成本因素"),
          table.driver or "未填写")
    g.add(head("单位核心因素成本"), table.driver_cost or "—", head("分项成本合计（万元）"),
          amount(Money.sum(r.amount for r in table.rows)))
    return g.table()


def item_table(ctx: Context, rows: Sequence[CostRow], table: CostTable, *, start: int, last: bool) -> Flowable:
    g = Grid(ctx, ITEM_WIDTHS, header_rows=1)
    g.add(*(head(h) for h in ("序号", "成本项目", "单位成本（元）", "数量", "计量单位", "金额（万元）", "支出标准",
                              "标准值", "标准来源", "测算依据", "审核情况")))
    for i, r in enumerate(rows, start + 1):
        g.add(center(str(i)), r.name, number(r.unit_cost), number(r.quantity), center(r.measure_unit),
              amount(r.amount), r.standard, center(r.standard_value), r.source, r.basis, center(r.review))
    if last:
        g.add(center("合计"), None, None, None, None, amount(Money.sum(r.amount for r in table.rows)))
        g.span(0, len(g.rows) - 1, 4, len(g.rows) - 1)
        g.keep_tail = 1
    return g.table()


def build_cost_table(table: CostTable, target: str | os.PathLike[str] | None = None, *,
                     ctx: Context | None = None) -> BuildResult:
    """One table as a landscape PDF: bytes when ``target`` is None, else written atomically."""
    return build(lambda c: cost_story(c, table), target=target, ctx=ctx, first_template=LANDSCAPE,
                 title=f"{table.project.name}{TITLE}")


def build_cost_batch(tables: Sequence[CostTable], target: str | os.PathLike[str] | None = None, *,
                     progress: Progress | None = None, ctx: Context | None = None) -> BuildResult:
    """Every table in one PDF, each on new landscape pages, after a contents page (unnumbered)."""
    ctx = ctx or Context()
    report = progress or no_progress
    titles = [f"{t.project.name}{TITLE}" for t in tables]
    story: list[Flowable] = contents(ctx, titles) + switch_to(LANDSCAPE)
    for i, table in enumerate(tables):
        if i:
            story += switch_to(LANDSCAPE)
        story.append(StartMarker(i, titles[i], lambda k: report(k / len(tables), "")))
        story += cost_story(ctx, table)

    def write(stream: object) -> int:
        doc = GBDocument(stream, fonts=ctx.fonts, title=TITLE)
        doc.pageTemplates.insert(0, doc.pageTemplates.pop(2))  # contents: unnumbered portrait
        doc.build(story)
        report(1.0, "")
        return doc.page

    return write_pdf(write, target, ctx.warnings)

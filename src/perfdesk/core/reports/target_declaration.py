"""项目支出绩效目标申报表 (FORMATS §1, 财预〔2015〕88号 附件), A4 portrait, one project per table."""

from __future__ import annotations

import os
from collections.abc import Sequence

from reportlab.platypus import Flowable

from perfdesk.core.domain.enums import ProjectAttribute
from perfdesk.core.reports.data import FundSplit, TargetDeclaration, TargetIndicator
from perfdesk.core.reports.document import TYPE_W, BuildResult, Context, build
from perfdesk.core.reports.tables import (
    Grid,
    add_long_texts,
    add_project_rows,
    amount,
    center,
    head,
    signature_block,
    table_title,
)

TITLE = "项目支出绩效目标申报表"
LABEL_W = 28.0
HEADER_WIDTHS = (80.0, TYPE_W / 2 - 80, 70.0, TYPE_W / 2 - 70)
FUND_WIDTHS = (LABEL_W, 120.0, (TYPE_W - LABEL_W - 240) / 2, 120.0, (TYPE_W - LABEL_W - 240) / 2)
GOAL_WIDTHS = (LABEL_W, (TYPE_W - LABEL_W) / 2, (TYPE_W - LABEL_W) / 2)
INDICATOR_WIDTHS = (LABEL_W, 70.0, 90.0, TYPE_W - LABEL_W - 250, 90.0)
ATTRIBUTE_TEXT = {ProjectAttribute.NEW: "新增", ProjectAttribute.CONTINUING: "延续"}


def declaration_story(ctx: Context, decl: TargetDeclaration) -> list[Flowable]:
    story = [*table_title(ctx, TITLE, decl.project.year), header_block(ctx, decl), fund_block(ctx, decl),
             goal_block(ctx, decl)]
    if decl.medium_indicators:
        story.append(indicator_block(ctx, "中期绩效指标", decl.medium_indicators))
    story.append(indicator_block(ctx, "年度绩效指标", decl.annual_indicators))
    story.append(signature_block(ctx, decl.signature, TYPE_W))
    return story


def header_block(ctx: Context, decl: TargetDeclaration) -> Flowable:
    g = Grid(ctx, HEADER_WIDTHS)
    add_project_rows(g, decl.project)
    g.add(head("项目属性"), center(ATTRIBUTE_TEXT[decl.attribute]), head("项目期"), center(decl.period))
    return g.table()


def fund_block(ctx: Context, decl: TargetDeclaration) -> Flowable:
    g = Grid(ctx, FUND_WIDTHS)
    m, a = decl.medium_funds, decl.annual_funds
    g.add(head("项目资金（万元）"), center("中期资金总额"), amount(m.total), center("年度资金总额"), amount(a.total))
    g.add(None, center("其中：财政拨款"), amount(m.fiscal), center("其中：财政拨款"), amount(a.fiscal))
    g.add(None, center("其他资金"), amount(m.other), center("其他资金"), amount(a.other))
    g.span(0, 0, 0, 2)
    return g.table()


def numbered_goals(goals: Sequence[str]) -> str:
    """目标1：… one per line."""
    return "\n".join(f"目标{i}：{goal}" for i, goal in enumerate(goals, 1))


def goal_block(ctx: Context, decl: TargetDeclaration) -> Flowable:
    """The overall goals; a long goal continues over several rows (and pages), the label beside them all."""
    g = Grid(ctx, GOAL_WIDTHS)
    g.add(head("总体目标"), head(f"中期目标（{decl.medium_start}年—{decl.medium_end}年）"), head("年度目标"))
    add_long_texts(g, numbered_goals(decl.medium_goals), numbered_goals(decl.annual_goals))
    return g.table(open_column=0)


def indicator_block(ctx: Context, label: str, indicators: Sequence[TargetIndicator]) -> Flowable:
    g = Grid(ctx, INDICATOR_WIDTHS, header_rows=1)
    g.add(head(label), head("一级指标"), head("二级指标"), head("三级指标"), head("指标值"))
    for ind in indicators:
        g.add(None, center(ind.level1), center(ind.level2), ind.level3, center(ind.target.text()))
    g.merge(1, [i.level1 for i in indicators])
    g.merge(2, [f"{i.level1}/{i.level2}" for i in indicators])
    return g.table(open_column=0 if indicators else None)


def fund_total_checks(split: FundSplit) -> bool:
    """Whether 财政拨款 + 其他资金 add up to the total (adapters may warn before printing)."""
    if split.total is None or split.fiscal is None or split.other is None:
        return True
    return split.fiscal + split.other == split.total


def build_target_declaration(decl: TargetDeclaration, target: str | os.PathLike[str] | None = None, *,
                             ctx: Context | None = None) -> BuildResult:
    """One 项目支出绩效目标申报表: bytes when ``target`` is None, else written (atomically) to it."""
    return build(lambda c: declaration_story(c, decl), target=target, ctx=ctx,
                 title=f"{decl.project.name}{TITLE}")

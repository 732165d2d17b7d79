"""项目支出绩效目标执行监控表 (FORMATS §2, 财预〔2019〕136号 附件), A4 landscape, one project per table.

Blocks of equal width (header, 项目资金, 年度总体目标, 绩效指标) as in :mod:`selfeval_table`. In 绩效指标 the
deviation reason (经费/制度/人员/硬件条件保障/其他) and the likelihood (确定能/有可能/完全不可能) are ticked
columns; the explanation of a deviation prints in 备注 before the remark.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.reports.batch import StartMarker, contents
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
from perfdesk.core.reports.monitoring_data import (
    DEVIATION_HEADS,
    LIKELIHOOD_CODES,
    MonitoringLine,
    MonitoringTable,
    deviation_codes,
)
from perfdesk.core.reports.tables import (
    Grid,
    add_long_texts,
    add_project_rows,
    amount,
    center,
    chunks,
    format_percent,
    head,
    number,
    signature_block,
)

TITLE = "项目支出绩效目标执行监控表"
WIDTH = TYPE_H  # landscape: the type area turned, 225 mm wide
LABEL_W = 28.0
TICK = "√"
NOTE = "说明：请在“偏差原因分析”中勾选，并说明偏差原因及改进措施。"
HEADER_WIDTHS = (90.0, WIDTH / 2 - 90, 70.0, WIDTH / 2 - 70)
MONEY_WIDTHS = (LABEL_W, 110.0, *((WIDTH - LABEL_W - 110) / 4,) * 4)
GOAL_WIDTHS = (LABEL_W, *((WIDTH - LABEL_W) / 3,) * 3)
_FIXED = (LABEL_W, 36.0, 40.0, 80.0, 48.0, 50.0, 50.0, *(30.0,) * 8)
LINE_WIDTHS = (*_FIXED, WIDTH - sum(_FIXED))


def likelihood_heads(impossible: str) -> tuple[str, ...]:
    return ("确定能", "有可能", impossible)


def monitoring_story(ctx: Context, table: MonitoringTable) -> list[Flowable]:
    story: list[Flowable] = [ctx.para(TITLE, "table_title"),
                             ctx.para(f"（{table.project.year}年度）", "table_subtitle"),
                             header_block(ctx, table), money_block(ctx, table), goal_block(ctx, table)]
    story += line_blocks(ctx, table)
    story += [Spacer(1, 4), ctx.para(NOTE, "note")]
    if table.signature is not None:
        story.append(signature_block(ctx, table.signature, WIDTH))
    return story


def header_block(ctx: Context, table: MonitoringTable) -> Flowable:
    g = Grid(ctx, HEADER_WIDTHS)
    add_project_rows(g, table.project)
    return g.table()


def money_block(ctx: Context, table: MonitoringTable) -> Flowable:
    n = table.period
    g = Grid(ctx, MONEY_WIDTHS)
    g.add(head("项目资金（万元）"), "", head("年初预算数"), head(f"{n}执行数"), head(f"{n}执行率"),
          head("全年预计执行数"))
    for row in table.funds:
        g.add(None, center(row.label), amount(row.initial), amount(row.spent), number(format_percent(row.rate)),
              amount(row.expected))
    g.span(0, 0, 0, len(table.funds))
    return g.table()


def goal_block(ctx: Context, table: MonitoringTable) -> Flowable:
    g = Grid(ctx, GOAL_WIDTHS)
    g.add(head("年度总体目标"), head("年初设定目标"), head(f"{table.period}实际完成情况"), head("全年预计完成情况"))
    add_long_texts(g, table.goal_set, table.goal_progress, table.goal_expected)
    return g.table(open_column=0)


def line_blocks(ctx: Context, table: MonitoringTable) -> list[Flowable]:
    return [line_table(ctx, part, table) for part in chunks(table.lines)]


def line_table(ctx: Context, lines: Sequence[MonitoringLine], table: MonitoringTable) -> Flowable:
    g = Grid(ctx, LINE_WIDTHS, header_rows=2)
    n = table.period
    g.add(head("绩效指标"), head("一级指标"), head("二级指标"), head("三级指标"), head("年度指标值"),
          head(f"{n}执行情况"), head("全年预计完成情况"), head("偏差原因分析"), None, None, None, None,
          head("完成目标可能性"), None, None, head("备注"))
    g.add(None, None, None, None, None, None, None, *(head(label) for _, label in DEVIATION_HEADS),
          *(head(label) for label in likelihood_heads(table.impossible_wording)))
    for col in (1, 2, 3, 4, 5, 6, 15):
        g.span(col, 0, col, 1)
    g.span(7, 0, 11, 0)
    g.span(12, 0, 14, 0)
    for line in lines:
        g.add(None, center(line.level1), center(line.level2), line.level3, center(line.target),
              center(line.progress), center(line.expected), *_ticks(line), remark_text(line))
    g.merge(1, [ln.level1 for ln in lines])
    g.merge(2, [f"{ln.level1}/{ln.level2}" for ln in lines])
    return g.table(open_column=0)


def _ticks(line: MonitoringLine) -> list[object]:
    ticked = deviation_codes(line.deviation)
    deviation = [center(TICK) if code in ticked else None for code, _ in DEVIATION_HEADS]
    likely = [center(TICK) if line.likelihood == code else None for code in LIKELIHOOD_CODES]
    return deviation + likely


def remark_text(line: MonitoringLine) -> str:
    parts = []
    if line.reason:
        parts.append(f"偏差原因及改进措施：{line.reason}")
    if line.remark:
        parts.append(line.remark)
    return "\n".join(parts)


def build_monitoring_table(table: MonitoringTable, target: str | os.PathLike[str] | None = None, *,
                           ctx: Context | None = None) -> BuildResult:
    """One monitoring table as a landscape PDF: bytes when ``target`` is None, else written atomically."""
    return build(lambda c: monitoring_story(c, table), target=target, ctx=ctx, first_template=LANDSCAPE,
                 title=f"{table.project.name}{TITLE}")


def build_monitoring_batch(tables: Sequence[MonitoringTable], target: str | os.PathLike[str] | None = None, *,
                           toc: bool = True, progress: Progress | None = None,
                           ctx: Context | None = None) -> BuildResult:
    """Every table in one PDF, each on new landscape pages, with contents (unnumbered) and an outline."""
    ctx = ctx or Context()
    report = progress or no_progress
    total = len(tables)
    titles = [f"{t.project.name}{TITLE}" for t in tables]
    story: list[Flowable] = contents(ctx, titles) + switch_to(LANDSCAPE) if toc else []
    for i, table in enumerate(tables):
        if i:
            story += switch_to(LANDSCAPE)
        story.append(StartMarker(i, titles[i], lambda k: report(k / total if total else 1.0, "")))
        story += monitoring_story(ctx, table)

    def write(stream: object) -> int:
        doc = GBDocument(stream, fonts=ctx.fonts, title=TITLE)
        first = 2 if toc else 1  # contents: unnumbered portrait; else straight into landscape
        doc.pageTemplates.insert(0, doc.pageTemplates.pop(first))
        doc.build(story)
        report(1.0, "")
        return doc.page

    return write_pdf(write, target, ctx.warnings)

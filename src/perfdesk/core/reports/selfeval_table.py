"""项目支出绩效自评表 (FORMATS §3, 财预〔2020〕10号 附件), A4 portrait, one project per table.

The table is stacked from blocks of equal width (header, 项目资金, 年度总体目标, 绩效指标 + 总分) so each block keeps
its own column widths, as the merged cells of the official Excel form do. The 绩效指标 block may run over pages:
its header row repeats, and the 一级/二级 columns are merged in runs.
"""

from __future__ import annotations

import os
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Spacer

from perfdesk.core.reports.data import FundRow, SelfEvalLine, SelfEvaluation
from perfdesk.core.reports.document import TYPE_W, BuildResult, Context, build
from perfdesk.core.reports.tables import (
    Grid,
    add_long_texts,
    amount,
    center,
    chunks,
    dash,
    format_percent,
    format_score,
    head,
    number,
    signature_block,
    table_title,
)

TITLE = "项目支出绩效自评表"
LABEL_W = 28.0
HEADER_WIDTHS = (70.0, TYPE_W / 2 - 70, 70.0, TYPE_W / 2 - 70)
MONEY_WIDTHS = (LABEL_W, 100.0, 60.0, 60.0, 60.0, 36.0, 48.0, TYPE_W - LABEL_W - 364)
GOAL_WIDTHS = (LABEL_W, (TYPE_W - LABEL_W) / 2, (TYPE_W - LABEL_W) / 2)
LINE_WIDTHS = (LABEL_W, 44.0, 48.0, 78.0, 50.0, 50.0, 30.0, 46.0, TYPE_W - LABEL_W - 346)  # 得分 holds "100.00*"
LINE_HEADS = ("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
              "偏差原因分析及改进措施")
OVERRIDE_MARK = "*"


def selfeval_story(ctx: Context, ev: SelfEvaluation, *, notes: bool = False) -> list[Flowable]:
    """The flowables of one self-evaluation table (title, blocks, notes, signature)."""
    story: list[Flowable] = [*table_title(ctx, TITLE, ev.project.year), header_block(ctx, ev),
                             money_block(ctx, ev), goal_block(ctx, ev)]
    story += line_blocks(ctx, ev)
    story += notes_block(ctx, ev.lines, explanations=notes, general=ev.notes)
    if ev.signature is not None:
        story.append(signature_block(ctx, ev.signature, TYPE_W))
    return story


def header_block(ctx: Context, ev: SelfEvaluation) -> Flowable:
    g = Grid(ctx, HEADER_WIDTHS)
    g.add(head("项目名称"), ev.project.name)
    g.span(1, 0, 3, 0)
    g.add(head("主管部门"), ev.project.department, head("实施单位"), ev.project.unit)
    return g.table()


def money_block(ctx: Context, ev: SelfEvaluation) -> Flowable:
    f = ev.funds
    g = Grid(ctx, MONEY_WIDTHS)
    g.add(head("项目资金（万元）"), "", head("年初预算数"), head("全年预算数"), head("全年执行数"), head("分值"),
          head("执行率"), head("得分"))
    g.add(None, center("年度资金总额"), *_money(f.total), number(format_score(f.points)),
          number(format_percent(f.total.rate)), number(format_score(f.score)))
    for label, row in (("其中：当年财政拨款", f.fiscal_current), ("上年结转资金", f.fiscal_carryover),
                       ("其他资金", f.other)):
        g.add(None, center(label), *_money(row), dash(), number(format_percent(row.rate)), dash())
    g.span(0, 0, 0, 4)
    return g.table()


def _money(row: FundRow) -> tuple:
    return amount(row.initial), amount(row.full_year), amount(row.executed)


def goal_block(ctx: Context, ev: SelfEvaluation) -> Flowable:
    g = Grid(ctx, GOAL_WIDTHS)
    g.add(head("年度总体目标"), head("预期目标"), head("实际完成情况"))
    add_long_texts(g, ev.goal_expected, ev.goal_actual)
    return g.table(open_column=0)


def line_blocks(ctx: Context, ev: SelfEvaluation) -> list[Flowable]:
    """The 绩效指标 block in chunks; the last chunk carries 总分 (and 评价等级) and is kept with its last lines."""
    parts = chunks(ev.lines)
    tables = [line_table(ctx, part, totals=ev if i == len(parts) - 1 else None) for i, part in enumerate(parts)]
    return tables


def line_table(ctx: Context, lines: tuple[SelfEvalLine, ...], *, totals: SelfEvaluation | None) -> Flowable:
    g = Grid(ctx, LINE_WIDTHS, header_rows=1)
    g.add(*(head(h) for h in LINE_HEADS))
    for line in lines:
        g.add(None, center(line.level1), center(line.level2), line.level3, center(line.target.text()),
              center(line.actual), number(format_score(line.points)), number(_line_score(line)), line.deviation)
    if totals is not None:
        _add_totals(g, totals)
    g.merge(1, [ln.level1 for ln in lines])
    g.merge(2, [f"{ln.level1}/{ln.level2}" for ln in lines])
    return g.table(open_column=0 if lines else None)


NOT_APPLICABLE = "不适用"


def _line_score(line: SelfEvalLine) -> str:
    if line.not_applicable:
        return NOT_APPLICABLE
    text = format_score(line.score)
    return text + OVERRIDE_MARK if line.overridden else text


def _add_totals(g: Grid, ev: SelfEvaluation) -> None:
    r = g.add(head("总分"), None, None, None, None, None, number(format_score(ev.total_points)),
              number(format_score(ev.total_score)))
    g.span(0, r, 5, r)
    g.commands.append(("LINEABOVE", (0, r), (-1, r), 0.6, "black"))
    g.keep_tail = 2 if ev.grade else 1
    if ev.grade:
        r = g.add(head("评价等级"), None, None, None, None, None, center(ev.grade))
        g.span(0, r, 5, r)
        g.span(6, r, 8, r)


def notes_block(ctx: Context, lines: tuple[SelfEvalLine, ...], *, explanations: bool,
                general: tuple[str, ...] = ()) -> list[Flowable]:
    """注： how the table was scored where it differs from the plain rule (``general``, always), then one line per
    indicator with its score explanation (when asked, or when the score rests on reading words or an inferred
    direction) and every manual override."""
    notes = [*general, *(_note(line, explanations) for line in lines)]
    notes = [n for n in notes if n]
    if not notes:
        return []
    paras = [ctx.para("注：", "note")] + [ctx.para(f"{i}．{n}", "note") for i, n in enumerate(notes, 1)]
    return [Spacer(1, 6), KeepTogether(paras[:2]), *paras[2:]]


def _note(line: SelfEvalLine, explanations: bool) -> str:
    parts = []
    if (explanations or line.explained) and line.explanation:
        parts.append(line.explanation)
    if line.overridden:
        computed = (f"（按规则计算为{format_score(line.computed_score)}分）"
                    if line.computed_score is not None else "")
        parts.append(f"得分{format_score(line.score)}{OVERRIDE_MARK}为人工调整{computed}，理由：{line.override_reason}")
    return f"{line.level3}：" + "；".join(parts) if parts else ""


def build_selfeval_table(ev: SelfEvaluation, target: str | os.PathLike[str] | None = None, *,
                         notes: bool = False, ctx: Context | None = None) -> BuildResult:
    """One 项目支出绩效自评表 as a PDF: bytes when ``target`` is None, else written (atomically) to it."""
    return build(lambda c: selfeval_story(c, ev, notes=notes), target=target, ctx=ctx,
                 title=f"{ev.project.name}{TITLE}")


def score_sum(lines: tuple[SelfEvalLine, ...]) -> Decimal:
    """The sum of the printed line scores (handy for adapters checking a printed 总分)."""
    return sum((ln.score or Decimal(0) for ln in lines), Decimal(0))

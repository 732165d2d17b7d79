"""The ranking report for leadership (RULES §7, FORMATS §7): what was ranked under which rules, the totals per
decision as 冠县 published them, a chart, and as landscape attachments the ranked lists per category and next
year's budget suggestions."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from perfdesk.core.domain.money import Money
from perfdesk.core.reports.charts import score_bar_chart
from perfdesk.core.reports.document import (
    LANDSCAPE,
    LINE,
    PORTRAIT,
    SIZE_5,
    TYPE_H,
    TYPE_W,
    BuildResult,
    Context,
    build,
    switch_to,
)
from perfdesk.core.reports.tables import PAD, Grid, amount, center, format_score, head, number


@dataclass(frozen=True)
class RankedLine:
    """One project as printed in the lists (FORMATS §7)."""

    code: str
    name: str
    department: str
    category: str  # 评价类别, as printed
    score: Decimal | None
    rank: int | None
    size: int
    budget: Money
    decision: str  # 处理意见: 取消 / 压减10% / 保留察看 …
    cut: Money
    suggested: Money
    note: str = ""  # 备注: reason for probation or exception, or why it is listed apart


@dataclass(frozen=True)
class DecisionTotal:
    label: str  # 压减 / 取消 / 保留察看 …
    count: int
    budget: Money
    cut: Money


@dataclass(frozen=True)
class CategoryTotal:
    label: str
    ranked: int
    cut: int
    cancelled: int
    probation: int
    amount: Money


@dataclass(frozen=True)
class RankingReport:
    county: str
    year: int  # the year evaluated; cuts apply to year + 1
    version: int
    confirmed: bool
    confirmed_by: str
    issuer: str
    issued: date
    rules: tuple[str, ...]  # the rules applied, one sentence each
    totals: tuple[DecisionTotal, ...]  # cut, cancel, probation first
    total_count: int
    total_cut: Money
    categories: tuple[CategoryTotal, ...]
    lists: tuple[tuple[str, tuple[RankedLine, ...]], ...]  # (category or group title, ranked lines)
    apart: tuple[RankedLine, ...]
    budget: tuple[RankedLine, ...]
    incomplete: tuple[RankedLine, ...] = ()  # 自评未完成: drafts and returned self-evaluations, never ranked
    for_finance: tuple[RankedLine, ...] = ()  # last places of small lists: 报财政研究决定


def title(rep: RankingReport) -> str:
    return f"关于{rep.county}{rep.year}年度项目支出绩效评价结果排名及末位淘汰情况的报告"


def headline(rep: RankingReport) -> str:
    """The sentence 冠县 published: counts and amounts per decision and the total."""
    t = {d.label: d for d in rep.totals}
    parts = []
    for label, verb in (("压减", "压减预算资金项目"), ("取消", "淘汰（取消）项目"), ("保留察看", "设为保留察看项目")):
        if label in t and t[label].count:
            parts.append(f"{verb}{t[label].count}个，压减金额{t[label].cut.format_wan()}万元")
    if not parts:
        return "经排名，本次无压减、取消或保留察看的项目。"
    return f"经排名，{rep.year + 1}年度预算拟{'；'.join(parts)}；合计压减预算资金{rep.total_cut.format_wan()}万元。"


def apart_sentences(rep: RankingReport) -> list[str]:
    """What the ranking left to finance and what it could not rank yet, in one sentence each."""
    out = []
    if rep.for_finance:
        names = "、".join(f"{ln.name}（{ln.department or ln.category}）" for ln in rep.for_finance[:10])
        more = f"等{len(rep.for_finance)}个" if len(rep.for_finance) > 10 else ""
        out.append(f"排名组项目较少、排名最后一位不自动取消的，报财政研究决定：{names}{more}，"
                   f"共{len(rep.for_finance)}个项目，详见附件。")
    if rep.incomplete:
        out.append(f"另有{len(rep.incomplete)}个项目自评未完成，不参与排名，不作取消或压减处理，"
                   "待自评完成后再行排名，详见附件。")
    return out


def report_story(ctx: Context, rep: RankingReport) -> list[Flowable]:
    story: list[Flowable] = ctx.title(title(rep))
    if not rep.confirmed:
        story.append(ctx.para("（草稿，排名结果尚未确认）", "subtitle"))
    ranked = sum(c.ranked for c in rep.categories)
    incomplete = f"{len(rep.incomplete)}个项目自评未完成、" if rep.incomplete else ""
    story += [ctx.heading(1, 1, "基本情况"),
              ctx.para(f"按照末位淘汰制的有关规定，对{rep.year}年度纳入实施范围的{ranked}个政策或项目，按评价类别分别"
                       f"按得分由高到低排序；另有{incomplete}{len(rep.apart)}个项目未纳入排名，单独列示并说明原因。"
                       "主要规则如下："),
              *[ctx.para(f"{i}．{r}") for i, r in enumerate(rep.rules, 1)]]
    story += [ctx.heading(1, 2, "排名及处理结果"), ctx.para(headline(rep)), summary_table(ctx, rep),
              Spacer(1, LINE / 2)]
    story += [ctx.para(p) for p in apart_sentences(rep)]
    if rep.totals:
        story.append(KeepTogether([chart(ctx, rep)]))
    if rep.categories:
        story += [ctx.para("各类别排名及处理情况如下表。"), category_table(ctx, rep), Spacer(1, LINE / 2)]
    story += [ctx.heading(1, 3, "下一步工作"),
              ctx.para("一是将压减、取消结果纳入下一年度预算编制，由预算科按程序调整或收回预算资金；"
                       "二是对保留察看项目，由主管部门牵头制定整改方案，纳入整改台账跟踪销号；"
                       "三是将排名结果向各部门反馈，督促优化政策设计、明确绩效目标、提升资金效益。")]
    story += ctx.attachments(["各类别排名及处理意见表", "下一年度预算压减建议表"]
                             + [title for title, lines in _apart_lists(rep) if lines])
    story += ctx.issuer_block(rep.issuer, rep.issued)
    story += attachments(ctx, rep)
    return story


SUMMARY_WIDTHS = (TYPE_W * 0.28, TYPE_W * 0.14, TYPE_W * 0.29, TYPE_W * 0.29)


def summary_table(ctx: Context, rep: RankingReport) -> Flowable:
    g = Grid(ctx, SUMMARY_WIDTHS)
    g.add(head("处理意见"), head("项目数（个）"), head("本年预算（万元）"), head("压减金额（万元）"))
    for d in rep.totals:
        g.add(center(d.label), number(str(d.count)), amount(d.budget), amount(d.cut))
    g.add(head("合计"), number(str(rep.total_count)), None, amount(rep.total_cut))
    return g.table()


CATEGORY_WIDTHS = (TYPE_W * 0.34, TYPE_W * 0.12, TYPE_W * 0.11, TYPE_W * 0.11, TYPE_W * 0.12, TYPE_W * 0.20)


def category_table(ctx: Context, rep: RankingReport) -> Flowable:
    g = Grid(ctx, CATEGORY_WIDTHS, header_rows=1)
    g.add(head("评价类别"), head("排名项目"), head("压减"), head("取消"), head("保留察看"), head("压减金额（万元）"))
    for c in rep.categories:
        g.add(c.label, number(str(c.ranked)), number(str(c.cut)), number(str(c.cancelled)), number(str(c.probation)),
              amount(c.amount))
    return g.table()


def chart(ctx: Context, rep: RankingReport) -> Flowable:
    items = [(d.label, d.cut.as_wan) for d in rep.totals if d.cut]
    top = max([float(v) for _, v in items] or [1.0])
    return score_bar_chart(ctx, items, title="各类处理压减金额（万元）", value_max=top * 1.15)


# -- attachments (landscape) -----------------------------------------------------------------------------
LIST_HEAD = ("序号", "项目名称", "主管部门", "得分", "排名", "本年预算（万元）", "处理意见", "压减金额（万元）",
             "下年建议预算（万元）", "备注")
_W = TYPE_H  # landscape type area width; the category is the title above each list
BUDGET_HEAD = ("序号", "项目编码", "项目名称", "主管部门", "本年预算（万元）", "处理意见", "压减金额（万元）",
               "下年建议预算（万元）", "备注")


def list_widths(ctx: Context, lines: Sequence[RankedLine]) -> list[float]:
    """Column widths filling the landscape type width: figures and 处理意见 as wide as their longest text (and a
    header of at most four characters a line), 备注 room only where the list has notes, 主管部门 what its longest
    name needs (at most a third of what is left), 项目名称 the rest."""
    note = 130.0 if any(ln.note for ln in lines) else 32.0
    figures = [[str(len(lines))], [format_score(ln.score) for ln in lines],
               ["" if ln.rank is None else f"{ln.rank}/{ln.size}" for ln in lines],
               [ln.budget.format_wan() for ln in lines], [ln.decision for ln in lines],
               [ln.cut.format_wan() for ln in lines], [ln.suggested.format_wan() for ln in lines]]
    minimum = (2, 2, 2, 4, 4, 4, 4)  # characters of each column's header on one line
    widths = [_text_width(ctx, texts, m) for texts, m in zip(figures, minimum, strict=True)]
    free = _W - sum(widths) - note
    dept = min(_text_width(ctx, [ln.department for ln in lines]), free / 3)
    return [widths[0], free - dept, dept, *widths[1:], note]


def _text_width(ctx: Context, texts: Sequence[str], chars: int = 4) -> float:
    """What the longest of ``texts`` needs on one line of a cell (at least ``chars`` characters)."""
    font = ctx.fonts.digits(ctx.style("cell").fontName)
    return max([stringWidth(t, font, SIZE_5) for t in texts] + [chars * SIZE_5]) + 2 * PAD + 1


def budget_widths(ctx: Context, lines: Sequence[RankedLine]) -> list[float]:
    """The 项目编码 column as wide as the longest code (codes never wrap), the rest shared out."""
    code = _text_width(ctx, [ln.code for ln in lines]) + 1
    note = 90.0 if any(ln.note for ln in lines) else 32.0
    widths = [30.0, code, 0.0, 0.0, 60.0, 52.0, 60.0, 60.0, note]
    free = _W - sum(widths)
    widths[3] = min(_text_width(ctx, [ln.department for ln in lines]), free / 3)
    widths[2] = free - widths[3]
    return widths


def list_tables(ctx: Context, lines: Sequence[RankedLine]) -> list[Flowable]:
    g = Grid(ctx, list_widths(ctx, lines), header_rows=1)
    g.add(*[head(h) for h in LIST_HEAD])
    for n, ln in enumerate(lines, 1):
        g.add(number(str(n)), ln.name, ln.department, number(format_score(ln.score)),
              number("" if ln.rank is None else f"{ln.rank}/{ln.size}"), amount(ln.budget), center(ln.decision),
              amount(ln.cut), amount(ln.suggested), ln.note)
    return [g.table()]


def budget_tables(ctx: Context, lines: Sequence[RankedLine]) -> list[Flowable]:
    g = Grid(ctx, budget_widths(ctx, lines), header_rows=1)
    g.add(*[head(h) for h in BUDGET_HEAD])
    for n, ln in enumerate(lines, 1):
        g.add(number(str(n)), center(ln.code), ln.name, ln.department, amount(ln.budget), center(ln.decision),
              amount(ln.cut), amount(ln.suggested), ln.note)
    r = g.add(head("合计"), None, None, None, amount(Money.sum(ln.budget for ln in lines)), None,
              amount(Money.sum(ln.cut for ln in lines)), amount(Money.sum(ln.suggested for ln in lines)))
    g.span(0, r, 3, r)
    g.keep_tail = 1
    return [g.table()]


def attachments(ctx: Context, rep: RankingReport) -> list[Flowable]:
    out: list[Flowable] = switch_to(LANDSCAPE) + [ctx.para("附件1", "plain"), *ctx.title("各类别排名及处理意见表")]
    for label, lines in rep.lists:
        out += [ctx.para(f"{label}（{len(lines)}个）", "caption"), *list_tables(ctx, lines), Spacer(1, LINE / 3)]
    out += switch_to(LANDSCAPE) + [ctx.para("附件2", "plain"), *ctx.title("下一年度预算压减建议表"),
                                   *budget_tables(ctx, rep.budget)]
    number = 3
    for heading, lines in _apart_lists(rep):
        if lines:
            out += switch_to(LANDSCAPE) + [ctx.para(f"附件{number}", "plain"), *ctx.title(heading)]
            out += by_reason(ctx, lines)
            number += 1
    return out + switch_to(PORTRAIT, new_page=False)


def by_reason(ctx: Context, lines: Sequence[RankedLine]) -> list[Flowable]:
    """A list whose lines share a few reasons: one table per reason under the reason as its title (the reason
    is not repeated on every line); lines with reasons of their own keep them in 备注."""
    groups: dict[str, list[RankedLine]] = {}
    for ln in lines:
        groups.setdefault(ln.note, []).append(ln)
    if len(groups) > 6 or any(len(g) < 3 for g in groups.values()):
        return list_tables(ctx, lines)
    out: list[Flowable] = []
    for reason, group in groups.items():
        plain = [replace(ln, note="") for ln in group]
        caption = f"{reason.replace('：', '，')}（{len(group)}个）" if reason else f"其他（{len(group)}个）"
        out += [ctx.para(caption, "caption"), *list_tables(ctx, plain), Spacer(1, LINE / 3)]
    return out


def _apart_lists(rep: RankingReport) -> list[tuple[str, tuple[RankedLine, ...]]]:
    return [("报财政研究决定项目清单", rep.for_finance), ("自评未完成项目清单", rep.incomplete),
            ("未纳入排名项目清单", rep.apart)]


def build_ranking_report(rep: RankingReport, target: str | os.PathLike[str] | None = None, *,
                         ctx: Context | None = None) -> BuildResult:
    return build(lambda c: report_story(c, rep), target=target, ctx=ctx, title=title(rep))

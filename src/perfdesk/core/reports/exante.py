"""事前绩效评估意见 (ex-ante assessment opinion, RULES §9), GB/T 9704, A4 portrait: one letter per assessment.

To the unit that proposed the project: what was assessed and when, the score of each dimension, what was found
under each, the conclusion (予以支持 / 调整后支持 / 不予支持) and whether the project enters the project library,
the issuer and the date; the item-by-item score sheet follows as the attachment. Input is plain data.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from perfdesk.core.reports.document import (
    LINE,
    PORTRAIT,
    TYPE_W,
    BuildResult,
    Context,
    LineParagraph,
    build,
    format_cn_date,
    switch_to,
)
from perfdesk.core.reports.letters import RestartNumbering
from perfdesk.core.reports.tables import Grid, center, format_score, head, number

TITLE = "事前绩效评估意见"
SHEET_TITLE = "事前绩效评估评分表"
DIMENSION_WIDTHS = (0.08, 0.34, 0.16, 0.16, 0.26)
ITEM_WIDTHS = (0.07, 0.2, 0.4, 0.1, 0.11, 0.12)
CONCLUSION_SENTENCES = {
    "support": "评估结论为“予以支持”。",
    "adjust": "评估结论为“调整后支持”。请你单位根据评估发现修改完善项目实施方案和绩效目标，报我局审核后再安排预算。",
    "reject": "评估结论为“不予支持”。该项目不安排预算。",
}


@dataclass(frozen=True)
class DimensionLine:
    name: str
    points: Decimal
    score: Decimal
    finding: str = ""


@dataclass(frozen=True)
class ItemLine:
    dimension: str
    item: str
    points: Decimal
    grade: str
    score: Decimal | None


@dataclass(frozen=True)
class Opinion:
    recipient: str  # the unit that proposed it
    project: str
    code: str
    budget_wan: str  # 万元, two decimals
    kind: str  # project, policy
    assessed_on: date | None
    total: Decimal
    conclusion: str  # support / adjust / reject, "" while incomplete
    enters_library: bool
    dimensions: tuple[DimensionLine, ...]
    items: tuple[ItemLine, ...]
    issuer: str
    issued: date
    opinion: str = ""  # further remarks of the assessor
    number: str = ""  # 发文字号


def _subject(o: Opinion) -> str:
    return "政策" if o.kind == "policy" else "项目"


def opinion_story(ctx: Context, o: Opinion) -> list[Flowable]:
    story: list[Flowable] = []
    if o.number:
        story.append(ctx.para(o.number, "right"))
    story += ctx.title(f"关于{o.project}的{TITLE}")
    story.append(ctx.para(f"{o.recipient}：", "plain"))
    when = f"于{format_cn_date(o.assessed_on)}" if o.assessed_on else ""
    names = "、".join(d.name for d in o.dimensions)
    story.append(ctx.para(f"根据预算绩效管理有关规定，我局{when}对你单位申报的{o.project}（编码{o.code}，申请预算"
                          f"{o.budget_wan}万元）开展了事前绩效评估，从{names}等方面进行了评估。现将评估意见反馈如下。"))
    story += [ctx.heading(1, 1, "评估得分"), ctx.para(f"该{_subject(o)}综合评估得分{format_score(o.total)}分，"
                                                      "各方面得分如下：")]
    story += [dimension_table(ctx, o), Spacer(1, LINE / 2)]
    story.append(ctx.heading(1, 2, "评估发现"))
    for i, d in enumerate(o.dimensions, 1):
        story.append(ctx.para(f"{_numbered(i)}{d.name}。{_sentence(d.finding) or '未发现明显问题。'}"))
    story.append(ctx.heading(1, 3, "评估结论"))
    story.append(ctx.para(_conclusion(o)))
    story += ctx.body(o.opinion)
    story += ctx.attachments([SHEET_TITLE])
    story += ctx.issuer_block(o.issuer, o.issued)
    story += [*switch_to(PORTRAIT), _attachment_mark(ctx), *ctx.title(f"{o.project}{SHEET_TITLE}"),
              item_table(ctx, o)]
    return story


def _attachment_mark(ctx: Context) -> Flowable:
    """``附件`` at the top left of the attachment's first page, in 黑体 (GB/T 9704 §8)."""
    style = ParagraphStyle("attachment_mark", parent=ctx.style("plain"), fontName=ctx.fonts.heading)
    return LineParagraph(ctx.fonts.markup("附件", style.fontName, ctx.warn), style)


def _sentence(text: str) -> str:
    """A finding as a sentence: a full stop added when it ends without one."""
    text = text.strip()
    return text if not text or text[-1] in "。！？；…" else text + "。"


def _numbered(i: int) -> str:
    from perfdesk.core.reports.document import heading_label

    return heading_label(2, i)


def _conclusion(o: Opinion) -> str:
    if not o.conclusion:
        return "评估尚未完成，暂不作出结论。"
    library = "同意纳入项目库。" if o.enters_library else "暂不纳入项目库。"
    return f"综合评估得分{format_score(o.total)}分，{CONCLUSION_SENTENCES[o.conclusion]}{library}"


def dimension_table(ctx: Context, o: Opinion) -> Flowable:
    g = Grid(ctx, [w * TYPE_W for w in DIMENSION_WIDTHS], header_rows=1)
    g.add(*(head(h) for h in ("序号", "评估维度", "分值", "得分", "得分率")))
    for i, d in enumerate(o.dimensions, 1):
        rate = "" if not d.points else f"{(d.score * 100 / d.points).quantize(Decimal('0.01'))}%"
        g.add(center(str(i)), d.name, number(format_score(d.points)), number(format_score(d.score)), number(rate))
    total_points = sum((d.points for d in o.dimensions), Decimal(0))
    g.add(center(""), head("合计"), number(format_score(total_points)), number(format_score(o.total)), "")
    return g.table()


def item_table(ctx: Context, o: Opinion) -> Flowable:
    g = Grid(ctx, [w * TYPE_W for w in ITEM_WIDTHS], header_rows=1)
    g.add(*(head(h) for h in ("序号", "评估维度", "评估要点", "分值", "评价等级", "得分")))
    for i, it in enumerate(o.items, 1):
        g.add(center(str(i)), it.dimension, it.item, number(format_score(it.points)), center(it.grade or "未评"),
              number(format_score(it.score)))
    g.add(center(""), head("合计"), "", number(format_score(sum((i.points for i in o.items), Decimal(0)))), "",
          number(format_score(o.total)))
    return g.table()


def build_opinions(opinions: Sequence[Opinion], target: str | os.PathLike[str] | None = None, *,
                   ctx: Context | None = None) -> BuildResult:
    """Every opinion in one PDF, each from a new page and numbered from 1."""
    def story(c: Context) -> list[Flowable]:
        out: list[Flowable] = []
        for i, o in enumerate(opinions):
            if i:
                out += [RestartNumbering(), *switch_to(PORTRAIT)]
            out += opinion_story(c, o)
        return out or [c.para("没有事前绩效评估。")]

    return build(story, target=target, ctx=ctx, title=TITLE)

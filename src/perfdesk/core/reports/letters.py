"""Short letters in the GB/T 9704 format (RULES §8, FORMATS §6): 整改通知书 (rectification notice), 提醒函
(reminder letter for red-warning projects, built from monitoring data by
:func:`perfdesk.core.reports.monitoring_summary.reminder_letter`) and the 约谈 record (interview record form).

One builder serves every letter: a title, an optional document number, the addressee, paragraphs, an optional
table, closing paragraphs, the issuer and the date. Several letters go into one PDF, each from a new page and
numbered from 1.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.doctemplate import ActionFlowable

from perfdesk.core.reports.document import (
    LINE,
    PORTRAIT,
    TYPE_W,
    BuildResult,
    Context,
    build,
    format_cn_date,
    switch_to,
)
from perfdesk.core.reports.tables import CellLike, Grid, head


@dataclass(frozen=True)
class Letter:
    title: str  # 整改通知书 / 提醒函
    recipient: str  # 主送: printed as "县教育局："
    paragraphs: tuple[str, ...]
    issuer: str
    issued: date
    number: str = ""  # 发文字号, e.g. 冠财绩〔2025〕3号
    table_head: tuple[str, ...] = ()
    table_rows: tuple[tuple[CellLike, ...], ...] = ()  # plain text or cells (amounts right-aligned …)
    table_widths: tuple[float, ...] = ()  # fractions of the type width
    closing: tuple[str, ...] = ()
    contact: str = ""  # 联系人及电话, printed under the date


def letter_story(ctx: Context, letter: Letter) -> list[Flowable]:
    story: list[Flowable] = []
    if letter.number:
        story.append(ctx.para(letter.number, "right"))
    story += ctx.title(letter.title)
    story.append(ctx.para(f"{letter.recipient}：", "plain"))
    story += [ctx.para(p) for p in letter.paragraphs]
    if letter.table_head:
        story += [letter_table(ctx, letter), Spacer(1, LINE / 2)]
    story += [ctx.para(p) for p in letter.closing]
    story += ctx.issuer_block(letter.issuer, letter.issued)
    if letter.contact:
        story += [Spacer(1, LINE), ctx.para(f"（联系人及电话：{letter.contact}）")]
    return story


def letter_table(ctx: Context, letter: Letter) -> Flowable:
    widths = letter.table_widths or (1 / len(letter.table_head),) * len(letter.table_head)
    g = Grid(ctx, [w * TYPE_W for w in widths], header_rows=1)
    g.add(*[head(h) for h in letter.table_head])
    for row in letter.table_rows:
        g.add(*row)
    return g.table()


@dataclass(frozen=True)
class InterviewRecord:
    """约谈记录: who interviewed whom, when and where, why, what was said, what must be rectified by when."""

    interviewer_unit: str  # 约谈单位
    interviewee_unit: str  # 被约谈单位
    reason: str  # 约谈事由
    when: date | None = None
    place: str = ""
    interviewers: str = ""  # 约谈人
    interviewees: str = ""  # 被约谈人及职务
    recorder: str = ""
    content: str = ""  # 约谈内容
    requirements: str = ""  # 整改要求及时限
    response: str = ""  # 被约谈方表态


RECORD_WIDTHS = (TYPE_W * 0.22, TYPE_W * 0.78)
BLANK_DATE = "\u3000\u3000年\u3000\u3000月\u3000\u3000日"


def interview_story(ctx: Context, rec: InterviewRecord) -> list[Flowable]:
    g = Grid(ctx, RECORD_WIDTHS)
    rows = (("约谈时间", format_cn_date(rec.when) if rec.when else BLANK_DATE), ("约谈地点", rec.place),
            ("约谈单位", rec.interviewer_unit), ("约谈人", rec.interviewers), ("被约谈单位", rec.interviewee_unit),
            ("被约谈人及职务", rec.interviewees), ("记录人", rec.recorder), ("约谈事由", rec.reason),
            ("约谈内容", rec.content or "\n\n\n"), ("整改要求及时限", rec.requirements or "\n\n"),
            ("被约谈方意见", rec.response or "\n\n"),
            ("签字", "约谈人：\u3000\u3000\u3000\u3000被约谈人：\u3000\u3000\u3000\u3000记录人："))
    for label, value in rows:
        g.add(head(label), value)
    return [*ctx.title("预算绩效管理约谈记录"), g.table()]


class RestartNumbering(ActionFlowable):
    """Each letter of a batch is a document of its own: its pages are numbered from 1."""

    def apply(self, doc: object) -> None:
        doc.restart_numbering()  # type: ignore[attr-defined]


def build_letters(letters: Sequence[Letter | InterviewRecord], target: str | os.PathLike[str] | None = None, *,
                  ctx: Context | None = None, title: str = "", empty: str = "") -> BuildResult:
    """One PDF with every letter, each from a new page; ``empty`` is printed when there is no letter, ``title``
    names the PDF (default: the first letter's title)."""
    def story(c: Context) -> list[Flowable]:
        out: list[Flowable] = []
        for i, letter in enumerate(letters):
            if i:
                out += [RestartNumbering(), *switch_to(PORTRAIT)]
            out += interview_story(c, letter) if isinstance(letter, InterviewRecord) else letter_story(c, letter)
        return out or [c.para(empty)]

    first = letters[0] if letters else None
    name = title or (first.title if isinstance(first, Letter) else "预算绩效管理约谈记录")
    return build(story, target=target, ctx=ctx, title=name)

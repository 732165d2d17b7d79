"""The leadership brief (领导简报): where the year's budget-performance work stands, on one GB/T 9704 page.

The figures are those of the home page (:mod:`.home_data`): a line on the whole, a table of the stages (绩效目标,
运行监控, 绩效自评, 抽查复核, 排名与预算压减, 问题整改), two charts side by side (targets by review status, self-evaluation
grades) and what waits for whom. Worded as the finance bureau reports to leadership: no codes, no formulas.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from perfdesk.core.reports.charts import count_bar_chart
from perfdesk.core.reports.document import LINE, TYPE_W, BuildResult, Context, build, format_cn_date
from perfdesk.core.reports.home_data import HomeFigures, Waiting
from perfdesk.core.reports.tables import Grid, head

STAGE_WIDTHS = (96.0, TYPE_W - 96)
CHART_H = 160.0
TARGET_BARS = (("已审核", "approved"), ("待审核", "submitted"), ("退回修改", "returned"), ("草稿", "draft"),
               ("未填报", "missing"))

WAITING_TEXT = {
    "targets_submitted": "已报送待财政审核的绩效目标{n}个",
    "selfeval_submitted": "已报送待财政审核的绩效自评{n}个",
    "spotcheck_to_review": "抽查待复核的自评{n}个",
    "key_without_measure": "财政重点监控项目中尚未明确处理措施的{n}个",
    "ranking_draft": "本年度排名结果尚待确认",
    "ledger_overdue": "逾期未完成整改的问题{n}个",
    "targets_not_submitted": "尚未报送的绩效目标{n}个",
    "selfeval_not_submitted": "尚未完成的绩效自评{n}个",
}


def brief_title(f: HomeFigures) -> str:
    return f"{f.county}{f.year}年预算绩效管理工作进展简报"


def brief_story(ctx: Context, f: HomeFigures, issuer: str) -> list[Flowable]:
    story = ctx.title(brief_title(f))
    story.append(ctx.para(f"{issuer}　　{format_cn_date(f.as_of)}", "subtitle"))
    story.append(ctx.para(overview_text(f)))
    story += [stage_table(ctx, f), Spacer(1, LINE / 3), charts(ctx, f)]
    return story


def overview_text(f: HomeFigures) -> str:
    return (f"截至{format_cn_date(f.as_of)}，{f.year}年纳入预算绩效管理的项目{f.projects}个，"
            f"各环节进展如下。")


def _percent(value: object) -> str:
    return "—" if value is None else f"{value}%"


def stage_lines(f: HomeFigures) -> list[tuple[str, str]]:
    """(stage, where it stands) for the stage table, in the order of the cycle."""
    t, mo, s, sc, led = f.targets.counts, f.monitoring, f.selfeval, f.spotcheck, f.ledger
    lines = [("绩效目标", f"已审核{t.approved}个，已报送待审核{t.submitted}个，退回修改{t.returned}个，"
                      f"草稿{t.draft}个" + (f"，未填报{t.missing}个" if t.missing else "") + "。")]
    if mo.round_id is None:
        lines.append(("运行监控", "本年度尚未开展运行监控。"))
    else:
        lines.append(("运行监控", f"截至{format_cn_date(mo.round_as_of)}（{mo.round_name}），监控项目{mo.projects}个，"
                              f"预算执行进度{_percent(mo.execution_percent)}，时间进度{_percent(mo.time_percent)}；"
                              f"红色预警{mo.red}个，黄色预警{mo.yellow}个，列入财政重点监控{mo.key}个。"))
    grades = "、".join(f"{g}{n}个" for g, n in s.grades)
    lines.append(("绩效自评", f"应自评项目{s.projects}个，已完成{s.done}个（其中财政审核通过{s.counts.approved}个），"
                          f"未完成{s.counts.not_submitted}个；评价等级{grades}。"))
    lines.append(("抽查复核", "本年度尚未抽取复核样本。" if sc.drawn_on is None else
                  f"{format_cn_date(sc.drawn_on)}抽取{sc.items}个，已复核{sc.reviewed}个，"
                  f"复核得分与自评得分不一致{sc.differing}个。"))
    lines.append(("排名与预算压减", ranking_text(f)))
    lines.append(("问题整改", f"整改台账未销号{led.open}个，其中逾期{led.overdue}个；已销号{led.closed}个。"))
    return lines


def ranking_text(f: HomeFigures) -> str:
    r = f.ranking
    if r.run_id is None:
        return "本年度尚未开展排名。"
    state = "已确认" if r.confirmed else "为草稿，尚待确认"
    return (f"排名结果{state}：参加排名{r.entries}个，取消{r.cancelled}个，压减{r.cut}个，保留察看{r.probation}个，"
            f"取消和压减预算合计{r.cut_amount.format_wan()}万元。")


def stage_table(ctx: Context, f: HomeFigures) -> Flowable:
    g = Grid(ctx, STAGE_WIDTHS, header_rows=1)
    g.add(head("环节"), head("进展情况"))
    for stage, text in stage_lines(f) + attention_lines(f):
        g.add(head(stage), text)
    return g.table()


def charts(ctx: Context, f: HomeFigures) -> Flowable:
    half = TYPE_W / 2
    t = f.targets.counts
    left = count_bar_chart(ctx, [(label, getattr(t, key)) for label, key in TARGET_BARS],
                           title="绩效目标审核进度（个）", width=half, height=CHART_H)
    right = count_bar_chart(ctx, list(f.selfeval.grades), title="绩效自评等级分布（个）", width=half, height=CHART_H)
    table = Table([[left, right]], colWidths=[half, half], rowHeights=[CHART_H])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), ctx.fonts.body), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def waiting_text(items: Sequence[Waiting], who: str) -> str:
    return "；".join(WAITING_TEXT[w.what].format(n=w.count) for w in items if w.who == who)


def attention_lines(f: HomeFigures) -> list[tuple[str, str]]:
    """What waits for finance and for the units, as the last rows of the stage table."""
    items = f.waiting()
    finance, units = waiting_text(items, "finance"), waiting_text(items, "units")
    return [("待财政局办理", f"{finance}。" if finance else "无。"), ("待各单位办理", f"{units}。" if units else "无。")]


def build_brief(f: HomeFigures, issuer: str, target: str | os.PathLike[str] | None = None, *,
                ctx: Context | None = None) -> BuildResult:
    return build(lambda c: brief_story(c, f, issuer), target=target, ctx=ctx, title=brief_title(f))

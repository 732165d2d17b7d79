"""The monitoring summary report for leadership and the reminder letters (提醒函), GB/T 9704 layout.

The report states the figures of one monitoring round (RULES §3): time progress and its basis, execution by
unit with the execution vs time progress chart, the warning counts and lists, key monitoring, and says that the
warning thresholds are working standards set for this monitoring (PerfDesk's defaults are not a published rule; the
settings say so, the printed summary speaks as the finance bureau does).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from decimal import Decimal

from reportlab.platypus import Flowable, Spacer

from perfdesk.core.reports.charts import execution_chart
from perfdesk.core.reports.document import (
    LINE,
    TYPE_W,
    BuildResult,
    Context,
    build,
    format_cn_date,
)
from perfdesk.core.reports.letters import Letter, build_letters
from perfdesk.core.reports.monitoring_data import MonitoringSummary, ProgressLine, ReminderLetter
from perfdesk.core.reports.tables import Grid, amount, center, head, number

CHART_UNITS = 12
LEVEL_TEXT = {"red": "红色", "yellow": "黄色", "none": "正常"}
UNIT_WIDTHS = (28.0, TYPE_W - 28 - 284, 36.0, 62.0, 62.0, 44.0, 44.0, 36.0)
PROJECT_WIDTHS = (28.0, TYPE_W - 28 - 324, 100.0, 56.0, 56.0, 56.0, 56.0)
LETTER_WIDTHS = (28.0, TYPE_W - 28 - 224, 56.0, 56.0, 56.0, 56.0)


def percent(value: Decimal | None) -> str:
    return "" if value is None else f"{value}%"


def summary_title(s: MonitoringSummary) -> str:
    return f"{s.county}{s.year}年{s.period}预算绩效运行监控情况报告"


def summary_story(ctx: Context, s: MonitoringSummary) -> list[Flowable]:
    story = ctx.title(summary_title(s))
    for part in (overview, by_unit, warning_lists, key_monitoring, next_steps):
        story += part(ctx, s)
    story += ctx.issuer_block(s.issuer, s.issued)
    return story


def overview(ctx: Context, s: MonitoringSummary) -> list[Flowable]:
    t, c = s.total, s.counts
    behind = t.lag_points is not None and t.lag_points > 0
    lag = "" if t.lag_points is None else (
        f"，执行进度{'落后' if behind else '快于'}时间进度{abs(t.lag_points)}个百分点")
    return [ctx.heading(1, 1, "总体情况"),
            ctx.para(f"截至{format_cn_date(s.as_of)}，纳入运行监控的项目{c['projects']}个，全年预算"
                     f"{t.budget.format_wan()}万元，已支出{t.spent.format_wan()}万元，预算执行进度"
                     f"{percent(t.execution_percent)}；时间进度{s.time_percent}%（{s.time_basis_text}）{lag}。"),
            ctx.para(f"其中红色预警项目{c['red']}个，黄色预警项目{c['yellow']}个，超预算开支项目{c['over_budget']}个，"
                     f"无预算开支{c['no_budget']}笔，符合财政重点监控条件的项目{c['key']}个。"),
            ctx.para(_standard(s) + "执行进度落后时间进度"
                     f"{s.key_points}个百分点及以上的项目列入财政重点监控（参照菏泽市标准），与预警颜色无关。")]


def _standard(s: MonitoringSummary) -> str:
    if s.schedule_text:
        return f"预警标准：{s.schedule_text}（为本次监控设定的工作标准）。"
    return (f"预警标准：执行进度落后时间进度{s.red_points}个百分点及以上为红色预警，{s.yellow_points}个百分点"
            "及以上为黄色预警（红、黄预警档次为本次监控设定的工作标准）。")


def by_unit(ctx: Context, s: MonitoringSummary) -> list[Flowable]:
    lagging = sorted((u for u in s.units if u.execution_percent is not None),
                     key=lambda u: (-(u.lag_points or 0), u.name))[:CHART_UNITS]
    chart = execution_chart(ctx, [(u.name, (u.execution_percent or Decimal(0)) / 100) for u in lagging],
                            s.time_percent / 100, title=f"执行进度最慢的{len(lagging)}个单位（执行进度与时间进度）",
                            height=240)
    return [ctx.heading(1, 2, "分单位预算执行情况"),
            ctx.para(f"各单位预算执行情况见下表，执行进度最慢的{len(lagging)}个单位见下图。"),
            chart, Spacer(1, LINE / 2), unit_table(ctx, s.units), Spacer(1, LINE / 2)]


def unit_table(ctx: Context, units: Sequence[ProgressLine]) -> Flowable:
    g = Grid(ctx, UNIT_WIDTHS, header_rows=1)
    g.add(head("序号"), head("单位"), head("项目数"), head("全年预算（万元）"), head("已支出（万元）"),
          head("执行进度"), head("落后点数"), head("红/黄"))
    for i, u in enumerate(units, 1):
        g.add(number(str(i)), u.name, number(str(u.projects)), amount(u.budget), amount(u.spent),
              number(percent(u.execution_percent)), number(_points(u.lag_points)), center(f"{u.red}/{u.yellow}"))
    return g.table()


def _points(value: Decimal | None) -> str:
    return "" if value is None else str(value)


def project_table(ctx: Context, lines: Sequence[ProgressLine]) -> Flowable:
    g = Grid(ctx, PROJECT_WIDTHS, header_rows=1)
    g.add(head("序号"), head("项目名称"), head("单位"), head("全年预算（万元）"), head("已支出（万元）"),
          head("执行进度"), head("落后点数"))
    for i, p in enumerate(lines, 1):
        g.add(number(str(i)), p.name, p.unit, amount(p.budget), amount(p.spent), number(percent(p.execution_percent)),
              number(_points(p.lag_points)))
    return g.table()


def warning_lists(ctx: Context, s: MonitoringSummary) -> list[Flowable]:
    out: list[Flowable] = [ctx.heading(1, 3, "预警项目情况")]
    if not s.red_projects:
        out.append(ctx.para("本轮监控无红色预警项目。"))
    else:
        out += [ctx.para(f"红色预警项目{len(s.red_projects)}个，明细如下："), project_table(ctx, s.red_projects),
                Spacer(1, LINE / 2)]
    if s.over_budget:
        out += [ctx.para(f"超预算开支项目{len(s.over_budget)}个，明细如下："), project_table(ctx, s.over_budget),
                Spacer(1, LINE / 2)]
    if s.no_budget:
        names = "、".join(p.name for p in s.no_budget)
        out.append(ctx.para(f"无预算开支{len(s.no_budget)}笔：{names}。"))
    return out


def key_monitoring(ctx: Context, s: MonitoringSummary) -> list[Flowable]:
    out: list[Flowable] = [ctx.heading(1, 4, "财政重点监控情况")]
    if not s.key_projects:
        return out + [ctx.para("本轮监控无列入财政重点监控的项目。")]
    out.append(ctx.para(f"列入财政重点监控的项目{len(s.key_projects)}个："))
    out += [ctx.para(f"{i}．{p.name}（{p.unit}）：{p.note}") for i, p in enumerate(s.key_projects, 1)]
    return out


def next_steps(ctx: Context, s: MonitoringSummary) -> list[Flowable]:
    return [ctx.heading(1, 5, "下一步工作建议"),
            ctx.para("一是对红色预警项目所在单位发送提醒函，督促其分析原因、加快执行；二是对预计无法完成绩效目标的项目，"
                     "按规定调整预算或收回资金；三是将监控结果作为下一年度预算安排和绩效评价的重要依据。")]


def build_monitoring_summary(s: MonitoringSummary, target: str | os.PathLike[str] | None = None, *,
                             ctx: Context | None = None) -> BuildResult:
    return build(lambda c: summary_story(c, s), target=target, ctx=ctx, title=summary_title(s))


# -- 提醒函 ------------------------------------------------------------------------------------------------------
LETTER_TITLE = "关于加快预算执行进度的提醒函"


def reminder_letter(letter: ReminderLetter) -> Letter:
    """The 提醒函 of one unit as a :class:`~perfdesk.core.reports.letters.Letter`: its red-warning projects in
    the table."""
    n = len(letter.projects)
    rows = tuple((number(str(i)), p.name, amount(p.budget), amount(p.spent), number(percent(p.execution_percent)),
                  number(_points(p.lag_points))) for i, p in enumerate(letter.projects, 1))
    return Letter(
        title=LETTER_TITLE, recipient=letter.unit, issuer=letter.issuer, issued=letter.issued, number=letter.number,
        paragraphs=(f"根据{letter.year}年预算绩效运行监控情况，截至{format_cn_date(letter.as_of)}，时间进度为"
                    f"{letter.time_percent}%，你单位以下{n}个项目预算执行进度" + (
                        f"低于{letter.due_text}" if letter.due_text else f"落后时间进度{letter.red_points}个百分点及以上")
                    + "，已列入红色预警：",),
        table_head=("序号", "项目名称", "全年预算（万元）", "已支出（万元）", "执行进度", "落后点数"),
        table_rows=rows, table_widths=tuple(w / TYPE_W for w in LETTER_WIDTHS),
        closing=("请你单位高度重视，认真分析执行缓慢的原因，采取有效措施加快预算执行，确保年度绩效目标如期实现，"
                 f"并于收到本函后{letter.reply_days}个工作日内将原因分析及整改措施书面报送我局。对预计无法完成绩效目标"
                 "的项目，我局将按规定调整预算或收回资金。", "特此提醒。"))


def build_reminder_letters(letters: Sequence[ReminderLetter], target: str | os.PathLike[str] | None = None, *,
                           ctx: Context | None = None) -> BuildResult:
    """All letters in one PDF, each from a new page (the one letter builder of :mod:`.letters`)."""
    return build_letters([reminder_letter(letter) for letter in letters], target, ctx=ctx, title=LETTER_TITLE,
                         empty="本轮监控无红色预警项目，无需发送提醒函。")

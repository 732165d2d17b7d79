"""绩效评价报告 (FORMATS §6): cover, the seven-part outline filled from the data, tables, a chart, attachments.

Sections with no text from the evaluator get a stock sentence built from the figures, so a draft report is
complete from the data alone and the evaluator only edits what needs judgement.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Spacer

from perfdesk.core.reports.charts import score_bar_chart
from perfdesk.core.reports.data import EvaluationReport, ScoreSheetLine
from perfdesk.core.reports.document import (
    LANDSCAPE,
    LINE,
    PORTRAIT,
    TYPE_H,
    TYPE_W,
    UNNUMBERED,
    BuildResult,
    Context,
    build,
    format_cn_date,
    switch_to,
)
from perfdesk.core.reports.selfeval_table import selfeval_story
from perfdesk.core.reports.tables import Grid, amount, center, format_percent, format_score, head, number

FIRST_LEVELS = ("决策", "过程", "产出", "效益")
SHEET_WIDTHS = (40.0, 60.0, 100.0, 34.0, 140.0, 150.0, 42.0, TYPE_H - 566)  # landscape
FUND_WIDTHS = (TYPE_W / 4,) * 4


def report_title(rep: EvaluationReport) -> str:
    if rep.title:
        return rep.title
    return f"{rep.project.name}{'政策' if rep.is_policy else '项目'}绩效评价报告"


def report_story(ctx: Context, rep: EvaluationReport) -> list[Flowable]:
    story = cover(ctx, rep) + switch_to(PORTRAIT) + ctx.title(report_title(rep))
    for part in (basics, evaluation_work, conclusion, analysis, problems, suggestions, other_matters):
        story += part(ctx, rep)
    story += ctx.attachments(attachment_titles(rep))
    story += ctx.issuer_block(rep.issuer, rep.issued)
    story += attachments(ctx, rep)
    return story


def cover(ctx: Context, rep: EvaluationReport) -> list[Flowable]:
    return [Spacer(1, 4 * LINE), ctx.para(report_title(rep), "cover_title"), Spacer(1, 6 * LINE),
            ctx.para(f"评价机构：{rep.issuer}", "cover_line"),
            ctx.para(format_cn_date(rep.issued), "cover_line")]


def _text_or(ctx: Context, text: str, stock: str) -> list[Flowable]:
    return ctx.body(text or stock)


def basics(ctx: Context, rep: EvaluationReport) -> list[Flowable]:
    f = rep.funds
    money = (f"{rep.project.year}年，该项目年初预算{f.initial.format_wan()}万元，全年预算{f.full_year.format_wan()}万元，"
             f"实际支出{f.executed.format_wan()}万元，预算执行率{format_percent(f.rate)}。")
    goals = [ctx.para(f"{i}．{g}") for i, g in enumerate(rep.phase_goals, 1)]
    return [ctx.heading(1, 1, "基本情况"), ctx.heading(2, 1, "项目概况"),
            *_text_or(ctx, rep.background, f"{rep.project.name}由{rep.project.department}主管、"
                                           f"{rep.project.unit}实施。"),
            ctx.para(money), fund_table(ctx, rep), Spacer(1, LINE / 2),
            ctx.heading(2, 2, "项目绩效目标"), *_text_or(ctx, rep.overall_goal, "（未填写总体目标）"), *goals]


def fund_table(ctx: Context, rep: EvaluationReport) -> Flowable:
    g = Grid(ctx, FUND_WIDTHS)
    g.add(head("年初预算数（万元）"), head("全年预算数（万元）"), head("全年执行数（万元）"), head("执行率"))
    f = rep.funds
    g.add(amount(f.initial), amount(f.full_year), amount(f.executed), number(format_percent(f.rate)))
    return g.table()


def evaluation_work(ctx: Context, rep: EvaluationReport) -> list[Flowable]:
    return [ctx.heading(1, 2, "绩效评价工作开展情况"),
            ctx.heading(2, 1, "绩效评价目的、对象和范围"),
            *_text_or(ctx, rep.purpose_scope, f"本次评价对象为{rep.project.name}{rep.project.year}年度资金的"
                                              "使用情况及绩效目标实现情况。"),
            ctx.heading(2, 2, "绩效评价原则、评价指标体系、评价方法、评价标准等"),
            *_text_or(ctx, rep.principles_methods, "评价遵循科学公正、统筹兼顾、激励约束、公开透明的原则，"
                                                   "指标体系及评分标准见附件。"),
            ctx.heading(2, 3, "绩效评价工作过程"),
            *_text_or(ctx, rep.process, "评价工作分前期准备、组织实施、分析评价和撰写报告四个阶段开展。")]


def level_totals(lines: Sequence[ScoreSheetLine]) -> list[tuple[str, Decimal, Decimal]]:
    """(first level, points, score) in the order the levels first appear."""
    totals: dict[str, tuple[Decimal, Decimal]] = {}
    for ln in lines:
        p, s = totals.get(ln.level1, (Decimal(0), Decimal(0)))
        totals[ln.level1] = (p + ln.points, s + ln.score)
    return [(name, p, s) for name, (p, s) in totals.items()]


def conclusion(ctx: Context, rep: EvaluationReport) -> list[Flowable]:
    parts = "，".join(f"{n}{format_score(s)}分（满分{format_score(p)}分）" for n, p, s in level_totals(rep.score_sheet))
    if rep.total_score is None:
        return [ctx.heading(1, 3, "综合评价情况及评价结论"), ctx.para("该项目尚未评分，评价结论待评分后填写。")]
    grade = f"，评价等级为“{rep.grade}”" if rep.grade else ""
    text = f"经综合评价，该项目绩效评价得分为{format_score(rep.total_score)}分{grade}。"
    out = [ctx.heading(1, 3, "综合评价情况及评价结论"), ctx.para(text + (f"其中{parts}。" if parts else ""))]
    if rep.score_sheet:
        chart = score_bar_chart(ctx, [(n, s / p * 100 if p else Decimal(0)) for n, p, s in
                                      level_totals(rep.score_sheet)], title="各一级指标得分率（%）")
        out.append(KeepTogether([chart]))
    return out


def analysis(ctx: Context, rep: EvaluationReport) -> list[Flowable]:
    """（一）决策 （二）过程 （三）产出 （四）效益 always (FORMATS §6); a self-evaluation's levels go where they
    belong: budget execution under 过程, 产出 (成本) under 产出, 效益 and 满意度 under 效益."""
    texts: dict[str, list[str]] = {name: [] for name in FIRST_LEVELS}
    for name, text in rep.analysis:
        texts[_section_of(name)].append(text)
    out: list[Flowable] = [ctx.heading(1, 4, "绩效评价指标分析")]
    for i, name in enumerate(FIRST_LEVELS, 1):
        out += [ctx.heading(2, i, f"{name}情况"), *_text_or(ctx, "\n".join(texts[name]), "（待评价人员填写）")]
    return out


def _section_of(level: str) -> str:
    for section, starts in (("决策", ("决策",)), ("过程", ("过程", "管理", "预算执行", "资金")),
                            ("产出", ("产出", "成本"))):
        if level.startswith(starts):
            return section
    return "效益"


def problems(ctx: Context, rep: EvaluationReport) -> list[Flowable]:
    items = [ctx.para(f"{i}．{p}") for i, p in enumerate(rep.problems, 1)]
    return [ctx.heading(1, 5, "主要经验及做法、存在的问题及原因分析"),
            *ctx.body(rep.experience_problems), *items]


def suggestions(ctx: Context, rep: EvaluationReport) -> list[Flowable]:
    items = [ctx.para(f"{i}．{s}") for i, s in enumerate(rep.suggestions, 1)]
    return [ctx.heading(1, 6, "有关建议"), *(items or ctx.body("（无）"))]


def other_matters(ctx: Context, rep: EvaluationReport) -> list[Flowable]:
    return [ctx.heading(1, 7, "其他需要说明的问题"), *_text_or(ctx, rep.other_matters, "无。")]


def attachment_titles(rep: EvaluationReport) -> list[str]:
    titles = ["绩效评价指标体系及评分表"] if rep.score_sheet else []
    titles += ["项目支出绩效自评表"] if rep.self_evaluation else []
    titles += ["满意度调查问卷汇总"] if rep.survey else []
    return titles + list(rep.attachments)


def score_sheet_table(ctx: Context, lines: Sequence[ScoreSheetLine]) -> Flowable:
    """一级 / 二级 / 三级 / 分值 / 指标解释 / 评分标准 / 得分 / 扣分原因 (FORMATS §5), a 小计 per first level and the
    合计; landscape."""
    g = Grid(ctx, SHEET_WIDTHS, header_rows=1)
    g.add(head("一级指标"), head("二级指标"), head("三级指标"), head("分值"), head("指标解释"), head("评分标准"),
          head("得分"), head("扣分原因"))
    keys, seconds = [], []
    for name, points, score in level_totals(lines):
        for ln in (x for x in lines if x.level1 == name):
            g.add(center(ln.level1), center(ln.level2), ln.level3, number(format_score(ln.points)), ln.explanation,
                  ln.criteria, number(format_score(ln.score)), ln.reason)
            keys.append(name)
            seconds.append(f"{name}/{ln.level2}")
        r = g.add(center(name), head("小计"), None, number(format_score(points)), None, None,
                  number(format_score(score)))
        g.span(1, r, 2, r)
        keys.append(name)
        seconds.append(f"{name}/小计")
    total_p = sum((ln.points for ln in lines), Decimal(0))
    total_s = sum((ln.score for ln in lines), Decimal(0))
    r = g.add(head("合计"), None, None, number(format_score(total_p)), None, None, number(format_score(total_s)))
    g.span(0, r, 2, r)
    g.merge(0, keys + ["合计"])
    g.merge(1, seconds + ["合计"])
    g.keep_tail = 3  # the last line, its 小计 and the 合计 stay together
    return g.table()


def attachments(ctx: Context, rep: EvaluationReport) -> list[Flowable]:
    out: list[Flowable] = []
    n = 0
    if rep.score_sheet:
        n += 1
        out += switch_to(LANDSCAPE) + [ctx.para(f"附件{n}", "plain"), *ctx.title("绩效评价指标体系及评分表"),
                                       score_sheet_table(ctx, rep.score_sheet)]
    if rep.self_evaluation:
        n += 1
        out += switch_to(PORTRAIT) + [ctx.para(f"附件{n}", "plain"), *selfeval_story(ctx, rep.self_evaluation)]
    if rep.survey:
        n += 1
        out += switch_to(PORTRAIT) + [ctx.para(f"附件{n}", "plain"), *ctx.title("满意度调查问卷汇总"),
                                      survey_table(ctx, rep)]
    return out


SURVEY_WIDTHS = (30.0, TYPE_W - 270, 60.0, 60.0, 60.0, 60.0)


def survey_table(ctx: Context, rep: EvaluationReport) -> Flowable:
    """序号 / 调查问题 / 有效回答 / 满意 / 未作答 / 满意度, and the overall rate."""
    g = Grid(ctx, SURVEY_WIDTHS, header_rows=1)
    g.add(head("序号"), head("调查问题"), head("有效回答"), head("满意"), head("未作答"), head("满意度"))
    for i, q in enumerate(rep.survey, 1):
        rate = Decimal(q.satisfied) / Decimal(q.answered) if q.answered else None
        g.add(center(str(i)), q.question, number(str(q.answered)), number(str(q.satisfied)), number(str(q.blank)),
              number(format_percent(rate)))
    r = g.add(head("总体满意度"), None, None, None, None, number(format_percent(rep.survey_overall)))
    g.span(0, r, 4, r)
    return g.table()


def build_evaluation_report(rep: EvaluationReport, target: str | os.PathLike[str] | None = None, *,
                            ctx: Context | None = None) -> BuildResult:
    """The whole report with its cover (unnumbered) and attachments: bytes, or written atomically to ``target``."""
    return build(lambda c: report_story(c, rep), target=target, ctx=ctx, title=report_title(rep),
                 first_template=UNNUMBERED)

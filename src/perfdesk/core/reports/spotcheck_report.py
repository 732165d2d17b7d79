"""抽查复核情况表 (spot-check review of self-evaluations, RULES §5), one section per unit, A4 portrait.

Per unit: how the sample was drawn (rule and seed), the sampled projects with 自评得分 beside 复核得分 and the
difference, then each project's lines with the reviewer's reasons, and the unit's self-evaluation quality (mean
absolute difference per line). Input is plain data; the engine never reads the database.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Spacer

from perfdesk.core.reports.document import PORTRAIT, TYPE_W, BuildResult, Context, build, switch_to
from perfdesk.core.reports.tables import Grid, center, format_score, head, number, table_title

TITLE = "绩效自评抽查复核情况表"
ITEM_WIDTHS = (28.0, 150.0, 70.0, 48.0, 48.0, 40.0, TYPE_W - 384)
LINE_WIDTHS = (120.0, 34.0, 44.0, 44.0, 36.0, TYPE_W - 278)


@dataclass(frozen=True)
class ReviewedLineRow:
    name: str
    points: Decimal | None
    self_score: Decimal | None
    review_score: Decimal | None
    reason: str = ""


@dataclass(frozen=True)
class ReviewedProject:
    code: str
    name: str
    selected_because: str  # printed reason of the draw
    self_total: Decimal | None
    review_total: Decimal | None
    conclusion: str = ""
    lines: tuple[ReviewedLineRow, ...] = ()


@dataclass(frozen=True)
class UnitSpotCheck:
    unit: str
    year: int
    seed: int
    rule: str  # the sampling rule, as printed
    projects: tuple[ReviewedProject, ...]
    quality: Decimal | None  # mean absolute difference per line


def _diff(a: Decimal | None, b: Decimal | None) -> str:
    return "" if a is None or b is None else format_score(b - a)


def unit_story(ctx: Context, unit: UnitSpotCheck) -> list[Flowable]:
    story: list[Flowable] = [*table_title(ctx, TITLE, unit.year), ctx.para(f"被抽查单位：{unit.unit}", "note"),
                             ctx.para(f"抽样规则：{unit.rule}；抽样号：{unit.seed}（按此号可重新抽出同一样本）", "note"), Spacer(1, 4)]
    g = Grid(ctx, ITEM_WIDTHS, header_rows=1)
    g.add(*(head(h) for h in ("序号", "项目名称", "抽取原因", "自评得分", "复核得分", "差异", "复核结论")))
    for i, p in enumerate(unit.projects, 1):
        g.add(center(str(i)), p.name, center(p.selected_because), number(format_score(p.self_total)),
              number(format_score(p.review_total)), number(_diff(p.self_total, p.review_total)), p.conclusion)
    story.append(g.table())
    quality = "未复核" if unit.quality is None else f"{unit.quality.quantize(Decimal('0.01'))}分"
    story += [Spacer(1, 6), ctx.para(f"自评质量（逐项平均绝对差异）：{quality}", "note")]
    for p in unit.projects:
        story += project_lines(ctx, p)
    return story


def project_lines(ctx: Context, p: ReviewedProject) -> list[Flowable]:
    g = Grid(ctx, LINE_WIDTHS, header_rows=1)
    g.add(*(head(h) for h in ("指标", "分值", "自评得分", "复核得分", "差异", "复核说明")))
    for ln in p.lines:
        g.add(ln.name, number(format_score(ln.points)), number(format_score(ln.self_score)),
              number(format_score(ln.review_score)), number(_diff(ln.self_score, ln.review_score)), ln.reason)
    return [Spacer(1, 8), KeepTogether([ctx.para(f"{p.code} {p.name}", "note"), g.table()])]


def build_spotcheck_report(units: tuple[UnitSpotCheck, ...], target: str | os.PathLike[str] | None = None, *,
                           ctx: Context | None = None) -> BuildResult:
    """All units in one PDF, each from a new page."""
    def story(c: Context) -> list[Flowable]:
        out: list[Flowable] = []
        for i, unit in enumerate(units):
            if i:
                out += switch_to(PORTRAIT)
            out += unit_story(c, unit)
        return out or [c.para("本次抽查无样本。")]

    return build(story, target=target, ctx=ctx, title=TITLE)

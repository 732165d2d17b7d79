"""Targets on paper: the 项目支出绩效目标申报表 per project and in a batch per unit, and the review-findings list
(绩效目标审核问题清单) per unit, through the report engine. This module adapts the database to its plain data."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from perfdesk.core.domain.enums import Comparison, ProjectAttribute
from perfdesk.core.domain.money import Money
from perfdesk.core.domain.targets import IndicatorDraft
from perfdesk.core.progress import Progress
from perfdesk.core.reports import data as rd
from perfdesk.core.reports.batch import build_batch_pdf
from perfdesk.core.reports.document import TYPE_W, BuildResult, Context, build
from perfdesk.core.reports.tables import Grid, center, chunks, head, table_title
from perfdesk.core.reports.target_declaration import build_target_declaration
from perfdesk.core.rules import target_checks as tc
from perfdesk.core.rules import target_values as tv
from perfdesk.core.services import targets as ts
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.targets_io import export_rows

FINDINGS_TITLE = "绩效目标审核问题清单"
SEVERITY_TEXT = {tc.ERROR: "错误", tc.WARNING: "警示", tc.INFO: "提示"}


def _value(ind: IndicatorDraft) -> rd.TargetValue:
    core = tv.split(ind.value_text, ind.comparison, ind.unit)
    if core == ind.value_text.strip():  # not a plain number: printed as typed
        return rd.TargetValue(Comparison.QUALITATIVE, ind.value_text)
    return rd.TargetValue(Comparison(ind.comparison or ""), core, ind.unit)


def _indicators(draft_rows: Sequence[IndicatorDraft], part: str) -> tuple[rd.TargetIndicator, ...]:
    return tuple(rd.TargetIndicator(i.level1, i.level2, i.name, _value(i)) for i in draft_rows if i.part == part)


def _goals(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _split(total: int | None, fiscal: int | None, other: int | None) -> rd.FundSplit:
    """Amounts not declared (None) print blank, not as 0.00."""
    return rd.FundSplit(*(None if fen is None else Money(fen) for fen in (total, fiscal, other)))


def declarations(session: Any, *, year: int | None, unit_code: str | None = None,
                 project_codes: Sequence[str] | None = None) -> list[rd.TargetDeclaration]:
    """The declaration data of the current targets (one unit, chosen projects, or all)."""
    out = []
    for t in export_rows(session, year=year, unit_code=unit_code):
        if project_codes is not None and t.code not in project_codes:
            continue
        d = t.draft
        start, end = t.year, t.year + 2
        if "—" in t.period:
            head_, _, tail = t.period.partition("—")
            start, end = int(head_[:4]) if head_[:4].isdigit() else start, int(tail[:4]) if tail[:4].isdigit() else end
        out.append(rd.TargetDeclaration(
            rd.ProjectInfo(t.code, t.name, t.year, t.dept_name, t.unit_name, t.dept_code),
            ProjectAttribute(t.attribute) if t.attribute in ("new", "continuing") else ProjectAttribute.CONTINUING,
            t.period or d.medium_period, start, end, _split(d.medium_total_fen, d.medium_fiscal_fen, d.medium_other_fen),
            _split(t.annual_total_fen, t.annual_fiscal_fen, t.annual_other_fen), _goals(d.medium_goal),
            _goals(d.annual_goal), _indicators(d.indicators, "medium"), _indicators(d.indicators, "annual"),
            rd.Signature(t.unit_name, d.filled_by, d.phone)))
    return out


@guard(Right.READ, audit="print.declaration")
def print_declaration(session: Any, year: int, project_code: str, target: str | os.PathLike[str]) -> BuildResult:
    decl = declarations(session, year=year, project_codes=[project_code])
    if not decl:
        raise ValueError(project_code)
    return build_target_declaration(decl[0], target)


@guard(Right.READ, audit="print.declarations")
def print_unit_batch(session: Any, year: int, unit_code: str | None, target: str | os.PathLike[str], *,
                     progress: Progress | None = None) -> BuildResult:
    """Every declaration of a unit (or all units) in one PDF with contents and bookmarks."""
    return build_batch_pdf(declarations(session, year=year, unit_code=unit_code), target, progress=progress)


@guard(Right.READ, audit="print.findings")
def print_findings(session: Any, year: int, unit_ids: frozenset[int] | None, target: str | os.PathLike[str],
                   ) -> BuildResult:
    """The review findings of the units' current targets: one table per unit, errors first."""
    found = ts.findings(session, year=year, unit_ids=unit_ids)
    return build(lambda ctx: findings_story(ctx, year, found), target=Path(target), title=FINDINGS_TITLE)


WIDTHS = (24.0, 110.0, 90.0, TYPE_W - 24 - 110 - 90 - 36, 36.0)


def findings_story(ctx: Context, year: int, found: list[ts.ProjectFinding]) -> list[Any]:
    story: list[Any] = table_title(ctx, FINDINGS_TITLE, year)
    by_unit: dict[str, list[ts.ProjectFinding]] = {}
    for pf in found:
        by_unit.setdefault(pf.unit_name, []).append(pf)
    if not by_unit:
        story.append(ctx.para("未发现问题。", "body"))
    order = {tc.ERROR: 0, tc.WARNING: 1, tc.INFO: 2}
    for unit, items in by_unit.items():
        story.append(ctx.para(f"{unit}（{len(items)}条）", "body"))
        items = sorted(items, key=lambda p: (order.get(p.finding.severity, 3), p.project_code))
        for part in chunks(items):
            g = Grid(ctx, WIDTHS, header_rows=1)
            g.add(head("序号"), head("项目"), head("指标"), head("问题及依据"), head("级别"))
            for n, pf in enumerate(part, 1):
                f = pf.finding
                g.add(center(str(n)), f"{pf.project_code}\n{pf.project_name}", f.indicator_name or "—",
                      f"{f.message}（{f.source}）", center(SEVERITY_TEXT.get(f.severity, f.severity)))
            story.append(g.table())
    return story

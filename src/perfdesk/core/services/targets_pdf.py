"""Targets on paper: the 项目支出绩效目标申报表 per project and in a batch per unit, and the review-findings list
(绩效目标审核问题清单) per unit, through the report engine. This module adapts the database to its plain data."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from perfdesk.core.progress import Progress
from perfdesk.core.reports import data as rd
from perfdesk.core.reports.batch import build_batch_pdf
from perfdesk.core.reports.document import TYPE_W, BuildResult, Context, build
from perfdesk.core.reports.tables import Grid, center, chunks, head, table_title
from perfdesk.core.reports.target_declaration import build_target_declaration
from perfdesk.core.rules import target_checks as tc
from perfdesk.core.services import report_kinds
from perfdesk.core.services import targets as ts
from perfdesk.core.services.report_kinds import targets as targets_kind

FINDINGS_TITLE = "绩效目标审核问题清单"
SEVERITY_TEXT = {tc.ERROR: "错误", tc.WARNING: "警示", tc.INFO: "提示"}


def declarations(session: Any, *, year: int | None, unit_code: str | None = None,
                 project_code: str | None = None) -> list[rd.TargetDeclaration]:
    """The declaration data of the current targets (one project, one unit's subtree, or all), built by the
    ``targets`` report kind's adapter so there is one way from the database to the 申报表."""
    where = report_kinds.scope(session, project=project_code, unit=unit_code, year=year)
    return targets_kind.declarations(session, where)[0]


def print_declaration(session: Any, year: int, project_code: str, target: str | os.PathLike[str]) -> BuildResult:
    decl = declarations(session, year=year, project_code=project_code)
    if not decl:
        raise ValueError(project_code)
    return build_target_declaration(decl[0], target)


def print_unit_batch(session: Any, year: int, unit_code: str | None, target: str | os.PathLike[str], *,
                     progress: Progress | None = None) -> BuildResult:
    """Every declaration of a unit (or all units) in one PDF with contents and bookmarks."""
    return build_batch_pdf(declarations(session, year=year, unit_code=unit_code), target, progress=progress)


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

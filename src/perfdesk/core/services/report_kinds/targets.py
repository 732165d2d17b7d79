"""``perfdesk report targets``: the 项目支出绩效目标申报表 of one project, or of every project of a unit or a year."""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import Comparison, FundSource, IndicatorPart, ProjectAttribute
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.reports import data
from perfdesk.core.reports.target_declaration import fund_total_checks
from perfdesk.core.services import report_data as rd
from perfdesk.core.services.report_kinds import Scope, add_batch_arguments, scope

KIND = "targets"
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "performance target declaration (项目支出绩效目标申报表)")
BATCH = True


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_batch_arguments(parser)


def declarations(session: Any, where: Scope, progress: Progress | None = None
                 ) -> tuple[list[data.TargetDeclaration], list[str]]:
    """The declarations of the projects in scope that have targets, and warnings about the others."""
    report = rd.loading(progress)
    report(0.0, translate("ReportKinds", "Reading targets"))
    projects = rd.project_rows(session, where)
    targets = rd.current_targets(session, where)
    report(0.4, translate("ReportKinds", "Reading targets"))
    indicators = rd.target_indicators(session, where)
    funds = rd.fund_splits(session, where)
    report(1.0, translate("ReportKinds", "Reading targets"))
    out, warnings = [], []
    for p in projects:
        target = targets.get(p["id"])
        if target is None:
            continue
        decl = declaration(p, target, indicators.get(target["id"], []), funds.get(p["id"], {}))
        if not (fund_total_checks(decl.annual_funds) and fund_total_checks(decl.medium_funds)):
            warnings.append(translate("ReportKinds", "{code}: the fund split does not add up to the total.")
                            .format(code=p["code"]))
        out.append(decl)
    missing = len(projects) - len(out)
    if missing and out:
        warnings.append(translate("ReportKinds", "{n} project(s) without targets were left out.").format(n=missing))
    return out, warnings


def declaration(p: Mapping[str, Any], target: Mapping[str, Any], indicators: list[Mapping[str, Any]],
                funds: Mapping[str, tuple[int, int, int]]) -> data.TargetDeclaration:
    start, end = medium_years(target["medium_period"], p)
    return data.TargetDeclaration(
        rd.project_info(p), ProjectAttribute(p["attribute"]), rd.period_text(p["period_start"], p["period_end"]),
        start, end,
        data.FundSplit(rd.money(target["medium_total_fen"]), rd.money(target["medium_fiscal_fen"]),
                       rd.money(target["medium_other_fen"])),
        annual_funds(p, funds), rd.lines_of(target["medium_goal"]), rd.lines_of(target["annual_goal"]),
        tuple(indicator(i) for i in indicators if i["part"] == IndicatorPart.MEDIUM.value),
        tuple(indicator(i) for i in indicators if i["part"] != IndicatorPart.MEDIUM.value),
        data.Signature(p["unit_name"] or "", target["filled_by"] or "", target["phone"] or "", target["filled_on"]))


def medium_years(text: str, p: Mapping[str, Any]) -> tuple[int, int]:
    """中期目标（start年—end年）: from the target's stated period, else the project period, else the year."""
    years = [int(y) for y in re.findall(r"(\d{4})\s*年?", text or "")]
    if years:
        return years[0], years[-1]
    return p["period_start"] or p["year"], p["period_end"] or p["year"]


def annual_funds(p: Mapping[str, Any], funds: Mapping[str, tuple[int, int, int]]) -> data.FundSplit:
    """年度资金总额 = the year's initial budget (what is declared), split into fiscal and other money."""
    if not funds:
        return data.FundSplit(rd.money(p["initial_budget_fen"]), None, None)
    other = funds.get(FundSource.OTHER.value, (0, 0, 0))[0]
    fiscal = sum(v[0] for source, v in funds.items() if source != FundSource.OTHER.value)
    return data.FundSplit(rd.money(p["initial_budget_fen"]), rd.money(fiscal), rd.money(other))


def indicator(row: Mapping[str, Any]) -> data.TargetIndicator:
    """The stored value text is already as printed (``≥95%``): keep it whole."""
    value = data.TargetValue(Comparison.QUALITATIVE, row["value_text"] or "")
    return data.TargetIndicator(row["level1"], row["level2"], row["name"], value)


def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None, folder: bool = False) -> list[str]:
    where = scope(uow.session, project=project, unit=unit, year=year)
    items, warnings = declarations(uow.session, where, progress)
    if not items:
        raise rd.nothing_to_print(translate("ReportKinds", "project with performance targets"))
    return warnings + rd.write_items(items, out, where, folder=folder, progress=progress)

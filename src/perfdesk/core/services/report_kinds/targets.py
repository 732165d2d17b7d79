"""``perfdesk report targets``: the 项目支出绩效目标申报表 of one project, or of every project of a unit or a year."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.progress import Progress
from perfdesk.core.reports import data
from perfdesk.core.reports.target_declaration import fund_total_checks
from perfdesk.core.services import report_data as rd
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.report_kinds import Scope, add_batch_arguments, scope

KIND = "targets"
DESCRIPTION = QT_TRANSLATE_NOOP("ReportKinds", "performance target declaration (项目支出绩效目标申报表)")
BATCH = True


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_batch_arguments(parser)


def declarations(session: Any, where: Scope, progress: Progress | None = None
                 ) -> tuple[list[data.TargetDeclaration], list[str]]:
    """The declarations (the targets area's adapter) of the projects in scope that have targets, and warnings."""
    from perfdesk.core.services.targets_pdf import declarations as target_declarations

    report = rd.loading(progress)
    report(0.0, translate("ReportKinds", "Reading targets"))
    codes = [p["code"] for p in rd.project_rows(session, where)]
    out = target_declarations(session, year=where.year, project_codes=set(codes))
    report(1.0, translate("ReportKinds", "Reading targets"))
    warnings = [translate("ReportKinds", "{code}: the fund split does not add up to the total.")
                .format(code=d.project.code) for d in out
                if not (fund_total_checks(d.annual_funds) and fund_total_checks(d.medium_funds))]
    if out and len(out) < len(codes):
        warnings.append(translate("ReportKinds", "{n} project(s) without targets were left out.")
                        .format(n=len(codes) - len(out)))
    return out, warnings


@guard(Right.READ)
def build(uow: UnitOfWork, *, project: str | None = None, unit: str | None = None, year: int | None = None,
          out: Path, progress: Progress | None = None, folder: bool = False) -> list[str]:
    where = scope(uow.session, project=project, unit=unit, year=year)
    items, warnings = declarations(uow.session, where, progress)
    if not items:
        raise rd.nothing_to_print(translate("ReportKinds", "project with performance targets"))
    return warnings + rd.write_items(items, out, where, folder=folder, progress=progress)

"""Cost-benefit analysis (成本效益分析表, RULES §10, seed 002 聊城): per project its cost items — unit cost, quantity,
amount, the expenditure standard followed and its source, the basis — and its core cost driver; the 聊城 checks
(:mod:`perfdesk.core.rules.costs`) with the settings in force; Excel in and out.

An import is all or nothing after a backup: each project in the file gets exactly the file's items (its earlier
items are replaced); projects not in the file are untouched. Saving one project's table from the window goes
through the same write.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import aliased

from perfdesk.core.db import models as m
from perfdesk.core.db import queries as q
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.domain.ordering import natural_key
from perfdesk.core.i18n import translate
from perfdesk.core.io import cost_xlsx as cx
from perfdesk.core.io.flat_xlsx import norm
from perfdesk.core.reports import cost_table as ct
from perfdesk.core.reports.data import ProjectInfo
from perfdesk.core.rules import costs as rules
from perfdesk.core.rules.params import CostParams, snapshot
from perfdesk.core.services import settings
from perfdesk.core.services.access import Right, guard

P, C, A, S = m.Project, m.CostItem, m.CostAnalysis, m.ExpenditureStandard
Impl, Dept = aliased(m.Unit), aliased(m.Unit)
ITEM_FIELDS = ("name", "unit_cost_fen", "quantity", "measure_unit", "amount_fen", "standard_id", "source", "basis")
COLUMN = {"source": "standard_source"}  # item key → CostItem attribute where they differ


# -- reading ----------------------------------------------------------------------------------------------
def _projects(session: Any, *, year: int | None, unit_ids: frozenset[int] | None,
              project_ids: list[int] | None) -> list[dict[str, Any]]:
    stmt = (select(P.id.label("project_id"), m.BudgetYear.year, P.code.label("project_code"),
                   P.name.label("project_name"), Impl.code.label("unit_code"), Impl.name.label("unit_name"),
                   func.coalesce(Dept.code, Impl.code).label("department_code"),
                   func.coalesce(Dept.name, Impl.name).label("department_name"), P.initial_budget_fen,
                   P.full_year_budget_fen, A.id.label("analysis_id"), A.core_driver, A.driver_quantity, A.driver_unit)
            .join(m.BudgetYear, m.BudgetYear.id == P.year_id).join(Impl, Impl.id == P.unit_id)
            .outerjoin(Dept, Dept.id == P.department_id).outerjoin(A, A.project_id == P.id))
    if year is not None:
        stmt = stmt.where(m.BudgetYear.year == year)
    if unit_ids is not None:
        stmt = stmt.where(P.unit_id.in_(sorted(unit_ids)))
    if project_ids is not None:
        stmt = stmt.where(P.id.in_(project_ids))
    else:
        has_items = select(C.project_id).distinct()
        stmt = stmt.where((A.id.is_not(None)) | P.id.in_(has_items))
    return [dict(r._mapping) for r in session.execute(stmt)]


def tables(session: Any, *, year: int | None = None, unit_ids: frozenset[int] | None = None,
           project_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """The analyses of the projects in scope (those that have one, or exactly ``project_ids``), by unit and
    project code, each with its items in table order."""
    heads = _projects(session, year=year, unit_ids=unit_ids, project_ids=project_ids)
    items = _items(session, [h["project_id"] for h in heads])
    for h in heads:
        h["core_driver"], h["driver_unit"] = h["core_driver"] or "", h["driver_unit"] or ""
        h["items"] = items.get(h["project_id"], [])
    return sorted(heads, key=lambda h: (natural_key(h["unit_code"]), natural_key(h["project_code"])))


def _items(session: Any, project_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    if not project_ids:
        return out
    stmt = (select(C, S).outerjoin(S, S.id == C.standard_id).where(C.project_id.in_(project_ids))
            .order_by(C.project_id, C.sort_order, C.id))
    for item, std in session.execute(stmt):
        row = {k: getattr(item, COLUMN.get(k, k)) for k in ITEM_FIELDS} | {"id": item.id}
        row["standard_code"] = std.code if std else ""
        row["standard_name"] = std.name if std else ""
        row["standard"] = _standard(std) if std else None
        out.setdefault(item.project_id, []).append(row)
    return out


def _standard(std: m.ExpenditureStandard) -> rules.Standard:
    return rules.Standard(std.code, std.name, std.value, std.unit, std.level, std.department_code, std.year_from,
                          std.year_to, std.source)


# -- checking ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CostFinding:
    project_id: int
    project_code: str
    project_name: str
    unit_code: str
    unit_name: str
    finding: rules.Finding

    def as_json(self) -> dict[str, Any]:
        f = self.finding
        return {"project": self.project_code, "project_name": self.project_name, "unit": self.unit_code,
                "item": f.item, "rule": f.rule, "severity": f.severity, "message": f.message,
                "explanation": f.explanation}


def params(session: Any) -> CostParams:
    return settings.load(session, CostParams)


def analysis_of(table: dict[str, Any], p: CostParams) -> rules.Analysis:
    budget = table["full_year_budget_fen"] if p.budget_basis == "full_year" else table["initial_budget_fen"]
    items = tuple(rules.Item(i["name"], i["unit_cost_fen"], i["quantity"], i["measure_unit"], i["amount_fen"],
                             i["standard"], i["basis"], i["source"]) for i in table["items"])
    return rules.Analysis(table["year"], table["department_code"], budget or 0, items, table["core_driver"])


def check_table(table: dict[str, Any], p: CostParams) -> list[rules.Finding]:
    return rules.check(analysis_of(table, p), p)


def findings(session: Any, *, year: int | None = None, unit_ids: frozenset[int] | None = None,
             project_ids: list[int] | None = None) -> list[CostFinding]:
    """Every finding of the analyses in scope, by unit and project, with the settings in force."""
    p = params(session)
    out = []
    for t in tables(session, year=year, unit_ids=unit_ids, project_ids=project_ids):
        head = (t["project_id"], t["project_code"], t["project_name"], t["unit_code"], t["unit_name"])
        out += [CostFinding(*head, f) for f in check_table(t, p)]
    return out


def params_in_force(session: Any) -> dict[str, Any]:
    return snapshot(params(session))


# -- writing ----------------------------------------------------------------------------------------------
def _replace(uow: UnitOfWork, project_id: int, driver: dict[str, Any], items: list[dict[str, Any]]) -> None:
    session = uow.session
    session.execute(delete(C).where(C.project_id == project_id))
    for order, item in enumerate(items):
        session.add(C(project_id=project_id, sort_order=order, **{COLUMN.get(k, k): item.get(k) for k in ITEM_FIELDS}))
    head = session.scalar(select(A).where(A.project_id == project_id))
    if head is None:
        head = A(project_id=project_id)
        session.add(head)
    head.core_driver = driver.get("core_driver") or ""
    head.driver_quantity = driver.get("driver_quantity")
    head.driver_unit = driver.get("driver_unit") or ""
    head.updated_at = uow.now()


def validate_item(item: dict[str, Any]) -> list[UserError]:
    problems = []
    if not (item.get("name") or "").strip():
        problems.append(UserError(translate("Costs", "A cost item needs its name."), column="name"))
    for key in ("unit_cost_fen", "amount_fen"):
        if not isinstance(item.get(key), int) or item[key] < 0:
            problems.append(UserError(translate("Costs", "{item}: amounts must be zero or more.")
                                      .format(item=item.get("name") or ""), column=key))
    quantity = item.get("quantity")
    if not isinstance(quantity, Decimal) or not quantity.is_finite() or quantity < 0:
        problems.append(UserError(translate("Costs", "{item}: the quantity must be a number of zero or more.")
                                  .format(item=item.get("name") or ""), column="quantity"))
    return problems


@guard(Right.EDIT)
def save_analysis(uow: UnitOfWork, project_id: int, driver: dict[str, Any], items: list[dict[str, Any]]) -> None:
    """One project's table as entered in the window (replacing its items); refused whole when an item is bad."""
    project = uow.session.get(P, project_id)
    if project is None:
        raise UserErrors(translate("Costs", "No project {id}.").format(id=project_id))
    problems = [e for item in items for e in validate_item(item)]
    if problems:
        raise UserErrors(problems)
    for item in items:
        if item.get("standard_id") and not (item.get("source") or "").strip():
            item["source"] = uow.session.scalar(select(S.source).where(S.id == item["standard_id"])) or ""
    _replace(uow, project_id, driver, items)
    uow.audit("cost.save", "project", project_id, code=project.code, items=len(items))


@dataclass
class ImportReport:
    projects: int = 0
    items: int = 0
    replaced: int = 0  # items the file's projects had before
    dry_run: bool = False
    year: int | None = None


@guard(Right.REVIEW)
def import_costs(uow: UnitOfWork, path: Path, *, year: int | None = None, dry_run: bool = False) -> ImportReport:
    """Each project's cost items and driver from a workbook, all or nothing (see the module docstring).
    ``year``: the budget year of rows without a 年度 (default: the latest year)."""
    found, sheet = cx.read_tables(Path(path))
    session = uow.session
    years = q.years(session)
    default_year = year or (years[0] if years else None)
    standards = {std.code: std for std in session.scalars(select(S))}
    by_project: dict[int, cx.ProjectTable] = {}
    for table in found:
        project = _project(session, sheet, table, table.year or default_year)
        for row, item in table.items:
            _resolve_standard(sheet, row, item, standards)
        if project is not None:
            _merge(sheet, by_project, project, table)
    sheet.raise_if_any()
    resolved = list(by_project.items())
    ids = list(by_project)
    report = ImportReport(len(resolved), sum(len(t.items) for _p, t in resolved), dry_run=dry_run, year=default_year)
    report.replaced = session.scalar(select(func.count()).select_from(C).where(C.project_id.in_(ids))) or 0
    if dry_run:
        return report
    from perfdesk.core.services import maintenance

    maintenance.backup_before(uow, "import")
    for pid, table in resolved:
        _replace(uow, pid, table.driver, [item for _row, item in table.items])
    uow.audit("cost.import", "cost_item", None, file=Path(path).name, projects=report.projects, items=report.items,
              replaced=report.replaced)
    return report


def _merge(sheet: Any, by_project: dict[int, cx.ProjectTable], pid: int, table: cx.ProjectTable) -> None:
    """Rows of one project with and without 年度 (the default year) belong together, in row order."""
    first = by_project.setdefault(pid, table)
    if first is table:
        return
    first.items = sorted(first.items + table.items, key=lambda pair: pair[0])
    if first.driver_row is None:
        first.driver, first.driver_row = table.driver, table.driver_row
    elif table.driver_row is not None and table.driver != first.driver:
        sheet.add(translate("CostImport", "The core cost driver differs from the one on row {row} for the same "
                                          "project: give one driver per project.").format(row=first.driver_row),
                  table.driver_row, "core_driver")


def _project(session: Any, sheet: Any, table: cx.ProjectTable, year: int | None) -> int | None:
    row = session.execute(select(P.id, P.name).join(m.BudgetYear, m.BudgetYear.id == P.year_id)
                          .where(P.code == table.code, m.BudgetYear.year == year)).first()
    if row is None:
        sheet.add(translate("CostImport", "There is no project {code} in {year}.").format(code=table.code, year=year),
                  table.first_row, "project_code")
        return None
    if table.name and norm(table.name) != norm(row.name):
        sheet.add(translate("CostImport", "Project {code} is called {name} in the database, not {typed}: check the "
                                          "code.").format(code=table.code, name=row.name, typed=table.name),
                  table.first_row, "project_name")
        return None
    return int(row.id)


def _resolve_standard(sheet: Any, row: int, item: dict[str, Any], standards: dict[str, Any]) -> None:
    code = item.pop("standard_code", "")
    item["standard_id"] = None
    if not code:
        return
    std = standards.get(code)
    if std is None:
        sheet.add(translate("CostImport", "There is no expenditure standard {code} in the library.").format(code=code),
                  row, "standard_code")
        return
    item["standard_id"] = std.id
    item["source"] = item.get("source") or std.source


def export_costs(session: Any, path: Path, *, year: int | None = None,
                 unit_ids: frozenset[int] | None = None, project_ids: list[int] | None = None) -> int:
    """The analyses in scope in the import layout; returns the rows written."""
    return cx.write_tables(Path(path), tables(session, year=year, unit_ids=unit_ids, project_ids=project_ids))


def projects_of_year(session: Any, year: int | None, unit_ids: frozenset[int] | None = None) -> list[dict[str, Any]]:
    """Every project of the year (for the window's list), with its item count and amounts total."""
    counts = (select(C.project_id, func.count().label("n"), func.sum(C.amount_fen).label("total"))
              .group_by(C.project_id).subquery())
    stmt = (select(P.id, P.code, P.name, P.initial_budget_fen, P.full_year_budget_fen, Impl.code.label("unit_code"),
                   func.coalesce(counts.c.n, 0).label("items"), func.coalesce(counts.c.total, 0).label("total"))
            .join(m.BudgetYear, m.BudgetYear.id == P.year_id).join(Impl, Impl.id == P.unit_id)
            .outerjoin(counts, counts.c.project_id == P.id).where(P.retired.is_(False)))
    if year is not None:
        stmt = stmt.where(m.BudgetYear.year == year)
    if unit_ids is not None:
        stmt = stmt.where(P.unit_id.in_(sorted(unit_ids)))
    rows = [dict(r._mapping) for r in session.execute(stmt)]
    return sorted(rows, key=lambda r: (natural_key(r["unit_code"]), natural_key(r["code"])))


# -- printing ---------------------------------------------------------------------------------------------
def printed_tables(session: Any, *, year: int | None = None, unit_ids: frozenset[int] | None = None,
                   project_ids: list[int] | None = None) -> list[ct.CostTable]:
    """The tables in scope as the report engine prints them, with the findings of the settings in force."""
    p = params(session)
    return [printed(t, check_table(t, p), p) for t in tables(session, year=year, unit_ids=unit_ids,
                                                              project_ids=project_ids)
            if t["analysis_id"] is not None or t["items"]]


def printed(t: dict[str, Any], found: list[rules.Finding], p: CostParams) -> ct.CostTable:
    info = ProjectInfo(t["project_code"], t["project_name"], t["year"], t["department_name"] or "",
                       t["unit_name"] or "", t["department_code"] or "")
    total = sum(i["amount_fen"] for i in t["items"])
    driver, per_driver = "", ""
    if t["core_driver"]:
        quantity = t["driver_quantity"]
        driver = t["core_driver"] + (f" {rules.quantity_text(quantity)}{t['driver_unit']}" if quantity else "")
        if quantity:
            per_driver = f"{rules.yuan(Decimal(total) / quantity)}元/{t['driver_unit'] or t['core_driver']}"
    budget = t["full_year_budget_fen"] if p.budget_basis == "full_year" else t["initial_budget_fen"]
    rows = tuple(_printed_row(i, [f for f in found if f.item == i["name"]]) for i in t["items"])
    return ct.CostTable(info, BUDGET_LABELS[p.budget_basis], Money(budget or 0), driver, per_driver, rows,
                        tuple(f.message for f in found), review_basis(p))


BUDGET_LABELS = {"initial": "年初预算数", "full_year": "全年预算数"}


def _printed_row(i: dict[str, Any], found: list[rules.Finding]) -> ct.CostRow:
    std: rules.Standard | None = i["standard"]
    value = f"{rules.quantity_text(std.value)}{std.unit}" if std else ""
    review = "；".join(dict.fromkeys(f.label for f in found)) or "未见问题"
    return ct.CostRow(i["name"], rules.yuan(i["unit_cost_fen"]), rules.quantity_text(i["quantity"]),
                      i["measure_unit"], Money(i["amount_fen"]), std.name if std else "", value, i["source"],
                      i["basis"], review)


def review_basis(p: CostParams) -> str:
    """The settings in force, as a sentence on the printed table."""
    budget = BUDGET_LABELS[p.budget_basis]
    parts = [f"分项成本合计少于{budget}" + (f"超过{rules.yuan(p.sum_tolerance_yuan * 100)}元" if p.sum_tolerance_yuan
                                       else "") + "的，为成本构成不完整",
             "单位成本与数量的乘积少于分项金额" + (f"超过{rules.yuan(p.product_tolerance_yuan * 100)}元"
                                       if p.product_tolerance_yuan else "") + "的，为单位成本与数量不相符",
             "单位成本高于所依据的支出标准" + (f"超过{rules.quantity_text(p.standard_tolerance_percent)}%"
                                   if p.standard_tolerance_percent else "") + "的，为超标准"]
    return "；".join(parts) + "。"

"""Cost-benefit analysis tables (成本效益分析表, 聊城) in and out of Excel: sheet 成本效益分析表, one cost item per row.

Columns: 年度, 项目编码, 项目名称, 成本项目 (分项成本: 差旅费, 会议费 …), 单位成本（元）, 数量, 计量单位, 金额（元）,
支出标准编号 (a code of the standard library), 支出标准 (its name, written for reading, not read back), 标准来源,
测算依据, then the project's core cost driver 核心成本因素 / 核心因素数量 / 核心因素单位, repeated on each of its rows
(the rows of one project must agree). A row with a project code and no item holds only the driver.
Amounts are in 元 unless the cell says 万元.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from perfdesk.core.i18n import translate
from perfdesk.core.io import flat_xlsx as fx
from perfdesk.core.io.flat_xlsx import Column, Record, Sheet
from perfdesk.core.io.sheets import LONG_TEXT_MAX as LONG

SHEET = "成本效益分析表"
COLUMNS = (
    Column("year", "年度", False, 6), Column("project_code", "项目编码", True, 16, 64),
    Column("project_name", "项目名称", False, 28, 300),
    Column("name", "成本项目", True, 18, 200, aliases=("分项成本", "成本项目名称")),
    Column("unit_cost", "单位成本（元）", False, 12, aliases=("单位成本",)),
    Column("quantity", "数量", False, 8, aliases=("数量规模",)),
    Column("measure_unit", "计量单位", False, 8, 40),
    Column("amount", "金额（元）", False, 14, aliases=("金额", "分项成本金额", "分项成本预算金额")),
    Column("standard_code", "支出标准编号", False, 12, 40), Column("standard_name", "支出标准", False, 24),
    Column("source", "标准来源", False, 24, LONG, aliases=("依据来源",)), Column("basis", "测算依据", False, 30, LONG),
    Column("core_driver", "核心成本因素", False, 16, 200, aliases=("成本核心因素",)),
    Column("driver_quantity", "核心因素数量", False, 10), Column("driver_unit", "核心因素单位", False, 10, 40))
ITEM_KEYS = ("name", "unit_cost", "quantity", "measure_unit", "amount", "standard_code", "source", "basis")
DRIVER_KEYS = ("core_driver", "driver_quantity", "driver_unit")


@dataclass
class ProjectTable:
    """One project's rows of the sheet."""

    year: int | None
    code: str
    name: str
    first_row: int
    driver: dict[str, Any] = field(default_factory=lambda: {"core_driver": "", "driver_quantity": None,
                                                             "driver_unit": ""})
    driver_row: int | None = None
    items: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


# -- writing ----------------------------------------------------------------------------------------------
def rows_of(table: dict[str, Any]) -> Iterable[list[Any]]:
    """A stored analysis (see :func:`perfdesk.core.services.costs.tables`) as the rows of the sheet."""
    head = [table["year"], table["project_code"], table["project_name"]]
    driver = [table["core_driver"], table["driver_quantity"], table["driver_unit"]]
    if not table["items"]:
        yield [*head, *([""] * 9), *driver]
    for it in table["items"]:
        yield [*head, it["name"], fx.yuan_number(it["unit_cost_fen"]), it["quantity"], it["measure_unit"],
               fx.yuan_number(it["amount_fen"]), it["standard_code"], it["standard_name"], it["source"], it["basis"],
               *driver]


def write_tables(path: Path, tables: Iterable[dict[str, Any]]) -> int:
    """Rows written (items, and one row per project without items)."""
    return fx.write(path, SHEET, COLUMNS, (row for t in tables for row in rows_of(t)))


# -- reading ----------------------------------------------------------------------------------------------
def read_tables(path: Path) -> tuple[list[ProjectTable], Sheet]:
    """The projects of the sheet in first-row order, each with its items and driver; every problem located."""
    sheet = fx.read(path, SHEET, COLUMNS)
    if sheet.problems.items:
        return [], sheet
    projects: dict[tuple[int | None, str], ProjectTable] = {}
    for rec in sheet.records:
        code = fx.required(sheet, rec, "project_code")
        year = fx.year(sheet, rec, "year")
        if not code:
            continue
        table = projects.setdefault((year, code), ProjectTable(year, code, rec.cells.get("project_name", ""),
                                                                 rec.row))
        _driver(sheet, rec, table)
        if any(rec.cells.get(k) for k in ITEM_KEYS):
            table.items.append((rec.row, _item(sheet, rec)))
    return list(projects.values()), sheet


def _item(sheet: Sheet, rec: Record) -> dict[str, Any]:
    fx.required(sheet, rec, "name")
    item: dict[str, Any] = {k: rec.cells.get(k, "") for k in ("name", "measure_unit", "standard_code", "source",
                                                              "basis")}
    item["unit_cost_fen"] = fx.money(sheet, rec, "unit_cost")
    item["quantity"] = fx.decimal(sheet, rec, "quantity")
    item["amount_fen"] = fx.money(sheet, rec, "amount")
    return item


def _driver(sheet: Sheet, rec: Record, table: ProjectTable) -> None:
    """The project's driver from this row, which must agree with any earlier row that gave one."""
    if not any(rec.cells.get(k) for k in DRIVER_KEYS):
        return
    quantity = fx.decimal(sheet, rec, "driver_quantity", needed=False)
    found = {"core_driver": rec.cells.get("core_driver", ""), "driver_quantity": quantity,
             "driver_unit": rec.cells.get("driver_unit", "")}
    if table.driver_row is None:
        table.driver, table.driver_row = found, rec.row
    elif found != table.driver:
        sheet.add(translate("CostImport", "The core cost driver differs from the one on row {row} for the same "
                                          "project: give one driver per project.").format(row=table.driver_row),
                  rec.row, "core_driver")


def driver_quantity_text(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")

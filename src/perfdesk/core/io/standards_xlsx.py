"""The expenditure standard library (支出标准库, 济宁) in and out of Excel: sheet 支出标准库, one standard per row.

Columns as 济宁 and 聊城 collect them: 标准编号, 标准名称, 层级 (通用 / 行业定额 / 部门特色), 行业, 标准值, 计量单位
(元/人·天 …), 测算依据, 来源, 适用项目, 部门编码 (a 部门特色 standard's department), 起始年度, 截止年度.
Reading turns rows into standard dicts and collects every located problem; the service checks codes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from perfdesk.core.domain.enums import SECTOR_NAMES_ZH, sector_code
from perfdesk.core.i18n import translate
from perfdesk.core.io import flat_xlsx as fx
from perfdesk.core.io.flat_xlsx import Column, Record, Sheet
from perfdesk.core.io.sheets import LONG_TEXT_MAX as LONG

SHEET = "支出标准库"
LEVELS = {"general": "通用", "industry": "行业定额", "department": "部门特色"}
COLUMNS = (
    Column("code", "标准编号", True, 12, 40), Column("name", "标准名称", True, 30, 200),
    Column("level", "层级", True, 10, aliases=("标准层级",)), Column("sector", "行业", False, 10),
    Column("value", "标准值", True, 10), Column("unit", "计量单位", False, 12, 40),
    Column("basis", "测算依据", False, 36, LONG), Column("source", "来源", False, 30, LONG),
    Column("applies_to", "适用项目", False, 24, LONG), Column("department_code", "部门编码", False, 12, 64),
    Column("year_from", "起始年度", False, 8), Column("year_to", "截止年度", False, 8))


def row_of(std: dict[str, Any]) -> list[Any]:
    """A stored standard as the cells of its row."""
    return [std["code"], std["name"], LEVELS.get(std["level"], std["level"]),
            SECTOR_NAMES_ZH.get(std["sector"], std["sector"]), std["value"], std["unit"], std["basis"],
            std["source"], std["applies_to"], std["department_code"], std["year_from"], std["year_to"]]


def write_standards(path: Path, standards: Iterable[dict[str, Any]]) -> int:
    return fx.write(path, SHEET, COLUMNS, (row_of(s) for s in standards))


def read_standards(path: Path) -> tuple[list[tuple[int, dict[str, Any]]], Sheet]:
    """(row, standard) of every filled row with the sheet and its problems (nothing raised)."""
    sheet = fx.read(path, SHEET, COLUMNS)
    return [(rec.row, _standard(sheet, rec)) for rec in sheet.records], sheet


def _standard(sheet: Sheet, rec: Record) -> dict[str, Any]:
    cells = rec.cells
    std: dict[str, Any] = {key: cells.get(key, "") for key in ("code", "name", "unit", "basis", "source",
                                                                "applies_to", "department_code")}
    fx.required(sheet, rec, "code")
    fx.required(sheet, rec, "name")
    std["level"] = fx.choice(sheet, rec, "level", LEVELS)
    std["value"] = fx.decimal(sheet, rec, "value")
    std["sector"] = sector_code(cells.get("sector", "")) or ""
    if sector_code(cells.get("sector", "")) is None:
        sheet.add(translate("StandardsImport", "{value} is not one of {choices}.").format(
            value=cells["sector"], choices="、".join(SECTOR_NAMES_ZH.values())), rec.row, "sector")
    if std["level"] == "industry" and not cells.get("sector"):
        sheet.add(translate("StandardsImport", "An industry quota (行业定额) needs its sector (行业)."), rec.row, "sector")
    if std["level"] == "department" and not std["department_code"]:
        sheet.add(translate("StandardsImport", "A department standard (部门特色) needs the department code (部门编码)."),
                  rec.row, "department_code")
    std["year_from"], std["year_to"] = fx.year(sheet, rec, "year_from"), fx.year(sheet, rec, "year_to")
    if std["year_from"] and std["year_to"] and std["year_to"] < std["year_from"]:
        sheet.add(translate("StandardsImport", "The last year is before the first year."), rec.row, "year_to")
    return std

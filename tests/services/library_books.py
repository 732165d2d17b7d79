"""Small library workbooks for import tests, written with openpyxl."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

HEAD = ["范围", "行业", "项目类型", "一级指标", "二级指标", "三级指标", "比较方式", "参考值", "计量单位", "指标值依据",
        "计算方法", "来源"]


def row(name: str, *, sector: str = "教育", level1: str = "产出指标", level2: str = "数量指标", unit: str = "人",
        comparison: str = "≥", scope: str = "行业", basis: str = "计划标准") -> list[Any]:
    return [scope, sector, "", level1, level2, name, comparison, "", unit, basis, "说明", "本县"]


def book(path: Path, rows: list[list[Any]], head: list[str] | None = None, sheet: str = "指标库") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(head or HEAD)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path

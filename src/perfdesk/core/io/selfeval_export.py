"""Write the in-unit ranking of self-evaluation scores (冠县 practice) to an .xlsx workbook with openpyxl."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from perfdesk.core.io import xlsx_out

HEADERS = ("单位", "排名", "项目编码", "项目名称", "自评得分", "得分来源", "评价等级", "预算执行率（%）")
WIDTHS = (22, 6, 24, 40, 10, 10, 10, 14)
SOURCE = {"self": "自评", "review": "复核"}


def ranking_cells(row: Any) -> list[Any]:
    """One ranking row as the cells of the sheet (scores as numbers, two decimals)."""
    rate = None if row.execution_rate is None else round(float(row.execution_rate), 2)
    return [row.unit, row.rank or None, row.code, row.name, None if row.score is None else float(row.score),
            SOURCE.get(row.score_source, row.score_source), row.grade, rate]


def write_ranking_xlsx(rows: Sequence[Any], path: str | Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = "单位内自评排名"
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font, cell.alignment = Font(bold=True), Alignment(horizontal="center")
    for row in rows:
        xlsx_out.append(ws, ranking_cells(row))
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[chr(64 + i)].width = width
    for cells in ws.iter_rows(min_row=2, min_col=5, max_col=5):
        cells[0].number_format = "0.00"
    ws.freeze_panes = "A2"
    path = Path(path)
    book.save(path)
    return path

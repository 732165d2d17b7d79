"""Budget-system project exports in the shapes counties get (RULES §1), written for tests."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

FIELD_HEADER = ["FISCAL_YEAR", "MOF_DIV_CODE", "DEPT_CODE", "DEPT_NAME", "AGENCY_CODE", "AGENCY_NAME", "PRO_CODE",
                "PRO_NAME", "PRO_KIND_CODE", "EXP_FUNC_CODE", "FUND_TYPE_CODE", "FUND_TYPE_NAME", "资金来源",
                "REPLY_AMT", "ADJ_AMT", "CUR_AMT"]
# a county's own level, two departments and a township, amounts in 元 (to the fen)
FIELD_ROWS: list[list[Any]] = [
    [2025, "371525", "101", "冠县教育局", "101001", "冠县第一中学", "37152525R000000000001", "校舍维修改造", "3", "2050203",
     "111", "一般公共预算资金", "本级", 800000, 0, 800000],
    [2025, "371525", "101", "冠县教育局", "101002", "冠县实验小学", "37152525R000000000002", "学生营养餐补助", "3", "2050202",
     "111", "一般公共预算资金", "本级", 1200000.25, 50000.26, 1250000.51],
    [2025, "371525", "102", "冠县卫生健康局", "102", "冠县卫生健康局", "37152525R000000000003", "基层医疗设备购置", "3",
     "2100302", "111", "一般公共预算资金", "中央转移支付", 500000, 0, 500000],
    [2025, "371525", "106", "冠县交通运输局", "106001", "冠县公路事业发展中心", "37152525R000000000004", "农村公路养护", "3",
     "2140106", "120", "政府性基金预算资金", "省转移支付", 3000000, -200000, 2800000],
    [2025, "371525001", "901", "清泉街道", "901", "清泉街道", "37152525R000000000005", "街道道路硬化", "3", "2120399",
     "111", "一般公共预算资金", "县对下转移支付", 400000, 0, 400000],
]
FIELD_FEN = {"37152525R000000000001": (80_000_000, 80_000_000), "37152525R000000000002": (120_000_025, 125_000_051),
             "37152525R000000000003": (50_000_000, 50_000_000), "37152525R000000000004": (300_000_000, 280_000_000),
             "37152525R000000000005": (40_000_000, 40_000_000)}


def field_code_xlsx(path: Path, rows: Sequence[Sequence[Any]] | None = None, header: Sequence[str] = FIELD_HEADER,
                    above: Sequence[Sequence[Any]] = ()) -> Path:
    """The budget system's own export: field codes on the first row, amounts in 元."""
    book = Workbook()
    ws = book.active
    ws.title = "项目明细"
    for row in above:
        ws.append(list(row))
    ws.append(list(header))
    for row in FIELD_ROWS if rows is None else rows:
        ws.append(list(row))
    book.save(path)
    return path


CHINESE_ROWS: list[list[Any]] = [
    ["2025年冠县县级部门项目支出预算表"],
    ["", "", "", "", "", "", "单位：万元"],
    ["主管部门", "预算单位", "项目名称", "资金来源", "资金性质", "年初预算数", "全年预算数"],
    ["101-冠县教育局", "101001-冠县第一中学", "37152525R000000000001-校舍维修改造", "本级", "一般公共预算", "80.0000", "80.0000"],
    ["101-冠县教育局", "101002-冠县实验小学", " 37152525R000000000002-学生营养餐补助 ", " 本级 ", "一般公共预算", "120.0000",
     "1,25０.0051"],  # a full-width 0 among the digits
    [],
    ["106-冠县交通运输局", "106001-冠县公路事业发展中心", "37152525R000000000004-农村公路养护", "省转移支付", "政府性基金预算",
     "300.0000", "280.0000"],
    ["", "", "", "", "", "", ""],
    ["901-清泉街道", "901-清泉街道", "37152525R000000000005-街道道路硬化", "县对下转移支付", "一般公共预算", "40.0000", "40.0000"],
    ["合计", "", "", "", "", "540.0000", "1,650.0051"],
]


def gbk_csv(path: Path, rows: Sequence[Sequence[Any]] = CHINESE_ROWS, encoding: str = "gbk") -> Path:
    """A county's own export saved as CSV: title, unit row, Chinese headers, code-name cells, a 合计 row."""
    with path.open("w", encoding=encoding, newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path

"""Standard-library and cost-benefit workbooks for tests (written with openpyxl), and a 聊城-like project: a
street-lamp maintenance project of 120万元 whose table has all three faults the 聊城 review looks for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from perfdesk.core.db import models as m
from perfdesk.core.db.engine import Database
from perfdesk.core.domain.money import Money

STANDARD_HEAD = ["标准编号", "标准名称", "层级", "行业", "标准值", "计量单位", "测算依据", "来源", "适用项目", "部门编码",
                 "起始年度", "截止年度"]
STANDARDS = [
    ["TY-001", "住宿费（省内）", "通用", "", 350, "元/人·天", "按城市分档，取一类城市上限", "市财政局差旅费管理办法", "差旅费", "", 2024, ""],
    ["TY-002", "会议费（三类会议）", "通用", "", 550, "元/人·天", "住宿、伙食、其他费用综合定额", "市财政局会议费管理办法", "会议", "", "", ""],
    ["HY-001", "路灯维护定额", "行业定额", "城市管理和住房", 300, "元/盏·年", "按路灯基数测算", "市住建局路灯维护标准", "路灯运维", "", 2024, 2026],
    ["BM-001", "受助人员生活照料", "部门特色", "社会保障", 1.2, "万元/人·年", "受助对象人数 × 年照料标准", "市民政局", "救助机构", "D001", "", ""],
]
COST_HEAD = ["年度", "项目编码", "项目名称", "成本项目", "单位成本（元）", "数量", "计量单位", "金额（元）", "支出标准编号",
             "支出标准", "标准来源", "测算依据", "核心成本因素", "核心因素数量", "核心因素单位"]
LAMPS = [  # 960,000 + 38,000 + 100,000 = 1,098,000 元 < 1,200,000 元 budget: incomplete by 102,000 元
    [2025, "LD01", "路灯运维", "路灯维修费", 300, 3200, "盏·年", 960000, "HY-001", "", "", "按路灯基数", "路灯基数", 3200, "盏"],
    [2025, "LD01", "路灯运维", "差旅费（住宿）", 380, 100, "人·天", 38000, "TY-001", "", "", "", "路灯基数", 3200, "盏"],
    [2025, "LD01", "路灯运维", "会议费", 450, 200, "人·天", 100000, "TY-002", "", "", "", "路灯基数", 3200, "盏"],
]


def book(path: Path, head: list[str], rows: list[list[Any]], sheet: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(head)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def standards_book(path: Path, rows: list[list[Any]] | None = None) -> Path:
    return book(path, STANDARD_HEAD, STANDARDS if rows is None else rows, "支出标准库")


def cost_book(path: Path, rows: list[list[Any]] | None = None) -> Path:
    return book(path, COST_HEAD, LAMPS if rows is None else rows, "成本效益分析表")


def lamp_project(db: Database, *, budget_wan: str = "120", year: int = 2025) -> dict[str, int]:
    """Year, a department D001 and two projects: LD01 路灯运维 (budget ``budget_wan`` 万元) and JZ01 救助机构生活照料."""
    with db.sessions() as s:
        y = m.BudgetYear(year=year)
        dept = m.Unit(code="D001", name="县民政局", kind="department")
        other = m.Unit(code="D002", name="县住建局", kind="department")
        s.add_all([y, dept, other])
        s.flush()
        ids = {}
        for code, name, unit, wan in (("LD01", "路灯运维", other, budget_wan), ("JZ01", "救助机构生活照料", dept, "30")):
            fen = Money.wan(wan).fen
            p = m.Project(year_id=y.id, code=code, name=name, unit_id=unit.id, department_id=unit.id,
                          initial_budget_fen=fen, full_year_budget_fen=fen)
            s.add(p)
            s.flush()
            ids[code] = p.id
        s.commit()
    return ids

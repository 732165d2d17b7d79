"""A department-wide scenario: one year, a department with two units, a record written as a workbook."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from perfdesk.core.db import models as m
from perfdesk.core.db.engine import Database
from perfdesk.core.domain.money import Money
from perfdesk.core.io.deptwide_xlsx import DeptSheet, write_departments
from perfdesk.core.rules.deptwide import DeptIndicator, DeptTask

YEAR = 2025
CODE = "301"
NAME = "县农业农村局"
PERSON = "王晓梅"  # 填报人: never published
PHONE = "0539-7221234"  # 联系电话: never published
MOBILE = "139-5391-2288"
REVIEW = "复核意见：自评偏高，约谈分管领导"  # finance's internal comment


def department(db: Database) -> None:
    with db.sessions() as s:
        s.add(m.BudgetYear(year=YEAR))
        s.add(m.Unit(code=CODE, name=NAME, kind="department"))
        s.add(m.Unit(code="999", name="县统计局", kind="department"))
        s.commit()


def sheet(*, actuals: bool = True) -> DeptSheet:
    spent = (Money.wan("540"), Money.wan("360")) if actuals else (None, None)
    tasks = [DeptTask("高标准农田建设", "新建高标准农田2万亩", Money.wan("600"), spent[0]),
             DeptTask("农技推广", f"培训农民2000人次，咨询电话{MOBILE}", Money.wan("400"), spent[1])]
    lines = [DeptIndicator("产出指标", "数量指标", "新建高标准农田面积", "≥2万亩", Decimal(30), "2.1万亩" if actuals else ""),
             DeptIndicator("产出指标", "质量指标", "农民培训合格率", "≥95%", Decimal(30), "90%" if actuals else "",
                           deviation=f"部分学员缺考，联系人：{PERSON}，电话{PHONE}" if actuals else ""),
             DeptIndicator("效益指标", "社会效益指标", "粮食综合生产能力", "有效提升", Decimal(20),
                           "达成年度指标" if actuals else ""),
             DeptIndicator("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", Decimal(10), "92%" if actuals else "")]
    return DeptSheet(YEAR, CODE, NAME, "负责全县农业农村发展规划、农田建设和农技推广。", "完成高标准农田建设2万亩，培训农民2000人次。",
                     "建成高标准农田2.1万亩，培训农民1900人次。" if actuals else "", "", PERSON, PHONE, tasks, lines)


def book(path: Path, *, actuals: bool = True) -> Path:
    write_departments(path, [sheet(actuals=actuals)])
    return path

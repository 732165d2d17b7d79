"""Department-wide records for the demo county (汶上 practice: every county department sets department-wide
targets and evaluates itself): for each supervising department of the year, its largest projects as the main
tasks, five typical department indicators, the actuals, scored with the settings in force. Deterministic."""

from __future__ import annotations

import random
from decimal import Decimal

from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.money import Money
from perfdesk.core.io.deptwide_xlsx import DeptSheet
from perfdesk.core.rules.deptwide import DeptIndicator, DeptTask
from perfdesk.core.services import deptwide
from perfdesk.core.services.access import Right, guard

TASKS_PER_DEPARTMENT = 4


@guard(Right.REVIEW)
def add_demo_records(uow: UnitOfWork, year: int, seed: int) -> int:
    """Write and score a record per department with projects in ``year``; committed. Returns the records."""
    rng = random.Random(seed * 1009 + year)
    session = uow.session
    departments = session.execute(select(m.Unit.id, m.Unit.code, m.Unit.name).where(m.Unit.kind == "department")
                                  .order_by(m.Unit.sort_order, m.Unit.code)).all()
    written = 0
    for n, (unit_id, code, name) in enumerate(departments):
        projects = session.execute(
            select(m.Project.name, m.Project.full_year_budget_fen, m.Project.spent_fen).join(m.BudgetYear)
            .where(m.BudgetYear.year == year, m.Project.department_id == unit_id, m.Project.kind != "department_wide")
            .order_by(m.Project.full_year_budget_fen.desc(), m.Project.code).limit(TASKS_PER_DEPARTMENT)).all()
        if not projects:
            continue
        deptwide.save(uow, _sheet(year, code, name, projects, rng))
        dp = deptwide.get(session, year, code)
        deptwide._score(uow, dp)  # noqa: SLF001 - the service's own scoring step, inside this unit of work
        dp.status = "draft" if n == 0 else "approved"
        written += 1
    uow.commit()
    return written


def _sheet(year: int, code: str, name: str, projects: list, rng: random.Random) -> DeptSheet:
    tasks = [DeptTask(p_name, f"实施{p_name}，按计划完成年度建设和支出任务", Money(budget), Money(spent))
             for p_name, budget, spent in projects]
    done = len(tasks) - (1 if rng.random() < 0.3 else 0)
    rate = rng.randint(86, 100)
    satisfied = rng.randint(87, 97)
    partly = rng.random() < 0.25
    lines = [
        DeptIndicator("产出指标", "数量指标", "年度重点工作任务完成数", f"≥{len(tasks)}项", Decimal(30), f"{done}项",
                      deviation="" if done == len(tasks) else "个别任务跨年度实施，已列入下年度计划"),
        DeptIndicator("产出指标", "质量指标", "项目绩效目标审核通过率", "≥95%", Decimal(20), f"{rng.randint(93, 100)}%"),
        DeptIndicator("产出指标", "时效指标", "资金拨付及时率", "≥90%", Decimal(10), f"{rate}%",
                      deviation="" if rate >= 90 else "部分资金待项目验收后拨付"),
        DeptIndicator("效益指标", "社会效益指标", "部门履职目标实现程度", "达成年度指标", Decimal(20),
                      "部分达成并具有一定效果" if partly else "达成年度指标"),
        DeptIndicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", Decimal(10), f"{satisfied}%",
                      deviation="" if satisfied >= 90 else "群众对办理时限有意见，将压缩办理环节")]
    return DeptSheet(year, code, name, f"{name}负责本行业发展规划的编制和实施，管理本部门预算资金，组织实施年度重点工作。",
                     "全面完成年度主要任务，预算执行率达到90%以上，重点项目绩效目标全部实现，服务对象满意度达到90%以上。",
                     f"完成年度主要任务{done}项，资金拨付及时率{rate}%，服务对象满意度{satisfied}%。", "", "",
                     "", tasks, lines)

"""The demo county's expenditure standard library and a few cost-benefit tables: most meet the 聊城 checks, one
of each fault shows what the review finds (items short of the budget, unit cost × quantity short of an amount, a
unit cost above its standard, a table without its core cost driver). Deterministic: the same projects, the same
tables. The standards' sources are named generically: they are examples, not citations."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import costs, standards

STANDARDS = (  # code, name, level, sector, value, unit, basis, source, applies to
    ("TY-001", "住宿费（省内一类城市）", "general", "", "350", "元/人·天", "按出差城市分档取上限", "本级差旅费管理办法", "差旅费"),
    ("TY-002", "会议费（三类会议）", "general", "", "550", "元/人·天", "住宿、伙食、其他费用综合定额", "本级会议费管理办法", "会议"),
    ("TY-003", "培训费（三类培训）", "general", "", "450", "元/人·天", "住宿、伙食、场地、讲课等综合定额", "本级培训费管理办法", "培训"),
    ("TY-004", "专家咨询费（高级职称）", "general", "", "2400", "元/人·天", "按专家职称分档取上限", "本级专家咨询费管理办法", "评审、咨询"),
    ("HY-001", "校舍维修改造单位造价", "industry", "education", "1800", "元/平方米", "近三年同类工程结算平均价", "县教育局、县住建局", "校舍维修"),
    ("HY-002", "职业健康检查", "industry", "health", "200", "元/人次", "按检查项目套餐测算", "县卫生健康局", "职业病防治"),
    ("HY-003", "路灯运行维护定额", "industry", "urban", "300", "元/盏·年", "按路灯基数测算", "县住建局", "路灯运维"),
)


def add_demo_costs(uow: UnitOfWork, year: int, *, tables: int = 6) -> None:
    """Standards, then cost tables for the first ``tables`` projects of ``year`` with a budget (by code)."""
    ids = {}
    for code, name, level, sector, value, unit, basis, source, applies in STANDARDS:
        ids[code] = standards.save_standard(uow, {
            "code": code, "name": name, "level": level, "sector": sector, "value": Decimal(value), "unit": unit,
            "basis": basis, "source": source, "applies_to": applies, "year_from": year - 1})
    projects = uow.session.execute(
        select(m.Project.id, m.Project.initial_budget_fen).join(m.BudgetYear, m.BudgetYear.id == m.Project.year_id)
        .where(m.BudgetYear.year == year, m.Project.initial_budget_fen >= 20_000_000).order_by(m.Project.code)).all()
    for n, (pid, budget) in enumerate(projects[:tables]):
        driver, items = table(n, budget, ids)
        costs.save_analysis(uow, pid, driver, items)


def _item(name: str, cost_yuan: str, quantity: str, unit: str, standard: int | None = None, *,
          amount_yuan: str | None = None, basis: str = "") -> dict[str, Any]:
    cost, qty = Decimal(cost_yuan), Decimal(quantity)
    amount = Decimal(amount_yuan) if amount_yuan is not None else cost * qty
    return {"name": name, "unit_cost_fen": int(cost * 100), "quantity": qty, "measure_unit": unit,
            "amount_fen": int(amount * 100), "standard_id": standard, "source": "", "basis": basis}


def table(n: int, budget_fen: int, ids: dict[str, int]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Table ``n``: 0 and 5 clean; 1 short of the budget; 2 a hotel above its standard; 3 a meeting whose unit
    cost × quantity is short of its amount; 4 without its core cost driver."""
    hotel = "420" if n == 2 else "350"
    meeting_amount = "35000" if n == 3 else None
    items = [_item("差旅费（住宿）", hotel, "40", "人·天", ids["TY-001"]),
             _item("会议费", "550", "60", "人·天", ids["TY-002"], amount_yuan=meeting_amount),
             _item("培训费", "450", "80", "人·天", ids["TY-003"]),
             _item("专家咨询费", "2000", "10", "人·天", ids["TY-004"])]
    rest = budget_fen - sum(i["amount_fen"] for i in items)
    if n == 1:
        rest -= budget_fen // 20  # 5% of the budget not broken down
    items.append({"name": "项目实施费", "unit_cost_fen": rest, "quantity": Decimal(1), "measure_unit": "项",
                  "amount_fen": rest, "standard_id": None, "source": "", "basis": "按项目实施方案逐项测算"})
    driver = ({"core_driver": "", "driver_quantity": None, "driver_unit": ""} if n == 4 else
              {"core_driver": "服务对象人数", "driver_quantity": Decimal(1200), "driver_unit": "人"})
    return driver, items

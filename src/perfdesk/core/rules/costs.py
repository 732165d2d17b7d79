"""Checks of a project's cost-benefit analysis (成本效益分析表), RULES §10, seed 002 (聊城).

聊城 reviews every table for three faults: 分项成本之和小于项目预算金额 (the items add up to less than the budget: the
breakdown is incomplete), 单位成本与数量规模乘积小于分项成本预算金额 (unit cost × quantity is below an item's amount:
the item is inconsistent), and a unit cost above the expenditure standard it follows (over standard). PerfDesk
adds what a reviewer would ask next: a standard picked for a year or a department it does not cover, an item with
neither a standard nor a stated basis, and a table without its core cost driver (成本核心因素, e.g. 受助对象人数).

Money is exact: amounts in fen, quantities and standard values Decimal; tolerances come from
:class:`~perfdesk.core.rules.params.CostParams` (labelled PerfDesk defaults of 0: any shortfall or excess counts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from perfdesk.core.domain.money import Money
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.rules.params import CostParams

INCOMPLETE = "incomplete"
INCONSISTENT = "inconsistent"
OVER_STANDARD = "over_standard"
NOT_APPLICABLE = "standard_not_applicable"
NOT_COMPARABLE = "standard_not_comparable"
NO_BASIS = "no_basis"
NO_DRIVER = "no_core_driver"

RULES: dict[str, tuple[str, str]] = {  # rule → (severity, label)
    INCOMPLETE: ("error", QT_TRANSLATE_NOOP("CostChecks", "Incomplete cost breakdown")),
    INCONSISTENT: ("error", QT_TRANSLATE_NOOP("CostChecks", "Unit cost × quantity below the amount")),
    OVER_STANDARD: ("error", QT_TRANSLATE_NOOP("CostChecks", "Unit cost above its standard")),
    NOT_APPLICABLE: ("warning", QT_TRANSLATE_NOOP("CostChecks", "Standard not valid for this project")),
    NOT_COMPARABLE: ("info", QT_TRANSLATE_NOOP("CostChecks", "Standard not a money amount")),
    NO_BASIS: ("info", QT_TRANSLATE_NOOP("CostChecks", "No standard and no basis")),
    NO_DRIVER: ("info", QT_TRANSLATE_NOOP("CostChecks", "No core cost driver")),
}
SEVERITY_LABELS = {"error": QT_TRANSLATE_NOOP("CostChecks", "Error"),
                   "warning": QT_TRANSLATE_NOOP("CostChecks", "Warning"),
                   "info": QT_TRANSLATE_NOOP("CostChecks", "Note")}

# the money part of a standard's unit: 元/人·天, 万元/公里, 千元/次 → fen per 1 of the value
_MONEY_UNIT = re.compile(r"^\s*(万元|千元|百元|元)")
_FEN_PER = {"元": 100, "百元": 10_000, "千元": 100_000, "万元": 1_000_000}


@dataclass(frozen=True)
class Standard:
    code: str
    name: str
    value: Decimal
    unit: str
    level: str = "general"
    department_code: str = ""
    year_from: int | None = None
    year_to: int | None = None
    source: str = ""


@dataclass(frozen=True)
class Item:
    name: str
    unit_cost_fen: int
    quantity: Decimal
    measure_unit: str
    amount_fen: int
    standard: Standard | None = None
    basis: str = ""
    source: str = ""


@dataclass(frozen=True)
class Analysis:
    """What the checks read of one project: its year, supervising department, the budget they compare with."""

    year: int
    department_code: str
    budget_fen: int
    items: tuple[Item, ...]
    core_driver: str = ""


@dataclass(frozen=True)
class Finding:
    rule: str
    item: str  # the cost item's name; "" for the whole table
    message: str  # a sentence a finance officer reads, with the numbers
    explanation: str = ""  # the arithmetic behind it

    @property
    def severity(self) -> str:
        return RULES[self.rule][0]

    @property
    def label(self) -> str:
        return translate("CostChecks", RULES[self.rule][1])

    @property
    def severity_label(self) -> str:
        return translate("CostChecks", SEVERITY_LABELS[self.severity])


def fen_per_unit(unit: str) -> int | None:
    """Fen per 1 of a standard's value by its unit (元/… → 100, 万元/… → 1,000,000); None when not money."""
    found = _MONEY_UNIT.match(unit or "")
    return _FEN_PER[found.group(1)] if found else None


def standard_fen(std: Standard) -> Decimal | None:
    """The standard as fen per unit of quantity, exact; None when its unit is not an amount of money."""
    per = fen_per_unit(std.unit)
    return None if per is None else std.value * per


def yuan(fen: Decimal | int) -> str:
    """An amount in 元 with two decimals and thousands separators (exact, half-up)."""
    return f"{(Decimal(fen) / 100).quantize(Decimal('0.01'), ROUND_HALF_UP):,}"


def wan(fen: int) -> str:
    return Money(fen).format_wan()


def quantity_text(q: Decimal) -> str:
    """A quantity as typed, without trailing zeros: 12.50 → 12.5, 1.2E+3 → 1200."""
    return format(q.normalize(), "f")


# -- the checks ---------------------------------------------------------------------------------------------
def check(analysis: Analysis, params: CostParams) -> list[Finding]:
    """Every finding of one project's table: the whole table first, then item by item in table order."""
    found = list(_table(analysis, params))
    for item in analysis.items:
        found += check_item(item, analysis, params)
    return found


def _table(analysis: Analysis, params: CostParams) -> list[Finding]:
    out = []
    incomplete = check_sum(analysis.items, analysis.budget_fen, params.sum_tolerance_yuan)
    if incomplete:
        out.append(incomplete)
    if not analysis.core_driver.strip():
        out.append(Finding(NO_DRIVER, "", translate(
            "CostChecks", "The table does not name its core cost driver (what the cost grows with, e.g. the number "
            "of people aided, of street lamps, or the floor area served).")))
    return out


def check_sum(items: tuple[Item, ...], budget_fen: int, tolerance_yuan: Decimal) -> Finding | None:
    """聊城: 分项成本之和小于项目预算金额 → incomplete, beyond ``tolerance_yuan``."""
    total = sum(i.amount_fen for i in items)
    gap = budget_fen - total
    if gap <= tolerance_yuan * 100:
        return None
    return Finding(INCOMPLETE, "", translate(
        "CostChecks", "The cost items add up to {total} 万元, {gap} 元 less than the project budget of {budget} 万元: "
        "the cost breakdown is incomplete.").format(total=wan(total), gap=yuan(gap), budget=wan(budget_fen)),
        f"{yuan(total)} < {yuan(budget_fen)}")


def check_item(item: Item, analysis: Analysis, params: CostParams) -> list[Finding]:
    out = [f for f in (check_product(item, params.product_tolerance_yuan),) if f]
    if item.standard is None:
        if not item.basis.strip() and not item.source.strip():
            out.append(Finding(NO_BASIS, item.name, translate(
                "CostChecks", "{item}: neither an expenditure standard nor the basis of its unit cost is given.")
                .format(item=item.name)))
        return out
    out += check_applies(item, analysis)
    over = check_standard(item, params.standard_tolerance_percent)
    if over:
        out.append(over)
    return out


def check_product(item: Item, tolerance_yuan: Decimal) -> Finding | None:
    """聊城: 单位成本与数量规模乘积小于分项成本预算金额 → inconsistent, beyond ``tolerance_yuan``. The product is
    money, rounded half-up to the fen like the amount it is compared with (33.33 元 × 2.5 = 83.33 元)."""
    product = (Decimal(item.unit_cost_fen) * item.quantity).quantize(Decimal(1), ROUND_HALF_UP)  # to the fen
    gap = Decimal(item.amount_fen) - product
    if gap <= tolerance_yuan * 100:
        return None
    unit = item.measure_unit
    return Finding(INCONSISTENT, item.name, translate(
        "CostChecks", "{item}: unit cost {cost} 元 × quantity {quantity}{unit} = {product} 元, {gap} 元 less than the "
        "item's amount of {amount} 元: unit cost and quantity do not account for the amount.").format(
        item=item.name, cost=yuan(item.unit_cost_fen), quantity=quantity_text(item.quantity), unit=unit,
        product=yuan(product), gap=yuan(gap), amount=yuan(item.amount_fen)),
        f"{yuan(item.unit_cost_fen)} × {quantity_text(item.quantity)} = {yuan(product)} < {yuan(item.amount_fen)}")


def check_standard(item: Item, tolerance_percent: Decimal) -> Finding | None:
    """A unit cost above its standard (beyond ``tolerance_percent``) → over standard; a standard whose unit is
    not money cannot be compared and says so."""
    std = item.standard
    assert std is not None
    limit = standard_fen(std)
    if limit is None:
        return Finding(NOT_COMPARABLE, item.name, translate(
            "CostChecks", "{item}: the standard {standard} is {value} {unit}, not an amount of money, so the unit "
            "cost was not compared with it; check it by hand.").format(
            item=item.name, standard=std.name, value=quantity_text(std.value), unit=std.unit))
    allowed = limit * (1 + tolerance_percent / 100)
    if item.unit_cost_fen <= allowed:
        return None
    excess = Decimal(item.unit_cost_fen) - limit
    return Finding(OVER_STANDARD, item.name, translate(
        "CostChecks", "{item}: unit cost {cost} 元 is above the standard {standard} of {value} {unit} by {excess} 元 "
        "({share}): over standard.").format(
        item=item.name, cost=yuan(item.unit_cost_fen), standard=std.name, value=quantity_text(std.value),
        unit=std.unit, excess=yuan(excess), share=_share(excess, limit)),
        f"{yuan(item.unit_cost_fen)} > {yuan(limit)}")


def _share(excess: Decimal, limit: Decimal) -> str:
    if not limit:
        return "—"
    return f"{(excess / limit * 100).quantize(Decimal('0.01'))}%"


def check_applies(item: Item, analysis: Analysis) -> list[Finding]:
    """The standard picked must be valid in the project's year and, for a 部门特色 one, be its department's."""
    std = item.standard
    assert std is not None
    out = []
    if not valid_in(std, analysis.year):
        out.append(Finding(NOT_APPLICABLE, item.name, translate(
            "CostChecks", "{item}: the standard {standard} is valid {years}, not in {year}.").format(
            item=item.name, standard=std.name, years=years_text(std.year_from, std.year_to), year=analysis.year)))
    if std.level == "department" and std.department_code and std.department_code != analysis.department_code:
        out.append(Finding(NOT_APPLICABLE, item.name, translate(
            "CostChecks", "{item}: the standard {standard} is department {code}'s own, not this project's "
            "department's.").format(item=item.name, standard=std.name, code=std.department_code)))
    return out


def valid_in(std: Standard, year: int) -> bool:
    return (std.year_from or 0) <= year <= (std.year_to or 9999)


def years_text(year_from: int | None, year_to: int | None) -> str:
    if year_from and year_to:
        return translate("CostChecks", "from {first} to {last}").format(first=year_from, last=year_to)
    if year_from:
        return translate("CostChecks", "from {first}").format(first=year_from)
    if year_to:
        return translate("CostChecks", "until {last}").format(last=year_to)
    return translate("CostChecks", "in every year")

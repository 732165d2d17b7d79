"""Ex-ante assessment (事前绩效评估, RULES §9): the five dimensions, item grades, the total and the conclusion.

Source: 南岳 (seed 003) and 郯城 (seed 002) assess 立项的必要性、资金投入的经济性、绩效目标的合理性、实施方案的
可行性、筹集资金的合规性; for policies the dimensions are 政策设立必要性, 政策保障充分性, 政策目标合理性, 政策实施
可持续性, 政策资金合规性. A published sheet gives each dimension 20 points made of 5-point items graded 优/良/中/差.

What the published rule leaves open is a setting, labelled a PerfDesk default (:class:`ExAnteParams`):

* A grade earns a share of its item's points: 优 100 %, 良 80 %, 中 60 %, 差 0 %. An item not yet graded earns
  nothing (never full marks for what is not certainly achieved) and the assessment is incomplete.
* The conclusion: 予以支持 from 80 points, 调整后支持 from 60, 不予支持 below (boundaries belong to the higher band).
* The items under each dimension are PerfDesk's own template (four per dimension); a county's workbook may bring
  its own items and points, which are kept as printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from perfdesk.core.domain.score import ZERO, RoundingMode, round_score
from perfdesk.core.i18n import translate

GRADES = ("优", "良", "中", "差")
SUPPORT, ADJUST, REJECT = "support", "adjust", "reject"  # ExAnteConclusion values
CONCLUSION_TEXT = {SUPPORT: "予以支持", ADJUST: "调整后支持", REJECT: "不予支持"}

PROJECT_DIMENSIONS = ("必要性", "绩效目标合理性", "投入经济性", "实施方案可行性", "筹资合规性")
POLICY_DIMENSIONS = ("政策设立必要性", "政策保障充分性", "政策目标合理性", "政策实施可持续性", "政策资金合规性")

# PerfDesk's template: four 5-point items per dimension (20 points each, 100 in all). Constructed wordings.
PROJECT_ITEMS = (
    ("立项依据是否充分", "与部门职能和发展规划是否相符", "需求是否现实迫切", "是否与已有项目重复"),
    ("绩效目标是否明确具体", "绩效指标是否细化量化", "目标值是否合理可行", "目标与预算是否匹配"),
    ("预算测算依据是否充分", "是否执行支出标准", "成本是否经济合理", "是否有其他可替代方案"),
    ("实施方案是否完整", "组织保障和管理制度是否健全", "实施进度安排是否合理", "风险及应对措施是否充分"),
    ("资金来源是否合规", "财政支出方式是否恰当", "筹资规模是否适度", "是否符合财政事权划分"),
)
POLICY_ITEMS = (
    ("政策出台依据是否充分", "是否符合党委政府决策部署", "政策需求是否现实迫切", "与现行政策是否重复交叉"),
    ("配套制度是否健全", "组织机构和人员是否到位", "资金保障是否落实", "部门协同机制是否建立"),
    ("政策目标是否明确具体", "绩效指标是否细化量化", "目标值是否合理可行", "目标与资金规模是否匹配"),
    ("政策期限是否明确", "财政承受能力是否可持续", "退出机制是否明确", "风险及应对措施是否充分"),
    ("资金来源是否合规", "补助对象和标准是否明确", "资金分配方式是否恰当", "是否符合财政事权划分"),
)
ITEM_POINTS = Decimal(5)


@dataclass(frozen=True)
class Item:
    dimension: str
    item: str
    points: Decimal
    grade: str = ""  # 优/良/中/差, "" while not graded


@dataclass(frozen=True)
class Form:
    """One assessment as a person fills it in (the GUI's form, a workbook's rows, the CLI)."""

    project_id: int
    kind: str = "project"  # project, policy
    assessed_on: dt.date | None = None
    assessor: str = ""
    items: tuple[Item, ...] = ()
    findings: tuple[tuple[str, str], ...] = ()  # (dimension, what was found), in dimension order
    opinion: str = ""
    enters_library: bool = False


@dataclass(frozen=True)
class DimensionResult:
    dimension: str
    points: Decimal
    score: Decimal
    ungraded: int


@dataclass(frozen=True)
class Result:
    total: Decimal
    conclusion: str  # support / adjust / reject, "" while items are ungraded
    dimensions: tuple[DimensionResult, ...]
    ungraded: int
    points: Decimal  # the points of all items (100 with the template)


def dimensions(kind: str) -> tuple[str, ...]:
    """The five dimensions, in the policy wording for a policy and the project wording otherwise."""
    return POLICY_DIMENSIONS if kind == "policy" else PROJECT_DIMENSIONS


def template(kind: str) -> list[Item]:
    """PerfDesk's blank form: 20 items of 5 points under the five dimensions."""
    items = POLICY_ITEMS if kind == "policy" else PROJECT_ITEMS
    return [Item(dim, text, ITEM_POINTS) for dim, texts in zip(dimensions(kind), items, strict=True) for text in texts]


def grade_share(grade: str, shares: Sequence[Decimal]) -> Decimal | None:
    """The share (%) of an item's points that ``grade`` earns; ``shares`` are 优, 良, 中, 差. None: not graded."""
    if grade not in GRADES:
        return None
    return shares[GRADES.index(grade)]


def item_score(item: Item, shares: Sequence[Decimal], rounding: RoundingMode = RoundingMode.TWO_PLACES) -> Decimal | None:
    share = grade_share(item.grade, shares)
    return None if share is None else round_score(item.points * share / 100, rounding)


def conclusion(total: Decimal, support_from: Decimal, adjust_from: Decimal) -> str:
    """予以支持 at or above ``support_from``, 调整后支持 at or above ``adjust_from``, 不予支持 below."""
    if total >= support_from:
        return SUPPORT
    if total >= adjust_from:
        return ADJUST
    return REJECT


def assess(items: Sequence[Item], shares: Sequence[Decimal], support_from: Decimal, adjust_from: Decimal,
           rounding: RoundingMode = RoundingMode.TWO_PLACES) -> Result:
    """Score every item, sum per dimension (in the order they first appear) and conclude. While an item is
    ungraded there is no conclusion: the total counts only what has been graded."""
    per_dim: dict[str, list[Item]] = {}
    for it in items:
        per_dim.setdefault(it.dimension, []).append(it)
    dims = []
    for dim, its in per_dim.items():
        scores = [item_score(i, shares, rounding) for i in its]
        dims.append(DimensionResult(dim, sum((i.points for i in its), ZERO), sum((s for s in scores if s is not None), ZERO),
                                    sum(1 for s in scores if s is None)))
    total = sum((d.score for d in dims), ZERO)
    ungraded = sum(d.ungraded for d in dims)
    verdict = "" if ungraded or not items else conclusion(total, support_from, adjust_from)
    return Result(total, verdict, tuple(dims), ungraded, sum((d.points for d in dims), ZERO))


def check_items(items: Sequence[Item]) -> list[str]:
    """What makes a form unusable: no items, an item without points or with an unknown grade."""
    problems = []
    if not items:
        problems.append(translate("ExAnte", "The assessment has no items."))
    for it in items:
        if not it.dimension.strip() or not it.item.strip():
            problems.append(translate("ExAnte", "Every item needs its dimension and its wording."))
        if it.points <= 0:
            problems.append(translate("ExAnte", "Item {item}: its points must be above zero.").format(item=it.item))
        if it.grade and it.grade not in GRADES:
            problems.append(translate("ExAnte", "Item {item}: grade {grade} is not one of 优, 良, 中, 差.").format(
                item=it.item, grade=it.grade))
    return problems


def supports(conclusion_code: str) -> bool:
    """Whether a conclusion lets the project have a budget (予以支持 or 调整后支持)."""
    return conclusion_code in (SUPPORT, ADJUST)

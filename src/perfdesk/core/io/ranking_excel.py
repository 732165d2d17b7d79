"""Excel output of a ranking run (FORMATS §7): summary, one ranked list per category, projects listed apart,
and next year's budget suggestions for the budget section. Amounts in 万元 as numbers with two decimals."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side

from perfdesk.core.domain.money import Money
from perfdesk.core.reports.document import atomic_write
from perfdesk.core.rules.ranking import RankingEntry

WAN = "0.00"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)

RANKED_HEAD = ("序号", "项目编码", "项目名称", "主管部门", "评价类别", "排名分组", "得分", "得分来源", "排名", "类别项目数",
               "本年预算（万元）", "处理意见", "压减比例", "压减金额（万元）", "下年建议预算（万元）", "规则及依据", "备注")
APART_HEAD = ("序号", "项目编码", "项目名称", "主管部门", "评价类别", "得分", "本年预算（万元）", "处理", "原因")
BUDGET_HEAD = ("序号", "项目编码", "项目名称", "主管部门", "本年预算（万元）", "处理意见", "压减比例", "压减金额（万元）",
               "下年建议预算（万元）", "备注")
SUMMARY_HEAD = ("处理意见", "项目数", "本年预算（万元）", "压减金额（万元）", "下年建议预算（万元）")
SCORE_SOURCES = {"self": "自评", "review": "复核", "key": "重点评价"}


def wan(money: Money) -> Decimal:
    return money.as_wan.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def percent(ratio: Decimal | None) -> str:
    return "" if ratio is None else f"{(ratio * 100).normalize():f}%"


class Sheet:
    """A write-only sheet with bordered, number-formatted cells."""

    def __init__(self, book: Workbook, title: str, widths: Sequence[int]):
        self.ws = book.create_sheet(safe_title(title))
        for i, w in enumerate(widths):
            self.ws.column_dimensions[_letter(i)].width = w

    def title(self, text: str) -> None:
        cell = WriteOnlyCell(self.ws, text)
        cell.font = TITLE_FONT
        self.ws.append([cell])

    def head(self, values: Sequence[str]) -> None:
        self.ws.append([self._cell(v, font=HEAD_FONT, center=True) for v in values])

    def row(self, values: Sequence[Any]) -> None:
        """A body row: plain values, amounts as numbers formatted 0.00 (styling every cell is ten times slower)."""
        self.ws.append([self._amount(v) if isinstance(v, Money) else v for v in values])

    def _amount(self, value: Money) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, wan(value))
        cell.number_format = WAN
        return cell

    def blank(self) -> None:
        self.ws.append([])

    def _cell(self, value: Any, *, font: Font | None = None, center: bool = False) -> WriteOnlyCell:
        if isinstance(value, Money):
            value = wan(value)
        cell = WriteOnlyCell(self.ws, value)
        cell.border = BOX
        if isinstance(value, Decimal):
            cell.number_format = WAN if value == value.quantize(Decimal("0.01")) else "General"
        if font:
            cell.font = font
        if center:
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        return cell


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


def safe_title(text: str) -> str:
    for ch in "[]:*?/\\":
        text = text.replace(ch, " ")
    return text[:31]


def write_ranking_workbook(view: Any, target: str | os.PathLike[str], *, county: str = "",
                           category_label: Callable[[str], str], decision_text: Callable[[RankingEntry], str],
                           remark: Callable[[RankingEntry], str]) -> Path:
    """Write ``view`` (a :class:`perfdesk.core.services.ranking.RunView`) to ``target`` atomically."""
    book = Workbook(write_only=True)
    _summary(book, view, county)
    by_category: dict[str, list[tuple[RankingEntry, dict[str, Any]]]] = {}
    for (cat, _group), pairs in view.ranked().items():
        by_category.setdefault(cat, []).extend(pairs)
    for cat, pairs in by_category.items():
        _ranked(book, category_label(cat), pairs, category_label, decision_text, remark)
    _apart(book, view.apart(), category_label)
    _budget(book, view.budget_suggestions(), decision_text, remark)
    path = Path(target)

    def write(stream: object) -> int:
        book.save(stream)
        return 0

    atomic_write(path, write)
    return path


def _summary(book: Workbook, view: Any, county: str) -> None:
    s = Sheet(book, "汇总", (22, 10, 18, 18, 20))
    status = "已确认" if view.confirmed else "草稿"
    s.title(f"{county}{view.year}年度绩效评价结果排名及末位淘汰汇总表")
    who = f"，确认人：{view.confirmed_by}（{view.confirmed_at}）" if view.confirmed else ""
    s.ws.append([f"第{view.version}版，{status}{who}"])
    s.head(SUMMARY_HEAD)
    summary = view.summary()
    for line in summary.lines:
        s.row([line.decision.label(), line.count, line.budget, line.cut, line.suggested])
    s.row(["合计（压减、取消、保留察看）", summary.total_count, None, summary.total_cut, None])
    s.blank()
    s.ws.append(["计算参数"])
    for group, values in view.params.items():
        for key, value in values.items():
            s.ws.append([f"{group}.{key}", str(value)])


def _ranked(book: Workbook, title: str, pairs: list[tuple[RankingEntry, dict[str, Any]]],
            category_label: Callable[[str], str], decision_text: Callable[[RankingEntry], str],
            remark: Callable[[RankingEntry], str]) -> None:
    s = Sheet(book, title, (6, 24, 36, 20, 20, 16, 8, 10, 6, 10, 14, 16, 9, 14, 16, 60, 30))
    s.head(RANKED_HEAD)
    for i, (e, _row) in enumerate(pairs, 1):
        s.row([i, e.code, e.name, e.department, category_label(e.category), e.group, e.score,
               SCORE_SOURCES.get(e.score_source, e.score_source), e.rank, e.category_size, e.budget, decision_text(e),
               percent(e.cut_ratio), e.cut, e.suggested_budget, e.rule, remark(e)])


def _apart(book: Workbook, pairs: list[tuple[RankingEntry, dict[str, Any]]],
           category_label: Callable[[str], str]) -> None:
    s = Sheet(book, "不参与排名", (6, 24, 36, 20, 20, 8, 14, 12, 50))
    s.head(APART_HEAD)
    for i, (e, _row) in enumerate(pairs, 1):
        s.row([i, e.code, e.name, e.department, category_label(e.category), e.score, e.budget, e.decision.label(),
               e.exclusion_reason or e.rule])


def _budget(book: Workbook, pairs: list[tuple[RankingEntry, dict[str, Any]]],
            decision_text: Callable[[RankingEntry], str], remark: Callable[[RankingEntry], str]) -> None:
    s = Sheet(book, "下年预算建议", (6, 24, 36, 20, 14, 16, 9, 14, 16, 40))
    s.head(BUDGET_HEAD)
    for i, (e, _row) in enumerate(pairs, 1):
        s.row([i, e.code, e.name, e.department, e.budget, decision_text(e), percent(e.cut_ratio), e.cut,
               e.suggested_budget, remark(e)])
    s.row(["合计", None, None, None, Money.sum(e.budget for e, _ in pairs), None, None,
           Money.sum(e.cut for e, _ in pairs), Money.sum(e.suggested_budget for e, _ in pairs), None])

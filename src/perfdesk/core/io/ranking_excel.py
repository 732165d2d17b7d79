"""Excel output of a ranking run (FORMATS §7): summary, one ranked list per category, projects listed apart,
and next year's budget suggestions for the budget section. Amounts in 万元 as numbers with two decimals.

openpyxl in write-only mode writes the workbook (sheets, widths, styles, title and header rows); body rows, tens
of thousands on a province, are serialised here as XML text (see :class:`FastSheet`): openpyxl's pure-Python
serialiser spends ~25 µs per cell, which made 20,000 projects take ~14 s."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from perfdesk.core.domain.enums import Decision
from perfdesk.core.domain.money import Money
from perfdesk.core.io import xlsx_out
from perfdesk.core.reports.document import atomic_write
from perfdesk.core.rules.ranking import RankingEntry

WAN = "0.00"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)

RANKED_HEAD = ("序号", "项目编码", "项目名称", "主管部门", "评价类别", "排名分组", "得分", "得分来源", "排名", "排名组项目数",
               "本年预算（万元）", "处理意见", "压减比例", "压减金额（万元）", "下年建议预算（万元）", "规则及依据", "备注")
APART_HEAD = ("序号", "项目编码", "项目名称", "主管部门", "评价类别", "得分", "本年预算（万元）", "处理", "原因")
INCOMPLETE_HEAD = ("序号", "项目编码", "项目名称", "主管部门", "评价类别", "自评得分", "本年预算（万元）", "处理", "说明")
FINANCE_HEAD = ("序号", "项目编码", "项目名称", "主管部门", "评价类别", "得分", "本年预算（万元）", "处理", "说明")
BUDGET_HEAD = ("序号", "项目编码", "项目名称", "主管部门", "本年预算（万元）", "处理意见", "压减比例", "压减金额（万元）",
               "下年建议预算（万元）", "备注")
SUMMARY_HEAD = ("处理意见", "项目数", "本年预算（万元）", "压减金额（万元）", "下年建议预算（万元）")
SCORE_SOURCES = {"self": "自评", "review": "复核", "key": "重点评价"}
PRINTED_DECISIONS = {Decision.CUT: "压减", Decision.CANCEL: "取消", Decision.PROBATION: "保留察看",
                     Decision.KEEP: "保留", Decision.REPORT_ONLY: "报财政研究决定", Decision.INCOMPLETE: "自评未完成",
                     Decision.UNSCORED: "未评分", Decision.EXCLUDED: "不纳入范围"}
"""处理意见 as printed (Chinese whatever the interface language)."""
DECISION_FILLS = {Decision.CANCEL: "F4B6B6", Decision.CUT: "FCE4C4", Decision.PROBATION: "FFF2B3"}
ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def wan(money: Money) -> Decimal:
    return money.as_wan.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def percent(ratio: Decimal | None) -> str:
    return "" if ratio is None else f"{(ratio * 100).normalize():f}%"


class Styled:
    """A body value drawn with one of the sheet's styles (an amount, a decision colour)."""

    __slots__ = ("value", "style")

    def __init__(self, value: Any, style: str):
        self.value, self.style = value, style


class FastSheet(WriteOnlyWorksheet):
    """A write-only sheet that also takes body rows as ready XML text.

    openpyxl streams rows through ``xmlfile``; with its pure-Python backend (no lxml) the writer has a ``_file``
    callable writing text straight into the sheet's stream, in order with the rows openpyxl writes itself. Rows
    sent as :class:`RawRow` go there; with any other backend they go through openpyxl's own cells."""

    def _write_rows(self):  # type: ignore[no-untyped-def]
        xf = self._writer.xf.send(True)
        raw = raw_writer(xf)
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = yield
                    if isinstance(row, RawRow) and raw is not None:
                        raw(row.xml(row_idx))
                    else:
                        values = row.cells(self) if isinstance(row, RawRow) else row
                        self._writer.write_row(xf, self._values_to_row(values, row_idx), row_idx)
                    row_idx += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)


def raw_writer(xf: Any) -> Callable[[str], Any] | None:
    """The text writer of et_xmlfile's ``xmlfile`` (None with lxml or another backend)."""
    return getattr(xf, "_file", None)


class RawRow(list):
    """A body row: plain values, :class:`Styled` values and style ids by name."""

    def __init__(self, values: Sequence[Any], styles: dict[str, tuple[int, dict[str, Any]]]):
        super().__init__(values)
        self.styles = styles

    def xml(self, row_idx: int) -> str:
        cells = [_cell_xml(f"{_letter(col)}{row_idx}", value, self.styles)
                 for col, value in enumerate(self) if value is not None and value != ""]
        return f'<row r="{row_idx}">{"".join(cells)}</row>'

    def cells(self, ws: WriteOnlyWorksheet) -> list[Any]:
        out: list[Any] = []
        for value in self:
            if isinstance(value, Styled):
                cell = xlsx_out.as_text(WriteOnlyCell(ws, _text(value.value)))
                for attr, style in self.styles[value.style][1].items():
                    setattr(cell, attr, style)
                value = cell
            out.append(value)
        return out


def _cell_xml(ref: str, value: Any, styles: dict[str, tuple[int, dict[str, Any]]]) -> str:
    style = ""
    if isinstance(value, Styled):
        style = f' s="{styles[value.style][0]}"'
        value = value.value
    if isinstance(value, str):
        text = ILLEGAL.sub("", value).translate(ESCAPES)
        space = ' xml:space="preserve"' if text != text.strip() else ""
        return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
    return f'<c r="{ref}"{style} t="n"><v>{_number(value)}</v></c>'


def _text(value: Any) -> Any:
    return xlsx_out.excel_text(value) if isinstance(value, str) else value


def _number(value: Any) -> str:
    """Exact text of an int or Decimal (no float round trip)."""
    return str(value) if isinstance(value, int) else format(value, "f")


class Sheet:
    """A write-only sheet: bordered header cells, body rows with amounts formatted 0.00 and decision colours."""

    def __init__(self, book: Workbook, title: str, widths: Sequence[int], *, freeze: str | None = None):
        self.ws = FastSheet(book, safe_title(title))
        book._add_sheet(self.ws)
        for i, w in enumerate(widths):
            self.ws.column_dimensions[_letter(i)].width = w
        if freeze:
            self.ws.freeze_panes = freeze
        self.styles = {"amount": self._style(number_format=WAN)}
        for decision, colour in DECISION_FILLS.items():
            self.styles[decision.value] = self._style(fill=PatternFill("solid", start_color=colour))

    def _style(self, **attrs: Any) -> tuple[int, dict[str, Any]]:
        cell = WriteOnlyCell(self.ws)
        for attr, value in attrs.items():
            setattr(cell, attr, value)
        return cell.style_id, attrs

    def title(self, text: str) -> None:
        cell = xlsx_out.as_text(WriteOnlyCell(self.ws, _text(text)))
        cell.font = TITLE_FONT
        self.ws.append([cell])

    def head(self, values: Sequence[str]) -> None:
        self.ws.append([self._cell(v, font=HEAD_FONT, center=True) for v in values])

    def row(self, values: Sequence[Any], *, decision: Decision | None = None, decision_column: int = -1) -> None:
        """A body row: plain values, amounts as numbers formatted 0.00, the decision cell coloured (cancel, cut,
        probation) when ``decision`` is given."""
        out = [Styled(wan(v), "amount") if isinstance(v, Money) else v for v in values]
        if decision in DECISION_FILLS:
            out[decision_column] = Styled(out[decision_column], decision.value)  # type: ignore[union-attr]
        self.ws.append(RawRow(out, self.styles))

    def blank(self) -> None:
        self.ws.append([])

    def _cell(self, value: Any, *, font: Font | None = None, center: bool = False) -> WriteOnlyCell:
        if isinstance(value, Money):
            value = wan(value)
        cell = xlsx_out.as_text(WriteOnlyCell(self.ws, _text(value)))
        cell.border = BOX
        if isinstance(value, Decimal):
            cell.number_format = WAN if value == value.quantize(Decimal("0.01")) else "General"
        if font:
            cell.font = font
        if center:
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        return cell


LETTERS = [get_column_letter(i + 1) for i in range(64)]


def _letter(i: int) -> str:
    return LETTERS[i] if i < len(LETTERS) else get_column_letter(i + 1)


def safe_title(text: str) -> str:
    for ch in "[]:*?/\\":
        text = text.replace(ch, " ")
    return text[:31]


def write_ranking_workbook(view: Any, target: str | os.PathLike[str], *, county: str = "",
                           category_label: Callable[[str], str], decision_text: Callable[[RankingEntry], str],
                           remark: Callable[[RankingEntry], str], params: Sequence[tuple[str, str]] = ()) -> Path:
    """Write ``view`` (a :class:`perfdesk.core.services.ranking.RunView`) to ``target`` atomically; ``params``
    are the settings of the run as (label, value) in words."""
    book = Workbook(write_only=True)
    _summary(book, view, county, params)
    by_category: dict[str, list[tuple[RankingEntry, dict[str, Any]]]] = {}
    for (cat, _group), pairs in view.ranked().items():
        by_category.setdefault(cat, []).extend(pairs)
    for cat, pairs in by_category.items():
        _ranked(book, category_label(cat), pairs, category_label, decision_text, remark)
    pairs = list(zip(view.entries, view.rows, strict=True))
    _listed(book, "报财政研究决定", [p for p in pairs if p[0].decision is Decision.REPORT_ONLY], category_label, remark,
            FINANCE_HEAD)
    _listed(book, "自评未完成", [p for p in pairs if p[0].decision is Decision.INCOMPLETE], category_label, remark,
            INCOMPLETE_HEAD)
    _listed(book, "不参与排名", [p for p in view.apart() if p[0].decision is not Decision.INCOMPLETE], category_label,
            remark, APART_HEAD)
    _budget(book, view.budget_suggestions(), decision_text, remark)
    path = Path(target)

    def write(stream: object) -> int:
        book.save(stream)
        return 0

    atomic_write(path, write)
    return path


def _summary(book: Workbook, view: Any, county: str, params: Sequence[tuple[str, str]]) -> None:
    s = Sheet(book, "汇总", (22, 10, 18, 18, 20))
    status = "已确认" if view.confirmed else "草稿"
    s.title(f"{county}{view.year}年度绩效评价结果排名及末位淘汰汇总表")
    who = f"，确认人：{view.confirmed_by}（{view.confirmed_at}）" if view.confirmed else ""
    xlsx_out.append(s.ws, [f"第{view.version}版，{status}{who}"])
    s.head(SUMMARY_HEAD)
    summary = view.summary()
    for line in summary.lines:
        s.row([PRINTED_DECISIONS[line.decision], line.count, line.budget, line.cut, line.suggested])
    s.row(["合计（压减、取消、保留察看）", summary.total_count, None, summary.total_cut, None])
    s.blank()
    s.ws.append(["计算参数"])
    for label, value in params:
        xlsx_out.append(s.ws, [label, value])


def _ranked(book: Workbook, title: str, pairs: list[tuple[RankingEntry, dict[str, Any]]],
            category_label: Callable[[str], str], decision_text: Callable[[RankingEntry], str],
            remark: Callable[[RankingEntry], str]) -> None:
    s = Sheet(book, title, (6, 24, 36, 20, 20, 16, 8, 10, 6, 10, 14, 16, 9, 14, 16, 60, 30),
              freeze="D2")
    s.head(RANKED_HEAD)
    for i, (e, _row) in enumerate(pairs, 1):
        s.row([i, e.code, e.name, e.department, category_label(e.category), e.group, e.score,
               SCORE_SOURCES.get(e.score_source, e.score_source), e.rank, e.category_size, e.budget, decision_text(e),
               percent(e.cut_ratio), e.cut, e.suggested_budget, e.rule, remark(e)], decision=e.decision, decision_column=11)


def _listed(book: Workbook, title: str, pairs: list[tuple[RankingEntry, dict[str, Any]]],
            category_label: Callable[[str], str], remark: Callable[[RankingEntry], str], heading: Sequence[str]) -> None:
    """Projects listed apart (not complete, unscored, out of scope) or left for finance: each with the reason."""
    s = Sheet(book, title, (6, 24, 36, 20, 20, 8, 14, 16, 60), freeze="D2")
    s.head(heading)
    for i, (e, _row) in enumerate(pairs, 1):
        s.row([i, e.code, e.name, e.department, category_label(e.category), e.score, e.budget,
               PRINTED_DECISIONS[e.decision], remark(e) or e.exclusion_reason or e.rule])


def _budget(book: Workbook, pairs: list[tuple[RankingEntry, dict[str, Any]]],
            decision_text: Callable[[RankingEntry], str], remark: Callable[[RankingEntry], str]) -> None:
    s = Sheet(book, "下年预算建议", (6, 24, 36, 20, 14, 16, 9, 14, 16, 40), freeze="D2")
    s.head(BUDGET_HEAD)
    for i, (e, _row) in enumerate(pairs, 1):
        s.row([i, e.code, e.name, e.department, e.budget, decision_text(e), percent(e.cut_ratio), e.cut,
               e.suggested_budget, remark(e)], decision=e.decision, decision_column=5)
    s.row(["合计", None, None, None, Money.sum(e.budget for e, _ in pairs), None, None,
           Money.sum(e.cut for e, _ in pairs), Money.sum(e.suggested_budget for e, _ in pairs), None])

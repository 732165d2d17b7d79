"""Building blocks of the official tables: cells, merged groups, repeating headers, totals and signatures.

reportlab cannot split a table inside a row span, so merged groups (the 一级/二级 columns) live in a
:class:`SplitTable` that cuts between any two rows and merges each part again; a label beside a whole block
(绩效指标) is "merged" by leaving out the horizontal rules of its column rather than by a span. A long table is laid out a window of rows at a
time (one page's worth and more), so its header repeats at the top of each page and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from perfdesk.core.domain.money import Money
from perfdesk.core.reports.data import ProjectInfo, Signature
from perfdesk.core.reports.document import Context, format_cn_date
from perfdesk.core.reports.linebreak import CJKParagraph

DASH = "—"
CHUNK_ROWS = 300
WINDOW = 120  # body rows laid out at a time: more than any page holds
LINE_WIDTH = 0.6
PAD = 3
SHARED_MAX = 12


@dataclass(frozen=True)
class Cell:
    """A table cell. ``plain`` cells (amounts, scores, rates) are drawn as strings: fast, never wrapped."""

    text: str
    style: str = "cell"  # cell, cell_center, cell_right, head
    plain: bool = False


def head(text: str) -> Cell:
    return Cell(text, "head")


def center(text: str) -> Cell:
    return Cell(text, "cell_center")


def number(text: str) -> Cell:
    return Cell(text, "cell_right", plain=True)


def amount(value: Money | None) -> Cell:
    """万元, two decimals, right-aligned; ``None`` leaves the cell blank."""
    return number("" if value is None else value.format_wan())


def dash() -> Cell:
    return Cell(DASH, "cell_center", plain=True)


def format_percent(rate: Decimal | None, places: int = 2) -> str:
    """A fraction as a percentage with ``places`` decimals, half-up: 0.9563 → ``95.63%``."""
    if rate is None:
        return ""
    quantum = Decimal(1).scaleb(-places)
    return f"{(rate * 100).quantize(quantum, rounding=ROUND_HALF_UP)}%"


def format_score(value: Decimal | None) -> str:
    """A score as given (rounded before by the county's rule); ``None`` prints blank."""
    return "" if value is None else format(value, "f")


CellLike = Cell | str | None


class Grid:
    """Rows of cells plus spans and style commands, turned into a reportlab ``Table``.

    The first ``header_rows`` rows are the header; the rest is the body. Columns merged with :meth:`merge` and
    tables with a repeated header become a :class:`SplitTable`, which splits between any two body rows and
    re-merges each part (the merged text repeats on the next page, as printed forms do).
    """

    def __init__(self, ctx: Context, widths: Sequence[float], header_rows: int = 0):
        self.ctx = ctx
        self.widths = list(widths)
        self.header_rows = header_rows
        self.rows: list[list[object]] = []
        self.commands: list[tuple] = []
        self.merges: dict[int, list[str]] = {}
        self.keep_tail = 0  # body rows at the end (totals) that never start a page on their own

    def add(self, *cells: CellLike) -> int:
        """Append a row (missing trailing cells are blank); returns its index."""
        r = len(self.rows)
        row = [self._flowable(c, i, r) for i, c in enumerate(cells)]
        row += [""] * (len(self.widths) - len(row))
        self.rows.append(row)
        return r

    def _flowable(self, cell: CellLike, col: int, row: int) -> object:
        if cell is None or cell == "":
            return ""
        if isinstance(cell, str):
            cell = Cell(cell)
        if cell.plain:
            if cell.style != "cell_right":
                self.commands.append(("ALIGN", (col, row), (col, row), "CENTER"))
            return cell.text
        if cell.style == "cell" or len(cell.text) > SHARED_MAX:
            return self.paragraph(cell.text, cell.style)
        return self.shared(cell.text, cell.style)

    def shared(self, text: str, style_name: str) -> Paragraph:
        """Headings and short centred cells recur in every table: one Paragraph serves them all."""
        key = (text, style_name)
        found = self.ctx.shared.get(key)
        if found is None:
            found = self.ctx.shared[key] = self.paragraph(text, style_name)
        return found

    def paragraph(self, text: str, style_name: str = "cell") -> Paragraph:
        """A wrapped cell; line breaks in ``text`` are kept."""
        style = self.ctx.style(style_name)
        markup = self.ctx.fonts.markup
        lines = text.split("\n")
        return CellParagraph("<br/>".join(markup(line, style.fontName, self.ctx.warn) for line in lines), style)

    def span(self, c0: int, r0: int, c1: int, r1: int) -> None:
        if (c0, r0) != (c1, r1):
            self.commands.append(("SPAN", (c0, r0), (c1, r1)))

    def merge(self, col: int, keys: Sequence[str]) -> None:
        """Merge equal neighbours of body column ``col``; ``keys[i]`` belongs to body row ``i``."""
        self.merges[col] = list(keys)

    def table(self, *, open_column: int | None = None, extra: Sequence[tuple] = ()) -> Flowable:
        """A full grid; ``open_column`` draws no horizontal rules in that body column (a label beside the whole
        block, merged visually)."""
        base = self._rules(open_column) + list(extra)
        if not self.merges and not self.header_rows:
            return Table(self.rows, colWidths=self.widths, style=TableStyle(base + self.commands),
                         cellStyles=self._cell_styles(len(self.rows)))
        return SplitTable(self, base, 0, len(self.rows) - self.header_rows)

    def part(self, start: int, end: int, base: list[tuple]) -> Table:
        """A table of the header plus body rows ``start``…``end`` (half-open), spans clipped and re-merged."""
        h = self.header_rows
        rows = self.rows[:h] + [list(r) for r in self.rows[h + start:h + end]]
        commands = [c for c in (_shift(cmd, h, start, end) for cmd in self.commands) if c]
        for col, keys in self.merges.items():
            for a, b in runs(keys[start:end]):
                for r in range(h + a + 1, h + b):
                    rows[r][col] = ""
                if b - a > 1:
                    commands.append(("SPAN", (col, h + a), (col, h + b - 1)))
        return Table(rows, colWidths=self.widths, repeatRows=h, style=TableStyle(base + commands),
                     cellStyles=self._cell_styles(len(rows)))

    def _cell_styles(self, n_rows: int) -> list[list[CellStyle]]:
        """Every cell starts with the grid's font, padding and alignment, instead of seven style commands that
        reportlab would apply cell by cell to each table (and again to each part of a split table)."""
        cell = self.ctx.style("cell")
        style = grid_cell_style(self.ctx.fonts.digits(cell.fontName), cell.fontSize)
        return [[style() for _ in self.widths] for _ in range(n_rows)]

    def _rules(self, open_column: int | None) -> list[tuple]:
        if open_column is None:
            return [("GRID", (0, 0), (-1, -1), LINE_WIDTH, colors.black)]
        return open_column_rules(open_column, max(1, self.header_rows))


TEXT_PIECE = 500  # characters of a long text per table row: a row never outgrows a page, so the text flows on


def text_pieces(text: str, size: int = TEXT_PIECE) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters, after a line break or 。 where there is one."""
    pieces = []
    while len(text) > size:
        cut = max(text.rfind("\n", 0, size), text.rfind("。", 0, size) + 1)
        cut = cut if cut > size // 2 else size
        pieces.append(text[:cut].rstrip("\n"))
        text = text[cut:].lstrip("\n")
    return [*pieces, text]


def add_long_texts(g: Grid, *texts: str) -> None:
    """Rows of side-by-side texts under a label in column 0 (draw the table with ``open_column=0``): each text
    is cut by :func:`text_pieces`, so a goal of thousands of characters continues over rows and pages."""
    pieces = [text_pieces(t) for t in texts]
    for k in range(max(map(len, pieces))):
        g.add(None, *(p[k] if k < len(p) else "" for p in pieces))


@lru_cache(maxsize=8)
def grid_cell_style(font: str, size: float) -> type[CellStyle]:
    """The style of a grid's cell before its own commands: what ``FONT`` (font, size), ``VALIGN MIDDLE``,
    ``ALIGN RIGHT`` and the four ``…PADDING`` commands of ``PAD`` over the whole table would set."""

    class GridCell(CellStyle):
        fontname, fontsize, leading = font, size, size * 1.2  # reportlab's FONT without a leading: 1.2 × size
        valign, alignment = "MIDDLE", "RIGHT"
        leftPadding = rightPadding = topPadding = bottomPadding = PAD

        def __init__(self) -> None:  # the name reportlab gives each cell is only for debugging
            self.name = ""

    return GridCell


class CellParagraph(CJKParagraph):
    """A cell paragraph that remembers its last layout: reportlab wraps every cell again for each measure,
    split and draw of its table, always at the column's width."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def _shift(cmd: tuple, header: int, start: int, end: int) -> tuple | None:
    """``cmd`` moved into a part holding body rows start…end, or None when it lies outside."""
    (c0, r0), (c1, r1) = cmd[1], cmd[2]
    if r1 < header:
        return cmd
    lo, hi = header + start, header + end - 1
    if r1 < lo or r0 > hi:
        return None
    move = lambda r: max(r, lo) - start  # noqa: E731
    return (cmd[0], (c0, move(r0)), (c1, min(r1, hi) - start), *cmd[3:])


class SplitTable(Flowable):
    """Body rows ``start``…``end`` of a :class:`Grid`, splitting between any two body rows across pages."""

    def __init__(self, grid: Grid, base: list[tuple], start: int, end: int):
        super().__init__()
        self.grid, self.base, self.start, self.end = grid, base, start, end
        self._table: Table | None = None
        self._head: Table | None = None
        self._wrapped: tuple[tuple[float, float], tuple[float, float]] | None = None

    def _get(self) -> Table:
        if self._table is None:
            self._table = self.grid.part(self.start, self.end, self.base)
        return self._table

    def _window(self) -> Table:
        """The header and the first ``WINDOW`` body rows: enough to fill a page, so a long table is laid out one
        page at a time rather than whole for every page (and its header repeats at the top of pages only)."""
        if self.end - self.start <= WINDOW:
            return self._get()
        if self._head is None:
            self._head = self.grid.part(self.start, self.start + WINDOW, self.base)
        return self._head

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The table's size, laid out once per available size (the frame wraps, then splits, with the same); a
        table longer than the window reports the window's height when that is already too tall."""
        if self._wrapped is None or self._wrapped[0] != (availWidth, availHeight):
            size = self._window().wrap(availWidth, availHeight)
            if self.end - self.start > WINDOW and size[1] <= availHeight:
                size = self._get().wrap(availWidth, availHeight)
            self._wrapped = ((availWidth, availHeight), size)
        self.width, self.height = self._wrapped[1]
        return self.width, self.height

    def draw(self) -> None:
        self._get().drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        table = self._window()
        heights = table._rowHeights
        h = self.grid.header_rows
        used = sum(heights[:h])
        fit = 0
        for rh in heights[h:]:  # reportlab leaves None for rows past the available height when spans end early
            if rh is None or used + rh > availHeight:
                break
            used += rh
            fit += 1
        if fit == 0 or self.start + fit >= self.end:
            return []
        cut = min(self.start + fit, self.end - self.grid.keep_tail - 1)
        while cut > self.start:  # a re-merged part can be taller than its rows were in the whole table
            head_part = SplitTable(self.grid, self.base, self.start, cut)
            if head_part.wrap(availWidth, availHeight)[1] <= availHeight:
                return [head_part, SplitTable(self.grid, self.base, cut, self.end)]
            cut -= 1
        return []


def open_column_rules(col: int, header_rows: int) -> list[tuple]:
    rules = [
        ("BOX", (0, 0), (-1, -1), LINE_WIDTH, colors.black),
        ("INNERGRID", (col + 1, 0), (-1, -1), LINE_WIDTH, colors.black),
        ("LINEAFTER", (col, 0), (col, -1), LINE_WIDTH, colors.black),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), LINE_WIDTH, colors.black),
    ]
    if col > 0:
        rules.append(("INNERGRID", (0, 0), (col - 1, -1), LINE_WIDTH, colors.black))
    return rules


def runs(keys: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Half-open ranges of equal consecutive keys."""
    start = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            yield start, i
            start = i


def chunks(items: Sequence, size: int = CHUNK_ROWS) -> list[Sequence]:
    """``items`` in slices of ``size`` (at least one, possibly empty, slice)."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [items[:0]]


def table_title(ctx: Context, title: str, year: int) -> list[Flowable]:
    """``项目支出绩效自评表`` over ``（2024年度）``."""
    return [ctx.para(title, "table_title"), ctx.para(f"（{year}年度）", "table_subtitle")]


def signature_block(ctx: Context, sig: Signature, width: float) -> Table:
    """填报单位（盖章） / 填报人 / 联系电话 / 填报日期 under a table, without rules; blanks are left to fill."""
    when = format_cn_date(sig.date) if sig.date else "\u3000\u3000年\u3000\u3000月\u3000\u3000日"
    cells = [[ctx.para(f"填报单位（盖章）：{sig.unit}", "cell"), ctx.para(f"填报人：{sig.person}", "cell")],
             [ctx.para(f"联系电话：{sig.phone}", "cell"), ctx.para(f"填报日期：{when}", "cell")]]
    return Table(cells, colWidths=[width * 0.6, width * 0.4], style=[
        ("FONTNAME", (0, 0), (-1, -1), ctx.fonts.song),  # else the table starts each cell in Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 6)])


def add_project_rows(g: Grid, project: ProjectInfo) -> None:
    """The two header rows the official tables share: 项目名称, then 主管部门及代码 / 实施单位."""
    g.add(head("项目名称"), project.name)
    g.span(1, 0, 3, 0)
    dept = f"{project.department}（{project.department_code}）" if project.department_code else project.department
    g.add(head("主管部门及代码"), dept, head("实施单位"), project.unit)

"""Charts drawn with reportlab.graphics, in the report fonts (embedded like the text).

- :func:`score_bar_chart`: scores by department (or by first-level indicator);
- :func:`execution_chart`: budget execution % per unit against the time-progress reference line (RULES §3).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from perfdesk.core.reports.document import TYPE_W, Context

BAR = colors.HexColor("#4472C4")
REFERENCE = colors.HexColor("#C00000")
LABEL_SIZE = 9


TITLE_ROOM = 20
"""Room kept above the bars (for the value labels over the tallest bar) below a chart's title."""


def _bar_chart(ctx: Context, labels: Sequence[str], values: Sequence[float], width: float, height: float,
               value_max: float, *, titled: bool = False) -> VerticalBarChart:
    for label in labels:  # chart labels cannot switch fonts: report what the font lacks
        ctx.fonts.markup(label, ctx.fonts.body, ctx.warn)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 60
    chart.width, chart.height = width - 100, height - 80 - (TITLE_ROOM if titled else 0)
    chart.data = [list(values)]
    chart.bars[0].fillColor = BAR
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max
    chart.valueAxis.labels.fontName = ctx.fonts.digits(ctx.fonts.body)
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.categoryNames = list(labels)
    axis_labels = chart.categoryAxis.labels
    axis_labels.fontName, axis_labels.fontSize = ctx.fonts.body, LABEL_SIZE
    axis_labels.boxAnchor, axis_labels.angle, axis_labels.dy = ("ne", 30, -4) if len(labels) > 6 else ("n", 0, -4)
    chart.barLabelFormat = "%.2f"
    chart.barLabels.fontName = ctx.fonts.digits(ctx.fonts.body)
    chart.barLabels.fontSize = LABEL_SIZE - 1
    chart.barLabels.nudge = 7
    return chart


def _labels_clear_of(chart: VerticalBarChart, values: Sequence[float], top: float, line_y: float) -> None:
    """Value labels the reference line would run through are lifted clear above it."""
    size = chart.barLabels.fontSize
    for i, value in enumerate(values):
        bar_top = chart.y + chart.height * value / top
        centre = bar_top + chart.barLabels.nudge
        if centre - size <= line_y <= centre + size:
            chart.barLabels[(0, i)].nudge = line_y - bar_top + size


def _title(ctx: Context, drawing: Drawing, title: str) -> None:
    if title:
        ctx.fonts.markup(title, ctx.fonts.heading, ctx.warn)
        drawing.add(String(drawing.width / 2, drawing.height - 14, title, fontName=ctx.fonts.heading,
                           fontSize=12, textAnchor="middle"))


def _drawing(ctx: Context, width: float, height: float) -> Drawing:
    """A drawing that starts in the body font: reportlab's default Helvetica is set (and referenced, never
    embedded) at the start of every drawing otherwise."""
    return Drawing(width, height, initialFontName=ctx.fonts.body)


def score_bar_chart(ctx: Context, items: Sequence[tuple[str, Decimal]], *, title: str = "",
                    width: float = TYPE_W, height: float = 220, value_max: float = 100) -> Drawing:
    """Bars of scores (0–``value_max``) per label, e.g. average self-evaluation score by department."""
    drawing = _drawing(ctx, width, height)
    drawing.add(_bar_chart(ctx, [n for n, _ in items], [float(v) for _, v in items], width, height, value_max,
                           titled=bool(title)))
    _title(ctx, drawing, title)
    return drawing


def execution_chart(ctx: Context, items: Sequence[tuple[str, Decimal]], time_progress: Decimal, *,
                    title: str = "", width: float = TYPE_W, height: float = 220) -> Drawing:
    """Execution rate (fractions, shown in %) per unit with a horizontal line at the time progress."""
    percents = [float(v) * 100 for _, v in items]
    top = max([100.0, *percents])
    chart = _bar_chart(ctx, [n for n, _ in items], percents, width, height, top, titled=bool(title))
    chart.barLabelFormat = "%.1f%%"
    drawing = _drawing(ctx, width, height)
    drawing.add(chart)
    y = chart.y + chart.height * float(time_progress) * 100 / top
    _labels_clear_of(chart, percents, top, y)
    drawing.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=REFERENCE, strokeWidth=1.2,
                     strokeDashArray=[4, 2]))
    label = f"时间进度 {float(time_progress) * 100:.1f}%"
    drawing.add(String(chart.x + chart.width + 2, y - 3, label, fontName=ctx.fonts.body, fontSize=LABEL_SIZE - 1,
                       fillColor=REFERENCE, textAnchor="start"))
    _title(ctx, drawing, title)
    return drawing


def count_bar_chart(ctx: Context, items: Sequence[tuple[str, int]], *, title: str = "", width: float = TYPE_W,
                    height: float = 220) -> Drawing:
    """Bars of whole counts per label (projects by status, evaluations by grade), labelled without decimals."""
    step = nice_step(max([1, *(n for _, n in items)]))
    chart = _bar_chart(ctx, [n for n, _ in items], [float(n) for _, n in items], width, height, step * 4,
                       titled=bool(title))
    chart.x, chart.width = 36, width - 48
    chart.y, chart.height = 24, height - 24 - 16 - (TITLE_ROOM if title else 0)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d"
    chart.barLabelFormat = "%d"
    drawing = _drawing(ctx, width, height)
    drawing.add(chart)
    _title(ctx, drawing, title)
    return drawing


def nice_step(top: int, steps: int = 4) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50 … whose ``steps`` multiples reach ``top``."""
    base = 1
    while True:
        for factor in (1, 2, 5):
            if base * factor * steps >= top:
                return base * factor
        base *= 10

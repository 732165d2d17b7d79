"""Grid cells start from the grid's font, padding and alignment; their own commands still apply on top."""

from __future__ import annotations

from perfdesk.core.reports.document import Context
from perfdesk.core.reports.tables import PAD, Grid, dash, number


def test_each_grid_cell_has_the_grid_padding_font_and_middle_alignment_and_keeps_its_own_commands():
    ctx = Context()
    g = Grid(ctx, (60.0, 60.0))
    g.add(number("1.00"), dash())
    table = g.table()
    table.wrap(120, 100)
    amount, centred = table._cellStyles[0]
    cell = ctx.style("cell")
    assert (amount.leftPadding, amount.rightPadding, amount.topPadding, amount.bottomPadding) == (PAD,) * 4
    assert amount.fontname == ctx.fonts.digits(cell.fontName) and amount.fontsize == cell.fontSize
    assert (amount.valign, amount.alignment, centred.alignment) == ("MIDDLE", "RIGHT", "CENTER")
    assert amount is not centred

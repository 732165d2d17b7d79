"""Monitoring dashboard: warning counts, execution vs time progress by unit (QtCharts), the unit roll-up."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.domain.ordering import natural_key
from perfdesk.core.rules.monitoring import RollUp
from perfdesk.core.services.monitoring import Warnings

CHART_UNITS = 15


class MonitoringDashboard(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: dict[str, QLabel] = {}
        grid = QGridLayout()
        names = [("time", self.tr("Time progress")), ("execution", self.tr("Execution progress")),
                 ("red", self.tr("Red warnings")), ("yellow", self.tr("Yellow warnings")),
                 ("over_budget", self.tr("Over budget")), ("no_budget", self.tr("Without a budget")),
                 ("key", self.tr("Key monitoring"))]
        for col, (key, title) in enumerate(names):
            value = QLabel("-")
            value.setObjectName(f"count_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet("font-size: 20px; font-weight: bold;")
            grid.addWidget(value, 0, col)
            grid.addWidget(QLabel(title, alignment=Qt.AlignmentFlag.AlignCenter), 1, col)
            self.counts[key] = value
        self.chart = QChart()
        self.chart.legend().setVisible(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(280)
        self.units = QTableWidget(0, 7)
        self.units.setObjectName("unitRollUp")
        self.units.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Projects"), self.tr("Budget (10k yuan)"),
                                              self.tr("Spent (10k yuan)"), self.tr("Execution"),
                                              self.tr("Lag (points)"), self.tr("Red / yellow")])
        self.units.verticalHeader().setVisible(False)
        self.units.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.units.setSortingEnabled(True)
        self.units.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by unit code until a header is clicked
        row = QHBoxLayout()
        row.addWidget(self.chart_view, 3)
        row.addWidget(self.units, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(row, 1)

    def show_warnings(self, w: Warnings) -> None:
        counts = w.counts()
        for key in ("red", "yellow", "over_budget", "no_budget", "key"):
            self.counts[key].setText(str(counts[key]))
        total = w.total
        self.counts["time"].setText(f"{total.time_percent}%" if total else "-")
        self.counts["execution"].setText(f"{total.execution_percent}%" if total and total.execution_percent else "-")
        self._fill_chart(w)
        self._fill_units(w.by_unit)

    def _fill_chart(self, w: Warnings) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        lagging = sorted((u for u in w.by_unit if u.execution_share is not None),
                         key=lambda u: -(u.lag_points or 0))[:CHART_UNITS]
        bars = QBarSet(self.tr("Execution progress %"))
        bars.append([float(u.execution_percent or 0) for u in lagging])
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        time = float(w.time_share * 100)
        line = QLineSeries()
        line.setName(self.tr("Time progress {value}%").format(value=f"{time:.2f}"))
        line.setPen(QPen(QColor("#C00000"), 2, Qt.PenStyle.DashLine))
        self.chart.addSeries(line)
        categories = QBarCategoryAxis()
        categories.append([_short(u.name or u.key) for u in lagging])
        categories.setLabelsAngle(-60)
        categories.setTruncateLabels(False)
        font = categories.labelsFont()
        font.setPointSize(8)
        categories.setLabelsFont(font)
        values = QValueAxis()
        values.setRange(0, max([100.0, *(float(u.execution_percent or 0) for u in lagging)]))
        values.setLabelFormat("%.0f%%")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        line_x = QValueAxis()
        line_x.setRange(0, 1)
        line_x.setVisible(False)
        self.chart.addAxis(line_x, Qt.AlignmentFlag.AlignTop)
        line.append(0, time)
        line.append(1, time)
        line.attachAxis(line_x)
        line.attachAxis(values)
        self.chart.setTitle(self.tr("Execution vs time progress: the {n} most lagging units").format(n=len(lagging)))

    def _fill_units(self, units: list[RollUp]) -> None:
        self.units.setSortingEnabled(False)
        self.units.setRowCount(len(units))
        for r, u in enumerate(units):
            cells = [u.name or u.key, u.projects, u.budget.format_wan(), u.spent.format_wan(),
                     u.execution_percent, u.lag_shown, f"{u.red} / {u.yellow}"]
            for c, value in enumerate(cells):
                self.units.setItem(r, c, _UnitItem(u.name or u.key, u.key) if c == 0 else _item(value))
        self.units.setSortingEnabled(True)
        self.units.resizeColumnsToContents()


class _UnitItem(QTableWidgetItem):
    """A unit's name that sorts by the unit's code in natural order (unit 2 before unit 10), not by the name."""

    def __init__(self, name: str, code: str):
        super().__init__(name)
        self.code_key = natural_key(code)
        self.setToolTip(code)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _UnitItem):
            return self.code_key < other.code_key
        return super().__lt__(other)


def _short(name: str, limit: int = 8) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "…"


def _item(value: object) -> QTableWidgetItem:
    item = QTableWidgetItem()
    if isinstance(value, (int, Decimal)):
        item.setData(Qt.ItemDataRole.DisplayRole, float(value) if isinstance(value, Decimal) else value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    else:
        item.setText("" if value is None else str(value))
    return item

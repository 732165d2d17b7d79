"""Home page (工作台): where each stage of the year's cycle stands, what waits for whom, two charts, the brief.

Every figure is a button that opens the list behind it (the page, its tab, and the filter where the page has
one). The figures come from :func:`perfdesk.core.services.home.figures`, read on the background worker, as of
today. On a database with no projects yet the page says what to do first instead of showing zeros.
"""

from __future__ import annotations

import datetime as dt
import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from perfdesk.core.reports.home_data import HomeFigures, Waiting
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.tasks import Tasks, offer_to_open, run_task
from perfdesk.gui.widgets.exchange_status import ExchangeBox
from perfdesk.gui.widgets.flow import flow_of

CHART_DEPARTMENTS = 10
STATUS_COLOURS = {"approved": "#70AD47", "submitted": "#4472C4", "returned": "#ED7D31", "draft": "#A5A5A5",
                  "missing": "#FFC000"}


class HomePage(Page):
    page_key = "home"
    filled = Signal()  # the figures are shown (or the empty-database text)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.figures: HomeFigures | None = None
        self.today = dt.date.today()
        self.figure_buttons: dict[str, QPushButton] = {}
        self.heading = QLabel()
        self.heading.setObjectName("homeHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.brief_button = QPushButton(self.tr("Leadership brief (PDF)…"))
        self.brief_button.setObjectName("briefButton")
        self.brief_button.clicked.connect(self._brief_clicked)
        self.status = QLabel()
        self.status.setObjectName("homeStatus")
        self.empty = QLabel()
        self.empty.setObjectName("homeEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 15px; padding: 40px;")
        self.body = QWidget()
        self._build()

    # -- layout ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        top.addWidget(self.brief_button)
        self.stages = QGridLayout()
        self.waiting_box = QGroupBox(self.tr("Waiting"))
        self.waiting_box.setObjectName("waitingBox")
        self.waiting_layout = QVBoxLayout(self.waiting_box)
        self.target_chart, self.grade_chart = QChart(), QChart()
        charts = QHBoxLayout()
        charts.addWidget(self.waiting_box, 2)
        for chart in (self.target_chart, self.grade_chart):
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(200, 330)  # room for ten department names (the page scrolls)
            charts.addWidget(view, 5 if chart is self.target_chart else 2)
        self.exchange = ExchangeBox()
        self.exchange.openPackages.connect(lambda: self.window().show_packages())
        column = QVBoxLayout(self.body)
        column.addLayout(self.stages)
        column.addWidget(self.exchange)
        column.addLayout(charts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # boxes wrap instead
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.scroll = scroll
        self.empty.hide()

    # -- context and figures --------------------------------------------------------------------------------
    def set_context(self, ctx: PageContext) -> None:
        super().set_context(ctx)
        self.reload()

    def reload(self) -> None:
        """Read the figures on the background worker. The page may be gone when they arrive (another database was
        opened meanwhile): then they are dropped, and the progress dialog belongs to the window, not the page."""
        db, year, units, today = self.ctx.db, self.ctx.year, self.ctx.unit_ids, self.today
        self._asked = asked = object()

        def work(_progress: Any) -> HomeFigures | None:
            from perfdesk.core.services import home

            with db.sessions() as session:
                return home.figures(session, year=year, as_of=today, unit_ids=units)

        def current() -> bool:
            return isValid(self) and self._asked is asked

        def failed(exc: BaseException, _trace: str) -> None:
            if current():
                from perfdesk.gui.dialogs.errors import show_error

                show_error(self, exc)

        run_task(self.window(), work, lambda figures: current() and self.show_figures(figures), failed,
                 title=self.tr("Reading the year's figures"))

    def show_figures(self, figures: HomeFigures | None) -> None:
        self.figures = figures
        self.brief_button.setEnabled(figures is not None)
        self.brief_button.setToolTip("" if figures else self.tr("There are no projects to brief on yet."))
        if figures is None:
            self._show_empty()
        else:
            self.empty.hide()
            self.scroll.show()
            self.heading.setText(self.tr("Budget year {year}: where the work stands on {date}").format(
                year=figures.year, date=self.date_text(figures.as_of)))
            self._fill_stages(figures)
            self._fill_waiting(figures.waiting())
            self._fill_target_chart(figures)
            self._fill_grade_chart(figures)
            self.exchange.fill(figures.exchange)
        self.filled.emit()
        warm_up()

    def _show_empty(self) -> None:
        self.heading.setText(self.tr("Welcome to PerfDesk"))
        self.empty.setText(self.tr(
            "This database has no budget year with projects yet.\n\nStart by importing the project export of the "
            "budget system (Targets → Checks and Excel), or create a demo database to look around: "
            "perfdesk demo --out demo.db"))
        self.scroll.hide()
        self.empty.show()

    def date_text(self, value: dt.date | None) -> str:
        """A date as people write it in the interface's language (2025年6月30日 in Chinese)."""
        if value is None:
            return ""
        return self.tr("{year}-{month:02d}-{day:02d}").format(year=value.year, month=value.month, day=value.day)

    # -- the stage boxes ---------------------------------------------------------------------------------------
    def stage_figures(self, f: HomeFigures) -> list[tuple[str, list[tuple[str, str, str]]]]:
        """(stage title, [(key, figure, label)]) in the order of the cycle."""
        t, mo, s, sc, r, led = f.targets.counts, f.monitoring, f.selfeval, f.spotcheck, f.ranking, f.ledger
        monitoring = [("monitoring.none", "—", self.tr("no round yet"))] if mo.round_id is None else [
            ("monitoring.round", self.date_text(mo.round_as_of), self.tr("latest round")),
            ("monitoring.execution", f"{mo.execution_percent}%", self.tr("execution (time {p}%)").format(
                p=mo.time_percent)),
            ("monitoring.red", str(mo.red), self.tr("red warnings")),
            ("monitoring.yellow", str(mo.yellow), self.tr("yellow warnings")),
            ("monitoring.key", str(mo.key), self.tr("key monitoring"))]
        grades = "  ".join(f"{g} {n}" for g, n in s.grades)
        ranking = [("ranking.none", "—", self.tr("not ranked yet"))] if r.run_id is None else [
            ("ranking.run", self.tr("confirmed") if r.confirmed else self.tr("draft"),
             self.tr("ranking run {n}").format(n=r.version)),
            ("ranking.cancel", str(r.cancelled), self.tr("cancelled")),
            ("ranking.cut", str(r.cut), self.tr("cut")),
            ("ranking.amount", r.cut_amount.format_wan(), self.tr("10k yuan cut in all"))]
        return [
            (self.tr("Targets"), [("targets.approved", str(t.approved), self.tr("approved")),
                                  ("targets.submitted", str(t.submitted), self.tr("submitted, to review")),
                                  ("targets.returned", str(t.returned), self.tr("returned")),
                                  ("targets.draft", str(t.draft + t.missing), self.tr("draft or not started"))]),
            (self.tr("Monitoring"), monitoring),
            (self.tr("Self-evaluations"), [("selfeval.done", f"{s.done}/{s.projects}", self.tr("done")),
                                           ("selfeval.approved", str(s.counts.approved), self.tr("approved")),
                                           ("selfeval.submitted", str(s.counts.submitted), self.tr("to review")),
                                           ("selfeval.grades", grades, self.tr("grades"))]),
            (self.tr("Spot checks"), [("spotcheck.none", "—", self.tr("no sample drawn yet"))] if sc.drawn_on is None
             else [("spotcheck.items", str(sc.items), self.tr("drawn")),
                   ("spotcheck.reviewed", str(sc.reviewed), self.tr("reviewed")),
                   ("spotcheck.differing", str(sc.differing), self.tr("review differs"))]),
            (self.tr("Ranking"), ranking),
            (self.tr("Rectification"), [("ledger.open", str(led.open), self.tr("open")),
                                        ("ledger.overdue", str(led.overdue), self.tr("overdue")),
                                        ("ledger.closed", str(led.closed), self.tr("closed"))]),
        ]

    def _fill_stages(self, f: HomeFigures) -> None:
        _clear(self.stages)
        self.figure_buttons.clear()
        for i, (title, figures) in enumerate(self.stage_figures(f)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(flow_of(*(self._figure_button(*figure) for figure in figures)))
            self.stages.addWidget(box, i // 2, i % 2)

    def _figure_button(self, key: str, figure: str, label: str) -> QPushButton:
        button = QPushButton(f"{figure}\n{label}")
        button.setObjectName(f"figure_{key}")
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(self.tr("Open the list behind this figure"))
        colour = {"monitoring.red": "#C00000", "monitoring.yellow": "#B8860B", "ledger.overdue": "#C00000"}.get(key)
        button.setStyleSheet("QPushButton { text-align: center; padding: 2px 6px; }"
                             + (f"QPushButton {{ color: {colour}; }}" if colour else ""))
        button.clicked.connect(lambda _checked=False, k=key: self.open_figure(k))
        self.figure_buttons[key] = button
        return button

    def _fill_waiting(self, items: list[Waiting]) -> None:
        _clear(self.waiting_layout)
        texts = self.waiting_texts()
        for who, title in (("finance", self.tr("For finance")), ("units", self.tr("For the units"))):
            mine = [w for w in items if w.who == who]
            self.waiting_layout.addWidget(QLabel(f"<b>{title}</b>"))
            if not mine:
                self.waiting_layout.addWidget(QLabel(self.tr("Nothing waiting.")))
            for w in mine:
                button = QPushButton(texts[w.what].format(n=w.count))
                button.setObjectName(f"waiting_{w.what}")
                button.setFlat(True)
                button.setStyleSheet("text-align: left;")
                button.clicked.connect(lambda _checked=False, k=WAITING_OPENS[w.what]: self.open_figure(k))
                self.waiting_layout.addWidget(button)
        self.waiting_layout.addStretch(1)

    def waiting_texts(self) -> dict[str, str]:
        return {"targets_submitted": self.tr("{n} targets to review"),
                "selfeval_submitted": self.tr("{n} self-evaluations to review"),
                "spotcheck_to_review": self.tr("{n} sampled self-evaluations to review"),
                "key_without_measure": self.tr("{n} key-monitoring projects without a measure"),
                "ranking_draft": self.tr("The ranking run awaits confirmation"),
                "ledger_overdue": self.tr("{n} ledger items overdue"),
                "targets_not_submitted": self.tr("{n} targets not submitted"),
                "selfeval_not_submitted": self.tr("{n} self-evaluations not finished")}

    # -- charts ------------------------------------------------------------------------------------------------
    def _fill_target_chart(self, f: HomeFigures) -> None:
        """Targets by status for the departments with the most still to approve."""
        chart = _reset(self.target_chart)
        departments = sorted(f.targets.by_department, key=lambda d: (d.counts.approved - d.counts.total, d.code))
        shown = list(reversed(departments[:CHART_DEPARTMENTS]))  # horizontal bars run bottom-up
        series = QHorizontalStackedBarSeries()
        labels = {"approved": self.tr("Approved"), "submitted": self.tr("Submitted"), "returned": self.tr("Returned"),
                  "draft": self.tr("Draft"), "missing": self.tr("Not started")}
        for key, label in labels.items():
            bars = QBarSet(label)
            bars.setColor(QColor(STATUS_COLOURS[key]))
            bars.append([float(getattr(d.counts, key)) for d in shown])
            series.append(bars)
        chart.addSeries(series)
        _axes(chart, series, [_short(d.name) for d in shown], max([0, *(d.counts.total for d in shown)]),
              horizontal=True)
        chart.setTitle(self.tr("Targets by department: the {n} with most still to approve").format(n=len(shown)))

    def _fill_grade_chart(self, f: HomeFigures) -> None:
        chart = _reset(self.grade_chart)
        bars = QBarSet(self.tr("Self-evaluations"))
        bars.setColor(QColor("#4472C4"))
        bars.append([float(n) for _, n in f.selfeval.grades])
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setLabelColor(QColor("#000000"))
        chart.addSeries(series)
        _axes(chart, series, [g for g, _ in f.selfeval.grades], max(n for _, n in f.selfeval.grades),
              horizontal=False)
        chart.legend().setVisible(False)
        chart.setTitle(self.tr("Self-evaluation grades"))

    # -- opening the list behind a figure -------------------------------------------------------------------------
    def open_figure(self, key: str) -> Page | None:
        """Show the page (and tab, and filter) behind the figure ``key``; returns the page shown."""
        window = self.window()
        if not hasattr(window, "show_area"):
            return None
        area = key.split(".")[0]
        area = {"targets": "targets", "monitoring": "monitoring", "selfeval": "evaluation", "spotcheck": "evaluation",
                "ranking": "ranking", "ledger": "results"}[area]
        page = window.show_area(area)
        OPENERS.get(key, lambda _p, _f: None)(page, self.figures)
        return page

    # -- the brief --------------------------------------------------------------------------------------------
    def _brief_clicked(self) -> None:
        if self.figures is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the leadership brief"),
            self.tr("Leadership brief {date}.pdf").format(date=self.today.isoformat()), self.tr("PDF files (*.pdf)"))
        if name:
            self.write_brief(Path(name))

    def write_brief(self, path: Path) -> None:
        db, year, today = self.ctx.db, self.figures.year if self.figures else self.ctx.year, self.today

        def work(_progress: Any) -> list[str]:
            from perfdesk.core.services import home

            with db.sessions() as session:
                return home.write_brief(session, year=year, as_of=today, out=path)

        def done(warnings: list[str]) -> None:
            self.status.setText(self.tr("Brief written: {path}").format(path=path.name))
            self.status.setToolTip("\n".join([str(path), *warnings]))
            offer_to_open(self, path, self.tr("Brief written: {path}").format(path=path))

        run_task(self, work, done, title=self.tr("Printing the leadership brief"))


# -- what each figure opens -----------------------------------------------------------------------------------------
def _tab(attr: str, tab: str) -> Callable[[Any, Any], None]:
    def open_tab(page: Any, _figures: Any) -> None:
        getattr(page, attr).setCurrentWidget(getattr(page, tab))
    return open_tab


def _warnings(which: str) -> Callable[[Any, Any], None]:
    def open_warnings(page: Any, figures: HomeFigures | None) -> None:
        _round(page, figures)
        page.tabs.setCurrentWidget(page.warning_tab)
        page.filter.setCurrentIndex(max(0, page.filter.findData(which)))
    return open_warnings


def _round(page: Any, figures: HomeFigures | None) -> None:
    if figures is not None and figures.monitoring.round_id is not None:
        index = page.round_combo.findData(figures.monitoring.round_id)
        if index >= 0:
            page.round_combo.setCurrentIndex(index)


def _dashboard(page: Any, figures: HomeFigures | None) -> None:
    _round(page, figures)
    page.tabs.setCurrentWidget(page.dashboard)


def _key(page: Any, figures: HomeFigures | None) -> None:
    _round(page, figures)
    page.tabs.setCurrentWidget(page.key_tab)


def _ledger(status: str = "", overdue: bool = False) -> Callable[[Any, Any], None]:
    def open_ledger(page: Any, _figures: Any) -> None:
        tab = page.ledger
        page.tabs.setCurrentWidget(tab)
        tab.overdue.setChecked(overdue)
        tab.status.setCurrentIndex(max(0, tab.status.findData(status)))
    return open_ledger


OPENERS: dict[str, Callable[[Any, Any], None]] = {
    "targets.approved": _tab("tabs", "browser"), "targets.returned": _tab("tabs", "browser"),
    "targets.draft": _tab("tabs", "browser"), "targets.submitted": _tab("tabs", "queue"),
    "monitoring.round": _dashboard, "monitoring.execution": _dashboard, "monitoring.none": _dashboard,
    "monitoring.red": _warnings("red"), "monitoring.yellow": _warnings("yellow"), "monitoring.key": _key,
    "selfeval.done": _tab("tabs", "entry"), "selfeval.approved": _tab("tabs", "entry"),
    "selfeval.submitted": _tab("tabs", "entry"), "selfeval.grades": _tab("tabs", "entry"),
    "spotcheck.items": _tab("tabs", "spotcheck"), "spotcheck.reviewed": _tab("tabs", "spotcheck"),
    "spotcheck.differing": _tab("tabs", "spotcheck"), "spotcheck.none": _tab("tabs", "spotcheck"),
    "ledger.open": _ledger(), "ledger.overdue": _ledger(overdue=True), "ledger.closed": _ledger("closed"),
}
WAITING_OPENS = {"targets_submitted": "targets.submitted", "selfeval_submitted": "selfeval.submitted",
                 "spotcheck_to_review": "spotcheck.items", "key_without_measure": "monitoring.key",
                 "ranking_draft": "ranking.run", "ledger_overdue": "ledger.overdue",
                 "targets_not_submitted": "targets.draft", "selfeval_not_submitted": "selfeval.done"}


# -- warming up the next page ----------------------------------------------------------------------------------
NEXT_PAGES = ("perfdesk.core.services.targets", "perfdesk.core.services.library", "perfdesk.core.io.targets_xlsx",
              "perfdesk.core.io.library_xlsx", "perfdesk.core.rules.target_checks", "perfdesk.core.db.queries_targets")
"""The Qt-free modules (openpyxl and the rules behind them) of the page people open from the home page first,
imported on a background thread while the home page is read, so the first click does not wait for them. Only
core modules: the page's own widget classes are made on the main thread (creating Qt classes on another thread
while the main one runs Qt is not safe)."""
_warming: threading.Thread | None = None


def warm_up() -> threading.Thread | None:
    """Start importing :data:`NEXT_PAGES` once per process (not when tasks run inline, as in tests)."""
    global _warming
    if _warming is None and not Tasks.inline:
        _warming = threading.Thread(target=lambda: [importlib.import_module(m) for m in NEXT_PAGES],
                                    name="perfdesk-warm-up", daemon=True)
        _warming.start()
    return _warming


# -- small helpers ----------------------------------------------------------------------------------------------
def _short(name: str, limit: int = 7) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "…"


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()


def _reset(chart: QChart) -> QChart:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    return chart


def _axes(chart: QChart, series: Any, categories: list[str], top: float, *, horizontal: bool) -> None:
    names = QBarCategoryAxis()
    names.append(categories)
    names.setTruncateLabels(False)
    values = QValueAxis()
    values.setLabelFormat("%d")
    values.setRange(0, max(1.0, top))
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(values)
    values.applyNiceNumbers()
    values.setLabelFormat("%d")


PAGE = HomePage

"""The scored form of one ex-ante assessment (事前绩效评估): each item graded 优/良/中/差, the findings per
dimension, the total and conclusion as the grades are chosen (thresholds from the settings, said to be PerfDesk's
defaults while they are), whether the project enters the project library, and further remarks."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.domain.score import RoundingMode
from perfdesk.core.rules import exante as rules
from perfdesk.core.rules.params import ExAnteParams
from perfdesk.core.services import exante as svc

NOT_GRADED = "—"
CONCLUSION_COLORS = {rules.SUPPORT: "#1b7f3b", rules.ADJUST: "#9a6700", rules.REJECT: "#b42318"}


class AssessmentForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form: rules.Form | None = None
        self.params = ExAnteParams()
        self.rounding = RoundingMode.TWO_PLACES
        self.title = QLabel()
        self.title.setObjectName("exanteTitle")
        self.title.setWordWrap(True)
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.assessor = QLineEdit(placeholderText=self.tr("Finance bureau, agency or expert panel"))
        self.items = QTableWidget(0, 5)
        self.items.setObjectName("exanteItems")
        self.items.setHorizontalHeaderLabels([self.tr("Dimension"), self.tr("Item"), self.tr("Points"),
                                              self.tr("Grade"), self.tr("Score")])
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.items.horizontalHeader()
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the wording takes the width left
        self.findings = QTableWidget(0, 2)
        self.findings.setObjectName("exanteFindings")
        self.findings.setHorizontalHeaderLabels([self.tr("Dimension"), self.tr("What was found")])
        self.findings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rows = self.findings.verticalHeader()
        rows.setMinimumSectionSize(54)  # room for two or three lines of a finding, wrapped
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.findings.setWordWrap(True)
        self.findings.itemChanged.connect(lambda _i: self.edited.emit())
        self.library = QCheckBox(self.tr("Enters the project library (纳入项目库)"))
        self.library.setObjectName("exanteLibrary")
        self.opinion = QPlainTextEdit(placeholderText=self.tr("Further remarks printed under the conclusion"))
        self.opinion.setMaximumHeight(70)
        self.result = QLabel()
        self.result.setObjectName("exanteResult")
        self.result.setWordWrap(True)
        self.thresholds = QLabel()
        self.thresholds.setObjectName("exanteThresholds")
        self.thresholds.setWordWrap(True)
        self._layout()
        for signal in (self.date.dateChanged, self.assessor.textEdited, self.library.toggled,
                       self.opinion.textChanged):
            signal.connect(lambda *_a: self.edited.emit())

    def _layout(self) -> None:
        head = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addWidget(QLabel(self.tr("Assessed by")))
        row.addWidget(self.assessor, 1)
        head.addRow(self.tr("Date of the assessment"), row)
        findings = QWidget()
        column = QVBoxLayout(findings)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.findings, 1)
        column.addWidget(self.library)
        column.addWidget(QLabel(self.tr("Further remarks")))
        column.addWidget(self.opinion)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.items, self.tr("Scores"))
        self.tabs.addTab(findings, self.tr("Findings and conclusion"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.thresholds)

    # -- showing ----------------------------------------------------------------------------------------
    def show_form(self, form: rules.Form, title: str, p: ExAnteParams, rounding: RoundingMode) -> None:
        self.form, self.params, self.rounding = form, p, rounding
        self.blockSignals(True)
        try:
            self.title.setText(title)
            day = form.assessed_on
            self.date.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
            self.assessor.setText(form.assessor)
            self.library.setChecked(form.enters_library)
            self.opinion.setPlainText(form.opinion)
            self._fill_items(form.items)
            self._fill_findings(form.findings)
        finally:
            self.blockSignals(False)
        self.thresholds.setText(self._thresholds_text())
        self.rescore()

    def _fill_items(self, items: tuple[rules.Item, ...]) -> None:
        self.items.setRowCount(len(items))
        for r, it in enumerate(items):
            self.items.setItem(r, 0, QTableWidgetItem(it.dimension))
            self.items.setItem(r, 1, QTableWidgetItem(it.item))
            points = QTableWidgetItem(_plain(it.points))
            points.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.items.setItem(r, 2, points)
            combo = QComboBox()
            combo.addItems([NOT_GRADED, *rules.GRADES])
            combo.setCurrentText(it.grade or NOT_GRADED)
            combo.currentIndexChanged.connect(lambda _i: (self.rescore(), self.edited.emit()))
            self.items.setCellWidget(r, 3, combo)
            self.items.setItem(r, 4, QTableWidgetItem(""))

    def _fill_findings(self, findings: tuple[tuple[str, str], ...]) -> None:
        self.findings.blockSignals(True)
        self.findings.setRowCount(len(findings))
        for r, (dim, text) in enumerate(findings):
            label = QTableWidgetItem(dim)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.findings.setItem(r, 0, label)
            self.findings.setItem(r, 1, QTableWidgetItem(text))
        self.findings.resizeColumnToContents(0)
        self.findings.blockSignals(False)

    def _thresholds_text(self) -> str:
        p, default = self.params, ExAnteParams()
        own = (p.support_from, p.adjust_from, p.shares) == (default.support_from, default.adjust_from, default.shares)
        whose = self.tr("PerfDesk defaults, not a published rule") if own else self.tr("as set by the county")
        return self.tr("Support from {support}, support after adjustment from {adjust}, below that do not support; "
                       "优/良/中/差 earn {shares}% of an item's points ({whose}; see Settings).").format(
            support=_plain(p.support_from), adjust=_plain(p.adjust_from),
            shares="/".join(_plain(s) for s in p.shares), whose=whose)

    # -- reading ----------------------------------------------------------------------------------------
    def grade_combo(self, row: int) -> QComboBox:
        return self.items.cellWidget(row, 3)  # type: ignore[return-value]

    def set_grade(self, row: int, grade: str) -> None:
        self.grade_combo(row).setCurrentText(grade or NOT_GRADED)

    def current(self) -> rules.Form | None:
        """The form as shown, with the grades, findings and answers entered."""
        if self.form is None:
            return None
        items = tuple(dataclasses.replace(it, grade=self._grade(r)) for r, it in enumerate(self.form.items))
        findings = tuple((self.findings.item(r, 0).text(), self.findings.item(r, 1).text())
                         for r in range(self.findings.rowCount()))
        day = self.date.date()
        return dataclasses.replace(self.form, items=items, findings=findings, assessor=self.assessor.text(),
                                   assessed_on=dt.date(day.year(), day.month(), day.day()),
                                   enters_library=self.library.isChecked(), opinion=self.opinion.toPlainText())

    def _grade(self, row: int) -> str:
        text = self.grade_combo(row).currentText()
        return "" if text == NOT_GRADED else text

    def rescore(self) -> rules.Result | None:
        form = self.current()
        if form is None:
            return None
        result = svc.score(form, self.params, self.rounding)
        for r, it in enumerate(form.items):
            value = rules.item_score(it, self.params.shares, self.rounding)
            cell = QTableWidgetItem("" if value is None else _plain(value))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.items.setItem(r, 4, cell)
        self.result.setText(self._result_text(result))
        color = CONCLUSION_COLORS.get(result.conclusion, "#555555")
        self.result.setStyleSheet(f"color: {color}; font-weight: bold;")
        return result

    def _result_text(self, result: rules.Result) -> str:
        dims = "，".join(f"{d.dimension} {_plain(d.score)}" for d in result.dimensions)
        if result.ungraded:
            return self.tr("{n} item(s) not graded yet: {total} of {points} so far ({dims}).").format(
                n=result.ungraded, total=_plain(result.total), points=_plain(result.points), dims=dims)
        return self.tr("Total {total} of {points}: {conclusion} ({dims}).").format(
            total=_plain(result.total), points=_plain(result.points),
            conclusion=rules.CONCLUSION_TEXT[result.conclusion], dims=dims)


def _plain(value: Decimal) -> str:
    from perfdesk.core.rules.valuetext import format_number

    return format_number(value)

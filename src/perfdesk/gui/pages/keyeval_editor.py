"""One key evaluation being edited: its details (what is evaluated, agency, lead evaluator, money, findings), its
score sheet (weights, figures, hand scores; every formula line computed by the core) and its questionnaires and
expert draws. Every change is one service call; the core scores, this only gathers and shows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.domain.keyeval import Formula, ObjectKind
from perfdesk.core.rules.keyeval import MONEY_FORMULAS, target_of
from perfdesk.core.services import keyeval, survey
from perfdesk.core.services import keyeval_registry as reg
from perfdesk.gui.pages.evaluation_common import item, table
from perfdesk.gui.pages.keyeval_common import Runner, fen_of, number, plain, wan_text
from perfdesk.gui.widgets.flow import flow_of

SHEET_KEYS = ("level1", "level2", "level3", "points", "formula", "target_percent", "numerator", "denominator",
              "score", "deduction_reason", "basis")
EDITABLE_NUMBERS = ("points", "target_percent", "numerator", "denominator", "score")


class DetailsForm(QWidget):
    """What is evaluated and by whom, the money figures and the findings."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in ObjectKind:
            self.kind.addItem(kind.label(), kind.value)
        self.project, self.unit, self.lead = QLineEdit(), QLineEdit(), QLineEdit()
        self.agency = QComboBox()
        self.budget, self.arrived, self.spent = QLineEdit(), QLineEdit(), QLineEdit()
        self.report_date = QDateEdit()
        self.report_date.setCalendarPopup(True)
        self.report_date.setDisplayFormat("yyyy-MM-dd")
        self.findings, self.suggestions = QPlainTextEdit(), QPlainTextEdit()
        for box in (self.findings, self.suggestions):
            box.setMaximumHeight(60)
        self.project.setPlaceholderText(self.tr("project code (a project or a policy)"))
        self.unit.setPlaceholderText(self.tr("department code (a special fund or a department)"))
        self.findings.setPlaceholderText(self.tr("one problem found per line"))
        form = QFormLayout(self)
        for label, widget in ((self.tr("Title"), self.title), (self.tr("Evaluated"), self.kind),
                              (self.tr("Project"), self.project), (self.tr("Department"), self.unit),
                              (self.tr("Third-party agency"), self.agency), (self.tr("Lead evaluator"), self.lead),
                              (self.tr("Budget (万元)"), self.budget), (self.tr("Funds arrived (万元)"), self.arrived),
                              (self.tr("Spent (万元)"), self.spent), (self.tr("Report date"), self.report_date),
                              (self.tr("Problems found"), self.findings), (self.tr("Suggestions"), self.suggestions)):
            form.addRow(label, widget)

    def set_agencies(self, rows: list[dict[str, Any]]) -> None:
        current = self.agency.currentData()
        self.agency.clear()
        self.agency.addItem(self.tr("(none)"), None)
        for row in rows:
            rating = f"（{row['rating']}）" if row["rating"] else ""
            self.agency.addItem(row["name"] + rating, row["id"])
        self.agency.setCurrentIndex(max(self.agency.findData(current), 0))

    def load(self, header: dict[str, Any]) -> None:
        self.title.setText(header["title"])
        self.kind.setCurrentIndex(max(self.kind.findData(header["object_kind"]), 0))
        self.project.setText(header["project_code"])
        self.unit.setText(header["unit_code"])
        self.agency.setCurrentIndex(max(self.agency.findData(header["agency_id"]), 0))
        self.lead.setText(header["lead_evaluator"])
        for box, key in ((self.budget, "budget_fen"), (self.arrived, "arrived_fen"), (self.spent, "spent_fen")):
            box.setText(wan_text(header[key]))
        day = header["report_date"]
        self.report_date.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
        self.findings.setPlainText(header["findings"])
        self.suggestions.setPlainText(header["suggestions"])

    def values(self) -> dict[str, Any]:
        """The form as service arguments (codes, not ids); raises BadNumber for a money field."""
        day = self.report_date.date()
        return {"title": self.title.text().strip(), "object_kind": self.kind.currentData(),
                "project_code": self.project.text().strip() or None, "unit_code": self.unit.text().strip() or None,
                "agency_id": self.agency.currentData(), "lead_evaluator": self.lead.text().strip(),
                "budget_fen": fen_of(self.budget.text(), self.tr("Budget (万元)")),
                "arrived_fen": fen_of(self.arrived.text(), self.tr("Funds arrived (万元)")),
                "spent_fen": fen_of(self.spent.text(), self.tr("Spent (万元)")),
                "report_date": dt.date(day.year(), day.month(), day.day()),
                "findings": self.findings.toPlainText().strip(), "suggestions": self.suggestions.toPlainText().strip()}


class SheetTab(QWidget):
    """The score sheet: weights, figures and hand scores typed in; saved and scored in one step."""

    saved = Signal()

    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.evaluation_id: int | None = None
        self.shown: list[dict[str, Any]] = []
        self.table = table([self.tr("Level 1"), self.tr("Level 2"), self.tr("Level 3"), self.tr("Points"),
                            self.tr("Computed as"), self.tr("Target (%)"), self.tr("Numerator"),
                            self.tr("Denominator"), self.tr("Score"), self.tr("Reason for lost points"),
                            self.tr("Computation")])
        self.table.setObjectName("keyevalSheet")
        self.total = QLabel()
        self.total.setObjectName("keyevalTotal")
        self.total.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save and score"))
        self.save_button.setObjectName("keyevalSaveSheet")
        self.save_button.clicked.connect(lambda: self.save())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(flow_of(self.save_button))

    def load(self, lines: list[dict[str, Any]], header: dict[str, Any], warnings: tuple[str, ...] = ()) -> None:
        self.shown = [dict(line) for line in lines]  # kept here, not in the items: Qt holds text only
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            for c, key in enumerate(SHEET_KEYS):
                self.table.setItem(r, c, self._cell(key, line))
        self.table.resizeColumnsToContents()
        for c in (9, 10):
            self.table.setColumnWidth(c, 220)
        score = header["score"]
        text = self.tr("Total: {score} points, grade {grade}").format(score=plain(score), grade=header["grade"]) \
            if score is not None else self.tr("Not scored yet: every line needs its figures or a score.")
        self.total.setText("  ".join([text, *warnings]))

    def _cell(self, key: str, line: dict[str, Any]) -> QTableWidgetItem:
        formula = line["formula"]
        if key == "formula":
            cell = item(Formula(formula).label() if formula else self.tr("by the evaluator"))
        elif key in EDITABLE_NUMBERS:
            value = target_of(formula, line[key]) if key == "target_percent" and formula else line[key]
            text = "" if value is None else (f"{value:f}" if key == "score" else plain(value))  # scores as stored
            cell = item(text, editable=self._editable(key, formula))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:
            cell = item(line[key] or "", editable=key == "deduction_reason")
        return cell

    @staticmethod
    def _editable(key: str, formula: str) -> bool:
        if key == "points":
            return True
        if key == "score":
            return not formula
        if key == "target_percent":
            return bool(formula)
        if formula == Formula.SATISFACTION:
            return key == "numerator"
        return bool(formula) and formula not in MONEY_FORMULAS

    def lines(self) -> list[dict[str, Any]]:
        """The sheet as typed (raises BadNumber naming the line and column)."""
        out = []
        for r in range(self.table.rowCount()):
            line = dict(self.shown[r])
            for c, key in enumerate(SHEET_KEYS):
                if key in EDITABLE_NUMBERS:
                    name = f"{line['level3']} {self.table.horizontalHeaderItem(c).text()}"
                    line[key] = number(self.table.item(r, c).text(), name)
            line["deduction_reason"] = self.table.item(r, 9).text().strip()
            out.append({k: line[k] for k in keyeval.LINE_FIELDS})
        return out

    def save(self) -> keyeval.ScoreResult | None:
        if self.evaluation_id is None:
            return None
        eid = self.evaluation_id

        result = self.runner.run(lambda uow: keyeval.replace_lines(uow, eid, self.lines()))
        if result is not None:
            self.saved.emit()
        return result


class SurveyExpertsTab(QWidget):
    """The questionnaire results (import a file) and the expert draws (count, seed, field)."""

    changed = Signal()

    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.evaluation_id: int | None = None
        self.survey = table([self.tr("Question"), self.tr("Answered"), self.tr("Satisfied"), self.tr("Blank"),
                             self.tr("Satisfaction")])
        self.survey.setObjectName("keyevalSurvey")
        self.import_button = QPushButton(self.tr("Import questionnaires…"))
        self.import_button.setObjectName("keyevalSurveyImport")
        self.import_button.clicked.connect(lambda: self.import_survey())
        self.count = QSpinBox()
        self.count.setRange(1, 50)
        self.count.setValue(5)
        self.seed = QLineEdit()
        self.seed.setPlaceholderText(self.tr("seed (empty: a new one)"))
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("field (empty: any)"))
        self.draw_button = QPushButton(self.tr("Draw experts"))
        self.draw_button.setObjectName("keyevalDraw")
        self.draw_button.clicked.connect(lambda: self.draw())
        self.draws = table([self.tr("Drawn"), self.tr("Seed"), self.tr("Experts drawn"), self.tr("Left out (conflict)")])
        self.draws.setObjectName("keyevalDraws")
        layout = QVBoxLayout(self)
        layout.addWidget(self.survey, 1)
        layout.addWidget(flow_of(self.import_button))
        row = QHBoxLayout()
        for label, widget in ((self.tr("Experts"), self.count), (None, self.seed), (None, self.field)):
            if label:
                row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(self.draw_button)
        layout.addLayout(row)
        layout.addWidget(self.draws, 1)

    def load(self, rows: list[dict[str, Any]], draws: list[dict[str, Any]]) -> None:
        self.survey.setRowCount(len(rows))
        for r, q in enumerate(rows):
            rate = f"{Decimal(q['satisfied']) * 100 / q['answered']:.2f}%" if q["answered"] else ""
            for c, value in enumerate((q["question"], q["answered"], q["satisfied"], q["blank"], rate)):
                self.survey.setItem(r, c, item(value))
        self.draws.setRowCount(len(draws))
        for r, d in enumerate(draws):
            for c, value in enumerate((str(d["drawn_at"])[:16], d["seed"], "、".join(e["name"] for e in d["experts"]),
                                       "、".join(e["name"] for e in d["excluded"]))):
                self.draws.setItem(r, c, item(value))
        for view in (self.survey, self.draws):
            view.resizeColumnsToContents()

    def import_survey(self, path: str | None = None) -> Any:
        if self.evaluation_id is None:
            return None
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import questionnaires"), "",
                                                  self.tr("Questionnaires (*.xlsx *.csv)"))
        if not path:
            return None
        eid = self.evaluation_id
        result = self.runner.run(lambda uow: survey.import_survey(uow, eid, path))
        if result is not None:
            self.runner.say(self.tr("{n} respondents; overall satisfaction {rate}%.").format(
                n=result.respondents, rate=plain(result.satisfaction_percent)))
            self.changed.emit()
        return result

    def draw(self) -> Any:
        if self.evaluation_id is None:
            return None
        eid, count, chosen = self.evaluation_id, self.count.value(), self.field.text()

        def act(uow: Any) -> Any:
            seed = number(self.seed.text(), self.tr("Seed"))
            return reg.draw_experts(uow, eid, count=count, seed=None if seed is None else int(seed), field=chosen)

        drawn = self.runner.run(act)
        if drawn is not None:
            self.seed.setText(str(drawn["seed"]))
            self.changed.emit()
        return drawn


class EvaluationEditor(QTabWidget):
    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = DetailsForm()
        self.sheet = SheetTab(runner)
        self.extras = SurveyExpertsTab(runner)
        self.addTab(self.details, self.tr("Details"))
        self.addTab(self.sheet, self.tr("Score sheet"))
        self.addTab(self.extras, self.tr("Questionnaires and experts"))

    def show_evaluation(self, session: Any, evaluation_id: int | None) -> None:
        self.sheet.evaluation_id = self.extras.evaluation_id = evaluation_id
        self.details.set_agencies(reg.agencies(session))
        if evaluation_id is None:
            self.sheet.load([], {"score": None, "grade": ""})
            self.extras.load([], [])
            return
        d = keyeval.detail(session, evaluation_id)
        self.details.load(d["header"])
        self.sheet.load(d["lines"], d["header"], tuple(keyeval.weight_warnings(session, d["lines"])))
        self.extras.load(d["survey"], reg.draws(session, evaluation_id))

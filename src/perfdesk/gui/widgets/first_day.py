"""The first screen on a database with no budget year or no projects: what to do next, each step with its
button (create the budget year, import the budget system's project export, add units and projects by hand,
load the shipped indicator library), ticked off as it is done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from perfdesk.core.services.masterdata_edit import DatabaseStatus

STEPS = ("year", "import", "units", "projects", "library")

class FirstDayPanel(QFrame):
    stepRequested = Signal(str)  # noqa: N815 - one of STEPS; the main window runs it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstDay")
        self.heading = QLabel(objectName="firstDayHeading")
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.intro = QLabel(objectName="firstDayIntro")
        self.intro.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self.marks: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(14)
        for row, (key, text, button) in enumerate(self._steps()):
            self.marks[key] = QLabel(objectName=f"firstDayMark_{key}")
            self.texts[key] = QLabel(text, objectName=f"firstDayText_{key}")
            self.texts[key].setWordWrap(True)
            self.buttons[key] = self._button(key, button)
            grid.addWidget(self.marks[key], row, 0)
            grid.addWidget(self.texts[key], row, 1)
            grid.addWidget(self.buttons[key], row, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 30, 40, 30)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(12)
        column.addLayout(grid)
        column.addStretch(1)

    def _steps(self) -> list[tuple[str, str, str]]:
        return [
            ("year", self.tr("Create the budget year you start with."), self.tr("Create budget year…")),
            ("import", self.tr("Import the project export of the budget system (预算管理一体化系统), xlsx or CSV: it "
                               "brings the departments, units and projects with their budgets."),
             self.tr("Import the export…")),
            ("units", self.tr("Or enter the departments, budget units and townships by hand."), self.tr("Add a unit…")),
            ("projects", self.tr("…and the projects of the year, with their budgets in 10k yuan."),
             self.tr("Add a project…")),
            ("library", self.tr("Load the shipped indicator library (1,119 indicators from published county tables) "
                                "to fill targets faster."), self.tr("Load the library")),
        ]

    def _button(self, key: str, text: str) -> QPushButton:
        button = QPushButton(text, objectName=f"firstDay_{key}")
        button.clicked.connect(lambda _checked=False, k=key: self.stepRequested.emit(k))
        return button

    def show_status(self, status: DatabaseStatus, region: str = "", *, area: str = "") -> None:
        """Tick off what is done; ``area``: the page asked for, which needs a budget year first."""
        heading = self.tr("Welcome to PerfDesk")
        self.heading.setText(f"{heading} — {region}" if region else heading)
        if area:
            self.intro.setText(self.tr("{area} works on a budget year, and this database has none yet. Create the "
                                       "year, or import the budget system's export, first.").format(area=area))
        else:
            self.intro.setText(self.tr("This database has no budget year or no projects yet. Start here: the other "
                                       "pages fill in once the projects are in."))
        done: dict[str, bool] = {"year": status.years > 0, "import": status.projects > 0, "units": status.units > 0,
                                 "projects": status.projects > 0, "library": status.library > 0}
        for key in STEPS:
            self.marks[key].setText("✔" if done[key] else "•")
            self.marks[key].setStyleSheet("color: #2e7d32; font-weight: bold;" if done[key] else "")
        self.buttons["projects"].setEnabled(status.years > 0 and status.units > 0)
        self.buttons["projects"].setToolTip("" if self.buttons["projects"].isEnabled() else
                                            self.tr("Create the budget year and a unit first."))
        self.buttons["library"].setEnabled(status.library == 0)

    def step_done(self, key: str) -> bool:
        return self.marks[key].text() == "✔"

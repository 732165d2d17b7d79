"""Cost budgets area (成本预算): each project's cost-benefit analysis table (成本效益分析表, 聊城) with the checks
shown as the table is typed, and the expenditure standard library (支出标准库, 济宁) its items follow."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.money import Money
from perfdesk.core.rules import costs as rules
from perfdesk.core.rules.costs import quantity_text
from perfdesk.core.rules.params import CostParams
from perfdesk.core.services import costs as svc
from perfdesk.gui.models.rows import RowsModel
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.pages.costs_standards import GUI_USER, StandardPicker, StandardsTab
from perfdesk.gui.tasks import offer_to_open
from perfdesk.gui.widgets.flow import flow_of
from perfdesk.gui.widgets.search import SearchBox

NAME, COST, QUANTITY, MEASURE, AMOUNT, REVIEW, STANDARD, SOURCE, BASIS = range(9)
FLAGGED = "#fde2e1"
LARGEST = Decimal(10) ** 13  # 元: beyond any amount PerfDesk stores (Money's limit)


class CostAnalysisTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.quiet = False  # tests: no message boxes
        self.last_message = ""
        self.head: dict[str, Any] | None = None  # the chosen project's head (tables() row)
        self.params = CostParams()
        self.findings: list[rules.Finding] = []
        self.projects = RowsModel([(self.tr("Project"), lambda r: r["name"]), (self.tr("Items"), lambda r: r["items"]),
                                   (self.tr("Items total (万元)"), lambda r: Money(r["total"])),
                                   (self.tr("Budget (万元)"), lambda r: Money(r["initial_budget_fen"])),
                                   (self.tr("Code"), lambda r: r["code"])])
        self.list = QTableView()
        self.list.setObjectName("costProjects")
        self.list.setModel(self.projects)
        self.list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        self.list.selectionModel().selectionChanged.connect(lambda *_a: self._project_chosen())
        self.title = QLabel(self.tr("Choose a project on the left."))
        self.title.setObjectName("costTitle")
        self.driver = {key: QLineEdit() for key in ("core_driver", "driver_quantity", "driver_unit")}
        self.driver["core_driver"].setPlaceholderText(self.tr("Core cost driver, e.g. 受助对象人数, 路灯基数, 服务面积"))
        self.driver["driver_quantity"].setPlaceholderText(self.tr("How many"))
        self.driver["driver_unit"].setPlaceholderText(self.tr("Unit"))
        self.items = QTableWidget(0, 9)
        self.items.setObjectName("costItems")
        self.items.setHorizontalHeaderLabels([
            self.tr("Cost item"), self.tr("Unit cost (元)"), self.tr("Quantity"), self.tr("Unit"), self.tr("Amount (元)"),
            self.tr("Review"), self.tr("Standard followed"), self.tr("Source of the standard"), self.tr("Basis")])
        self.items.horizontalHeader().setStretchLastSection(True)
        self.items.itemChanged.connect(lambda _i: self.recheck())
        self.items.currentCellChanged.connect(lambda *_a: self._enable())
        self.summary = QLabel()
        self.summary.setObjectName("costSummary")
        self.summary.setWordWrap(True)
        self.found = QTableWidget(0, 3)
        self.found.setObjectName("costFindings")
        self.found.setHorizontalHeaderLabels([self.tr("Level"), self.tr("Cost item"), self.tr("Finding")])
        self.found.horizontalHeader().setStretchLastSection(True)
        self.found.verticalHeader().setVisible(False)
        self.found.setWordWrap(True)
        self.buttons = self._buttons()
        self._layout()
        self._enable()

    def _buttons(self) -> dict[str, QPushButton]:
        out = {}
        for key, text, slot in (("add", self.tr("Add item"), self.add_item), ("remove", self.tr("Remove item"), self.remove_item),
                                ("pick", self.tr("Standard…"), self.pick_standard),
                                ("unpick", self.tr("No standard"), self.clear_standard),
                                ("save", self.tr("Save"), self.save), ("import", self.tr("Import from Excel…"), self.import_file),
                                ("export", self.tr("Export to Excel…"), self.export_file),
                                ("print", self.tr("Print the table…"), self.print_table)):
            button = QPushButton(text)
            button.setObjectName(f"cost_{key}")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            out[key] = button
        return out

    def _layout(self) -> None:
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(SearchBox(lambda: self.list))
        lv.addWidget(self.list, 1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.title)
        driver = QHBoxLayout()
        driver.addWidget(QLabel(self.tr("Core cost driver")))
        driver.addWidget(self.driver["core_driver"], 3)
        driver.addWidget(self.driver["driver_quantity"], 1)
        driver.addWidget(self.driver["driver_unit"], 1)
        rv.addLayout(driver)
        rv.addWidget(self.items, 3)
        rv.addWidget(self.summary)
        rv.addWidget(self.found, 2)
        rv.addWidget(flow_of(*self.buttons.values()))
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        for line in self.driver.values():
            line.textChanged.connect(lambda _t: self.recheck())

    # -- context ----------------------------------------------------------------------------------------
    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        with ctx.db.sessions() as session:
            self.params = svc.params(session)
            rows = svc.projects_of_year(session, ctx.year, ctx.unit_ids)
        chosen = self.head["project_id"] if self.head else None
        self.projects.set_rows(rows)
        self.list.resizeColumnsToContents()
        self.head = None
        if chosen is not None:
            self.choose(chosen)
        self._enable()

    def choose(self, project_id: int) -> None:
        """Select a project in the list (and show its table)."""
        for i, row in enumerate(self.projects.rows):
            if row["id"] == project_id:
                self.list.selectRow(i)
                return

    def _project_chosen(self) -> None:
        picked = self.list.selectionModel().selectedRows()
        if not picked or self.ctx is None:
            return
        pid = self.projects.row(picked[0].row())["id"]
        with self.ctx.db.sessions() as session:
            self.head = svc.tables(session, project_ids=[pid])[0]
        self.title.setText(f"{self.head['project_code']} {self.head['project_name']}")
        self._show(self.head)

    def _show(self, head: dict[str, Any]) -> None:
        for key, line in self.driver.items():
            line.blockSignals(True)
            value = head[key]
            line.setText(quantity_text(value) if isinstance(value, Decimal) else (value or ""))
            line.blockSignals(False)
        self.items.blockSignals(True)
        self.items.setRowCount(0)
        for item in head["items"]:
            self._append(item)
        self.items.blockSignals(False)
        self.recheck()
        self.items.resizeColumnsToContents()
        self._enable()

    def _append(self, item: dict[str, Any]) -> None:
        r = self.items.rowCount()
        self.items.insertRow(r)
        texts = [item["name"], rules.yuan(item["unit_cost_fen"]).replace(",", ""), quantity_text(item["quantity"]),
                 item["measure_unit"], rules.yuan(item["amount_fen"]).replace(",", ""), "", "", item["source"],
                 item["basis"]]
        for c, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            if c in (COST, QUANTITY, AMOUNT):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c in (STANDARD, REVIEW):
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.items.setItem(r, c, cell)
        self._set_standard(r, item.get("standard_id"), item.get("standard"))

    def _set_standard(self, row: int, standard_id: int | None, std: rules.Standard | None) -> None:
        cell = self.items.item(row, STANDARD)
        cell.setData(Qt.ItemDataRole.UserRole, (standard_id, std))
        cell.setText(f"{std.name}（{quantity_text(std.value)}{std.unit}）" if std else "")

    def _enable(self) -> None:
        chosen = self.head is not None
        row = self.items.currentRow() >= 0
        for key in ("add", "save", "print"):
            self.buttons[key].setEnabled(chosen)
        for key in ("remove", "pick", "unpick"):
            self.buttons[key].setEnabled(chosen and row)
        for line in self.driver.values():
            line.setEnabled(chosen)

    # -- the table being typed --------------------------------------------------------------------------
    def entered(self) -> tuple[dict[str, Any], list[dict[str, Any]], list[UserError]]:
        """The driver and items as typed, with a problem for each cell that is not a number."""
        problems: list[UserError] = []
        items = [self._row(r, problems) for r in range(self.items.rowCount())]
        quantity = self._decimal(self.driver["driver_quantity"].text(), problems, None, self.tr("Core cost driver"))
        driver = {"core_driver": self.driver["core_driver"].text().strip(), "driver_quantity": quantity,
                  "driver_unit": self.driver["driver_unit"].text().strip()}
        return driver, items, problems

    def _text(self, row: int, col: int) -> str:
        cell = self.items.item(row, col)
        return cell.text().strip() if cell else ""

    def _row(self, r: int, problems: list[UserError]) -> dict[str, Any]:
        heads = [self.items.horizontalHeaderItem(c).text() for c in range(self.items.columnCount())]
        standard_id, std = self.items.item(r, STANDARD).data(Qt.ItemDataRole.UserRole) or (None, None)
        cost = self._decimal(self._text(r, COST), problems, r + 1, heads[COST])
        quantity = self._decimal(self._text(r, QUANTITY), problems, r + 1, heads[QUANTITY])
        amount = self._decimal(self._text(r, AMOUNT), problems, r + 1, heads[AMOUNT])
        return {"name": self._text(r, NAME), "unit_cost_fen": Money.yuan(cost or 0).fen, "quantity": quantity or Decimal(0),
                "measure_unit": self._text(r, MEASURE), "amount_fen": Money.yuan(amount or 0).fen,
                "standard_id": standard_id, "standard": std, "source": self._text(r, SOURCE),
                "basis": self._text(r, BASIS)}

    def _decimal(self, text: str, problems: list[UserError], row: int | None, column: str) -> Decimal | None:
        if not text:
            return None
        try:
            value = Decimal(text.replace(",", ""))
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite() or value < 0 or value >= LARGEST:
            problems.append(UserError(self.tr("{value} is not a number of zero or more.").format(value=text),
                                      row=row, column=column))
            return None
        return value

    def recheck(self) -> list[rules.Finding]:
        """Run the checks on the table as typed and show them: in the findings list and each item's 审核."""
        if self.head is None:
            return []
        driver, items, problems = self.entered()
        table = {**self.head, **driver, "items": items}
        self.findings = svc.check_table(table, self.params)
        self.found.setRowCount(0)
        for text, item, level in ([(str(p), "", self.tr("Cannot read")) for p in problems]
                                  + [(f.message, f.item, f.severity_label) for f in self.findings]):
            r = self.found.rowCount()
            self.found.insertRow(r)
            for c, value in enumerate((level, item, text)):
                self.found.setItem(r, c, QTableWidgetItem(value))
        self.found.resizeRowsToContents()
        self._review_column(items)
        total = sum(i["amount_fen"] for i in items)
        self.summary.setText(self.tr("Items total {total} 万元; project budget {budget} 万元; {n} finding(s).").format(
            total=Money(total).format_wan(), budget=Money(svc.analysis_of(table, self.params).budget_fen).format_wan(),
            n=len(self.findings) + len(problems)))
        return self.findings

    def _review_column(self, items: list[dict[str, Any]]) -> None:
        self.items.blockSignals(True)
        for r, item in enumerate(items):
            labels = list(dict.fromkeys(f.label for f in self.findings if f.item and f.item == item["name"]))
            self.items.item(r, REVIEW).setText("；".join(labels) or self.tr("No problem found"))
            for col in (NAME, REVIEW):
                self.items.item(r, col).setBackground(QColor(FLAGGED) if labels else QColor("white"))
        self.items.blockSignals(False)

    # -- actions ----------------------------------------------------------------------------------------
    def add_item(self) -> None:
        self.items.blockSignals(True)
        self._append({"name": "", "unit_cost_fen": 0, "quantity": Decimal(0), "measure_unit": "", "amount_fen": 0,
                      "source": "", "basis": ""})
        self.items.blockSignals(False)
        self.items.setCurrentCell(self.items.rowCount() - 1, NAME)
        self.recheck()
        self._enable()

    def remove_item(self) -> None:
        if self.items.currentRow() >= 0:
            self.items.removeRow(self.items.currentRow())
            self.recheck()
            self._enable()

    def pick_standard(self, chosen: dict[str, Any] | None = None) -> None:
        """Set the current item's standard (from the picker, or ``chosen``: a row of the standards search)."""
        row = self.items.currentRow()
        if row < 0 or self.head is None:
            return
        if chosen is None:
            picker = StandardPicker(self.ctx.db, self.head["year"], self.head["department_code"], self)  # type: ignore[union-attr]
            if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen() is None:
                return
            chosen = picker.chosen()
        std = rules.Standard(chosen["code"], chosen["name"], chosen["value"], chosen["unit"], chosen["level"],
                             chosen["department_code"], chosen["year_from"], chosen["year_to"], chosen["source"])
        self.items.blockSignals(True)
        self._set_standard(row, chosen["id"], std)
        if not self._text(row, SOURCE):
            self.items.item(row, SOURCE).setText(chosen["source"])
        self.items.blockSignals(False)
        self.recheck()

    def clear_standard(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self._set_standard(row, None, None)
            self.recheck()

    def save(self) -> bool:
        if self.head is None or self.ctx is None:
            return False
        driver, items, problems = self.entered()
        if problems:
            self._say("\n".join(str(p) for p in problems), warn=True)
            return False
        pid = self.head["project_id"]
        if not self._run(lambda uow: svc.save_analysis(uow, pid, driver, [{k: v for k, v in i.items() if k != "standard"}
                                                                          for i in items]) or True):
            return False
        self.set_context(self.ctx)
        return True

    def _run(self, action: Any) -> Any:
        try:
            with UnitOfWork(self.ctx.db.sessions, user=GUI_USER) as uow:  # type: ignore[union-attr]
                result = action(uow)
                uow.commit()
        except UserErrors as exc:
            self._say(str(exc), warn=True)
            return None
        return result

    def _say(self, text: str, *, warn: bool = False) -> None:
        self.last_message = text
        if not self.quiet:
            (QMessageBox.warning if warn else QMessageBox.information)(self, self.tr("Cost-benefit analysis"), text)

    def import_file(self, path: Path | None = None) -> svc.ImportReport | None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import cost-benefit tables"), "", "Excel (*.xlsx)")
            if not name:
                return None
            path = Path(name)
        year = self.ctx.year if self.ctx else None
        report = self._run(lambda uow: svc.import_costs(uow, path, year=year))
        if report is not None:
            self._say(self.tr("{items} cost items of {projects} projects imported.").format(
                items=report.items, projects=report.projects))
            self.set_context(self.ctx)  # type: ignore[arg-type]
        return report

    def export_file(self, path: Path | None = None) -> int | None:
        if self.ctx is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export cost-benefit tables"), "成本效益分析表.xlsx",
                                                  "Excel (*.xlsx)")
            if not name:
                return None
            path = Path(name)
        with self.ctx.db.sessions() as session:
            n = svc.export_costs(session, path, year=self.ctx.year, unit_ids=self.ctx.unit_ids)
        message = self.tr("{n} rows written to {path}").format(n=n, path=path)
        self._say(message)
        offer_to_open(self, Path(path), message)
        return n

    def print_table(self, path: Path | None = None) -> Path | None:
        """The chosen project's table as it is stored (save first) to a PDF."""
        if self.head is None or self.ctx is None:
            return None
        with self.ctx.db.sessions() as session:
            tables = svc.printed_tables(session, project_ids=[self.head["project_id"]])
        if not tables:
            self._say(self.tr("The project has no saved cost-benefit table yet: save it first."), warn=True)
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Print the cost-benefit table"),
                                                  f"{self.head['project_name']}成本效益分析表.pdf", "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name)
        from perfdesk.core.reports.cost_table import build_cost_table

        build_cost_table(tables[0], path)
        message = self.tr("The table was written to {path}").format(path=path)
        self._say(message)
        offer_to_open(self, Path(path), message)
        return path


class CostsPage(Page):
    page_key = "costs"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.analysis, self.standards = CostAnalysisTab(), StandardsTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.analysis, self.tr("Cost-benefit analysis"))
        self.tabs.addTab(self.standards, self.tr("Expenditure standards"))
        self.tabs.currentChanged.connect(lambda _i: self._fill_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_context(self, ctx: PageContext) -> None:
        super().set_context(ctx)
        self._fill_current()

    def _fill_current(self) -> None:
        if getattr(self, "ctx", None) is not None:
            self.tabs.currentWidget().set_context(self.ctx)


PAGE = CostsPage

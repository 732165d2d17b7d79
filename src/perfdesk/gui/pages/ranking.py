"""Ranking and last-place elimination (排名与末位淘汰): saved runs by version, one tab per category with the
decisions in colour, finance's adjustments, what-if parameters before confirming, Excel and the PDF report."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import Decision, RunStatus, label_of
from perfdesk.core.rules import params as P
from perfdesk.core.rules import ranking as R
from perfdesk.core.services import ranking as svc
from perfdesk.core.services import results_outputs as outputs
from perfdesk.core.services import settings
from perfdesk.gui.dialogs.letterhead import ask_letterhead
from perfdesk.gui.dialogs.ranking_adjust import CutDialog, DecideDialog, ProbationDialog
from perfdesk.gui.models.rows import RowsModel
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.tasks import offer_to_open, run_task
from perfdesk.gui.widgets.frozen import freeze_columns
from perfdesk.gui.widgets.search import SearchBox

COLOURS = {Decision.CUT: "#FFF2CC", Decision.CANCEL: "#F8CBAD", Decision.PROBATION: "#DDEBF7",
           Decision.REPORT_ONLY: "#EDEDED", Decision.EXCLUDED: "#F2F2F2", Decision.UNSCORED: "#F2F2F2"}
Pair = tuple[R.RankingEntry, dict[str, Any] | None]


def decision_colour(pair: Pair) -> str | None:
    return COLOURS.get(pair[0].decision)


def _percent(ratio: Decimal | None) -> str:
    return "" if ratio is None else f"{(ratio * 100).normalize():f}%"


class WhatIfBox(QGroupBox):
    """The parameters that most change the outcome, editable before a run is saved."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("What if (not saved until you save a draft)"))
        self.rule_set = QComboBox()
        self.rule_set.addItem(self.tr("Last-place elimination"), "last_place")
        self.rule_set.addItem(self.tr("By grade"), "grade")
        self.bottom = self._spin()
        self.bottom.setObjectName("whatIfBottom")
        self.minimum = self._spin()
        self.rounding = QComboBox()
        for code, label in (("ceil", self.tr("Round up")), ("round", self.tr("Round half up")),
                            ("floor", self.tr("Round down"))):
            self.rounding.addItem(label, code)
        self.within = QCheckBox(self.tr("Rank within each supervising department"))
        self.minimum_size = QSpinBox()
        self.minimum_size.setRange(1, 100)
        self.minimum_size.setObjectName("whatIfMinimumSize")
        self.ties = QCheckBox(self.tr("Ties at the cut line share its treatment"))
        form = QFormLayout(self)
        form.addRow(self.tr("Rule set"), self.rule_set)
        form.addRow(self.tr("Bottom share (%)"), self.bottom)
        form.addRow(self.tr("Minimum cut (%)"), self.minimum)
        form.addRow(self.tr("Bottom count"), self.rounding)
        form.addRow(self.tr("Smallest list whose last place is cancelled"), self.minimum_size)
        form.addRow(self.within)
        form.addRow(self.ties)

    @staticmethod
    def _spin() -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 100)
        spin.setDecimals(2)
        return spin

    def load(self, p: P.RankingParams) -> None:
        self.base = p
        self.rule_set.setCurrentIndex(max(0, self.rule_set.findData(p.rule_set)))
        self.bottom.setValue(float(p.bottom_percent))
        self.minimum.setValue(float(p.min_cut_percent))
        self.rounding.setCurrentIndex(max(0, self.rounding.findData(p.bottom_count_rounding)))
        self.within.setChecked(p.rank_within_department)
        self.minimum_size.setValue(p.min_category_size_for_cancel)
        self.ties.setChecked(p.ties_share_treatment)

    def params(self) -> P.RankingParams:
        return dataclasses.replace(
            self.base, rule_set=self.rule_set.currentData(), bottom_percent=_dec(self.bottom.value()),
            min_cut_percent=_dec(self.minimum.value()), bottom_count_rounding=self.rounding.currentData(),
            rank_within_department=self.within.isChecked(), ties_share_treatment=self.ties.isChecked(),
            min_category_size_for_cancel=self.minimum_size.value())


def _dec(value: float) -> Decimal:
    """A spin-box value as an exact Decimal without exponent: 40.0 → 40, 12.5 → 12.5."""
    d = Decimal(str(round(value, 2)))
    return d.to_integral_value() if d == d.to_integral_value() else d.normalize()


class RankingPage(Page):
    page_key = "ranking"
    runChanged = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view: svc.RunView | None = None
        self.preview: R.RankingResult | None = None
        self.models: list[tuple[QTableView, RowsModel]] = []
        self.runs = QComboBox()
        self.runs.setObjectName("runSelector")
        self.runs.currentIndexChanged.connect(self._run_selected)
        self.rank_button = QPushButton(self.tr("Rank now"))
        self.rank_button.clicked.connect(self.rank_now)
        self.confirm_button = QPushButton(self.tr("Confirm…"))
        self.confirm_button.clicked.connect(self._confirm_clicked)
        self.excel_button = QPushButton(self.tr("Excel…"))
        self.excel_button.clicked.connect(self._excel_clicked)
        self.pdf_button = QPushButton(self.tr("Report PDF…"))
        self.pdf_button.clicked.connect(self._pdf_clicked)
        self.cut_button = QPushButton(self.tr("Set cut ratio…"))
        self.cut_button.clicked.connect(self._cut_clicked)
        self.probation_button = QPushButton(self.tr("Probation…"))
        self.probation_button.clicked.connect(self._probation_clicked)
        self.decide_button = QPushButton(self.tr("Finance's decision…"))
        self.decide_button.setObjectName("financeDecide")
        self.decide_button.clicked.connect(self._decide_clicked)
        self.whatif = WhatIfBox()
        self.whatif.setCheckable(True)
        self.whatif.setChecked(False)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button = QPushButton(self.tr("Save as draft run"))
        self.save_button.clicked.connect(self.save_whatif)
        self.info = QLabel()
        self.info.setObjectName("runInfo")
        self.summary = QLabel()
        self.summary.setObjectName("rankingSummary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("categoryTabs")
        self._layout()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Run")))
        bar.addWidget(self.runs, 1)
        for b in (self.rank_button, self.confirm_button, self.excel_button, self.pdf_button):
            bar.addWidget(b)
        side = QVBoxLayout()
        side.addWidget(self.whatif)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.save_button)
        side.addLayout(row)
        side.addStretch(1)
        adjust = QHBoxLayout()
        adjust.addWidget(self.cut_button)
        adjust.addWidget(self.probation_button)
        adjust.addWidget(self.decide_button)
        adjust.addStretch(1)
        main = QVBoxLayout()
        main.addWidget(self.info)
        main.addWidget(self.summary)
        self.list_search = SearchBox(lambda: self.tabs.currentWidget())  # type: ignore[arg-type,return-value]
        self.tabs.currentChanged.connect(lambda *_a: self.list_search.apply())
        main.addWidget(self.list_search)
        main.addWidget(self.tabs, 1)
        main.addLayout(adjust)
        body = QHBoxLayout()
        body.addLayout(main, 4)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(body, 1)

    # -- context and runs -------------------------------------------------------------------------------
    def set_context(self, ctx: PageContext) -> None:
        super().set_context(ctx)
        with ctx.db.sessions() as session:
            self.whatif.load(settings.load(session, P.RankingParams))
        self.reload_runs()

    def reload_runs(self, select: int | None = None) -> None:
        self.runs.blockSignals(True)
        self.runs.clear()
        rows: list[dict[str, Any]] = []
        if self.ctx.year is not None:
            with self.ctx.db.sessions() as session:
                rows = svc.runs_of_year(session, self.ctx.year)
        for r in rows:
            who = f" · {r['confirmed_by']}" if r["confirmed_by"] else ""
            self.runs.addItem(self.tr("Version {version} · {status}{who}").format(
                version=r["version"], status=label_of(RunStatus, r["status"]), who=who), r["id"])
        self.runs.blockSignals(False)
        index = self.runs.findData(select) if select is not None else 0
        self.runs.setCurrentIndex(max(0, index) if rows else -1)
        self._run_selected()

    def _run_selected(self) -> None:
        run_id = self.runs.currentData()
        self.preview = None
        if run_id is None:
            self.view = None
            self.info.setText(self.tr("No ranking run for this year yet: press Rank now.") if self.ctx.year is not None
                              else self.tr("This database has no budget year yet: create one or import the budget "
                                           "system's project export first."))
            self._fill([])
            self._update_buttons()
            return
        with self.ctx.db.sessions() as session:
            self.view = svc.load_run(session, run_id)
        self._show_view()
        self.runChanged.emit(run_id)

    def _show_view(self) -> None:
        v = self.view
        assert v is not None
        state = label_of(RunStatus, v.status)
        text = self.tr("Version {version}, {state}; created by {by} at {at}").format(
            version=v.version, state=state, by=v.created_by or "-", at=v.created_at)
        if v.confirmed:
            text += self.tr("; confirmed by {by} at {at}").format(by=v.confirmed_by, at=v.confirmed_at)
        self.info.setText(text)
        self.summary.setText(self.summary_text(v.entries))
        pairs = list(zip(v.entries, v.rows, strict=True))
        self._fill(pairs)
        self._update_buttons()

    def summary_text(self, entries: tuple[R.RankingEntry, ...]) -> str:
        """The totals per cutting decision, then how many are left for finance and how many are not complete."""
        text = R.summarize(entries).text()
        finance = sum(1 for e in entries if e.decision is Decision.REPORT_ONLY)
        incomplete = sum(1 for e in entries if e.decision is Decision.INCOMPLETE)
        if finance:
            text += self.tr("; for finance to decide: {n}").format(n=finance)
        if incomplete:
            text += self.tr("; self-evaluation not complete (not ranked): {n}").format(n=incomplete)
        return text

    def _update_buttons(self) -> None:
        has_year = getattr(self, "ctx", None) is not None and self.ctx.year is not None
        for b in (self.rank_button, self.preview_button, self.save_button):
            b.setEnabled(has_year)
            b.setToolTip("" if has_year else self.tr("There is no budget year to rank."))
        draft = self.view is not None and not self.view.confirmed and self.preview is None
        for b in (self.confirm_button, self.cut_button, self.probation_button, self.decide_button):
            b.setEnabled(draft)
        for b in (self.excel_button, self.pdf_button):
            b.setEnabled(self.view is not None and self.preview is None)

    # -- tabs -------------------------------------------------------------------------------------------
    def columns(self) -> list[tuple[str, Any]]:
        e = lambda f: (lambda p: f(p[0]))  # noqa: E731
        return [(self.tr("Rank"), e(lambda x: x.rank)), (self.tr("Code"), e(lambda x: x.code)),
                (self.tr("Project"), e(lambda x: x.name)), (self.tr("Department"), e(lambda x: x.department)),
                (self.tr("Group"), e(lambda x: x.group)), (self.tr("Score"), e(lambda x: x.score)),
                (self.tr("Score from"), e(self.score_source)),
                (self.tr("Budget (10k yuan)"), e(lambda x: x.budget)),
                (self.tr("Decision"), e(svc.decision_text)), (self.tr("Cut ratio"), e(lambda x: _percent(x.cut_ratio))),
                (self.tr("Cut (10k yuan)"), e(lambda x: x.cut)),
                (self.tr("Suggested (10k yuan)"), e(lambda x: x.suggested_budget)),
                (self.tr("Rule"), e(lambda x: x.rule)), (self.tr("Remark"), e(svc.remark))]

    def score_source(self, e: R.RankingEntry) -> str:
        texts = {"self": self.tr("Self-evaluation"), "review": self.tr("Spot-check review"),
                 "key": self.tr("Key evaluation")}
        return texts.get(e.score_source, e.score_source)

    def _fill(self, pairs: list[Pair]) -> None:
        """One tab per list category; then the last places left for finance to decide, the self-evaluations not
        complete, and the other projects listed apart (unscored, out of scope)."""
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.models = []
        groups: dict[str, list[Pair]] = {}
        incomplete: list[Pair] = []
        apart: list[Pair] = []
        for pair in pairs:
            if pair[0].decision is Decision.INCOMPLETE:
                incomplete.append(pair)
            elif pair[0].rank is None:
                apart.append(pair)
            else:
                groups.setdefault(pair[0].category, []).append(pair)
        for category, items in groups.items():
            self._add_tab(svc.category_label(category), items)
        finance = [pair for pair in pairs if pair[0].decision is Decision.REPORT_ONLY]
        for title, items in ((self.tr("For finance to decide"), finance),
                             (self.tr("Self-evaluation not complete"), incomplete), (self.tr("Listed apart"), apart)):
            if items:
                self._add_tab(title, items)
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))

    def _add_tab(self, title: str, pairs: list[Pair]) -> None:
        table = QTableView()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        model = RowsModel(self.columns(), table, colour=decision_colour)
        model.set_rows(pairs)
        table.setModel(model)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for col, width in enumerate([50, 170, 260, 130, 90, 60, 60, 100, 110, 70, 90, 100, 360, 200]):
            table.setColumnWidth(col, width)
        freeze_columns(table, 3)  # rank, code, project stay in sight
        self.models.append((table, model))
        self.tabs.addTab(table, f"{title} ({len(pairs)})")

    def selected(self) -> Pair | None:
        index = self.tabs.currentIndex()
        if index < 0 or index >= len(self.models):
            return None
        table, model = self.models[index]
        rows = table.selectionModel().selectedRows()
        return model.row(rows[0].row()) if rows else None

    def select_code(self, code: str) -> bool:
        for i, (table, model) in enumerate(self.models):
            for r, pair in enumerate(model.rows):
                if pair[0].code == code:
                    self.tabs.setCurrentIndex(i)
                    table.selectRow(r)
                    return True
        return False

    # -- actions ----------------------------------------------------------------------------------------
    def rank_now(self) -> None:
        year, db = self.ctx.year, self.ctx.db

        def work(progress: Any) -> tuple[int, bool]:
            with UnitOfWork(db.sessions, user=_user()) as uow:
                return svc.rank_year(uow, year, progress=progress)  # type: ignore[arg-type]

        run_task(self, work, lambda result: self.reload_runs(result[0]), title=self.tr("Ranking…"))

    def show_preview(self) -> None:
        with self.ctx.db.sessions() as session:
            self.preview = svc.compute(session, self.ctx.year, self.whatif.params())  # type: ignore[arg-type]
        self.info.setText(self.tr("What-if preview with the parameters on the right: nothing is saved."))
        self.summary.setText(self.summary_text(self.preview.entries))
        self._fill([(e, None) for e in self.preview.entries])
        self._update_buttons()

    def save_whatif(self) -> None:
        params, year, db = self.whatif.params(), self.ctx.year, self.ctx.db

        def work(progress: Any) -> int:
            with UnitOfWork(db.sessions, user=_user()) as uow:
                return svc.create_run(uow, year, params=params, progress=progress)  # type: ignore[arg-type]

        run_task(self, work, self.reload_runs, title=self.tr("Ranking…"))

    def _minimum(self) -> Decimal:
        assert self.view is not None
        return svc.run_params(self.view.params).min_cut_percent

    def _cut_clicked(self) -> None:
        pair = self.selected()
        if pair is None or pair[1] is None:
            return
        dialog = CutDialog(pair[0], self._minimum(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ratio, reason = dialog.values()
            self.adjust_cut(pair[1]["id"], ratio, reason)

    def adjust_cut(self, entry_id: int, ratio: Decimal, reason: str = "") -> None:
        self._write(lambda uow: svc.adjust_cut(uow, entry_id, ratio, exception_reason=reason))

    def _probation_clicked(self) -> None:
        pair = self.selected()
        if pair is None or pair[1] is None:
            return
        dialog = ProbationDialog(pair[0], self._minimum(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            reason, owner, ratio = dialog.values()
            self.probation(pair[1]["id"], reason, owner, ratio)

    def _decide_clicked(self) -> None:
        pair = self.selected()
        if pair is None or pair[1] is None:
            return
        if pair[0].proposed_decision is not Decision.REPORT_ONLY:
            QMessageBox.information(self, self.tr("Finance's decision"), self.tr(
                "Only a last place the rule left for finance to decide takes finance's decision; set the cut ratio "
                "or probation for the others."))
            return
        dialog = DecideDialog(pair[0], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            decision, reason = dialog.values()
            self.decide(pair[1]["id"], decision, reason)

    def decide(self, entry_id: int, decision: Decision, reason: str) -> None:
        self._write(lambda uow: svc.decide(uow, entry_id, decision, reason=reason))

    def probation(self, entry_id: int, reason: str, owner: str, ratio: Decimal | None = None) -> None:
        self._write(lambda uow: svc.put_on_probation(uow, entry_id, reason=reason, owner=owner, ratio=ratio))

    def _write(self, fn: Any) -> None:
        db, run_id = self.ctx.db, self.runs.currentData()
        selected = self.selected()

        def work(_progress: Any) -> Any:
            with UnitOfWork(db.sessions, user=_user()) as uow:
                return fn(uow)

        def done(_result: Any) -> None:
            self.reload_runs(run_id)
            if selected is not None:
                self.select_code(selected[0].code)

        run_task(self, work, done)

    def _confirm_clicked(self) -> None:
        if self.view is None:
            return
        text = self.tr("Confirm version {version}? A confirmed run can no longer be changed; probation decisions go "
                       "onto the rectification ledger.").format(version=self.view.version)
        open_cases = sum(1 for e in self.view.entries if e.decision is Decision.REPORT_ONLY)
        if open_cases:
            text += "\n\n" + self.tr("{n} last places left for finance to decide have no decision yet: confirmed as "
                                      "they are, their budgets are not changed.").format(n=open_cases)
        answer = QMessageBox.question(self, self.tr("Confirm the ranking"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.confirm()

    def confirm(self) -> None:
        assert self.view is not None
        run_id = self.view.id
        self._write(lambda uow: svc.confirm_run(uow, run_id))

    def _excel_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the ranked lists"), "", "Excel (*.xlsx)")
        if path:
            self.export_excel(Path(path))

    def export_excel(self, path: Path) -> None:
        view, db = self.view, self.ctx.db

        def work(_progress: Any) -> Path:
            with db.sessions() as session:
                return outputs.write_excel(session, view, path)  # type: ignore[arg-type]

        run_task(self, work, lambda _p: offer_to_open(self, path, self.tr("Written: {path}").format(path=path)),
                 title=self.tr("Writing Excel…"))

    def _pdf_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), "", "PDF (*.pdf)")
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> None:
        ask_letterhead(self, self.ctx.db)
        view, db = self.view, self.ctx.db

        def work(_progress: Any) -> Any:
            with db.sessions() as session:
                return outputs.write_report(session, view, path)  # type: ignore[arg-type]

        run_task(self, work, lambda _r: offer_to_open(self, path, self.tr("Written: {path}").format(path=path)),
                 title=self.tr("Writing the report…"))


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except OSError:  # pragma: no cover - no login name on some systems
        return ""


PAGE = RankingPage

"""Spot-check review (抽查复核): draw a reproducible sample, re-score each sampled self-evaluation line by line with
the review rules, compare self vs review scores, per-unit quality, and choose which score ranks."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules.sampling import SampleItem, new_seed
from perfdesk.core.services import spotcheck
from perfdesk.gui.pages.base import PageContext
from perfdesk.gui.pages.evaluation_common import fill, item, table, work
from perfdesk.gui.tasks import _show_error
from perfdesk.gui.widgets.search import SearchBox

CHECKS = (5, 6, 7)  # evidence, related, survey columns


class SpotCheckTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.check_id: int | None = None
        self.items: list[spotcheck.ComparedItem] = []
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(new_seed() % 2**31)
        draw = QPushButton(self.tr("Draw sample"))
        draw.clicked.connect(self.draw)
        self.info = QLabel()
        self.table = table([self.tr("Unit"), self.tr("Code"), self.tr("Project"), self.tr("Drawn because"),
                            self.tr("Self score"), self.tr("Review score"), self.tr("Difference"),
                            self.tr("Review score ranks")])
        self.table.itemSelectionChanged.connect(self._selected)
        self.lines = table([self.tr("Indicator"), self.tr("Points"), self.tr("Self score"), self.tr("Review score"),
                            self.tr("Difference"), self.tr("Evidence"), self.tr("Related"), self.tr("Survey done"),
                            self.tr("Reason")])
        self.quality = table([self.tr("Unit"), self.tr("Sampled"), self.tr("Reviewed"),
                              self.tr("Mean absolute difference")])
        save, self.use = QPushButton(self.tr("Save review")), QCheckBox(self.tr("Use the review score for ranking"))
        save.clicked.connect(self.save_review)
        self.use.clicked.connect(self.choose)
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Seed")), self.seed, draw, self.info):
            top.addWidget(w)
        top.addWidget(SearchBox(lambda: self.table), 1)
        bottom = QWidget()
        box = QVBoxLayout(bottom)
        box.addWidget(self.lines, 1)
        row = QHBoxLayout()
        for w in (save, self.use):
            row.addWidget(w)
        row.addStretch(1)
        box.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        for w in (self.table, bottom, self.quality):
            split.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        if self.ctx is None or self.ctx.year is None:
            return
        with self.ctx.db.sessions() as session:
            self.check_id = spotcheck.latest(session, self.ctx.year)
            self.items = spotcheck.compared_items(session, self.check_id) if self.check_id else []
        yes = self.tr("yes")
        fill(self.table, [[it.unit, it.code, it.name, SampleItem(None, None, it.selected_because).reason_label(), it.self_total, it.review_total,
                           it.difference, yes if it.use_for_ranking else ""] for it in self.items],
             [it.item_id for it in self.items])
        fill(self.quality, [[q.unit, q.sampled, q.reviewed, q.mean_absolute_difference]
                            for q in spotcheck.quality_by_unit(self.items)])
        self.info.setText(self.tr("{n} self-evaluation(s) in the sample").format(n=len(self.items)))

    def draw(self) -> None:
        try:
            with work(self.ctx) as uow:
                spotcheck.draw(uow, self.ctx.year, self.seed.value())
        except UserErrors as exc:
            _show_error(self, exc)
        self.reload()

    def current(self) -> spotcheck.ComparedItem | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _selected(self) -> None:
        it = self.current()
        if it is None:
            return
        fill(self.lines, [[ln.name, ln.points, ln.self_score, ln.review_score, ln.difference, "", "", "", ln.reason]
                          for ln in it.lines])
        for r, ln in enumerate(it.lines):
            self.lines.setItem(r, 3, item(ln.review_score, editable=True))
            self.lines.setItem(r, 8, item(ln.reason, editable=True))
            for c, code in zip(CHECKS, (spotcheck.RULE_NO_EVIDENCE, spotcheck.RULE_UNRELATED, spotcheck.RULE_NO_SURVEY),
                               strict=True):
                box = QTableWidgetItem()
                box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                box.setCheckState(Qt.CheckState.Unchecked if code in ln.rule.split(",") else Qt.CheckState.Checked)
                self.lines.setItem(r, c, box)
        self.use.setChecked(it.use_for_ranking)

    def findings(self) -> dict[int, spotcheck.ReviewInput]:
        it, out = self.current(), {}
        for r, ln in enumerate(it.lines if it else ()):
            text = self.lines.item(r, 3).text().strip()
            try:
                score = Decimal(text) if text and Decimal(text) != ln.review_score else None
            except InvalidOperation:
                score = None
            checked = [self.lines.item(r, c).checkState() == Qt.CheckState.Checked for c in CHECKS]
            out[ln.line_id] = spotcheck.ReviewInput(score, *checked, note=self.lines.item(r, 8).text()
                                                    if self.lines.item(r, 8).text() != ln.reason else "")
        return out

    def save_review(self) -> None:
        it = self.current()
        if it is None:
            return
        conclusion, ok = QInputDialog.getText(self, self.tr("Review"), self.tr("Conclusion:"), text=it.conclusion)
        if not ok:
            return
        findings = self.findings()
        try:
            with work(self.ctx) as uow:
                spotcheck.review_item(uow, it.item_id, findings, conclusion=conclusion)
        except UserErrors as exc:
            _show_error(self, exc)
        self._reselect(it.item_id)

    def choose(self) -> None:
        it = self.current()
        if it is None:
            return
        try:
            with work(self.ctx) as uow:
                spotcheck.choose_for_ranking(uow, it.item_id, self.use.isChecked())
        except UserErrors as exc:
            _show_error(self, exc)
        self._reselect(it.item_id)

    def _reselect(self, item_id: int) -> None:
        self.reload()
        row = next((i for i, it in enumerate(self.items) if it.item_id == item_id), -1)
        if row >= 0:
            self.table.selectRow(row)

"""The target editor of one project: goals, the 3-level indicator grid with running weight totals, inline quality
checks (reason and source in the cell's tooltip), copy from last year with a diff, and the workflow buttons."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db import queries_library as ql
from perfdesk.core.db.engine import Database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import INDICATOR_TREE, ReviewStatus, label_of
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.domain.targets import IndicatorDraft, TargetDraft
from perfdesk.core.rules import target_checks as tc
from perfdesk.core.rules import target_values as tv
from perfdesk.core.services import targets as ts
from perfdesk.core.services.exante import budget_flags
from perfdesk.gui.dialogs.library_picker import LibraryPickerDialog
from perfdesk.gui.widgets.flow import flow_of
from perfdesk.gui.widgets.frozen import freeze_columns
from perfdesk.gui.widgets.grid import Column, GridModel, GridView

PARTS = {"annual": "年度", "medium": "中期"}
BASIS = {"historical": "历史标准", "industry": "行业标准", "plan": "计划标准", "other": "其他", "": ""}
COLORS = {tc.ERROR: QColor("#f8d0d0"), tc.WARNING: QColor("#fdf0c4"), tc.INFO: QColor("#dceafb")}
SEVERITY_ORDER = {tc.ERROR: 0, tc.WARNING: 1, tc.INFO: 2}


def parse_weight(text: str) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def _weight_text(value: Any) -> str:
    return "" if value is None else tc._plain(value)


def columns() -> list[Column]:
    level2s = sorted({name for names in INDICATOR_TREE.values() for name in names})
    return [Column("part", QCoreApplication.translate("TargetEditor", "Part"), choices=list(PARTS.values()), width=50),
            Column("level1", QCoreApplication.translate("TargetEditor", "Level 1"), choices=list(INDICATOR_TREE), width=90),
            Column("level2", QCoreApplication.translate("TargetEditor", "Level 2"), choices=level2s, width=110),
            Column("name", QCoreApplication.translate("TargetEditor", "Indicator"), width=220),
            Column("comparison", QCoreApplication.translate("TargetEditor", "Comparison"), choices=["≥", "≤", "=", "定性", ""], width=60),
            Column("value", QCoreApplication.translate("TargetEditor", "Value"), width=110),
            Column("unit", QCoreApplication.translate("TargetEditor", "Unit"), width=70),
            Column("weight", QCoreApplication.translate("TargetEditor", "Weight"), parse=parse_weight, format=_weight_text, width=55),
            Column("basis", QCoreApplication.translate("TargetEditor", "Value basis"), choices=list(BASIS.values()), width=80),
            Column("check", QCoreApplication.translate("TargetEditor", "Check"), editable=False, width=260)]


def row_of(ind: IndicatorDraft) -> dict[str, Any]:
    return {"part": PARTS.get(ind.part, ind.part), "level1": ind.level1, "level2": ind.level2, "name": ind.name,
            "comparison": tv.SYMBOLS.get(ind.comparison, ind.comparison),
            "value": tv.split(ind.value_text, ind.comparison, ind.unit), "unit": ind.unit, "weight": ind.weight,
            "basis": BASIS.get(ind.value_basis, ind.value_basis), "library_id": ind.library_id, "note": ind.note}


def library_row(entry: dict[str, Any]) -> dict[str, Any]:
    """A grid row from a library entry: tree, name, comparison, unit and value basis filled, ``library_id`` set."""
    return {"part": PARTS["annual"], "level1": entry["level1"], "level2": entry["level2"], "name": entry["name"],
            "comparison": tv.SYMBOLS.get(entry["comparison"], entry["comparison"]), "value": "",
            "unit": entry["unit"], "weight": None, "basis": BASIS.get(entry["value_basis"] or "", ""),
            "library_id": entry["id"], "note": ""}


def indicator_of(row: dict[str, Any]) -> IndicatorDraft:
    part = {v: k for k, v in PARTS.items()}.get(row.get("part") or "年度", "annual")
    comparison = tv.comparison_code(row.get("comparison") or "") or ""
    value = tv.read(row.get("value") or "", comparison, row.get("unit") or "")
    basis = {v: k for k, v in BASIS.items()}.get(row.get("basis") or "", "other")
    return IndicatorDraft((row.get("level1") or "").strip(), (row.get("level2") or "").strip(),
                          (row.get("name") or "").strip(), value.comparison, value.text, value.number, value.unit,
                          row.get("weight"), basis, part, row.get("library_id"), row.get("note") or "")


class TargetEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.project_id: int | None = None
        self.head: dict[str, Any] | None = None
        self.stored = TargetDraft()
        self.findings: list[tc.Finding] = []
        self.status_label = QLabel()
        self.annual_goal = QPlainTextEdit(placeholderText=self.tr("Annual goal"))
        self.medium_goal = QPlainTextEdit(placeholderText=self.tr("Medium-term goal"))
        for edit in (self.annual_goal, self.medium_goal):
            edit.setMaximumHeight(60)
            edit.textChanged.connect(self.recheck)
        self.model = GridModel(columns(), self)
        self.model.on_edit = self._derive
        self.model.rowsEdited.connect(self.recheck)
        self.grid = GridView(self.model)
        self.grid.setObjectName("indicatorGrid")
        freeze_columns(self.grid, 4)  # part, levels and the indicator's name stay in sight
        self.totals = QLabel()
        self.totals.setObjectName("weightTotals")
        self.problems = QListWidget()
        self.problems.setObjectName("checkList")
        self.problems.setMaximumHeight(110)
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        self.set_actions(None)

    def _layout(self) -> None:
        goals = QHBoxLayout()
        goals.addWidget(self.medium_goal)
        goals.addWidget(self.annual_goal)
        for key, text, slot in (("add", self.tr("Add row"), self.add_row),
                                ("library", self.tr("From library…"), self.pick_from_library),
                                ("remove", self.tr("Delete row"), self.remove_row),
                                ("copy", self.tr("Copy from last year"), self.copy_last_year),
                                ("save", self.tr("Save"), self.save), ("submit", self.tr("Submit"), self.submit),
                                ("approve", self.tr("Approve"), self.approve),
                                ("return", self.tr("Return"), self.return_),
                                ("adjust", self.tr("Adjust (目标调整)"), self.adjust)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, act=slot: act())  # clicked(bool) is not an argument
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(goals)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.problems)
        layout.addWidget(flow_of(*self.buttons.values()))  # wraps on a narrow screen

    # -- loading ----------------------------------------------------------------------------------------
    def load(self, db: Database, project_id: int) -> None:
        self.db, self.project_id = db, project_id
        with db.sessions() as session:
            self.head, self.stored = ts.load_target(session, project_id)
            self.exante_flag = budget_flags(session, [project_id]).get(project_id, "")
        self.show_draft(self.stored)

    def show_draft(self, draft: TargetDraft) -> None:
        for edit, text in ((self.annual_goal, draft.annual_goal), (self.medium_goal, draft.medium_goal)):
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)
        self.model.set_rows([row_of(i) for i in draft.indicators])
        status = self.head["status"] if self.head else ReviewStatus.DRAFT.value
        locked = status in ts.LOCKED
        self.model.read_only = locked
        self.annual_goal.setReadOnly(locked)
        self.medium_goal.setReadOnly(locked)
        version = self.head["version"] if self.head else 1
        self.status_label.setText(self.tr("Status: {status}, version {version}").format(
            status=label_of(ReviewStatus, status), version=version)
            + (f"  ⚠ {self.exante_flag}" if getattr(self, "exante_flag", "") else ""))
        self.set_actions(status)
        self.recheck()

    EDITING = frozenset({"add", "library", "remove", "copy", "save", "submit"})
    ALLOWED = {"draft": EDITING, "returned": EDITING, "submitted": frozenset({"approve", "return"}),
               "approved": frozenset({"adjust"})}

    def set_actions(self, status: str | None) -> None:
        """Enable what can act in ``status`` (None: no project shown); a disabled button says why."""
        allowed = self.ALLOWED.get(status or "", frozenset()) if self.project_id is not None else frozenset()
        if "copy" in allowed and not self._has_last_year():
            allowed = allowed - {"copy"}
        for key, button in self.buttons.items():
            button.setEnabled(key in allowed)
            button.setToolTip("" if key in allowed else self._why_disabled(key, status))

    def _has_last_year(self) -> bool:
        with self.db.sessions() as session:  # type: ignore[union-attr]
            return ts.has_last_year(session, self.project_id)  # type: ignore[arg-type]

    def _why_disabled(self, key: str, status: str | None) -> str:
        if self.project_id is None:
            return self.tr("Select a project first.")
        if key == "copy" and status in ("draft", "returned"):
            return self.tr("This project is not linked to a project of last year.")
        if key in ("approve", "return"):
            return self.tr("Only submitted targets can be approved or returned.")
        if key == "adjust":
            return self.tr("Only approved targets can be adjusted.")
        return ts.locked_message(status or "")

    def draft(self) -> TargetDraft:
        rows = [r for r in self.model.rows() if any(r.get(k) for k in ("level1", "level2", "name", "value"))]
        base = self.stored
        return TargetDraft(self.annual_goal.toPlainText().strip(), self.medium_goal.toPlainText().strip(),
                           base.medium_period, [indicator_of(r) for r in rows], base.medium_total_fen,
                           base.medium_fiscal_fen, base.medium_other_fen, base.filled_by, base.phone)

    # -- checks -----------------------------------------------------------------------------------------
    def _derive(self, row: int, key: str, value: Any) -> dict[str, Any]:
        """Typing ``≥95%`` in the value cell fills the comparison and unit cells (one undo step)."""
        if key != "value" or not value:
            return {}
        current = self.model.rows()[row] if row < self.model.rowCount() else {}
        read = tv.read(str(value), tv.comparison_code(current.get("comparison") or "") or "", current.get("unit") or "")
        if read.core == value:
            return {}
        return {"value": read.core, "comparison": tv.SYMBOLS.get(read.comparison, ""), "unit": read.unit}

    def recheck(self) -> None:
        if self.db is None or self.project_id is None:
            return
        draft = self.draft()
        with self.db.sessions() as session:
            self.findings = ts.check_project(session, self.project_id, draft)
        self._decorate(draft)
        self.changed.emit()

    def _decorate(self, draft: TargetDraft) -> None:
        self.model.clear_decorations()
        rows = [i for i, r in enumerate(self.model.rows()) if any(r.get(k) for k in ("level1", "level2", "name", "value"))]
        per_row: dict[int, list[tc.Finding]] = {}
        self.problems.clear()
        for f in sorted(self.findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 3)):
            text = f"[{f.severity_label}] " + (f"{f.indicator_name}: " if f.indicator_name else "") + f.message
            item = QListWidgetItem(text)
            item.setToolTip(self.tr("Rule: {rule}\nSource: {source}").format(rule=f.rule, source=f.source))
            item.setBackground(COLORS.get(f.severity, QColor("white")))
            self.problems.addItem(item)
            if f.indicator is not None and f.indicator < len(rows):
                per_row.setdefault(rows[f.indicator], []).append(f)
        for row, found in per_row.items():
            worst = found[0].severity
            tip = "\n".join(f"{f.message} ({f.source})" for f in found)
            for key in ("name", "value", "check"):
                self.model.set_decoration(row, key, COLORS.get(worst, QColor("white")), tip)
        for row in range(self.model.rowCount()):
            message = "; ".join(f.message for f in per_row.get(row, []))
            self.model.set_computed(row, "check", message)
        self.totals.setText(self._totals_text(draft))

    def _totals_text(self, draft: TargetDraft) -> str:
        totals: dict[str, Decimal] = {}
        for ind in draft.indicators:
            if ind.part == "annual":
                totals[ind.level1] = totals.get(ind.level1, Decimal(0)) + (ind.weight or 0)
        parts = [f"{level} {tc._plain(total)}" for level, total in totals.items()]
        all_total = sum(totals.values(), Decimal(0))
        return self.tr("Weights: {levels}; total {total}").format(levels="，".join(parts) or "—",
                                                                  total=tc._plain(all_total))

    # -- actions ----------------------------------------------------------------------------------------
    def add_row(self) -> None:
        self.model.insert_rows(self.model.rowCount(), [{"part": "年度"}])
        self.grid.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 3))

    def make_picker(self) -> LibraryPickerDialog:
        with self.db.sessions() as session:  # type: ignore[union-attr]
            sector, year = ql.project_sector_year(session, self.project_id)  # type: ignore[arg-type]
        return LibraryPickerDialog(self.db, sector, year, self.insert_from_library, self)  # type: ignore[arg-type]

    def pick_from_library(self) -> None:
        if self.db is not None and self.project_id is not None:
            self.make_picker().exec()

    def insert_from_library(self, entries: list[dict[str, Any]]) -> None:
        """Chosen library entries become annual rows after the current row (or at the end), one undo step;
        the value is left for the user (it depends on the project)."""
        if self.model.read_only or not entries:
            return
        current = self.grid.currentIndex()
        position = current.row() + 1 if current.isValid() else self.model.rowCount()
        self.model.insert_rows(position, [library_row(e) for e in entries])
        self.grid.setCurrentIndex(self.model.index(position, self.model.keys.index("value")))

    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.grid.selectedIndexes()})
        if rows:
            self.model.remove_rows(rows[0], rows[-1] - rows[0] + 1)

    def copy_last_year(self) -> bool:
        with self.db.sessions() as session:  # type: ignore[union-attr]
            last = ts.last_year_draft(session, self.project_id)  # type: ignore[arg-type]
        if last is None:
            QMessageBox.information(self, self.tr("Copy from last year"), self.tr("Last year's project has no targets."))
            return False
        changes = ts.diff(self.draft(), last)
        lines = [f"{c.kind}: {c.level1}/{c.level2}/{c.name}  {c.before} → {c.after}" for c in changes]
        self.diff_text = "\n".join(lines)
        self.model.undo_stack.beginMacro("copy")
        self.model.remove_rows(0, self.model.rowCount())
        self.model.insert_rows(0, [row_of(i) for i in last.indicators]) if last.indicators else None
        self.model.undo_stack.endMacro()
        self.annual_goal.setPlainText(last.annual_goal)
        if not getattr(self, "quiet", False):
            QMessageBox.information(self, self.tr("Changes against last year"), self.diff_text or self.tr("No changes."))
        return True

    def _run(self, action: Any) -> bool:
        try:
            with UnitOfWork(self.db.sessions, user=self.user()) as uow:  # type: ignore[union-attr]
                action(uow)
                uow.commit()
        except UserErrors as exc:
            if not getattr(self, "quiet", False):
                QMessageBox.warning(self, self.tr("Targets"), str(exc))
            self.last_error = str(exc)
            return False
        self.load(self.db, self.project_id)  # type: ignore[arg-type]
        return True

    def user(self) -> str:
        import getpass

        return getpass.getuser()

    def save(self) -> bool:
        seen = self.head.get("row_version") if self.head else None  # a save by someone else since is refused
        return self._run(lambda uow: ts.save_target(uow, self.project_id, self.draft(), seen_version=seen))

    def submit(self) -> bool:
        if self.head is None or self.head["status"] not in ts.LOCKED:
            if not self.save():
                return False
        return self._run(lambda uow: ts.submit(uow, self.head["target_id"]))  # type: ignore[index]

    def approve(self) -> bool:
        return self._run(lambda uow: ts.approve(uow, self.head["target_id"]))  # type: ignore[index]

    def return_(self, comment: str | None = None) -> bool:
        if comment is None:
            comment, ok = QInputDialog.getMultiLineText(self, self.tr("Return"), self.tr("Comment (required)"))
            if not ok:
                return False
        return self._run(lambda uow: ts.return_target(uow, self.head["target_id"], comment))  # type: ignore[index]

    def adjust(self, reason: str | None = None) -> bool:
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(self, self.tr("Adjust (目标调整)"), self.tr("Reason (required)"))
            if not ok:
                return False
        return self._run(lambda uow: ts.adjust(uow, self.head["target_id"], reason))  # type: ignore[index]

"""Report centre (报表中心): pick a report kind and what it covers, generate in the background, preview, print, save.

The kinds are those of :mod:`perfdesk.core.services.report_kinds`, so kinds added by other areas appear here
without edits; each kind says which scopes (project / unit / whole year) it covers and whether it is a batch.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db import queries as q
from perfdesk.core.progress import Cancelled
from perfdesk.core.services import report_data, report_kinds
from perfdesk.gui.dialogs.letterhead import ask_letterhead
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.tasks import offer_to_open, run_task
from perfdesk.gui.widgets.pdf_preview import PdfPreview

SCOPES = ("project", "unit", "year")


class ReportsPage(Page):
    page_key = "reports"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.busy = False
        self.last_pdf: Path | None = None
        self.warnings: list[str] = []
        self._folder = Path(tempfile.mkdtemp(prefix="perfdesk-reports-"))
        self._runs = 0
        self.preview = PdfPreview()
        self._build()
        self.destroyed.connect(lambda *_: shutil.rmtree(self._folder, ignore_errors=True))

    # -- layout ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.kinds = QListWidget()
        self.kinds.setObjectName("reportKinds")
        for name, module in report_kinds.kinds().items():
            item = QListWidgetItem(report_kinds.description(module))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(name)
            self.kinds.addItem(item)
        self.kinds.currentRowChanged.connect(lambda _row: self._kind_changed())
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(QLabel(self.tr("Report")))
        column.addWidget(self.kinds, 1)
        column.addWidget(self._scope_box())
        column.addLayout(self._buttons())
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 800])
        QVBoxLayout(self).addWidget(splitter)
        self.kinds.setCurrentRow(0)

    def _scope_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Covering"))
        grid = QVBoxLayout(box)
        self.scope_group = QButtonGroup(self)
        labels = {"project": self.tr("One project"), "unit": self.tr("A unit and its sub-units"),
                  "year": self.tr("The whole year")}
        self.scope_buttons: dict[str, QRadioButton] = {}
        for i, key in enumerate(SCOPES):
            button = QRadioButton(labels[key])
            button.setObjectName(f"scope_{key}")
            self.scope_group.addButton(button, i)
            self.scope_buttons[key] = button
            grid.addWidget(button)
            if key == "project":
                self.search = QLineEdit()
                self.search.setObjectName("projectSearch")
                self.search.setPlaceholderText(self.tr("Search code or name"))
                self.search.textChanged.connect(lambda _t: self._load_projects())
                self.projects = QComboBox()
                self.projects.setObjectName("projectCombo")
                grid.addWidget(self.search)
                grid.addWidget(self.projects)
            elif key == "unit":
                self.units = QComboBox()
                self.units.setObjectName("unitCombo")
                grid.addWidget(self.units)
        self.scope_group.idToggled.connect(lambda *_: self._update_enabled())
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setObjectName("generateButton")
        self.generate_button.clicked.connect(self.generate)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.clicked.connect(self.save_as)
        self.folder_button = QPushButton(self.tr("One PDF per project…"))
        self.folder_button.setToolTip(self.tr("Write one PDF per project into a folder"))
        self.folder_button.clicked.connect(self.export_folder)
        for button in (self.generate_button, self.print_button, self.save_button, self.folder_button):
            row.addWidget(button)
        return row

    # -- context and choices ---------------------------------------------------------------------------------
    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        with ctx.db.sessions() as session:
            nodes = q.units(session)
        self.units.clear()
        depth = {n.id: 0 for n in nodes}
        for n in nodes:
            depth[n.id] = depth.get(n.parent_id, -1) + 1 if n.parent_id else 0
            if ctx.unit_ids is None or n.id in ctx.unit_ids:
                self.units.addItem("\u3000" * depth[n.id] + f"{n.name}（{n.code}）", n.code)
        self._load_projects()
        self._update_enabled()

    def _load_projects(self) -> None:
        if self.ctx is None:
            return
        with self.ctx.db.sessions() as session:
            rows = report_data.project_choices(session, self.ctx.year, self.ctx.unit_ids, self.search.text())
        self.projects.clear()
        for code, name in rows:
            self.projects.addItem(f"{name}（{code}）", code)

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def module(self) -> Any:
        return report_kinds.kinds().get(self.kind())

    def scope(self) -> str:
        checked = self.scope_group.checkedId()
        return SCOPES[checked] if checked >= 0 else ""

    def set_scope(self, key: str) -> None:
        self.scope_buttons[key].setChecked(True)

    def _kind_changed(self) -> None:
        module = self.module()
        allowed = report_kinds.scopes(module) if module else ()
        for key, button in self.scope_buttons.items():
            button.setEnabled(key in allowed)
        if allowed and self.scope() not in allowed:
            self.set_scope(allowed[0])
        self._update_enabled()

    def _update_enabled(self) -> None:
        scope = self.scope()
        self.search.setEnabled(scope == "project")
        self.projects.setEnabled(scope == "project")
        self.units.setEnabled(scope == "unit")
        module = self.module()
        ready = self.ctx is not None and not self.busy and module is not None
        self.generate_button.setEnabled(ready)
        self.folder_button.setEnabled(ready and report_kinds.is_batch(module) and scope != "project")
        has_pdf = self.last_pdf is not None and not self.busy
        self.print_button.setEnabled(has_pdf)
        self.save_button.setEnabled(has_pdf)

    def arguments(self) -> dict[str, Any]:
        """project / unit / year for the kind's ``build``, from the scope picker and the year in the context."""
        scope = self.scope()
        args: dict[str, Any] = {"year": self.ctx.year if self.ctx else None}
        if scope == "project":
            args["project"] = self.projects.currentData()
        elif scope == "unit":
            args["unit"] = self.units.currentData()
        return args

    # -- actions ---------------------------------------------------------------------------------------------
    def generate(self) -> None:
        args = self.arguments()
        if self.scope() in ("project", "unit") and not (args.get("project") or args.get("unit")):
            self.status.setText(self.tr("Choose a project or a unit first."))
            return
        ask_letterhead(self, self.ctx.db)
        self._runs += 1
        out = self._folder / f"{self.kind()}-{self._runs}.pdf"
        self._start(out, args, folder=False)

    def export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"))
        if folder:
            ask_letterhead(self, self.ctx.db)
            self._start(Path(folder), self.arguments(), folder=True)

    def _start(self, out: Path, args: dict[str, Any], *, folder: bool) -> None:
        assert self.ctx is not None
        db, kind = self.ctx.db, self.kind()
        self.busy = True
        self.pending = out
        self._update_enabled()
        self.status.setText(self.tr("Generating…"))

        def work(progress: Any) -> list[str] | None:
            try:
                return report_data.run_kind(db, kind, out=out, folder=folder, progress=progress, user="gui", **args)
            except Cancelled:
                return None

        done = self._folder_done if folder else self._pdf_done
        run_task(self, work, done, self._failed, title=self.tr("Generating the report"))

    def _pdf_done(self, warnings: list[str] | None) -> None:
        self.busy = False
        if warnings is None:
            self.status.setText(self.tr("Cancelled; no file was written."))
        else:
            self.last_pdf = self.pending
            pages = self.preview.load(self.pending)
            self._report(self.tr("{n} page(s).").format(n=pages), warnings)
        self._update_enabled()

    def _folder_done(self, warnings: list[str] | None) -> None:
        self.busy = False
        if warnings is None:
            self.status.setText(self.tr("Cancelled; the PDFs already finished were kept."))
        else:
            count = len(list(Path(self.pending).glob("*.pdf")))
            self._report(self.tr("{n} PDF file(s) in {folder}.").format(n=count, folder=self.pending), warnings)
        self._update_enabled()

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.busy = False
        self.status.setText(str(exc))
        self._update_enabled()
        from perfdesk.gui.dialogs.errors import show_error

        show_error(self, exc)

    def _report(self, text: str, warnings: list[str]) -> None:
        self.warnings = list(warnings)
        lines = [text] + [self.tr("Warning: {message}").format(message=w) for w in warnings]
        self.status.setText("\n".join(lines))

    def save_as(self) -> None:
        if self.last_pdf is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), f"{self.kind()}.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        assert self.last_pdf is not None
        shutil.copyfile(self.last_pdf, path)
        self.status.setText(self.tr("Saved: {path}").format(path=path))
        offer_to_open(self, path, self.tr("Saved: {path}").format(path=path))

    def print_report(self) -> None:
        if self.last_pdf is not None:
            self.preview.print_document(self)


PAGE = ReportsPage

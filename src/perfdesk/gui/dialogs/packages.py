"""Data packages window (File → Data packages…, issue 19): receive a package (checked first, then what it would
change, records changed on both sides side by side for a person to decide), send one (a unit's work up, or the
county's answers down), set up a new database from a county package, and the history of what went each way."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.io.package import SUFFIX
from perfdesk.core.services.package_records import STAGES
from perfdesk.gui.tasks import run_task

if TYPE_CHECKING:
    from perfdesk.core.services.package import ImportSummary
    from perfdesk.gui.mainwindow import MainWindow

UNDECIDED, LOCAL, INCOMING = "", "local", "incoming"


def acting_user() -> str:
    import getpass

    return getpass.getuser()


class PackagesDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None):
        super().__init__(parent or window)
        assert window.db is not None
        self.window_ = window
        self.db = window.db
        self.path: Path | None = None
        self.preview: ImportSummary | None = None
        self.decisions: dict[str, QComboBox] = {}
        self.setObjectName("packagesDialog")
        self.setWindowTitle(self.tr("Data packages"))
        self.resize(980, 620)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._receive_tab(), self.tr("Receive"))
        self.tabs.addTab(self._send_tab(), self.tr("Send"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh_history()

    def stage_names(self) -> dict[str, str]:
        return {"targets": self.tr("Targets"), "monitoring": self.tr("Monitoring"),
                "selfevals": self.tr("Self-evaluations"), "ledger": self.tr("Rectification")}

    # -- receive ---------------------------------------------------------------------------------------------------
    def _receive_tab(self) -> QWidget:
        tab = QWidget()
        self.choose_button = QPushButton(self.tr("Choose a package…"))
        self.choose_button.setObjectName("choosePackage")
        self.choose_button.clicked.connect(self.choose_package)
        self.verdict = QLabel(self.tr("Choose a package (.pdpkg) received from a unit or from the county. It is "
                                      "checked before anything is written."))
        self.verdict.setObjectName("packageVerdict")
        self.verdict.setWordWrap(True)
        self.counts = QTreeWidget()
        self.counts.setObjectName("packageCounts")
        self.counts.setRootIsDecorated(False)
        self.counts.setHeaderLabels([self.tr("Stage"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged"),
                                     self.tr("Kept (changed here only)")])
        self.counts.setMaximumHeight(130)
        self.conflicts = QTreeWidget()
        self.conflicts.setObjectName("packageConflicts")
        self.conflicts.setHeaderLabels([self.tr("Changed on both sides"), self.tr("This database"),
                                        self.tr("The package"), self.tr("Decision")])
        self.conflicts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importPackage")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_chosen)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addStretch(1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.counts)
        layout.addWidget(self.conflicts, 1)
        return tab

    def choose_package(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a data package"), "",
                                              self.tr("Data packages (*{suffix})").format(suffix=SUFFIX))
        if name:
            self.load(Path(name))

    def load(self, path: Path, choices: dict[str, str] | None = None) -> None:
        """Check ``path`` and show what importing it would change (nothing is written)."""
        self.path, self.preview = path, None
        self.import_button.setEnabled(False)
        run_task(self, lambda _p: self._merge(path, choices or {}, dry_run=True), self.show_preview,
                 self._refused, title=self.tr("Checking the package"))

    def _merge(self, path: Path, choices: dict[str, str], *, dry_run: bool) -> ImportSummary:
        from perfdesk.core.db.uow import UnitOfWork
        from perfdesk.core.services import package

        with UnitOfWork(self.db.sessions, user=acting_user()) as uow:
            return package.import_package(uow, path, choices=choices, dry_run=dry_run, data_dir=self.db.data_dir)

    def _refused(self, exc: BaseException, _trace: str) -> None:
        if not isinstance(exc, UserErrors):
            from perfdesk.gui.dialogs.errors import show_error

            show_error(self, exc)
            return
        self.verdict.setText(self.tr("Refused, nothing was written: {reason}").format(
            reason="\n".join(str(e) for e in exc.errors)))
        self.verdict.setStyleSheet("color: #C00000;")
        self.counts.clear()
        self.conflicts.clear()

    def show_preview(self, summary: ImportSummary) -> None:
        self.preview = summary
        kind = self.tr("county package") if summary.kind == "down" else self.tr("unit's package")
        text = self.tr("Sound {kind} of {unit} {name} for {year}, from {sender}, written {at}.").format(
            kind=kind, unit=summary.unit_code, name=summary.unit_name, year=summary.year, sender=summary.sender,
            at=summary.created_at.replace("T", " "))
        if summary.kept_approved:
            text += "\n" + self.tr("Approved here, kept as they are: {records}").format(
                records="；".join(summary.kept_approved))
        self.verdict.setText(text)
        self.verdict.setStyleSheet("")
        self._fill_counts(summary)
        self._fill_conflicts(summary)
        self.import_button.setEnabled(True)

    def _fill_counts(self, s: ImportSummary) -> None:
        self.counts.clear()
        for stage, name in self.stage_names().items():
            values = [s.added.get(stage, 0), s.updated.get(stage, 0), s.unchanged.get(stage, 0),
                      s.kept_local.get(stage, 0)]
            self.counts.addTopLevelItem(QTreeWidgetItem([name, *map(str, values)]))

    def _fill_conflicts(self, s: ImportSummary) -> None:
        self.conflicts.clear()
        self.decisions.clear()
        for conflict in s.conflicts:
            item = QTreeWidgetItem([conflict.label])
            self.conflicts.addTopLevelItem(item)
            for field, mine, theirs in conflict.differences:
                item.addChild(QTreeWidgetItem([field, mine, theirs]))
            combo = QComboBox()
            combo.setObjectName(f"decision_{conflict.key}")
            for text, value in ((self.tr("Undecided (keep this database's for now)"), UNDECIDED),
                                (self.tr("Keep this database's"), LOCAL), (self.tr("Take the package's"), INCOMING)):
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(conflict.choice), 0))
            self.conflicts.setItemWidget(item, 3, combo)
            self.decisions[conflict.key] = combo
            item.setExpanded(True)
        self.conflicts.resizeColumnToContents(1)

    def choices(self) -> dict[str, str]:
        return {key: combo.currentData() for key, combo in self.decisions.items() if combo.currentData()}

    def import_chosen(self) -> None:
        if self.path is None:
            return
        path, choices = self.path, self.choices()
        self.import_button.setEnabled(False)
        run_task(self, lambda _p: self._merge(path, choices, dry_run=False), self.show_result, self._refused,
                 title=self.tr("Importing the package"))

    def show_result(self, summary: ImportSummary) -> None:
        self.show_preview(summary)
        self.import_button.setEnabled(False)
        if summary.already:
            done = self.tr("This package was already imported on {at}; nothing changed.").format(at=summary.already)
        else:
            done = self.tr("Imported: {n} records changed.").format(n=summary.changes)
        if summary.pending:
            done += " " + self.tr("{n} records changed on both sides are still undecided; this database's are "
                                  "kept until you decide them and import the package again.").format(
                                      n=len(summary.pending))
        self.verdict.setText(self.verdict.text() + "\n" + done)
        self.refresh_history()
        self.window_.reload_master_data()

    # -- send --------------------------------------------------------------------------------------------------------
    def _send_tab(self) -> QWidget:
        from perfdesk.core.db import queries as q
        from perfdesk.core.services.package import home_unit

        tab = QWidget()
        with self.db.sessions() as session:
            years = q.years(session)
            home = home_unit(session)
            units = q.units(session)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("packageUnit")
        for unit in units:
            self.unit_combo.addItem(f"{unit.code} {unit.name}", unit.code)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(home), 0))
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("packageYear")
        for year in years:
            self.year_combo.addItem(str(year), year)
        current = self.window_.context().year
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(current), 0))
        self.down_box = QCheckBox(self.tr("A county package for this unit (reviews with comments, projects, "
                                          "indicator library, settings)"))
        self.down_box.setObjectName("packageDown")
        self.down_box.setChecked(not home)
        self.export_button = QPushButton(self.tr("Write the package…"))
        self.export_button.setObjectName("exportPackage")
        self.export_button.clicked.connect(self.choose_export)
        self.setup_button = QPushButton(self.tr("New database from a county package…"))
        self.setup_button.setObjectName("setupFromPackage")
        self.setup_button.clicked.connect(self.choose_setup)
        self.sent = QLabel()
        self.sent.setObjectName("packageSent")
        self.sent.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Unit (with its units)"), self.unit_combo)
        form.addRow(self.tr("Budget year"), self.year_combo)
        form.addRow("", self.down_box)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(self.setup_button)
        layout.addLayout(row)
        layout.addWidget(self.sent)
        layout.addStretch(1)
        return tab

    def choose_export(self) -> None:
        unit, year = self.unit_combo.currentData(), self.year_combo.currentData()
        if unit is None or year is None:
            return
        suggested = f"{unit}-{year}-{'down' if self.down_box.isChecked() else 'up'}{SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Write the data package"), suggested,
                                              self.tr("Data packages (*{suffix})").format(suffix=SUFFIX))
        if name:
            self.export_to(Path(name))

    def export_to(self, out: Path) -> None:
        from perfdesk.core.db.uow import UnitOfWork
        from perfdesk.core.services import package

        unit, year, down = self.unit_combo.currentData(), self.year_combo.currentData(), self.down_box.isChecked()

        def work(progress: Any) -> Any:
            with UnitOfWork(self.db.sessions, user=acting_user()) as uow:
                return package.export_package(uow, unit=unit, year=year, out=out, data_dir=self.db.data_dir,
                                              down=down, progress=progress)

        def done(summary: Any) -> None:
            counts = "，".join(f"{name} {summary.counts[stage]}" for stage, name in self.stage_names().items())
            self.sent.setText(self.tr("Written {file}: {counts}, {files} evidence files. Carry it to the other "
                                      "PC and import it there.").format(file=summary.path, counts=counts,
                                                                        files=summary.counts["files"]))
            self.refresh_history()

        run_task(self, work, done, self._send_refused, title=self.tr("Writing the package"))

    def _send_refused(self, exc: BaseException, _trace: str) -> None:
        from perfdesk.gui.dialogs.errors import show_error

        if isinstance(exc, UserErrors):
            self.sent.setText("\n".join(str(e) for e in exc.errors))
        else:
            show_error(self, exc)

    def choose_setup(self) -> None:
        source, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the county's package"), "",
                                                self.tr("Data packages (*{suffix})").format(suffix=SUFFIX))
        if not source:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), "perfdesk.db",
                                                self.tr("PerfDesk databases (*.db)"))
        if target:
            self.setup(Path(source), Path(target))

    def setup(self, source: Path, target: Path) -> None:
        from perfdesk.core.services import package

        def done(summary: Any) -> None:
            self.sent.setText(self.tr("New database {path} set up for {unit} {name}.").format(
                path=target, unit=summary.unit_code, name=summary.unit_name))
            answer = QMessageBox.question(self, self.tr("Open the new database"),
                                          self.tr("Open the new database now?"))
            if answer == QMessageBox.StandardButton.Yes:
                from perfdesk.gui.opening import start

                self.accept()
                start(self.window_, str(target))

        run_task(self, lambda _p: package.setup_from_package(target, source, user=acting_user()), done, self._send_refused,
                 title=self.tr("Setting up the new database"))

    # -- history -------------------------------------------------------------------------------------------------------
    def _history_tab(self) -> QWidget:
        tab = QWidget()
        self.history = QTreeWidget()
        self.history.setObjectName("packageHistory")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Sent or received"), self.tr("Unit"),
                                      self.tr("Year"), *self.stage_names().values(), self.tr("File")])
        QVBoxLayout(tab).addWidget(self.history)
        return tab

    def refresh_history(self) -> None:
        from perfdesk.core.services import package_history

        with self.db.sessions() as session:
            rows = package_history.history(session)
        self.history.clear()
        for r in rows:
            way = self.tr("Sent") if r["direction"] == "sent" else self.tr("Received")
            way += " " + (self.tr("(county package)") if r["kind"] == "down" else self.tr("(unit's package)"))
            counts = [str(r["counts"].get(stage, 0)) for stage in STAGES]
            self.history.addTopLevelItem(QTreeWidgetItem([f"{r['at']:%Y-%m-%d %H:%M}", way,
                                                          f"{r['unit']} {r['unit_name']}", str(r["year"]),
                                                          *counts, r["file"]]))
        for column in range(self.history.columnCount()):
            self.history.resizeColumnToContents(column)

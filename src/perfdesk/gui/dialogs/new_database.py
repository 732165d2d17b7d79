"""File → New database…: a short wizard for a county's first day.

1. where to save the file (any path: # % and Chinese characters are ordinary characters; never an existing file);
2. the county's name and 财政区划 code, the first budget year, and single-user (no login) or accounts (then the
   administrator's first password, to be changed at the first login);
3. the budget system's project export to import (xlsx/CSV), or start empty; and whether to load the shipped
   indicator library.

Next on the third page creates the database (:func:`perfdesk.core.services.masterdata.create_database`) and
imports the export (all or nothing); if the import is refused, its errors are shown there and the new file is
removed, so nothing is left half-made. The last page shows the import's summary; Finish opens the database.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from perfdesk.core.domain.errors import UserErrors
from perfdesk.gui.dialogs.project_import import FILE_FILTER, import_files, summary_text


def _error_label() -> QLabel:
    label = QLabel(objectName="wizardError")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


class LocationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Where to save the new database"))
        self.setSubTitle(self.tr("One file holds a county's whole budget-performance work. Choose a new file name."))
        self.path = QLineEdit(objectName="newDbPath")
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"), objectName="newDbBrowse")
        browse.clicked.connect(self._browse)
        self.error = _error_label()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("Database file")))
        column.addLayout(row)
        column.addWidget(self.error)
        column.addStretch(1)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), str(Path.home() / "绩效通.db"),
                                              self.tr("PerfDesk databases (*.db)"))
        if name:
            self.path.setText(name)

    def chosen(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(".db")

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        path = self.chosen()
        if path.exists():
            self.error.setText(self.tr("{path} exists. A new database is never written over a file: choose another "
                                       "name.").format(path=path))
            return False
        if not path.parent.is_dir():
            self.error.setText(self.tr("The folder {folder} does not exist.").format(folder=path.parent))
            return False
        self.error.clear()
        return True


class RegionPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("The county and its first budget year"))
        self.setSubTitle(self.tr("Letters and reports are signed by the county's finance bureau (e.g. 临清市财政局)."))
        self.region = QLineEdit(objectName="newDbRegion", placeholderText=self.tr("e.g. 临清市"))
        self.division = QLineEdit(objectName="newDbDivision", placeholderText=self.tr("e.g. 371581"))
        self.year = QSpinBox(objectName="newDbYear")
        self.year.setRange(1990, 2200)
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(dt.date.today().year)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("County (region) name"), self.region)
        form.addRow(self.tr("Division code (财政区划)"), self.division)
        form.addRow(self.tr("First budget year"), self.year)
        self.single = QRadioButton(self.tr("One person uses this PC: no login"), objectName="newDbSingleUser")
        self.accounts = QRadioButton(self.tr("A shared PC: accounts with login (administrator 'admin')"),
                                     objectName="newDbAccounts")
        self.single.setChecked(True)
        self.password = QLineEdit(objectName="newDbAdminPassword", echoMode=QLineEdit.EchoMode.Password,
                                  placeholderText=self.tr("the administrator's first password"))
        self.again = QLineEdit(objectName="newDbAdminPasswordAgain", echoMode=QLineEdit.EchoMode.Password,
                               placeholderText=self.tr("again"))
        self.accounts.toggled.connect(self.password.setEnabled)
        self.accounts.toggled.connect(self.again.setEnabled)
        self.password.setEnabled(False)
        self.again.setEnabled(False)
        form.addRow(self.tr("Use"), self.single)
        form.addRow("", self.accounts)
        passwords = QHBoxLayout()
        passwords.addWidget(self.password)
        passwords.addWidget(self.again)
        form.addRow("", passwords)
        form.addRow(self.error)

    def admin_password(self) -> str | None:
        return self.password.text() if self.accounts.isChecked() else None

    def validatePage(self) -> bool:  # noqa: N802
        code = self.division.text().strip()
        if code and not code.isdigit():
            self.error.setText(self.tr("The division code is made of digits, e.g. 371581."))
            return False
        if self.accounts.isChecked():
            from perfdesk.core.rules.params import AccountParams
            from perfdesk.core.services.accounts import ADMIN_LOGIN, password_problems

            problems = password_problems(self.password.text(), AccountParams(), login=ADMIN_LOGIN)
            if self.password.text() != self.again.text():
                problems.append(self.tr("The two passwords differ."))
            if problems:
                self.error.setText("\n".join(problems))
                return False
        self.error.clear()
        return True


class StartPage(QWizardPage):
    """Import the export or start empty; the shipped library. Next creates the database."""

    def __init__(self, wizard: NewDatabaseWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Projects and indicators"))
        self.setSubTitle(self.tr("Bring in the projects of the first budget year from the budget system's export, "
                                 "or start empty and enter them by hand later."))
        self.import_choice = QRadioButton(self.tr("Import the budget system's project export (xlsx or CSV)"),
                                          objectName="newDbImport")
        self.empty_choice = QRadioButton(self.tr("Start empty"), objectName="newDbEmpty")
        group = QButtonGroup(self)
        group.addButton(self.import_choice)
        group.addButton(self.empty_choice)
        self.import_choice.setChecked(True)
        self.files = QListWidget(objectName="newDbFiles")
        self.files.setMaximumHeight(90)
        choose = QPushButton(self.tr("Choose files…"), objectName="newDbChooseFiles")
        choose.clicked.connect(self._choose)
        self.library = QCheckBox(self.tr("Load the shipped indicator library (1,119 indicators)"),
                                 objectName="newDbLibrary")
        self.library.setChecked(True)
        self.error = _error_label()
        for widget in (self.import_choice, self.empty_choice):
            widget.toggled.connect(self.completeChanged)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addWidget(choose, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.addWidget(self.import_choice)
        column.addLayout(files_row)
        column.addWidget(self.empty_choice)
        column.addSpacing(10)
        column.addWidget(self.library)
        column.addWidget(self.error, 1)

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("The budget system's export"), str(Path.home()),
                                                FILE_FILTER)
        if names:
            self.set_files([Path(n) for n in names])

    def set_files(self, paths: list[Path]) -> None:
        self.files.clear()
        self.files.addItems([str(p) for p in paths])
        self.import_choice.setChecked(True)
        self.completeChanged.emit()

    def paths(self) -> list[Path]:
        if not self.import_choice.isChecked():
            return []
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def isComplete(self) -> bool:  # noqa: N802
        return self.empty_choice.isChecked() or self.files.count() > 0

    def validatePage(self) -> bool:  # noqa: N802
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.wizard_.create()
        except UserErrors as exc:
            self.error.setText(self.tr("Nothing was created:") + f"\n{exc}")
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.error.clear()
        return True


class DonePage(QWizardPage):
    def __init__(self, wizard: NewDatabaseWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("The database is ready"))
        self.text = QPlainTextEdit(objectName="newDbSummary", readOnly=True)
        column = QVBoxLayout(self)
        column.addWidget(self.text)

    def initializePage(self) -> None:  # noqa: N802
        w = self.wizard_
        lines = [self.tr("Created {path}.").format(path=w.created)]
        if w.summary is not None:
            lines += ["", summary_text(w.summary)]
        else:
            lines.append(self.tr("No projects yet: the first screen offers to import them or to enter them by hand."))
        lines += ["", self.tr("Finish opens the new database.")]
        self.text.setPlainText("\n".join(lines))


class NewDatabaseWizard(QWizard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newDatabaseWizard")
        self.setWindowTitle(self.tr("New database"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # the file exists by then: Finish opens it
        self.created: Path | None = None
        self.summary: Any = None
        self.location, self.region, self.start = LocationPage(), RegionPage(), StartPage(self)
        for page in (self.location, self.region, self.start, DonePage(self)):
            self.addPage(page)
        self.resize(640, 460)

    def create(self) -> None:
        """Create the database and import the export, all or nothing: a refused import leaves no file."""
        from perfdesk.core.services.masterdata import create_database

        path, paths = self.location.chosen(), self.start.paths()
        year = self.region.year.value()
        create_database(path, region=self.region.region.text().strip() or None,
                        division=self.region.division.text().strip() or None, year=year,
                        load_library=self.start.library.isChecked())
        try:
            self.summary = self._import(path, paths, year) if paths else None
            password = self.region.admin_password()
            if password is not None:  # after the import: it was made by the person setting the database up
                self._switch_accounts_on(path, password)
        except BaseException:
            _discard(path)
            raise
        self.created = path

    @staticmethod
    def _switch_accounts_on(path: Path, password: str) -> None:
        from perfdesk.core.db.engine import open_database
        from perfdesk.core.db.uow import UnitOfWork
        from perfdesk.core.services.accounts import enable_accounts

        with open_database(path) as db, UnitOfWork(db.sessions, "gui") as uow:
            enable_accounts(uow, password)
            uow.commit()

    @staticmethod
    def _import(path: Path, paths: list[Path], year: int) -> Any:
        """The export's projects go into the first budget year (a file whose FISCAL_YEAR says another is refused)."""
        from perfdesk.core.db.engine import open_database

        with open_database(path) as db:
            return import_files(db, paths, year=year)


def _discard(path: Path) -> None:
    """Remove a database this wizard has just created (its import was refused)."""
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

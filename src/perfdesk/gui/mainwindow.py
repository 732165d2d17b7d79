"""Main window: navigation by step of the cycle, year selector, unit tree filter, pages.

The window can be shown before any database is open (``MainWindow()``): it then says that the database is
being opened, and :meth:`MainWindow.attach_database` fills it in (and adds the unit tree). Nothing on the way to
that first paint imports SQLAlchemy, pandas or reportlab, nor PySide6's ``Qt`` namespace (creating its enums
costs ~60 ms); ``MainWindow(db)`` remains the one-step form tests use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSettings, QSize, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from perfdesk.gui.pages.base import Page, PageContext, PlaceholderPage
from perfdesk.gui.widgets.reminder import ReminderBanner

if TYPE_CHECKING:
    from perfdesk.core.db.engine import Database
    from perfdesk.gui.widgets.unit_tree import UnitTree


class MainWindow(QMainWindow):
    contextChanged = Signal(object)  # noqa: N815 - PageContext
    databaseAttached = Signal(object)  # noqa: N815 - Database; the first page is filled when it is emitted

    def __init__(self, db: Database | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("PerfDesk (绩效通)"))
        self.resize(1280, 800)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        self.unit_tree: UnitTree | None = None  # added with the first database
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        self._units: list = []
        self._unit_ids: frozenset[int] | None = None
        self._shortcuts_set = False
        self._dock_chosen = False  # the person showed or hid the unit tree: leave it so
        self.waiting = QLabel(self.tr("Opening the database…"))
        self.waiting.setObjectName("waiting")
        self.waiting.setStyleSheet("qproperty-alignment: AlignCenter;")
        self._build_pages()
        self._build_chrome()
        from perfdesk.gui.widgets.copying import install_block_copy

        install_block_copy()  # Ctrl+C copies a selected block from any list, as in Excel
        self.nav.currentRowChanged.connect(self._show_page)
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.fit_to_screen()
        if db is not None:
            self.attach_database(db)
        else:
            self.show_waiting(self.waiting.text())

    # -- structure --------------------------------------------------------------------------------------
    def areas(self) -> list[tuple[str, str]]:
        return [("home", self.tr("Home")), ("exante", self.tr("Ex-ante assessment")),
                ("targets", self.tr("Targets")), ("costs", self.tr("Cost budgets")), ("monitoring", self.tr("Monitoring")),
                ("evaluation", self.tr("Evaluation")), ("keyeval", self.tr("Key evaluation")),
                ("ranking", self.tr("Ranking and elimination")),
                ("results", self.tr("Results application")), ("deptwide", self.tr("Department-wide and disclosure")),
                ("reports", self.tr("Reports")),
                ("libraries", self.tr("Libraries")), ("settings", self.tr("Settings")),
                ("accounts", self.tr("Accounts")), ("audit", self.tr("Audit log"))]

    def _make_page(self, key: str, title: str) -> Page:
        """The page of an area comes from module ``perfdesk.gui.pages.<key>`` (its ``PAGE`` class); an area
        whose module does not exist yet shows a placeholder. Pages are built on first display."""
        try:
            module = importlib.import_module(f"perfdesk.gui.pages.{key}")
        except ModuleNotFoundError as exc:
            if exc.name != f"perfdesk.gui.pages.{key}":
                raise
            return PlaceholderPage(key, title)
        page = module.PAGE()
        if hasattr(page, "languageChanged"):
            page.languageChanged.connect(self._language_changed)
        if hasattr(page, "masterDataChanged"):
            page.masterDataChanged.connect(self.reload_master_data)
        return page

    def page(self, key: str) -> Page:
        if key not in self.pages:
            title = dict(self.areas())[key]
            page = self._make_page(key, title)
            self.pages[key] = page
            self.stack.insertWidget(self._keys.index(key), page)
            self.stack.removeWidget(self._slots[key])
        return self.pages[key]

    def _build_pages(self) -> None:
        self._keys = [key for key, _ in self.areas()]
        self._slots: dict[str, QWidget] = {}
        for key, title in self.areas():
            slot = QWidget()
            self._slots[key] = slot
            self.stack.addWidget(slot)
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(120, 40))
            self.nav.addItem(item)
        self.stack.addWidget(self.waiting)

    def _drop_pages(self) -> None:
        """Forget every built page (they hold the previous database's sessions); slots come back."""
        for key, page in list(self.pages.items()):
            slot = QWidget()
            self._slots[key] = slot
            self.stack.insertWidget(self._keys.index(key), slot)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def _build_chrome(self) -> None:
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Budget year") + " "))
        toolbar.addWidget(self.year_combo)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = ReminderBanner()
        self.banner.backupRequested.connect(self._backup_to_folder)
        column.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self.year_combo.currentIndexChanged.connect(self._context_changed)
        self._build_menus()

    def _add_unit_tree(self) -> UnitTree:
        from PySide6.QtCore import Qt

        from perfdesk.gui.widgets.unit_tree import UnitTree

        self.unit_tree = UnitTree()
        dock = QDockWidget(self.tr("Units"), self)
        dock.setObjectName("unitDock")
        features = QDockWidget.DockWidgetFeature
        dock.setFeatures(features.DockWidgetMovable | features.DockWidgetClosable | features.DockWidgetFloatable)
        dock.setWidget(self.unit_tree)
        dock.setMinimumWidth(180)  # with the widest page, still within a 1024-pixel screen
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.unit_tree.unitSelected.connect(self._unit_changed)
        toggle = dock.toggleViewAction()
        toggle.setText(self.tr("Unit tree"))
        toggle.setToolTip(self.tr("Show or hide the unit tree"))
        toggle.triggered.connect(self._unit_tree_toggled)
        self.toolbar.addSeparator()
        self.toolbar.addAction(toggle)
        self.unit_dock = dock
        self._fit_unit_tree()
        return self.unit_tree

    # -- fitting the screen -------------------------------------------------------------------------------
    NARROW = 1200
    """Below this window width the unit tree collapses (a 1024-pixel screen); it opens floating on request."""

    def fit_to_screen(self) -> None:
        """Never larger than the screen's available area (a remembered size from a bigger screen included)."""
        from PySide6.QtGui import QGuiApplication

        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(fitted(self.geometry(), screen.availableGeometry()))

    def _fit_unit_tree(self) -> None:
        dock = getattr(self, "unit_dock", None)
        if dock is None or self._dock_chosen:
            return
        narrow = self.width() < self.NARROW
        dock.setVisible(not narrow)

    def _unit_tree_toggled(self, shown: bool) -> None:
        self._dock_chosen = True
        if shown and self.width() < self.NARROW:
            self.unit_dock.setFloating(True)  # over the page instead of squeezing it off a narrow screen
            self.unit_dock.resize(260, max(300, self.height() - 160))
            self.unit_dock.show()  # a dock made floating is a window of its own, hidden until shown

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._fit_unit_tree()

    def _build_menus(self) -> None:
        from perfdesk.gui import masterdata_ops as ops

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_db_action = QAction(self.tr("&New database…"), self)
        self.new_db_action.triggered.connect(lambda: ops.new_database(self))
        self.open_action = QAction(self.tr("&Open database…"), self)
        self.open_action.triggered.connect(self._open_other)
        self.open_server_action = QAction(self.tr("Open &server database (PostgreSQL)…"), self)
        self.open_server_action.triggered.connect(self._open_server)
        self.new_year_action = QAction(self.tr("New budget &year…"), self)
        self.new_year_action.triggered.connect(lambda: ops.new_year(self))
        self.backup_action = QAction(self.tr("&Backup and restore…"), self)
        self.backup_action.triggered.connect(self.show_backups)
        self.packages_action = QAction(self.tr("&Data packages…"), self)
        self.packages_action.triggered.connect(lambda: self.db is not None and self.show_packages())
        for action in (self.new_db_action, self.open_action, self.open_server_action, self.new_year_action,
                       self.backup_action, self.packages_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        start = QAction(self.tr("&Getting started"), self)
        start.triggered.connect(lambda: self.db is not None and ops.show_first_day(self))
        help_menu.addAction(start)
        about = QAction(self.tr("&About PerfDesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def add_shortcuts(self) -> None:
        """Keyboard shortcuts, set after the first paint (setting one creates PySide6's Qt enums, ~60 ms)."""
        if not self._shortcuts_set:
            self._shortcuts_set = True
            self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
            quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
            self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])  # Windows has no standard Quit key

    # -- database ---------------------------------------------------------------------------------------
    def attach_database(self, db: Database) -> None:
        """Show ``db``: master data, then the first page (filled before this returns)."""
        self.add_shortcuts()
        self.db = db
        self._drop_pages()
        self.statusBar().showMessage(db.shown)  # a server URL without its password
        self._load_master_data()
        self.nav.setEnabled(True)
        self.backup_action.setEnabled(db.path is not None or db.on_server)
        self.new_year_action.setEnabled(True)
        if self.nav.currentRow() == 0:
            self._show_page(0)
        else:
            self.nav.setCurrentRow(0)
        from perfdesk.gui.masterdata_ops import after_attach

        after_attach(self)
        self.databaseAttached.emit(db)

    def detach_database(self) -> Database | None:
        """Stop using the open database (the caller closes it); the window waits for another."""
        db, self.db = self.db, None
        self._drop_pages()
        self.show_waiting(self.tr("No database is open."))
        return db

    def show_waiting(self, message: str) -> None:
        self.waiting.setText(message)
        self.stack.setCurrentWidget(self.waiting)
        self.nav.setEnabled(False)
        self.backup_action.setEnabled(False)
        self.new_year_action.setEnabled(False)

    def _open_other(self) -> None:
        from perfdesk.gui.opening import choose_and_open

        choose_and_open(self)

    def _open_server(self) -> None:
        from perfdesk.gui.opening import choose_server_and_open

        choose_server_and_open(self)

    def show_backups(self) -> None:
        from perfdesk.gui.dialogs.backups import BackupDialog

        if self.db is not None and self.db.path is not None:
            BackupDialog(self).exec()
        elif self.db is not None and self.db.on_server:
            from perfdesk.gui.dialogs.server_backup import back_up_server

            back_up_server(self, self.db)

    def show_packages(self) -> None:
        from perfdesk.gui.dialogs.packages import PackagesDialog

        PackagesDialog(self).exec()

    def _backup_to_folder(self) -> None:
        from perfdesk.gui.dialogs.backups import BackupDialog

        if self.db is not None and self.db.path is not None:
            BackupDialog(self).choose_folder()

    def _about(self) -> None:
        from perfdesk.gui.dialogs.about import show_about

        show_about(self, self.db)

    # -- data -------------------------------------------------------------------------------------------
    def _load_master_data(self) -> None:
        from perfdesk.core.db import queries as q

        assert self.db is not None
        with self.db.sessions() as session:
            years = q.years(session)
            self._units = q.units(session)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(self.tr("{year}").format(year=year), year)
        self.year_combo.blockSignals(False)
        (self.unit_tree or self._add_unit_tree()).set_units(self._units)

    def reload_master_data(self, year: int | None = None) -> None:
        """Years and units changed (a new year, a unit added or moved …): reload them, keeping the chosen year
        (or choosing ``year``), and refresh the page on screen."""
        keep = year or self.year_combo.currentData()
        self._load_master_data()
        self._unit_ids = None  # the unit tree is back on "All units"
        index = self.year_combo.findData(keep)
        self.year_combo.blockSignals(True)
        self.year_combo.setCurrentIndex(max(index, 0))
        self.year_combo.blockSignals(False)
        self._context_changed()

    def context(self) -> PageContext:
        assert self.db is not None
        from perfdesk.core.services.access import visible_units

        return PageContext(self.db, self.year_combo.currentData(), visible_units(self.db.engine, self._unit_ids))

    def _unit_changed(self, unit_id: int) -> None:
        from perfdesk.core.db import queries as q
        from perfdesk.gui.widgets.unit_tree import ALL

        self._unit_ids = None if unit_id == ALL else frozenset(q.subtree_ids(self._units, unit_id))
        self._context_changed()

    def _context_changed(self) -> None:
        if self.db is None:
            return
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.set_context(self.context())
        self.contextChanged.emit(self.context())

    def _show_page(self, row: int) -> None:
        if self.db is None or row < 0:
            return
        current = self.stack.currentWidget()
        if current is not self.pages.get(self._keys[row]) and not getattr(current, "can_leave", lambda: True)():
            self.nav.blockSignals(True)  # the page keeps unsaved work: stay on it
            self.nav.setCurrentRow(self._keys.index(current.page_key))
            self.nav.blockSignals(False)
            return
        from perfdesk.gui.masterdata_ops import needs_a_year

        if needs_a_year(self, self._keys[row]):
            return
        page = self.page(self._keys[row])
        self.stack.setCurrentWidget(page)
        self._context_changed()

    def show_area(self, key: str) -> Page:
        self.nav.setCurrentRow(self._keys.index(key))
        return self.page(key)

    def _language_changed(self, language: str) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from perfdesk.gui import i18n as gui_i18n

        gui_i18n.install(QApplication.instance(), language)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language applies fully after PerfDesk is restarted."))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)


def fitted(window: QRect, available: QRect) -> QRect:
    """``window`` shrunk to ``available`` where it is larger, and moved inside it."""
    width, height = min(window.width(), available.width()), min(window.height(), available.height())
    x = min(max(window.x(), available.x()), available.right() + 1 - width)
    y = min(max(window.y(), available.y()), available.bottom() + 1 - height)
    return QRect(x, y, width, height)

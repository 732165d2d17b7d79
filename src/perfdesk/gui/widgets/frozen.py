"""Key columns that stay in view when a wide list or grid is scrolled right, as Excel's 冻结窗格.

As Qt's "Frozen Column" example: a second table view lies over the first columns of the view, sharing its model,
selection model and delegate; it shows only the frozen columns and no scroll bars, and follows the view's
vertical scrolling, column widths, row heights and sorting. It takes no keyboard focus, so typing, Ctrl+C,
Ctrl+V and the other keys of the view act as before on the shared current cell. When the frozen columns would
cover more than half of the view (a narrow window), only as many of them as fit stay frozen; when not even the
first fits, the overlay steps aside and the view scrolls as a whole.

    freeze_columns(view, 3)   # after view.setModel(...)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView

MAX_SHARE = 0.5  # the frozen columns never cover more than this share of the view


class FrozenColumns(QTableView):
    """The overlay; ``main_view`` is the view it lies over (Ctrl+C and the tests use it)."""

    def __init__(self, view: QTableView, count: int):
        super().__init__(view)
        self.main_view, self.count = view, count
        self.setObjectName(f"{view.objectName() or 'table'}Frozen")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(view.verticalScrollMode())
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setStyleSheet("QTableView { border-right: 2px solid palette(mid); }")
        self.attach()
        view.viewport().stackUnder(self)
        view.horizontalHeader().sectionResized.connect(self._width_changed)
        view.verticalHeader().sectionResized.connect(self._height_changed)
        view.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        view.horizontalHeader().sortIndicatorChanged.connect(self._sorted)
        self.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.pressed.connect(lambda *_a: view.setFocus())
        view.installEventFilter(self)
        self.place()

    # -- following the view --------------------------------------------------------------------------------
    def attach(self) -> None:
        """Take the view's model, selection and delegate (again after the view's model was replaced)."""
        view = self.main_view
        if view.model() is None:
            return
        if self.model() is not view.model():
            self.setModel(view.model())
            model = view.model()
            for signal in (model.modelReset, model.columnsInserted, model.columnsRemoved, model.layoutChanged):
                signal.connect(self._refresh)
        self.setSelectionModel(view.selectionModel())
        self.setItemDelegate(view.itemDelegate())
        self.setSelectionBehavior(view.selectionBehavior())
        self.setSelectionMode(view.selectionMode())
        self.setEditTriggers(view.editTriggers())
        self.setAlternatingRowColors(view.alternatingRowColors())
        self.setWordWrap(view.wordWrap())
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSortIndicatorShown(view.isSortingEnabled())
        self.verticalHeader().hide()  # the view's own row header stays visible left of the overlay
        self.verticalHeader().setDefaultSectionSize(view.verticalHeader().defaultSectionSize())
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        model = self.model()
        if model is None:
            return
        for col in range(model.columnCount()):
            if col < self.count:
                self.setColumnWidth(col, self.main_view.columnWidth(col))
        header = self.main_view.horizontalHeader()
        self.horizontalHeader().setSortIndicator(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.place()

    def _width_changed(self, column: int, _old: int, new: int) -> None:
        if column < self.count:
            self.setColumnWidth(column, new)
            self.place()

    @property
    def shown(self) -> int:
        """How many of the first columns are frozen now (fewer than ``count`` in a narrow window)."""
        return sum(1 for c in range(self.count) if self.model() is not None and not self.isColumnHidden(c))

    def _height_changed(self, row: int, _old: int, new: int) -> None:
        self.setRowHeight(row, new)

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        self.horizontalHeader().setSortIndicator(column, order)

    def _header_clicked(self, column: int) -> None:
        """A click on a frozen column's header sorts the view, as a click on the view's own header does."""
        view = self.main_view
        if view.isSortingEnabled():
            header = view.horizontalHeader()
            ascending = header.sortIndicatorSection() != column or \
                header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            view.sortByColumn(column, Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.main_view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show,
                                                          QEvent.Type.LayoutRequest):
            self.place()
        return False

    def _fitting(self) -> tuple[int, int]:
        """(columns, width): the most of the first ``count`` columns that fit in ``MAX_SHARE`` of the view."""
        view, width, fitting = self.main_view, 0, 0
        room = view.viewport().width() * MAX_SHARE
        for c in range(self.count):
            if view.isColumnHidden(c):
                continue
            if width + view.columnWidth(c) > room:
                break
            width, fitting = width + view.columnWidth(c), c + 1
        return fitting, width

    def place(self) -> None:
        """Over the view's first columns, below its header row, above its horizontal scroll bar."""
        view = self.main_view
        model = view.model()
        fitting, width = self._fitting() if model is not None else (0, 0)
        if self.model() is not None:
            for col in range(self.model().columnCount()):
                hidden = col >= fitting or view.isColumnHidden(col)
                if self.isColumnHidden(col) != hidden:
                    self.setColumnHidden(col, hidden)
        fits = width > 0
        self.setVisible(fits)
        if not fits:
            return
        frame = view.frameWidth()
        left = frame + (view.verticalHeader().width() if view.verticalHeader().isVisible() else 0)
        self.setGeometry(left, frame, width, view.viewport().height() + view.horizontalHeader().height())
        self.horizontalHeader().setFixedHeight(view.horizontalHeader().height())
        self.verticalScrollBar().setValue(view.verticalScrollBar().value())


def freeze_columns(view: QTableView, count: int) -> FrozenColumns:
    """Keep the first ``count`` columns of ``view`` in sight (call after ``view.setModel``; again-safe)."""
    existing = getattr(view, "frozen", None)
    if isinstance(existing, FrozenColumns):
        existing.count = count
        existing.attach()
        return existing
    frozen = FrozenColumns(view, count)
    view.frozen = frozen  # type: ignore[attr-defined]
    return frozen

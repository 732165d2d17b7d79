"""A search box for any list: rows whose cells do not contain the typed words are hidden (the model and the
page's row numbers stay as they are, so selection and actions keep working). The words are matched in any
column, case-insensitively; the filter follows the list when it is refilled.

    box = SearchBox(lambda: self.table)   # or a function giving the list of the current tab
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget


class SearchBox(QLineEdit):
    def __init__(self, view: Callable[[], QTableView | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.setObjectName("listSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search this list"))
        self.textChanged.connect(lambda *_a: self.apply())
        self._filtered = False

    def apply(self) -> None:
        view = self.view()
        if view is None or not shiboken6.isValid(view) or view.model() is None:
            return  # no list, or one being deleted
        self._watch(view)
        model, words = view.model(), self.text().casefold().split()
        if not words and not self._filtered:
            return  # nothing hidden, nothing to hide: refills cost nothing while no one searches
        self._filtered = bool(words)
        for row in range(model.rowCount()):
            texts = " ".join(str(model.index(row, c).data(Qt.ItemDataRole.DisplayRole) or "")
                             for c in range(model.columnCount())).casefold()
            view.setRowHidden(row, not all(w in texts for w in words))

    def _watch(self, view: QTableView) -> None:
        model = view.model()
        if model.property("perfdeskSearchWatched"):
            return
        model.setProperty("perfdeskSearchWatched", True)
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged, model.dataChanged):
            signal.connect(self._refilled)

    def _refilled(self, *_args: object) -> None:
        self.apply()

"""Ctrl+C on any list or grid copies the selected block as tab-separated text, as Excel does.

Qt's views copy only the current cell. :func:`install_block_copy` adds one application-wide filter: a Copy key
pressed in a table view (not while a cell is being edited) puts the selected cells on the clipboard, one line per
row and a tab between columns, with the rows and columns in the order the view shows them (sorted, hidden
columns left out). A selection that is not a rectangle leaves the cells between its parts blank.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QTableView


def selected_block(view: QTableView) -> str:
    """The selected cells of ``view`` as tab-separated lines ("" when nothing is selected)."""
    indexes = [i for i in view.selectionModel().selectedIndexes() if not view.isColumnHidden(i.column())] \
        if view.selectionModel() else []
    if not indexes:
        return ""
    header_v, header_h = view.verticalHeader(), view.horizontalHeader()
    rows = sorted({i.row() for i in indexes}, key=header_v.visualIndex)
    columns = sorted({i.column() for i in indexes}, key=header_h.visualIndex)
    cells = {(i.row(), i.column()): _text(i.data(Qt.ItemDataRole.DisplayRole)) for i in indexes}
    return "\n".join("\t".join(cells.get((r, c), "") for c in columns) for r in rows)


def _text(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("\t", " ").replace("\r\n", " ").replace("\n", " ")


class _BlockCopy(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not event.matches(QKeySequence.StandardKey.Copy):
            return False
        view = watched if isinstance(watched, QTableView) else None
        if view is None and isinstance(watched, QObject) and isinstance(watched.parent(), QTableView):
            view = watched.parent()  # the key goes to the view's viewport
        if view is None or view.state() == QTableView.State.EditingState:
            return False
        text = selected_block(view)
        if not text:
            return False
        QGuiApplication.clipboard().setText(text)
        return True


_FILTER = _BlockCopy()


def install_block_copy(app: QApplication | None = None) -> None:
    """Once per application (repeated calls do nothing more)."""
    app = app or QApplication.instance()
    if app is not None and not app.property("perfdeskBlockCopy"):
        app.installEventFilter(_FILTER)
        app.setProperty("perfdeskBlockCopy", True)

"""A reusable Excel-like grid: typing or F2 edits, Enter moves down, Ctrl+V pastes a block copied from Excel
(tab-separated lines), Delete clears the selected cells, Ctrl+Z / Ctrl+Y undo and redo every change.

Use it for any list of records people type in (targets, monitoring progress, self-evaluation actuals)::

    columns = [Column("name", tr("Indicator")), Column("weight", tr("Weight"), parse=parse_decimal),
               Column("status", tr("Check"), editable=False)]
    model = GridModel(columns)
    view = GridView(model)
    model.set_rows([{"name": "受益人数", "weight": Decimal(10)}])   # rows are plain dicts keyed by column key
    model.rowsEdited.connect(on_change)                            # after every edit, paste, clear, undo, redo
    model.set_decoration(row, "weight", QColor("#fde2e2"), "why")  # e.g. a check's finding, shown inline
    rows = model.rows()                                            # copies of the dicts, in order

``Column.parse`` turns typed text into the stored value (raise ``ValueError`` to refuse it); ``Column.format``
turns a value into text; ``Column.choices`` offers a drop-down list. ``GridModel.on_edit(row, key, value)`` may be
overridden (or set) to derive other cells from an edit: its returned ``{key: value}`` changes join the same undo
step. Pasting past the last row appends rows. The model owns a ``QUndoStack`` (``model.undo_stack``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
Change = tuple[int, str, Any, Any]  # row, key, old, new


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    editable: bool = True
    parse: Callable[[str], Any] | None = None
    format: Callable[[Any], str] | None = None
    choices: Sequence[str] | None = None
    width: int = 100

    def text(self, value: Any) -> str:
        if self.format is not None:
            return self.format(value)
        return "" if value is None else str(value)

    def value(self, text: str) -> Any:
        text = text.strip()
        return self.parse(text) if self.parse is not None else text


class _SetCells(QUndoCommand):
    def __init__(self, model: GridModel, changes: list[Change], added_rows: int = 0):
        super().__init__()
        self.model, self.changes, self.added = model, changes, added_rows

    def redo(self) -> None:
        self.model._append_blank(self.added)
        self.model._apply([(r, k, new) for r, k, _old, new in self.changes])

    def undo(self) -> None:
        self.model._apply([(r, k, old) for r, k, old, _new in reversed(self.changes)])
        self.model._drop_last(self.added)


class _Rows(QUndoCommand):
    """Insert (rows given) or remove (positions given) whole rows."""

    def __init__(self, model: GridModel, position: int, rows: list[dict[str, Any]], insert: bool):
        super().__init__()
        self.model, self.position, self.rows_, self.insert = model, position, rows, insert

    def redo(self) -> None:
        (self.model._insert if self.insert else self.model._remove)(self.position, self.rows_)

    def undo(self) -> None:
        (self.model._remove if self.insert else self.model._insert)(self.position, self.rows_)


class GridModel(QAbstractTableModel):
    rowsEdited = Signal()  # noqa: N815

    def __init__(self, columns: Sequence[Column], parent: Any = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.keys = [c.key for c in self.columns]
        self._rows: list[dict[str, Any]] = []
        self._decor: dict[tuple[int, str], tuple[QColor, str]] = {}
        self.read_only = False
        self.undo_stack = QUndoStack(self)
        self.on_edit: Callable[[int, str, Any], dict[str, Any]] = lambda row, key, value: {}

    # -- data in and out --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self._decor.clear()
        self.endResetModel()
        self.undo_stack.clear()

    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def value(self, row: int, key: str) -> Any:
        return self._rows[row].get(key)

    def set_decoration(self, row: int, key: str, color: QColor, tooltip: str) -> None:
        self._decor[(row, key)] = (color, tooltip)
        col = self.keys.index(key)
        self.dataChanged.emit(self.index(row, col), self.index(row, col))

    def set_computed(self, row: int, key: str, value: Any) -> None:
        """Set a read-only, derived cell (e.g. a check result) outside the undo history."""
        self._rows[row][key] = value
        col = self.keys.index(key)
        self.dataChanged.emit(self.index(row, col), self.index(row, col))

    def clear_decorations(self) -> None:
        self._decor.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # -- edits (all through the undo stack) -------------------------------------------------------------
    def edit_cells(self, cells: list[tuple[int, str, Any]], added_rows: int = 0) -> None:
        changes: list[Change] = []
        for row, key, new in cells:
            old = self._rows[row].get(key) if row < len(self._rows) else None
            if old != new:
                changes.append((row, key, old, new))
        derived = [(r, k, v) for r, key, _o, new in list(changes) for k, v in self.on_edit(r, key, new).items()]
        for row, key, new in derived:  # derived values join the same undo step (and may refine the edit)
            changes = [c for c in changes if (c[0], c[1]) != (row, key)]
            old = self._rows[row].get(key) if row < len(self._rows) else None
            if old != new:
                changes.append((row, key, old, new))
        if changes or added_rows:
            self.undo_stack.push(_SetCells(self, changes, added_rows))

    def insert_rows(self, position: int, rows: list[dict[str, Any]]) -> None:
        self.undo_stack.push(_Rows(self, position, [dict(r) for r in rows], True))

    def remove_rows(self, position: int, count: int) -> None:
        if count > 0:
            self.undo_stack.push(_Rows(self, position, [dict(r) for r in self._rows[position:position + count]], False))

    def _apply(self, cells: list[tuple[int, str, Any]]) -> None:
        for row, key, value in cells:
            self._rows[row][key] = value
            col = self.keys.index(key)
            self.dataChanged.emit(self.index(row, col), self.index(row, col))
        self.rowsEdited.emit()

    def _append_blank(self, n: int) -> None:
        if n:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + n - 1)
            self._rows += [{} for _ in range(n)]
            self.endInsertRows()

    def _drop_last(self, n: int) -> None:
        if n:
            start = len(self._rows) - n
            self.beginRemoveRows(QModelIndex(), start, len(self._rows) - 1)
            del self._rows[start:]
            self.endRemoveRows()

    def _insert(self, position: int, rows: list[dict[str, Any]]) -> None:
        self.beginInsertRows(QModelIndex(), position, position + len(rows) - 1)
        self._rows[position:position] = [dict(r) for r in rows]
        self.endInsertRows()
        self.rowsEdited.emit()

    def _remove(self, position: int, rows: list[dict[str, Any]]) -> None:
        self.beginRemoveRows(QModelIndex(), position, position + len(rows) - 1)
        del self._rows[position:position + len(rows)]
        self.endRemoveRows()
        self.rowsEdited.emit()

    # -- Qt model API -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.columns[section].title if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable and not self.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()].get(column.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.text(value)
        decor = self._decor.get((index.row(), column.key))
        if decor and role == Qt.ItemDataRole.BackgroundRole:
            return decor[0]
        if decor and role == Qt.ItemDataRole.ToolTipRole:
            return decor[1]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        try:
            parsed = column.value(str(value))
        except ValueError:
            return False
        self.edit_cells([(index.row(), column.key, parsed)])
        return True

    def paste(self, top: int, left: int, block: list[list[str]]) -> list[str]:
        """Paste a block of texts at (top, left) as one undo step; returns the cells it refused."""
        cells, refused = [], []
        added = max(0, top + len(block) - len(self._rows))
        for r, line in enumerate(block):
            for c, text in enumerate(line):
                col = left + c
                if col >= len(self.columns) or not self.columns[col].editable:
                    continue
                try:
                    cells.append((top + r, self.columns[col].key, self.columns[col].value(text)))
                except ValueError:
                    refused.append(f"{top + r + 1}:{self.columns[col].title}")
        if not self.read_only:
            self._append_blank_for_paste(cells, added)
        return refused

    def _append_blank_for_paste(self, cells: list[tuple[int, str, Any]], added: int) -> None:
        if added:
            self.undo_stack.beginMacro("paste")
            self.undo_stack.push(_SetCells(self, [], added))
            self.edit_cells(cells)
            self.undo_stack.endMacro()
        else:
            self.edit_cells(cells)


class _Delegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:  # noqa: N802
        model = index.model()
        column = model.columns[index.column()] if isinstance(model, GridModel) else None
        if column is not None and column.choices:
            combo = QComboBox(parent)
            combo.addItems(list(column.choices))
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(index.data() or "")))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)


class GridView(QTableView):
    def __init__(self, model: GridModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(_Delegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.verticalHeader().setDefaultSectionSize(24)
        for i, column in enumerate(model.columns):
            self.setColumnWidth(i, column.width)

    def grid(self) -> GridModel:
        return self.model()  # type: ignore[return-value]

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        """Enter in an editor commits and moves down, as in Excel."""
        moving = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if moving else hint)
        if moving:
            self._move_down()

    def _move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.grid().rowCount():
            self.setCurrentIndex(self.grid().index(current.row() + 1, current.column()))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.grid().undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.grid().undo_stack.redo()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            self.clear_selection()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self._move_down()
        else:
            super().keyPressEvent(event)

    def clear_selection(self) -> None:
        model = self.grid()
        cells = [(i.row(), model.columns[i.column()].key, None) for i in self.selectedIndexes()
                 if model.columns[i.column()].editable]
        if not model.read_only:
            model.edit_cells(cells)

    def paste_clipboard(self) -> list[str]:
        text = QGuiApplication.clipboard().text()
        current = self.currentIndex()
        if not text or not current.isValid():
            return []
        block = [line.split("\t") for line in text.rstrip("\r\n").replace("\r\n", "\n").split("\n")]
        return self.grid().paste(current.row(), current.column(), block)

"""Ctrl+C copies the selected block of a list as tab-separated text, in the order shown."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from perfdesk.gui.widgets.copying import install_block_copy


def _view(qtbot):  # type: ignore[no-untyped-def]
    model = QStandardItemModel(4, 3)
    for r in range(4):
        for c in range(3):
            model.setItem(r, c, QStandardItem(f"{'ABCD'[r]}{c}"))
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.show()
    install_block_copy()
    return view, model


def _select(view, top: int, left: int, bottom: int, right: int) -> None:  # type: ignore[no-untyped-def]
    model = view.model()
    selection = QItemSelection(model.index(top, left), model.index(bottom, right))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_ctrl_c_copies_the_selected_block_not_one_cell(qtbot):
    view, _model = _view(qtbot)
    _select(view, 1, 0, 2, 1)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "B0\tB1\nC0\tC1"


def test_the_copy_follows_the_sorted_order_and_leaves_hidden_columns_out(qtbot):
    view, model = _view(qtbot)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.setColumnHidden(1, True)
    _select(view, 0, 0, 3, 2)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "D0\tD2\nC0\tC2\nB0\tB2\nA0\tA2"

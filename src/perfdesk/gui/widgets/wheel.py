"""Mouse wheels never change a value by accident.

Scrolling a long form over a drop-down or a number box that the person has not clicked into changed the value
under the pointer (a check silently went from 警示 to 关闭). :func:`guard_wheel` makes such inputs take the wheel
only once they have focus; until then the wheel scrolls the page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
            area = _scroll_area_of(watched)
            if area is not None:  # the wheel scrolls the page the input sits on
                QApplication.sendEvent(area.verticalScrollBar(), event)
            return True
        return False


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_GUARD = _WheelGuard()


def guard_wheel(root: QWidget) -> None:
    """Guard every drop-down and number box under ``root`` (call again after adding inputs)."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, GUARDED):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.removeEventFilter(_GUARD)
            widget.installEventFilter(_GUARD)

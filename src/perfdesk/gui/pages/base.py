"""What every page receives from the main window: the database and the current year/unit filter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from perfdesk.core.db.engine import Database


@dataclass(frozen=True)
class PageContext:
    db: Database
    year: int | None
    unit_ids: frozenset[int] | None  # None: all units


class Page(QWidget):
    page_key = ""

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx


class PlaceholderPage(Page):
    """An area whose feature has not landed yet says so plainly."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.page_key = key
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("{title}: not yet available in this version.").format(title=title))
        label.setObjectName("placeholder")
        layout.addWidget(label)
        layout.addStretch(1)

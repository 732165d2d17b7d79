"""Small helpers of the key-evaluation pages: running one service call, reading typed numbers, messages."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.gui.pages.base import PageContext

FEN_PER_WAN = Decimal(1_000_000)


class BadNumber(ValueError):
    """A typed figure that is not a number (the message names the field)."""


def number(text: str, name: str) -> Decimal | None:
    """A typed number (commas allowed), None when blank; :class:`BadNumber` otherwise."""
    text = text.strip().replace(",", "").replace("，", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise BadNumber(name) from None
    if not value.is_finite():
        raise BadNumber(name)
    return value


def wan_text(fen: int | None) -> str:
    return "" if fen is None else f"{Decimal(fen) / FEN_PER_WAN:.2f}"


def fen_of(text: str, name: str) -> int | None:
    value = number(text, name)
    return None if value is None else int((value * FEN_PER_WAN).to_integral_value())


def plain(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class Runner:
    """Runs a service call in a unit of work and shows a refusal as a message (``quiet`` in tests)."""

    def __init__(self, owner: QWidget, title: str):
        self.owner, self.title = owner, title
        self.ctx: PageContext | None = None
        self.quiet = False
        self.last_message = ""

    def run(self, action: Callable[[UnitOfWork], Any]) -> Any:
        if self.ctx is None:
            return None
        try:
            with UnitOfWork(self.ctx.db.sessions, user=getpass.getuser()) as uow:
                return action(uow)
        except UserErrors as exc:
            self.say(str(exc), warn=True)
        except BadNumber as exc:
            self.say(QCoreApplication.translate("KeyEvalPage", "{field} is not a number.").format(field=exc.args[0]),
                     warn=True)
        return None

    def say(self, text: str, *, warn: bool = False) -> None:
        self.last_message = text
        if not self.quiet:
            (QMessageBox.warning if warn else QMessageBox.information)(self.owner, self.title, text)

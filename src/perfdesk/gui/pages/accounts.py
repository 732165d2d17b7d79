"""Accounts area (system administrator): single-user mode or accounts, the accounts and their roles, new
passwords, lockouts released. Every action is the core's (:mod:`core.services.accounts`), which refuses anyone
but the administrator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import UserRole
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import access, accounts
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.widgets.flow import flow_of


class AccountDialog(QDialog):
    """A new account: name, person, role, unit (for a unit clerk) and a first password typed twice."""

    def __init__(self, units: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New account"))
        self.login, self.person = QLineEdit(), QLineEdit()
        self.login.setObjectName("accountLogin")
        self.role = QComboBox()
        self.role.setObjectName("accountRole")
        for value, label in UserRole.choices():
            self.role.addItem(label, value)
        self.unit = QComboBox()
        self.unit.setObjectName("accountUnit")
        self.unit.addItem(self.tr("(none)"), None)
        for uid, text in units:
            self.unit.addItem(text, uid)
        self.password, self.again = QLineEdit(), QLineEdit()
        self.password.setObjectName("accountPassword")
        self.again.setObjectName("accountPasswordAgain")
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        for label, widget in ((self.tr("Account name"), self.login), (self.tr("Person"), self.person),
                              (self.tr("Role"), self.role), (self.tr("Unit (unit clerks)"), self.unit),
                              (self.tr("First password"), self.password), (self.tr("Again"), self.again)):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> accounts.AccountValues:
        return accounts.AccountValues(self.login.text(), self.person.text(), self.role.currentData(),
                                      self.unit.currentData())


class AccountsPage(Page):
    page_key = "accounts"
    COLUMNS = ("login", "display_name", "role", "unit", "state", "last_login_at")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx: PageContext | None = None
        self.quiet = False  # tests: messages only in self.last_message
        self.last_message = ""
        self.mode = QLabel()
        self.mode.setObjectName("accountsMode")
        self.mode.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Person"), self.tr("Role"), self.tr("Unit"),
                                              self.tr("State"), self.tr("Last login")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("on", self.tr("Switch accounts on…"), self.switch_on),
                                ("off", self.tr("Switch to single-user mode"), self.switch_off),
                                ("add", self.tr("New account…"), self.add),
                                ("reset", self.tr("New password…"), self.reset),
                                ("unlock", self.tr("Release lockout"), lambda: self._on_selected(accounts.unlock)),
                                ("disable", self.tr("Disable"), lambda: self._on_selected(accounts.set_active, False)),
                                ("enable", self.tr("Enable"), lambda: self._on_selected(accounts.set_active, True))):
            button = QPushButton(text)
            button.setObjectName(f"accounts_{key}")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode)
        layout.addWidget(self.table, 1)
        layout.addWidget(flow_of(*self.buttons.values()))
        self.rows: list[dict[str, Any]] = []

    def set_context(self, ctx: PageContext) -> None:
        self.ctx = ctx
        self.refresh()

    def refresh(self) -> None:
        if self.ctx is None:
            return
        with self.ctx.db.sessions() as session:
            on = accounts.enabled(session)
            try:
                self.rows = accounts.users(session) if on else []
            except UserErrors as exc:
                self.rows = []
                self.mode.setText(str(exc))
            units = dict(session.execute(select(m.Unit.id, m.Unit.name)).all())
        who = access.signed_in(self.ctx.db.engine)
        if on and who is not None:
            self.mode.setText(self.tr("This database has accounts; signed in as {user} ({role}).").format(
                user=who.login, role=UserRole(who.role).label()))
        elif not on:
            self.mode.setText(self.tr("Single-user mode: no login (for a PC one person uses). Switch accounts on "
                                      "for a shared PC: you become the administrator 'admin'."))
        self._fill(units)
        for key in ("off", "add", "reset", "unlock", "disable", "enable"):
            self.buttons[key].setEnabled(on)
        self.buttons["on"].setEnabled(not on)

    def _fill(self, units: dict[int, str]) -> None:
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            state = (self.tr("Locked") if row["locked_until"] else self.tr("Active") if row["active"]
                     else self.tr("Disabled"))
            values = (row["login"], row["display_name"], UserRole(str(row["role"])).label(),
                      units.get(row["unit_id"], ""), state,
                      f"{row['last_login_at']:%Y-%m-%d %H:%M}" if row["last_login_at"] else "")
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(self.rows[rows[0].row()]["id"]) if rows else None  # type: ignore[call-overload]

    def _run(self, action: Callable[[UnitOfWork], Any]) -> bool:
        assert self.ctx is not None
        try:
            with UnitOfWork(self.ctx.db.sessions, "gui") as uow:
                action(uow)
                uow.commit()
        except UserErrors as exc:
            self._say(str(exc))
            return False
        self.refresh()
        return True

    def _say(self, text: str) -> None:
        self.last_message = text
        if not self.quiet:
            QMessageBox.warning(self, self.tr("Accounts"), text)

    def _password(self, title: str) -> str | None:
        first, ok = QInputDialog.getText(self, title, self.tr("New password"), QLineEdit.EchoMode.Password)
        if not ok:
            return None
        again, ok = QInputDialog.getText(self, title, self.tr("New password again"), QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if first != again:
            self._say(self.tr("The two passwords differ; nothing was changed."))
            return None
        return first

    def switch_on(self) -> None:
        password = self._password(self.tr("The administrator's first password"))
        made: list[int] = []
        if password is not None and self._run(lambda uow: made.append(accounts.enable_accounts(uow, password))):
            assert self.ctx is not None  # who switched accounts on is the administrator: signed in as such
            access.sign_in(self.ctx.db.engine, access.Actor(accounts.ADMIN_LOGIN, UserRole.ADMIN, None, made[0]))
            self.refresh()
            self._say(self.tr("Accounts are on. Sign in as admin with this password next time; it must be "
                              "changed then."))

    def switch_off(self) -> None:
        self._run(accounts.disable_accounts)

    def add(self) -> None:
        assert self.ctx is not None
        with self.ctx.db.sessions() as session:
            units = [(uid, f"{code} {name}") for uid, code, name in
                     session.execute(select(m.Unit.id, m.Unit.code, m.Unit.name).order_by(m.Unit.code))]
        dialog = AccountDialog(units, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.password.text() != dialog.again.text():
            self._say(self.tr("The two passwords differ; nothing was changed."))
            return
        self._run(lambda uow: accounts.create_user(uow, dialog.values(), dialog.password.text()))

    def reset(self) -> None:
        user_id = self.selected_id()
        if user_id is None:
            return
        password = self._password(self.tr("New password"))
        if password is not None:
            self._run(lambda uow: accounts.reset_password(uow, user_id, password))

    def _on_selected(self, action: Callable[..., Any], *extra: Any) -> None:
        user_id = self.selected_id()
        if user_id is not None:
            self._run(lambda uow: action(uow, user_id, *extra))


PAGE = AccountsPage

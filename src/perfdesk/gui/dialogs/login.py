"""Signing in to a database that has accounts: name and password, then a new password when one must be chosen
(first login, reset by the administrator, expired). The checks are the core's (:mod:`core.services.accounts`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import access, accounts

if TYPE_CHECKING:
    from perfdesk.core.db.engine import Database


class LoginDialog(QDialog):
    """``exec()`` accepted: ``self.actor`` is signed in to the database (and its password is current)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, login: str = ""):
        super().__init__(parent)
        self.db = db
        self.actor: access.Actor | None = None
        self._must_change = False
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.login = QLineEdit(login)
        self.login.setObjectName("login")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password = QLineEdit()
        self.new_password.setObjectName("newPassword")
        self.again = QLineEdit()
        self.again.setObjectName("newPasswordAgain")
        for field in (self.new_password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.login)
        form.addRow(self.tr("Password"), self.password)
        self.new_label, self.again_label = QLabel(self.tr("New password")), QLabel(self.tr("New password again"))
        form.addRow(self.new_label, self.new_password)
        form.addRow(self.again_label, self.again)
        self._show_change(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This database has accounts. Sign in to use it.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.password if login else self.login).setFocus()

    def _show_change(self, shown: bool) -> None:
        for widget in (self.new_label, self.new_password, self.again_label, self.again):
            widget.setVisible(shown)

    def try_sign_in(self) -> None:
        try:
            if self._must_change:
                self._change()
            with UnitOfWork(self.db.sessions, self.login.text()) as uow:
                result = accounts.authenticate(uow, self.login.text(), self.password.text())
                uow.commit()
        except UserErrors as exc:
            self.message.setText(str(exc))
            return
        if result.must_change:
            self._must_change = True
            self._show_change(True)
            self.message.setText(self.tr("Your password has expired.") if result.expired else
                                 self.tr("Choose a new password before you start."))
            self.new_password.setFocus()
            return
        self.actor = result.actor
        access.sign_in(self.db.engine, result.actor)
        self.accept()

    def _change(self) -> None:
        if self.new_password.text() != self.again.text():
            raise UserErrors(self.tr("The two new passwords differ."))
        with UnitOfWork(self.db.sessions, self.login.text()) as uow:
            accounts.change_password(uow, self.login.text(), self.password.text(), self.new_password.text())
            uow.commit()
        self.password.setText(self.new_password.text())
        self._must_change = False
        self._show_change(False)


def needs_sign_in(db: Database) -> bool:
    """The database has accounts and nobody is signed in to it in this program."""
    with db.sessions() as session:
        return accounts.enabled(session) and access.signed_in(db.engine) is None


def sign_in(db: Database, parent: QWidget | None = None) -> bool:
    """Ask for the login when the database has accounts; False when the person cancelled."""
    if not needs_sign_in(db):
        return True
    return LoginDialog(db, parent).exec() == QDialog.DialogCode.Accepted

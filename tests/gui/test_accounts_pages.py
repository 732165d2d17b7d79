"""Accounts in the GUI: the login dialog (first-login change, wrong password), idle logout, the accounts page
(switching accounts on, a new account; a finance reviewer refused), the audit log page, and the new-database
wizard's single-user or accounts question."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWizard,
)
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.engine import open_database
from perfdesk.core.services import access
from perfdesk.core.services.masterdata import create_database
from perfdesk.gui.dialogs.login import LoginDialog
from perfdesk.gui.idle import IdleWatcher

FIRST, NEW = "Init#Pass2026", "Good#Pass2027"


@pytest.fixture
def accounts_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "shared.db"
    create_database(path, year=2026, admin_password=FIRST)
    db = open_database(path)
    yield db
    access.sign_out(db.engine)
    db.close()


def _ok(dialog: QDialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_the_first_login_asks_for_a_new_password_then_signs_in(qtbot, accounts_db) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(accounts_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.login.setText("admin")
    dialog.password.setText("wrong")
    _ok(dialog).click()
    assert "错误" in dialog.message.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.password.setText(FIRST)
    _ok(dialog).click()
    assert dialog.new_password.isVisible() and dialog.actor is None
    dialog.new_password.setText("weak")
    dialog.again.setText("weak")
    _ok(dialog).click()
    assert "至少" in dialog.message.text() and dialog.actor is None
    dialog.new_password.setText(NEW)
    dialog.again.setText(NEW)
    _ok(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor.login == "admin"
    assert access.signed_in(accounts_db.engine) == dialog.actor


def test_idle_logout_hides_the_data_and_closes_the_database_when_nobody_signs_in(qtbot, make_window, accounts_db,
                                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    access.sign_in(accounts_db.engine, access.Actor("admin", "admin"))
    window = make_window(accounts_db)
    now = [dt.datetime(2026, 3, 2, 9, 0)]
    watcher = IdleWatcher(window, clock=lambda: now[0])
    asked: list[str] = []
    monkeypatch.setattr(LoginDialog, "exec", lambda self: (asked.append(self.login.text()), 0)[1])
    now[0] += dt.timedelta(minutes=14)
    assert not watcher.check() and window.db is accounts_db
    now[0] += dt.timedelta(minutes=1)
    assert watcher.check()
    assert asked == ["admin"] and window.db is None and access.signed_in(accounts_db.engine) is None
    watcher.stop()


def test_the_accounts_page_switches_accounts_on_and_adds_an_account(demo_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.show_area("accounts")
    page.quiet = True
    assert page.buttons["on"].isEnabled() and not page.buttons["add"].isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (FIRST, True)))
    page.buttons["on"].click()
    logins = lambda: {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}  # noqa: E731
    assert page.buttons["add"].isEnabled() and "admin" in logins()
    assert access.signed_in(demo_window.db.engine).role == "admin"

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.login.setText("zhang")
        dialog.person.setText("张会计")
        dialog.role.setCurrentIndex(dialog.role.findData("finance"))
        dialog.password.setText(NEW)
        dialog.again.setText(NEW)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", fill)
    page.buttons["add"].click()
    assert page.table.item(logins()["zhang"], 2).text() == "财政审核人员"
    before = page.table.rowCount()
    access.sign_in(demo_window.db.engine, access.Actor("zhang", "finance"))
    page.buttons["add"].click()
    assert "不能管理账户" in page.last_message
    with demo_window.db.sessions() as s:
        assert s.scalar(select(m.User.must_change).where(m.User.login == "zhang")) is True
        assert len(s.scalars(select(m.User)).all()) == before
    access.sign_out(demo_window.db.engine)


def test_the_audit_page_filters_verifies_and_exports(demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.show_area("audit")
    page.quiet = True
    assert page.table.rowCount() >= 2
    action = page.table.item(page.table.rowCount() - 1, 3).text()
    page.action.setText(action)
    page.findChild(QPushButton, "audit_show").click()
    shown = {page.table.item(r, 3).text() for r in range(page.table.rowCount())}
    assert shown == {action}
    page.findChild(QPushButton, "audit_verify").click()
    assert "完整" in page.last_message
    rows = page.table.rowCount()
    page.export(tmp_path / "audit.csv")
    lines = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("序号,时间,用户") and len(lines) == rows + 1


def test_the_wizard_can_make_a_database_with_accounts(make_window, db, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.gui.dialogs import login
    from perfdesk.gui.dialogs.new_database import NewDatabaseWizard

    target = tmp_path / "共享.db"
    window = make_window(db)
    asked: list[object] = []
    monkeypatch.setattr(login, "sign_in", lambda database, parent=None: (asked.append(database), False)[1])
    wizard = NewDatabaseWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.findChild(QLineEdit, "newDbPath").setText(str(target))
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.findChild(QRadioButton, "newDbAccounts").setChecked(True)
    wizard.findChild(QLineEdit, "newDbAdminPassword").setText("weak")
    wizard.findChild(QLineEdit, "newDbAdminPasswordAgain").setText("weak")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.region  # refused: too weak
    wizard.findChild(QLineEdit, "newDbAdminPassword").setText(FIRST)
    wizard.findChild(QLineEdit, "newDbAdminPasswordAgain").setText(FIRST)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.findChild(QRadioButton, "newDbEmpty").setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.created == target and access.file_has_accounts(target)
    with open_database(target, lock=False) as made, made.sessions() as s:
        admin = s.scalars(select(m.User)).one()
    assert admin.login == "admin" and admin.must_change and admin.role == "admin"
    from perfdesk.gui import opening

    opening.opened(window, open_database(target))
    assert len(asked) == 1 and window.stack.currentWidget() is window.waiting  # nobody signed in: nothing shown
    assert "未登录" in window.waiting.text()

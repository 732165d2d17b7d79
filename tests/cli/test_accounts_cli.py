"""Accounts on the command line: ``init --accounts``, ``--user`` with PERFDESK_PASSWORD, the first-login change,
role refusals, lockout and unlock, and ``audit verify`` finding a tampered entry."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from perfdesk.cli import main

FIRST, ADMIN, FIN = "Init#Pass2026", "Adm1n#Pass2026", "Fin@nce2026"


def run(capsys, monkeypatch, *args: str, password: str | None = None, new: str | None = None):  # type: ignore[no-untyped-def]
    for name, value in (("PERFDESK_PASSWORD", password), ("PERFDESK_NEW_PASSWORD", new)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def shared(tmp_path: Path, capsys, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path / "shared.db"
    code, text = run(capsys, monkeypatch, "--db", str(db), "init", "--accounts", "--year", "2026", password=FIRST)
    assert code == 0 and "account passwd" in text
    return db


def test_init_is_single_user_unless_accounts_are_asked_for(tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lone = tmp_path / "lone.db"
    assert run(capsys, monkeypatch, "--db", str(lone), "init", "--year", "2026")[0] == 0
    assert run(capsys, monkeypatch, "--db", str(lone), "year", "new", "2027")[0] == 0  # no login needed
    weak = tmp_path / "weak.db"
    code, text = run(capsys, monkeypatch, "--db", str(weak), "init", "--accounts", password="short")
    assert code == 1 and "at least 8" in text and not weak.exists()


def test_the_administrator_changes_the_first_password_then_adds_a_reviewer_who_works(shared: Path, capsys,
                                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = str(shared)
    code, text = run(capsys, monkeypatch, "--db", db, "year", "list")
    assert code == 1 and "sign in first" in text and "--user" in text
    code, text = run(capsys, monkeypatch, "--db", db, "--user", "admin", "account", "list", password=FIRST)
    assert code == 1 and "must change the password first" in text
    assert run(capsys, monkeypatch, "--db", db, "--user", "admin", "account", "passwd", password=FIRST, new=ADMIN)[0] == 0
    code, _ = run(capsys, monkeypatch, "--db", db, "--user", "admin", "account", "add", "li", "--role", "finance",
                  password=ADMIN, new=FIN)
    assert code == 0
    code, text = run(capsys, monkeypatch, "--db", db, "--user", "admin", "year", "new", "2027", password=ADMIN)
    assert code == 1 and "may not review" in text  # the administrator: not the data
    run(capsys, monkeypatch, "--db", db, "--user", "li", "account", "passwd", password=FIN, new="Fin@nce2027")
    code, text = run(capsys, monkeypatch, "--db", db, "--user", "li", "year", "new", "2027", password="Fin@nce2027")
    assert code == 0
    code, text = run(capsys, monkeypatch, "--db", db, "--user", "li", "audit", "verify", password="Fin@nce2027")
    assert code == 1 and "may not read the audit log" in text


def test_a_locked_account_is_released_by_the_administrator(shared: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = str(shared)
    run(capsys, monkeypatch, "--db", db, "--user", "admin", "account", "passwd", password=FIRST, new=ADMIN)
    for _ in range(5):
        code, text = run(capsys, monkeypatch, "--db", db, "--user", "admin", "year", "list", password="bad")
    assert code == 1 and "locked" in text
    code, text = run(capsys, monkeypatch, "--db", db, "--user", "admin", "year", "list", password=ADMIN)
    assert code == 1 and "locked" in text


def test_audit_verify_finds_an_edited_entry(shared: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = str(shared)
    run(capsys, monkeypatch, "--db", db, "--user", "admin", "account", "passwd", password=FIRST, new=ADMIN)
    run(capsys, monkeypatch, "--db", db, "--user", "admin", "account", "add", "shen", "--role", "auditor",
        password=ADMIN, new="Aud!t2026x")
    run(capsys, monkeypatch, "--db", db, "--user", "shen", "account", "passwd", password="Aud!t2026x", new="Aud!t2027x")
    code, text = run(capsys, monkeypatch, "--db", db, "--user", "shen", "audit", "verify", password="Aud!t2027x")
    assert code == 0 and "intact" in text
    code, text = run(capsys, monkeypatch, "--db", db, "--user", "shen", "audit", "list", "--action", "login.failed",
                     password="Aud!t2027x")
    assert code == 0 and text.strip() == ""
    with sqlite3.connect(shared) as con:
        con.execute("DROP TRIGGER audit_log_no_update")
        con.execute("UPDATE audit_log SET user = 'nobody' WHERE action = 'account.add'")
    code, text = run(capsys, monkeypatch, "--db", db, "--user", "shen", "audit", "verify", password="Aud!t2027x")
    assert code == 3 and "tampered" in text and "changed after it was written" in text

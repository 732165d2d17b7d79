"""The window paints before the database opens; the backup and restore window; the folder-backup reminder."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from perfdesk.core.db.backup import list_backups, take_backup
from perfdesk.gui import opening
from perfdesk.gui.dialogs.backups import BackupDialog
from perfdesk.gui.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def project_names(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM project")}
    finally:
        con.close()


@pytest.fixture
def opened(qtbot, demo_db_path: Path):  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.waiting.text() == "正在打开数据库…" and not window.nav.isEnabled()
    with qtbot.waitSignal(window.databaseAttached, timeout=20_000):
        opening.start(window, str(demo_db_path))
    yield window
    if window.db is not None:
        window.db.close()


def test_the_window_opens_the_database_after_painting_and_fills_the_first_page(opened, demo_db_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert opened.db.path == demo_db_path and opened.nav.isEnabled()
    home = opened.page("home")  # the first page: its figures arrive from the background worker
    qtbot.waitUntil(lambda: home.figures is not None, timeout=20_000)
    assert home.figures.projects == 40
    assert opened.show_area("targets").model.rowCount() == 40
    assert [b.reason for b in list_backups(demo_db_path)] == ["daily"]  # the first open of the day


def test_a_database_that_cannot_be_opened_leaves_the_window_waiting(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    shown: list[str] = []
    monkeypatch.setattr("perfdesk.gui.opening.QMessageBox.critical", lambda *a: shown.append(a[2]))
    failures: list[BaseException] = []
    window = MainWindow()
    qtbot.addWidget(window)
    opening.start(window, str(bad), on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
    assert window.db is None and shown and window.waiting.text() == "没有打开的数据库。"


def test_the_backup_window_lists_backups_and_backs_up_now_and_to_a_folder(opened, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupDialog(opened)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(1) == "每日（自动）"
    dialog.backup_now()
    assert dialog.list.topLevelItemCount() == 2 and dialog.list.topLevelItem(0).text(1) == "手动"
    opened.banner.remind(9)
    assert opened.banner.isVisibleTo(opened)
    made = dialog.backup_to(tmp_path / "usb")
    assert made.parent == tmp_path / "usb" and made.exists() and not opened.banner.isVisibleTo(opened)


def test_restoring_closes_the_database_restores_keeps_a_copy_and_reopens(opened, demo_db_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    good = take_backup(demo_db_path, "manual", now=dt.datetime(2025, 1, 1, 8))
    with opened.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE project SET name = 'damaged by mistake'")
    dialog = BackupDialog(opened)
    qtbot.addWidget(dialog)
    rows = [dialog.list.topLevelItem(i).text(3) for i in range(dialog.list.topLevelItemCount())]
    dialog.list.setCurrentItem(dialog.list.topLevelItem(rows.index(good.name)))
    dialog.confirm_restore = lambda candidate: True  # the question a person would answer
    with qtbot.waitSignal(opened.databaseAttached, timeout=20_000):
        dialog.restore_selected()
    assert "damaged by mistake" not in project_names(demo_db_path)
    kept = [b for b in list_backups(demo_db_path) if b.reason == "before-restore"]
    assert len(kept) == 1 and project_names(kept[0].path) == {"damaged by mistake"}
    home = opened.page("home")
    qtbot.waitUntil(lambda: home.figures is not None and home.figures.projects == 40, timeout=20_000)
    assert opened.show_area("targets").model.rowCount() == 40


def test_the_reminder_banner_appears_when_no_folder_backup_was_made_for_days(opened, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    take_backup(demo_db_path, "daily", now=dt.datetime.now() - dt.timedelta(days=30))
    opening.opened(opened, opened.detach_database())
    assert opened.banner.isVisibleTo(opened) and "30" in opened.banner.label.text()


def test_nothing_on_the_way_to_the_first_paint_imports_sqlalchemy_pandas_or_reportlab() -> None:
    code = ("import sys; import perfdesk.gui.app, perfdesk.gui.mainwindow, perfdesk.gui.opening; "
            "print(sorted(m for m in ('sqlalchemy', 'pandas', 'reportlab', 'alembic') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"


def test_a_backup_from_a_newer_version_is_refused_and_the_database_stays_open(opened, demo_db_path: Path, qtbot,  # type: ignore[no-untyped-def]
                                                                             monkeypatch, tmp_path: Path) -> None:
    future = take_backup(demo_db_path, "manual", folder=tmp_path)
    con = sqlite3.connect(future)
    con.execute("UPDATE alembic_version SET version_num = 'zz99'")
    con.commit()
    con.close()
    warnings: list[str] = []
    monkeypatch.setattr("perfdesk.gui.dialogs.backups.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    dialog = BackupDialog(opened)
    qtbot.addWidget(dialog)
    db = opened.db
    assert dialog.restore(future) is None
    assert warnings and "zz99" in warnings[0]
    assert opened.db is db and not [b for b in list_backups(demo_db_path) if b.reason == "before-restore"]


def test_open_database_switches_to_the_chosen_file_and_remembers_it(opened, demo_db_path: Path, qtbot,  # type: ignore[no-untyped-def]
                                                                      monkeypatch, tmp_path: Path) -> None:
    from perfdesk.core.config import load_config
    from perfdesk.core.db.backup import copy_database

    other = tmp_path / "other" / "township.db"
    copy_database(demo_db_path, other)
    monkeypatch.setattr("perfdesk.gui.opening.QFileDialog.getOpenFileName", lambda *a: (str(other), ""))
    first = opened.db
    with qtbot.waitSignal(opened.databaseAttached, timeout=20_000):
        opened.open_action.trigger()
    assert opened.db.path == other and first.lock is None  # the first one was closed (its lock released)
    assert load_config().database == str(other)

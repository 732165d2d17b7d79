"""The crash dialog names the file that really holds the details."""

from __future__ import annotations

import sys

from perfdesk.gui.dialogs import errors


def _raise_and_log():  # type: ignore[no-untyped-def]
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        return errors.log_crash(*sys.exc_info())


def test_a_crash_is_logged_in_the_data_folder_and_the_message_names_that_file(_isolated_home):
    text, path = _raise_and_log()
    assert path == _isolated_home / "crash.log"
    assert "RuntimeError: boom" in path.read_text(encoding="utf-8")
    assert str(path) in errors.crash_message(path)


def test_an_unwritable_data_folder_sends_the_log_to_the_temporary_folder(monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("PERFDESK_HOME", str(blocker))
    monkeypatch.setattr(errors.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    text, path = _raise_and_log()
    assert path == tmp_path / "tmp" / "PerfDesk-crash.log"
    assert "RuntimeError: boom" in path.read_text(encoding="utf-8")
    assert str(path) in errors.crash_message(path)


def test_when_no_file_can_be_written_the_message_says_so(monkeypatch, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    monkeypatch.setenv("PERFDESK_HOME", str(blocker))
    monkeypatch.setattr(errors.tempfile, "gettempdir", lambda: str(blocker))
    text, path = _raise_and_log()
    assert path is None and "boom" in text
    assert "crash.log" not in errors.crash_message(None)

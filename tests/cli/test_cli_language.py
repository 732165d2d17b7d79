"""The command line speaks one language: the demo's progress line and argparse's own words are Chinese in
Chinese mode and English in English mode."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from perfdesk.cli import main


def _latin_words(text: str) -> set[str]:
    """Words of Latin letters that are not option names, file paths or the program's name."""
    text = re.sub(r"(--?[\w-]+|/\S+|perfdesk report|perfdesk|KIND|COMMAND|PATH)", " ", text)
    return set(re.findall(r"[A-Za-z]{3,}", text))


def test_the_demo_progress_line_is_chinese_in_chinese_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["--lang", "zh_CN", "demo", "--scale", "tiny", "--out", str(tmp_path / "d.db")]) == 0
    err = capsys.readouterr().err
    assert "单位" in err and "完成" in err
    assert not _latin_words(err)


def test_the_demo_progress_line_is_english_in_english_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["--lang", "en", "demo", "--scale", "tiny", "--out", str(tmp_path / "d.db")]) == 0
    assert "Units" in capsys.readouterr().err


def test_a_missing_argument_is_reported_in_chinese(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "report"])
    err = capsys.readouterr().err
    assert "用法：" in err and "缺少必需的参数：KIND" in err
    assert not _latin_words(err)


def test_help_headings_are_chinese(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "--help"])
    out = capsys.readouterr().out
    assert "用法：" in out and "选项" in out and "usage" not in out and "options:" not in out


def test_english_mode_keeps_argparse_english(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "report"])
    assert "the following arguments are required: KIND" in capsys.readouterr().err

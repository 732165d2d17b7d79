"""One catalogue: every user-facing string in the code has a Chinese translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from perfdesk.core import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "i18n" / "perfdesk_zh_CN.ts"


def lupdate() -> str | None:
    for candidate in (Path(sys.executable).parent / "pyside6-lupdate", Path(sys.executable).parent / "pyside6-lupdate.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lupdate")


def test_every_string_in_the_code_is_in_the_catalogue_and_translated(tmp_path: Path) -> None:
    tool = lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "check.ts"
    shutil.copyfile(TS, fresh)
    sources = [str(p) for p in (ROOT / "src" / "perfdesk").rglob("*.py")]
    subprocess.run([tool, *sources, "-ts", str(fresh), "-locations", "none", "-no-obsolete", "-silent"], check=True)
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n as tool_module  # type: ignore[import-not-found]

    untranslated = tool_module.missing(fresh)
    assert untranslated == [], f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"


def test_core_messages_are_chinese_by_default_and_english_on_request() -> None:
    i18n.install_catalogue("zh_CN")
    try:
        assert i18n.translate("Enum", "Draft") == "草稿"
    finally:
        i18n.install_catalogue("en")
    assert i18n.translate("Enum", "Draft") == "Draft"

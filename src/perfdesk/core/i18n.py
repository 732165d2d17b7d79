"""Translation marker for Qt-free code.

Core modules mark user-facing text with ``translate("Context", "English text")``; ``pyside6-lupdate``
extracts these calls into ``i18n/perfdesk_zh_CN.ts`` together with the GUI's ``tr()`` strings, so there is one
catalogue. The GUI installs Qt's translator (``set_translator``); the CLI and tests use a catalogue read
directly from the ``.ts`` file, so Chinese messages work without Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

Translator = Callable[[str, str], str]

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}

_translator: Translator | None = None


def translate(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` into the current language."""
    if _translator is None:
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, recognised by lupdate
    """Mark ``text`` for extraction without translating it now (translate it when shown)."""
    return text


def set_translator(translator: Translator | None) -> None:
    global _translator
    _translator = translator


def current_language() -> str:
    return os.environ.get("PERFDESK_LANG", DEFAULT_LANGUAGE)


def catalogue_path(language: str) -> Path:
    from perfdesk.core.paths import i18n_dir

    return i18n_dir() / f"perfdesk_{language}.ts"


@lru_cache(maxsize=4)
def load_catalogue(language: str) -> dict[tuple[str, str], str]:
    """Read finished translations from a Qt ``.ts`` file: {(context, source): translation}."""
    path = catalogue_path(language)
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    import xml.etree.ElementTree as ET  # only the CLI reads the catalogue this way

    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            node = msg.find("translation")
            if source is None or node is None or not (node.text or "").strip():
                continue
            if node.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            table[(name, source)] = node.text or ""
    return table


def install_catalogue(language: str | None = None) -> None:
    """Translate core strings with the ``.ts`` catalogue for ``language`` (no Qt needed)."""
    language = language or current_language()
    if language == "en":
        set_translator(None)
        return
    table = load_catalogue(language)
    set_translator(lambda context, text: table.get((context, text), text))

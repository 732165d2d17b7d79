"""Where PerfDesk finds its bundled resources and keeps the user's data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import perfdesk

_PKG = Path(perfdesk.__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0]


def _bundle_root() -> Path | None:
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else None


def resources_dir() -> Path:
    """``resources/`` from the PyInstaller bundle, the installed wheel or the source checkout."""
    bundle = _bundle_root()
    candidates = [bundle / "resources"] if bundle else []
    candidates += [_PKG / "_resources", _PKG.parents[1] / "resources"]
    return _first_existing(*candidates)


def i18n_dir() -> Path:
    bundle = _bundle_root()
    candidates = [bundle / "i18n"] if bundle else []
    candidates += [_PKG / "_i18n", _PKG.parents[1] / "i18n"]
    return _first_existing(*candidates)


def default_data_dir() -> Path:
    """Per-user local data folder: ``%LOCALAPPDATA%\\PerfDesk`` on Windows; ``PERFDESK_HOME`` overrides."""
    override = os.environ.get("PERFDESK_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(perfdesk.APP_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    return default_data_dir() / "perfdesk.db"

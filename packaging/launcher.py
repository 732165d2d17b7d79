"""Entry point of the bundled app (PyInstaller): the same as ``python -m perfdesk``."""

from __future__ import annotations

import os
import sys

if sys.stdout is None or sys.stderr is None:  # windowed executable on Windows: no console to write to
    _null = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    sys.stdout = sys.stdout or _null
    sys.stderr = sys.stderr or _null

from perfdesk.cli import main  # noqa: E402

raise SystemExit(main())

"""The shipped indicator library (``resources/indicators/*.csv``)."""

from __future__ import annotations

import csv
from typing import Any

from perfdesk.core.paths import resources_dir

COLUMNS = ("scope", "sector", "project_type", "level1", "level2", "name", "comparison", "typical_value", "unit",
           "value_basis", "measurement", "source")


def shipped_library_rows() -> list[dict[str, Any]]:
    """Rows of every shipped library CSV, in file order (file names sorted), ready for LibraryIndicator."""
    folder = resources_dir() / "indicators"
    rows: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        with path.open(encoding="utf-8", newline="") as fh:
            for raw in csv.DictReader(fh):
                rows.append({key: (raw.get(key) or "").strip() for key in COLUMNS})
    return rows

"""Per-user configuration outside the database: which database to open and the interface language.

Stored as JSON in the data folder (``config.json``); rule parameters live in the database, not here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from perfdesk.core.paths import default_data_dir, default_db_path


@dataclass
class UserConfig:
    database: str = ""
    language: str = ""
    last_folder_backup: str = ""  # ISO date of the last "backup to a folder"

    @property
    def database_path(self) -> Path:
        return Path(self.database) if self.database else default_db_path()

    @property
    def database_location(self) -> str:
        """The database to open as given: a file path, or a server URL kept as written (a path would fold its
        ``//``)."""
        return self.database or str(default_db_path())


def config_path() -> Path:
    return default_data_dir() / "config.json"


def load_config() -> UserConfig:
    path = config_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UserConfig()
    known = {k: str(v) for k, v in data.items() if k in UserConfig.__dataclass_fields__}
    return UserConfig(**known)


def save_config(config: UserConfig) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(config), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)

"""``perfdesk --selftest``: temporary database, migrations, a demo, exit 0 (support staff and CI use it)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from perfdesk.core.i18n import translate


def run() -> int:
    from perfdesk.core.db.engine import open_database
    from perfdesk.core.services import maintenance
    from perfdesk.core.services.demo import create_demo_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "selftest.db"
        create_demo_database(path, scale="tiny")
        with open_database(path) as db:
            data = maintenance.info(db)
        if data.schema_revision != data.head_revision or not data.counts.get("project"):
            print(translate("Cli", "Self-test failed"))
            return 1
    print(translate("Cli", "Self-test passed"))
    return 0

"""The text lengths the imports enforce are the database columns' lengths."""

from __future__ import annotations

from perfdesk.core.db import models as m
from perfdesk.core.io.sheets import FIELD_LIMITS


def test_every_field_limit_is_the_length_of_its_database_column() -> None:
    tables = {t.name: t for t in m.Base.metadata.sorted_tables}
    for key, limit in FIELD_LIMITS.items():
        table, column = key.split(".")
        assert tables[table].c[column].type.length == limit, key

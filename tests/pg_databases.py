"""Databases on the PostgreSQL server of the test run (``PERFDESK_TEST_PG_URL``): created, copied from a template
(``CREATE DATABASE … TEMPLATE``, a file copy on the server, much faster than migrating) and dropped."""

from __future__ import annotations

import itertools
import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

_numbers = itertools.count(1)


class PgServer:
    def __init__(self, url: str):
        self.url = make_url(url)
        self._admin = create_engine(self.url, isolation_level="AUTOCOMMIT", )
        self._made: list[str] = []

    def _run(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(sql))

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, name: str, template: str | None = None) -> str:
        """A new empty (or copied) database; returns its URL."""
        self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._run(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""))
        self._made.append(name)
        return self.url_of(name)

    @staticmethod
    def template_name(kind: str) -> str:
        """A template of this test run (runs side by side on one server each have their own)."""
        return f"pdtpl_{os.getpid()}_{kind}"

    def copy_of(self, kind: str) -> str:
        """A new database copied from the run's template of ``kind`` (``empty``: migrated; ``demo``: the tiny
        demo), the template made on first use."""
        name = self.template_name(kind)
        if name not in self._made:
            from perfdesk.core.db.engine import open_database
            from perfdesk.core.services.demo import create_demo_database

            url = self.create(name)
            if kind == "demo":
                create_demo_database(url, scale="tiny")
            else:
                open_database(url).close()
        return self.create_from(name)

    def create_from(self, template: str) -> str:
        return self.create(f"pdtest_{os.getpid()}_{next(_numbers)}", template)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if name in self._made:
            self._made.remove(name)

    def drop_all(self) -> None:
        for name in list(self._made):
            self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._made.clear()
        self._admin.dispose()

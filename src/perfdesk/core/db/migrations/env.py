"""Alembic environment: uses the connection handed over by perfdesk.core.db.migrate."""

from __future__ import annotations

from alembic import context

from perfdesk.core.db.models import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:  # developer use: `alembic -x url=sqlite:///x.db revision --autogenerate`
        from perfdesk.core.db.engine import make_engine

        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///:memory:")
        with make_engine(url).begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()

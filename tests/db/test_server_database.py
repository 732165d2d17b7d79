"""A database on a PostgreSQL server: its address shown and remembered without the password (paths as before),
the schema there equal to the models, backups by pg_dump or a clear refusal, the CLI on a server URL, and a
server that cannot be reached explained in a sentence. The server tests run in the CI's PostgreSQL pass."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import make_url

from perfdesk.cli import main as cli
from perfdesk.core.db import server
from perfdesk.core.db.engine import open_database, sqlite_path, url_for
from perfdesk.core.db.faults import explain
from perfdesk.core.db.models import Base
from perfdesk.core.services import maintenance

SECRET = "s3cret-pw"


def with_password(url: str) -> str:
    return make_url(url).set(password=SECRET).render_as_string(hide_password=False)


def test_a_server_address_is_shown_and_remembered_without_its_password() -> None:
    url = f"postgresql://czj:{SECRET}@192.168.1.20:5432/perfdesk"
    assert server.shown(url) == "postgresql://czj:***@192.168.1.20:5432/perfdesk"
    assert server.without_password(url) == "postgresql://czj@192.168.1.20:5432/perfdesk"
    assert url_for(url) == f"postgresql+psycopg://czj:{SECRET}@192.168.1.20:5432/perfdesk"  # the shipped driver
    assert server.is_server(url) and not server.is_server("sqlite:///x.db") and not server.is_server("D:/绩效/x.db")


def test_an_open_server_database_never_shows_its_password(pg_url: str) -> None:
    with open_database(with_password(pg_url)) as db:
        assert SECRET not in repr(db) and SECRET not in db.shown and "***" in db.shown


def test_file_paths_stay_paths_whatever_their_characters(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "usb#2" / "中文 %41?.db"
    assert sqlite_path(url_for(path)) == path.resolve()
    assert server.shown(str(path)) == str(path) and server.without_password(str(path)) == str(path)


def test_an_unreachable_server_is_explained_without_the_password() -> None:
    with pytest.raises(Exception) as failed:
        open_database(f"postgresql://czj:{SECRET}@127.0.0.1:1/perfdesk")
    message = explain(failed.value, f"postgresql://czj:{SECRET}@127.0.0.1:1/perfdesk")
    assert message is not None and "cannot be reached" in message and SECRET not in message


def test_the_schema_on_postgresql_is_the_models(pg_url: str) -> None:
    with open_database(pg_url) as db, db.engine.connect() as conn:
        assert db.on_server and db.lock is None and db.path is None
        assert compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata) == []


def test_the_cli_creates_and_describes_a_server_database_never_printing_the_password(pg_url, capsys) -> None:  # type: ignore[no-untyped-def]
    url = with_password(pg_url)  # the test server trusts loopback: any password is accepted
    assert cli(["--lang", "en", "--db", url, "init", "--region", "冠县", "--year", "2025"]) == 0
    assert cli(["--lang", "en", "--db", url, "init"]) == 1  # never written over
    assert cli(["--lang", "en", "--db", url, "info"]) == 0
    out = capsys.readouterr()
    assert SECRET not in out.out + out.err and "***" in out.out and "budget_year" in out.out


def test_a_server_database_is_backed_up_with_pg_dump(pg_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    if server.find_pg_dump() is None:
        pytest.skip("pg_dump is not installed")
    with open_database(with_password(pg_url)) as db:
        made = maintenance.backup_server(db, tmp_path)
    assert made.parent == tmp_path and made.name.endswith("-manual.dump")
    assert made.read_bytes()[:5] == b"PGDMP"  # pg_restore's custom format


def test_without_pg_dump_a_backup_is_refused_with_what_to_do(pg_url, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(server, "find_pg_dump", lambda: None)
    with open_database(pg_url) as db, pytest.raises(server.ServerBackupUnavailable) as refused:
        maintenance.backup_server(db, tmp_path)
    assert "pg_dump" in str(refused.value) and not list(tmp_path.iterdir())


def test_every_migration_downgrades_and_upgrades_again_on_postgresql(pg_url: str) -> None:
    from alembic import command

    from perfdesk.core.db import migrate
    from perfdesk.core.db.engine import make_engine

    open_database(pg_url).close()
    engine = make_engine(url_for(pg_url))
    try:
        with engine.begin() as conn:
            command.downgrade(migrate._config(conn), "base")
        assert migrate.current_revision(engine) is None
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head()
    finally:
        engine.dispose()

"""Test harness: offscreen Qt, a fixed data folder, a migrated empty database and a tiny demo database built
once per session and copied per test."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from perfdesk.gui.singletons import keep_alive  # noqa: E402

keep_alive()  # PySide6 6.12.0 releases references to None/True/False it never took (see that module)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real per-user data folder or the user's language choice."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PERFDESK_HOME", str(home))
    monkeypatch.setenv("PERFDESK_LANG", "zh_CN")
    from perfdesk.core.i18n import set_translator

    set_translator(None)  # core messages start in English source text, whatever an earlier test installed
    return home


@pytest.fixture
def chinese():  # type: ignore[no-untyped-def]
    """Core messages in Chinese, as users see them by default."""
    from perfdesk.core.i18n import install_catalogue, set_translator

    install_catalogue("zh_CN")
    yield
    set_translator(None)


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from perfdesk.core.db.engine import open_database

    path = tmp_path_factory.mktemp("tpl") / "empty.db"
    open_database(path, lock=False).close()
    return path


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from perfdesk.core.services.demo import create_demo_database

    path = tmp_path_factory.mktemp("tpl") / "demo.db"
    create_demo_database(path, scale="tiny")
    return path


def _copy_db(src: Path, dest: Path) -> Path:
    from perfdesk.core.db.backup import copy_database

    copy_database(src, dest)
    return dest


def wait_for_gui_work() -> None:
    """Let the GUI's background worker finish what a test's window started (the home page reads its figures there)
    before the database under it is closed: closing it under a running query crashes the process."""
    tasks = sys.modules.get("perfdesk.gui.tasks")
    if tasks is not None and tasks.Tasks._pool is not None:
        tasks.Tasks._pool.waitForDone(60_000)


PG_URL = os.environ.get("PERFDESK_TEST_PG_URL", "")  # set: the db/demo_db fixtures are PostgreSQL databases


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a test of the SQLite file itself (skipped on PostgreSQL)")


SERVER_FIXTURES = {"db", "demo_db", "uow", "pg_url"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The PostgreSQL pass runs the tests whose database comes from a fixture; a test of the SQLite file itself
    (or one opening files of its own) ran in the SQLite pass already."""
    if not PG_URL:
        return
    file_test = pytest.mark.skip(reason="a test of the SQLite file (this is the PostgreSQL pass)")
    own_files = pytest.mark.skip(reason="opens database files of its own (run in the SQLite pass)")
    for item in items:
        names = set(item.fixturenames)
        if "sqlite_only" in item.keywords or {"empty_db_path", "demo_db_path"} & names:
            item.add_marker(file_test)
        elif not SERVER_FIXTURES & names:
            item.add_marker(own_files)


@pytest.fixture(scope="session")
def _pg_templates():  # type: ignore[no-untyped-def]
    """The PostgreSQL server of the test run, with databases to copy per test made when first needed: one
    migrated and empty, one holding the tiny demo."""
    from tests.pg_databases import PgServer

    server = PgServer(PG_URL)
    yield server
    server.drop_all()


@pytest.fixture
def pg_url(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """The URL of a new, empty database on the PostgreSQL server of the test run (skipped without one)."""
    if not PG_URL:
        pytest.skip("no PostgreSQL server given (PERFDESK_TEST_PG_URL)")
    url = request.getfixturevalue("_pg_templates").create_from("template0")
    yield url
    _drop_server_database(request, url)


@pytest.fixture
def empty_db_path(_empty_template: Path, tmp_path: Path) -> Path:
    return _copy_db(_empty_template, tmp_path / "perfdesk.db")


@pytest.fixture
def demo_db_path(_demo_template: Path, tmp_path: Path) -> Path:
    return _copy_db(_demo_template, tmp_path / "demo.db")


def _test_database(request: pytest.FixtureRequest, template: str) -> str | Path:
    """Where a test's database lives: a copy of the template file, or on PostgreSQL a database copied from the
    template database there."""
    if PG_URL:
        return request.getfixturevalue("_pg_templates").copy_of(template)
    name = "empty_db_path" if template == "empty" else "demo_db_path"
    return request.getfixturevalue(name)


def _drop_server_database(request: pytest.FixtureRequest, location: str | Path) -> None:
    if PG_URL and isinstance(location, str):
        request.getfixturevalue("_pg_templates").drop(location)


@pytest.fixture
def db(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    from perfdesk.core.db.engine import open_database

    location = _test_database(request, "empty")
    database = open_database(location)
    yield database
    wait_for_gui_work()
    database.close()
    _drop_server_database(request, location)


@pytest.fixture
def demo_db(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    from perfdesk.core.db.engine import open_database

    location = _test_database(request, "demo")
    database = open_database(location)
    yield database
    wait_for_gui_work()
    database.close()
    _drop_server_database(request, location)


@pytest.fixture
def uow(db):  # type: ignore[no-untyped-def]
    from perfdesk.core.db.uow import UnitOfWork

    return UnitOfWork(db.sessions, user="tester")


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return ROOT / "tests" / "fixtures"


def copy_fixture(src: Path, dest: Path) -> Path:
    shutil.copyfile(src, dest)
    return dest

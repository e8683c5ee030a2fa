"""Fixtures: every database test runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.

Each backend's database is built by the real Alembic migrations and the real seed, once per
session; each test then runs inside a transaction that is rolled back.
"""

import os
from collections.abc import Iterator

import hypothesis
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine
from sqlmodel import Session

from api.bootstrap import run_migrations, run_seed
from api.compose import Catalogue
from api.db import SessionFactory, make_engine, session_factory
from api.main import create_app
from seed import CONTENT_FILE
from seed.schema import SeedContent, read_seed
from tests.support.browser import browser  # noqa: F401  (the session's one Chromium)
from tests.support.databases import POSTGRES_URL, shared_database_url
from tests.support.settings import make_settings

# No property test is timed: these machines are shared and noisy (speed is measured in bench/).
hypothesis.settings.register_profile("stretchbase", deadline=None)
hypothesis.settings.load_profile("stretchbase")

REQUIRE_POSTGRES = os.environ.get("STRETCHBASE_REQUIRE_POSTGRES") == "1"
BACKENDS = ["sqlite", *(["postgresql"] if POSTGRES_URL else [])]


def pytest_configure(config: pytest.Config) -> None:
    if REQUIRE_POSTGRES and not POSTGRES_URL:
        raise pytest.UsageError("STRETCHBASE_REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    counts = dict.fromkeys(BACKENDS, 0)
    for report in terminalreporter.stats.get("passed", []):
        for backend in BACKENDS:
            counts[backend] += f"[{backend}" in report.nodeid or f"-{backend}" in report.nodeid
    legs = ", ".join(f"{backend}: {n} passed" for backend, n in counts.items())
    terminalreporter.write_line(f"database legs — {legs}")
    if not POSTGRES_URL:
        terminalreporter.write_line("PostgreSQL leg not run: TEST_DATABASE_URL is not set")


@pytest.fixture(scope="session")
def seed_content() -> SeedContent:
    return read_seed(CONTENT_FILE)


@pytest.fixture(scope="session")
def catalogue(seed_content: SeedContent) -> Catalogue:
    """The composer's input, straight from the seed file: no database, no app."""
    catalogue = seed_content.to_catalogue(version=1)
    catalogue.check()
    return catalogue


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def engine(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """A migrated, seeded database for this backend, shared by the session."""
    url = shared_database_url(backend, tmp_path_factory.mktemp(backend))
    engine = make_engine(url)
    run_migrations(engine)
    run_seed(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        transaction = connection.begin()
        yield connection
        transaction.rollback()


@pytest.fixture
def sessions(connection: Connection) -> SessionFactory:
    """Sessions whose commits are savepoints inside the test's rolled-back transaction."""
    return session_factory(connection, join_transaction_mode="create_savepoint")


@pytest.fixture
def session(sessions: SessionFactory) -> Iterator[Session]:
    with sessions() as session:
        yield session


@pytest.fixture
def app(sessions: SessionFactory) -> FastAPI:
    return create_app(make_settings(), sessions=sessions)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client

"""Empty databases for tests that build their own (the shared, seeded ones are fixtures)."""

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, make_url, text

from api.db import make_engine, normalize_database_url

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")


def reset_postgres(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))


def shared_database_url(backend: str, directory: Path) -> str:
    """The session's database of this backend, emptied (the PostgreSQL one is
    TEST_DATABASE_URL itself); the `engine` fixture migrates and seeds it once."""
    if backend == "sqlite":
        return f"sqlite:///{directory / 'stretchbase-shared.db'}"
    assert POSTGRES_URL
    _reset(POSTGRES_URL)
    return POSTGRES_URL


def fresh_database_url(backend: str, directory: Path) -> str:
    """An empty database of this backend for a test that builds its own. On PostgreSQL it is
    TEST_DATABASE_URL's sibling `<name>_scratch` (created when missing), never the session's
    shared database, which later tests still read."""
    if backend == "sqlite":
        return f"sqlite:///{directory / 'stretchbase-test.db'}"
    assert POSTGRES_URL
    url = make_url(POSTGRES_URL)
    scratch = url.set(database=f"{url.database}_scratch")
    maintenance = create_engine(
        normalize_database_url(url.set(database="postgres").render_as_string(hide_password=False)),
        isolation_level="AUTOCOMMIT",
    )
    with maintenance.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": scratch.database}
        ).first()
        if exists is None:
            connection.execute(text(f'CREATE DATABASE "{scratch.database}"'))
    maintenance.dispose()
    scratch_url = scratch.render_as_string(hide_password=False)
    _reset(scratch_url)
    return scratch_url


def _reset(url: str) -> None:
    engine = make_engine(url)
    reset_postgres(engine)
    engine.dispose()

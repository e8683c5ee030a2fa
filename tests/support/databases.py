"""Empty databases for tests that build their own (the shared, seeded ones are fixtures)."""

import os
from pathlib import Path

from sqlalchemy import Engine, text

from api.db import make_engine

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")


def reset_postgres(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))


def fresh_database_url(backend: str, directory: Path) -> str:
    """An empty database of this backend (the PostgreSQL one is TEST_DATABASE_URL, reset)."""
    if backend == "sqlite":
        return f"sqlite:///{directory / 'stretchbase-test.db'}"
    assert POSTGRES_URL
    engine = make_engine(POSTGRES_URL)
    reset_postgres(engine)
    engine.dispose()
    return POSTGRES_URL

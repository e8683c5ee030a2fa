"""Alembic environment: migrates the database named by DATABASE_URL (or a given connection)."""

from sqlalchemy import Connection, Engine

from alembic import context
from api.db import make_engine
from api.settings import get_settings
from models.registry import metadata

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given = config.attributes.get("connection")  # handed over by the CLI or the tests
    if isinstance(given, Connection):
        _run(given)
        return
    if isinstance(given, Engine):
        with given.connect() as connection:
            _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or get_settings().database_url
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; run against a database")
run_migrations_online()

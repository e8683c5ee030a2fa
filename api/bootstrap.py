"""Bringing a database up: migrations (one migrator at a time) and the seed."""

import functools
from pathlib import Path

from alembic.config import Config
from sqlalchemy import Engine, text
from sqlmodel import Session

from alembic import command
from api.compose.invariants import check_safety
from api.db import session_factory, session_scope
from models.content_state import CONTENT_STATE_ID, ContentState
from seed import CONTENT_FILE
from seed.loader import SEED_LOCK_KEY, apply_seed
from seed.schema import read_seed

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def alembic_config() -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "alembic"))
    return config


def run_migrations(engine: Engine, revision: str = "head") -> None:
    """`alembic upgrade`, in one transaction; on PostgreSQL under an advisory lock."""
    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SEED_LOCK_KEY})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def run_seed(engine: Engine, path: Path = CONTENT_FILE, *, gate_budget: int | None = None) -> str:
    """Seed from `path`; with `gate_budget`, content the seed changes must pass the safety
    gate at that budget (seed/loader.py UnsafeSeedError), or nothing is written."""
    content = read_seed(path)
    gate = None if gate_budget is None else functools.partial(check_safety, budget=gate_budget)
    with session_scope(session_factory(engine)) as session:
        return apply_seed(session, content, gate).summary()


def is_seeded(engine: Engine) -> bool:
    with Session(engine) as session:
        return session.get(ContentState, CONTENT_STATE_ID) is not None

"""Shared table machinery: constraint naming, JSON columns, timestamps."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JSONColumn = JSON().with_variant(JSONB(), "postgresql")
"""JSON on SQLite, JSONB on PostgreSQL."""

SEED_ORIGIN = "seed"


def utcnow() -> datetime:
    return datetime.now(UTC)


def json_field(**kwargs: Any) -> Any:
    return Field(sa_type=JSONColumn, **kwargs)


def timestamp_field(**kwargs: Any) -> Any:
    return Field(default_factory=utcnow, sa_type=DateTime(timezone=True), **kwargs)


def origin_field() -> Any:
    """Who created the row; the seed loader only ever updates or deletes its own rows."""
    return Field(default=SEED_ORIGIN, max_length=20)

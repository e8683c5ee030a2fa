"""Shared table machinery: constraint naming, JSON columns, timestamps."""

from datetime import UTC, datetime
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import JSON, DateTime, Dialect
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.types import TypeDecorator
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


class TypedJSON(TypeDecorator[Any]):
    """A JSON column with a type: what is written is validated against it (a bad value fails
    before it reaches the database), and what the ORM reads back is typed. The snapshot reads
    the raw JSON with the driver and validates it into the public models the same way."""

    impl = JSONColumn
    cache_ok = True

    def __init__(self, schema: Any) -> None:
        super().__init__()
        self.schema = schema
        self._adapter: TypeAdapter[Any] = TypeAdapter(schema)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:  # noqa: ARG002
        if value is None:
            return None
        return self._adapter.dump_python(self._adapter.validate_python(value), mode="json")

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:  # noqa: ARG002
        return None if value is None else self._adapter.validate_python(value)


def json_field(schema: Any, **kwargs: Any) -> Any:
    """A JSON column holding values of `schema` (a pydantic model, or a type pydantic knows)."""
    return Field(sa_type=TypedJSON(schema), **kwargs)


def timestamp_field(**kwargs: Any) -> Any:
    return Field(default_factory=utcnow, sa_type=DateTime(timezone=True), **kwargs)


def origin_field() -> Any:
    """Who created the row; the seed loader only ever updates or deletes its own rows."""
    return Field(default=SEED_ORIGIN, max_length=20)

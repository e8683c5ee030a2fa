"""API keys for editors: a name, the scopes it grants, and the SHA-256 of its secret.

The secret itself (256 random bits) is shown once, by `stretchbase keys create`, and never
stored. SHA-256 rather than a password hash (argon2, bcrypt): a password hash exists to slow
down guessing a low-entropy secret from its hash, and a 256-bit random secret cannot be
guessed at any speed; a fast hash also lets every write be checked in microseconds.
"""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import DateTime, LargeBinary
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field, timestamp_field


class Scope(StrEnum):
    content_write = "content:write"
    """Poses (with steps and modifications), routines, sources and the vocabulary."""
    rules_write = "rules:write"
    """Safety rules (a rule changes what a person is told to do, so it is a scope of its own)."""
    audit_read = "audit:read"
    """The audit list of every write (`GET /v1/revisions`); it writes nothing."""


class ApiKey(SQLModel, table=True):
    __tablename__ = "api_key"

    id: int | None = SQLField(default=None, primary_key=True)
    name: str = SQLField(max_length=80, unique=True)
    prefix: str = SQLField(
        max_length=16, description="The secret's first characters, to tell keys apart."
    )
    secret_hash: bytes = SQLField(sa_type=LargeBinary(32), unique=True)
    scopes: list[Scope] = json_field(list[Scope])
    created_at: datetime = timestamp_field()
    revoked_at: datetime | None = SQLField(default=None, sa_type=DateTime(timezone=True))

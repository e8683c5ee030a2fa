"""Revisions: every write through the editors' API, kept whole.

One row per change of one resource: which resource (its type and slug), its revision number
(1, 2, … per resource), the content version the change made, who made it (the API key's
name, never its secret), when, the resource's full JSON after the change (its editable form,
as PUT takes it) and whether the change retired it. Asking "what changed and what was
retired since content version V" is one indexed query (`content_version > V`), which is
what offline sync deltas are built from.
"""

from datetime import datetime
from typing import Any

from pydantic import Field, JsonValue
from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field, timestamp_field
from models.values import Schema


class ContentRevision(SQLModel, table=True):
    __tablename__ = "content_revision"
    __table_args__ = (
        UniqueConstraint("resource", "slug", "number"),
        Index("ix_content_revision_content_version", "content_version"),
    )

    id: int | None = SQLField(default=None, primary_key=True)
    resource: str = SQLField(max_length=40, description="The collection: safety-rules, poses, …")
    slug: str = SQLField(max_length=80)
    number: int
    content_version: int
    author: str = SQLField(max_length=80, description="The API key's name.")
    created_at: datetime = timestamp_field()
    retired: bool = False
    body: dict[str, JsonValue] = json_field(dict[str, JsonValue])


class RevisionPublic(Schema):
    resource: str = Field(description="The collection the resource is in, e.g. `safety-rules`.")
    slug: str
    number: int = Field(description="1 for the first revision of this resource, then 2, 3, …")
    content_version: int = Field(description="The content version this change made.")
    author: str = Field(description="The name of the API key that made the change.")
    created_at: datetime
    retired: bool = Field(description="True when this change retired the resource.")
    body: dict[str, Any] = Field(
        description="The resource after the change, in the form PUT takes (for a retirement: "
        "as it was when retired)."
    )
    links: dict[str, str]

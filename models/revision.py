"""Revisions: every write through the editors' API, kept whole.

One row per change of one resource: which resource (its type and slug), its revision number
(1, 2, … per resource), the content version the change made, who made it (the API key's
name, never its secret), when, the resource's full JSON after the change (its editable form,
as PUT takes it), what changed (an RFC 6902 JSON Patch from the previous revision's JSON to
this one's), the editor's optional message, the revision a revert restored, and whether the
change retired it. The first edit of a seeded resource also records the seed's version as a
revision of its own (`origin: seed`), so that every edit can be reverted. Asking "what
changed and what was retired since content version V" is one indexed query
(`content_version > V`).
"""

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import Field, JsonValue
from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field, timestamp_field
from models.values import Schema

MAX_MESSAGE = 500


class Collection(StrEnum):
    """What editors can change, by the path segment its resources live under."""

    safety_rules = "safety-rules"
    poses = "poses"
    sources = "sources"
    routines = "routines"
    vocabulary = "vocabulary"  # one resource, the collection itself: GET /v1/vocabulary


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
    patch: list[dict[str, JsonValue]] = json_field(list[dict[str, JsonValue]], default=[])
    message: str | None = SQLField(default=None, max_length=MAX_MESSAGE)
    origin: str = SQLField(default="editor", max_length=20)
    restores: int | None = None


class RevisionSummary(Schema):
    """A revision without the resource's body: what the audit list shows."""

    resource: str = Field(description="The collection the resource is in, e.g. `safety-rules`.")
    slug: str
    number: int = Field(description="1 for the first revision of this resource, then 2, 3, …")
    content_version: int = Field(description="The content version this change made.")
    author: str = Field(
        description="The name of the API key that made the change (`seed` when `origin` is `seed`)."
    )
    created_at: datetime = Field(
        description="When it was recorded (a `seed` revision: with the resource's first edit)."
    )
    retired: bool = Field(description="True when this change retired the resource.")
    patch: list[dict[str, Any]] = Field(
        description="What the change did: an RFC 6902 JSON Patch that turns the previous "
        "revision's `body` into this one's (for a creation, one `add` of the whole body at "
        'the root path `""`; for a retirement, empty: `retired` says it).'
    )
    message: str | None = Field(
        description="The editor's note on the change (the `Revision-Message` header), if any."
    )
    origin: Literal["editor", "seed"] = Field(
        description="`editor`: a write through the API. `seed`: the resource as the seed "
        "file had it, recorded with its first edit so that the edit can be reverted."
    )
    restores: int | None = Field(
        description="For a revert: the number of the revision whose body it restored."
    )
    links: dict[str, str]


class RevisionPublic(RevisionSummary):
    body: dict[str, Any] = Field(
        description="The resource after the change, in the form PUT takes (for a retirement: "
        "as it was when retired)."
    )

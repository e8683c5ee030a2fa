"""Routines: seeded ones from the article, and compositions people saved."""

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field, origin_field, timestamp_field
from models.composition import ComposeRequest, CompositionOutcome
from models.values import Caution, RoutineItem, Slug, SourceRef
from models.vocabulary import RoutineKind

ROUTINE_ID_NAMESPACE = uuid.UUID("6f1d3c64-5a0e-4c1e-9a57-2b3f1f0c9e11")


def seeded_routine_id(slug: str) -> uuid.UUID:
    """Seeded routines get a name-based id, the same in every database."""
    return uuid.uuid5(ROUTINE_ID_NAMESPACE, slug)


class Routine(SQLModel, table=True):
    id: uuid.UUID = SQLField(default_factory=uuid.uuid4, primary_key=True)
    slug: str | None = SQLField(default=None, max_length=80, unique=True)
    name: str
    description: str
    kind: str = SQLField(max_length=20, index=True)
    source_id: int | None = SQLField(default=None, foreign_key="source.id", ondelete="RESTRICT")
    source_section: str | None = None
    request: dict[str, Any] | None = json_field(default=None)
    composition: dict[str, Any] | None = json_field(default=None)
    content_version: int | None = None
    cautions: list[dict[str, Any]] = json_field(default_factory=list)
    created_at: datetime = timestamp_field(index=True)
    sort_order: int = 0
    origin: str = origin_field()


class RoutineEntry(SQLModel, table=True):
    """A pose in a seeded routine, with its priority for time budgets (table `routine_item`)."""

    __tablename__ = "routine_item"
    __table_args__ = (UniqueConstraint("routine_id", "position"),)

    id: int | None = SQLField(default=None, primary_key=True)
    routine_id: uuid.UUID = SQLField(foreign_key="routine.id", ondelete="CASCADE", index=True)
    position: int
    pose_id: int = SQLField(foreign_key="pose.id", ondelete="RESTRICT", index=True)
    priority: int = SQLField(description="1 is kept longest when time is short.")


class RoutineEntryCreate(BaseModel):
    pose: Slug
    priority: int = Field(ge=1)


class RoutineCreate(BaseModel):
    slug: Slug
    name: str
    description: str
    source: SourceRef
    items: list[RoutineEntryCreate] = Field(min_length=1)
    cautions: list[Caution] = []


class Composition(CompositionOutcome):
    """For a composed routine: what was asked, and what the composer decided beside the items."""

    request: ComposeRequest
    created_at: datetime


class RoutinePublic(BaseModel):
    id: uuid.UUID
    slug: Slug | None
    name: str
    description: str
    kind: RoutineKind
    items: list[RoutineItem]
    total_seconds: int
    source: SourceRef | None
    cautions: list[Caution] = Field(
        default=[], description="Cautions that go with the routine wherever it is shown."
    )
    composition: Composition | None = Field(description="Null for seeded routines.")
    links: dict[str, str]


class RoutineSummary(BaseModel):
    id: uuid.UUID
    slug: Slug | None
    name: str
    description: str
    kind: RoutineKind
    item_count: int
    total_seconds: int
    links: dict[str, str]

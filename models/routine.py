"""Routines: seeded ones from the article, and compositions people saved.

Saved compositions are health data (what a person reported), so they live in a table of
their own, `saved_routine`, apart from the curated content: never listed, reachable only by
a random id, deletable with a token whose hash alone is kept, and purged after the retention
period. A row holds the routine exactly as it was served, compressed, so it reads back the
same after the content changes.
"""

import uuid
from datetime import date, datetime

from pydantic import BaseModel, Field
from sqlalchemy import LargeBinary, SmallInteger, UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field, origin_field, timestamp_field
from models.composition import ComposedRoutine, ComposeRequest, CompositionOutcome
from models.values import Caution, RoutineItem, Schema, Slug, SourceRef
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
    cautions: list[Caution] = json_field(list[Caution], default_factory=list)
    created_at: datetime = timestamp_field(index=True)
    sort_order: int = 0
    origin: str = origin_field()


class RoutineEntry(SQLModel, table=True):
    """A pose in a curated routine, with its priority for time budgets (served as a
    `RoutineItem`)."""

    __tablename__ = "routine_entry"
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


class SavedRoutine(SQLModel, table=True):
    """A saved composition (table `saved_routine`): the body served, compressed; no name, no
    address, no time of day."""

    __tablename__ = "saved_routine"

    id: uuid.UUID = SQLField(primary_key=True, description="Random (version 4): 122 bits.")
    created_on: date = SQLField(
        index=True, description="UTC day of the save; expiry counts from it"
    )
    token_hash: bytes = SQLField(
        sa_type=LargeBinary(32), description="SHA-256 of the deletion token."
    )
    codec: int = SQLField(
        sa_type=SmallInteger, description="How `body` is compressed (api/compositions.py)."
    )
    body: bytes = SQLField(sa_type=LargeBinary, description="The routine as served, compressed.")


class Composition(CompositionOutcome):
    """For a composed routine: what was asked, and what the composer decided beside the items."""

    request: ComposeRequest
    created_at: date = Field(description="The UTC day it was saved (no time: it is health data).")


class SavedComposition(ComposedRoutine):
    """The answer to a save (201): the composition, its id, and the secret that deletes it."""

    id: uuid.UUID
    deletion_token: str = Field(
        description="Shown once, never stored: send it as `Authorization: Bearer <token>` "
        "to DELETE the saved routine."
    )
    expires_at: date = Field(
        description="The first UTC day on which it is no longer served: it reads back until "
        "23:59:59 UTC the day before, is a 404 from 00:00 UTC on this day, and its row is "
        "deleted by the server's first purge from then on (hourly by default). The day of "
        "the save plus the retention period in force then."
    )


class RoutinePublic(Schema):
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


class RoutineSummary(Schema):
    id: uuid.UUID
    slug: Slug | None
    name: str
    description: str
    kind: RoutineKind
    item_count: int
    total_seconds: int
    links: dict[str, str]

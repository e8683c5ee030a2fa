"""Sources: where content comes from (the article, guidelines, papers), with attribution."""

from pydantic import Field
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field, origin_field
from models.values import Caution, Schema, Slug
from models.vocabulary import SourceKind


class SourceSection(Schema):
    """A section of a source, kept as structured material (e.g. the article's self-care list)."""

    slug: Slug
    title: str
    text: str | None = None
    items: list[str] = []
    caution: Caution | None = Field(
        default=None, description="What Stretchbase adds where the source's advice needs it."
    )


class Source(SQLModel, table=True):
    id: int | None = SQLField(default=None, primary_key=True)
    slug: str = SQLField(max_length=80, unique=True)
    title: str
    kind: str = SQLField(max_length=40)
    publisher: str | None = None
    citation: str | None = None
    url: str | None = None
    licence: str | None = None
    attribution: str
    sections: list[SourceSection] = json_field(list[SourceSection], default_factory=list)
    sort_order: int = 0
    origin: str = origin_field()


class SourceCreate(Schema):
    slug: Slug
    title: str
    kind: SourceKind
    publisher: str | None = None
    citation: str | None = None
    url: str | None = None
    licence: str | None = Field(
        default=None, description="Null when the source does not state one."
    )
    attribution: str
    sections: list[SourceSection] = []


class SourcePublic(SourceCreate):
    links: dict[str, str]

"""Sources: where content comes from (the article, guidelines, papers), with attribution and
the rights a partner reuses their material under."""

from pydantic import Field
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field, origin_field
from models.values import Caution, Schema, Slug
from models.vocabulary import SourceKind

UNSTATED_RIGHTS = (
    "Not stated here: treat the source as all rights reserved by its publisher; Stretchbase "
    "cites it and paraphrases it."
)
"""What a source row says about its rights until the seed (or an editor) writes them."""


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
    licence_url: str | None = None
    rights: str = SQLField(sa_column_kwargs={"server_default": UNSTATED_RIGHTS})
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
        default=None,
        description="The licence or copyright notice the publisher states (`CC BY 4.0`, "
        "`Open Government Licence v3.0`, `© NICE. All rights reserved…`); null where we know "
        "of none: then `rights` says what that means.",
    )
    licence_url: str | None = Field(
        default=None, description="Where the licence or the publisher's terms are written."
    )
    rights: str = Field(
        min_length=1,
        description="What the publisher allows and what Stretchbase does with the source: the "
        'terms a partner reuses material cited to it under (docs/partners.md, "Rights").',
    )
    attribution: str = Field(
        description="The attribution to show beside material taken from this source."
    )
    sections: list[SourceSection] = []


class SourcePublic(SourceCreate):
    links: dict[str, str]

"""Content that is one document rather than a collection: the questionnaire's texts and the
referral actions (typed by models/questionnaire.py when the snapshot is built)."""

from pydantic import JsonValue
from sqlalchemy import UniqueConstraint
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import json_field, origin_field

QUESTIONNAIRE_DOCUMENT = "questionnaire"
REFERRAL_ACTIONS_DOCUMENT = "referral_actions"


class ContentDocument(SQLModel, table=True):
    __tablename__ = "content_document"
    __table_args__ = (UniqueConstraint("slug"),)

    id: int | None = SQLField(default=None, primary_key=True)
    slug: str = SQLField(max_length=80)
    body: dict[str, JsonValue] = json_field(dict[str, JsonValue])
    origin: str = origin_field()

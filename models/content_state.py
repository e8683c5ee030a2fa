"""The content version (bumped by every content write) and content-wide timing data."""

from datetime import datetime

from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from models.base import timestamp_field

CONTENT_STATE_ID = 1


class ContentState(SQLModel, table=True):
    __tablename__ = "content_state"

    id: int = SQLField(default=CONTENT_STATE_ID, primary_key=True)
    version: int = 0
    seconds_per_breath: int
    seconds_per_repetition: int
    updated_at: datetime = timestamp_field()

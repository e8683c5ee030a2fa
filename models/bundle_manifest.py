"""What each published bundle held: a manifest per content version, for deltas."""

from datetime import datetime

from sqlalchemy import LargeBinary
from sqlmodel import Field, SQLModel

from models.base import timestamp_field


class BundleManifest(SQLModel, table=True):
    """Each resource's key and a hash of its JSON, in bundle order, for one content version
    (zlib-compressed JSON); written by the first replica that serves that version's bundle."""

    __tablename__ = "bundle_manifest"

    content_version: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    manifest: bytes = Field(sa_type=LargeBinary)
    created_at: datetime = timestamp_field()

"""Imports every table module, so that `SQLModel.metadata` is complete (Alembic uses this)."""

from sqlmodel import SQLModel

from models import (  # noqa: F401  (imported for their tables)
    api_key,
    bundle_manifest,
    content_document,
    content_state,
    modification,
    pose,
    revision,
    routine,
    safety_rule,
    source,
    step,
    vocabulary_term,
)

metadata = SQLModel.metadata

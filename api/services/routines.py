"""Routines: the curated ones, a routine composed for one person, and saved compositions.

Composing is not memoised here: it takes under a millisecond, and a typed composition holds
~27 KB, so the byte-bounded cache of rendered bodies (per content version) is the one cache.
A save stores the very composition that is served.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pydantic_core

from api.compose import compose
from api.content.snapshot import ContentSnapshot
from api.db import SessionFactory, session_scope
from api.services import saved
from models.composition import ComposedRoutine, ComposeRequest
from models.routine import RoutinePublic, RoutineSummary, SavedComposition


def saved_id(slug_or_id: str) -> uuid.UUID | None:
    """The id of a saved routine, if the string is one (a UUID in any of its forms)."""
    try:
        return uuid.UUID(slug_or_id)
    except ValueError:
        return None


@dataclass(frozen=True)
class RoutinesService:
    snapshot: ContentSnapshot
    sessions: SessionFactory
    retention_days: int

    @property
    def saving(self) -> bool:
        """False when the retention is 0 days: the operator keeps no saved compositions."""
        return self.retention_days > 0

    def curated(self) -> Sequence[RoutineSummary]:
        """The curated routines, in their order (saved compositions are never listed)."""
        return self.snapshot.routine_summaries

    def curated_routine(self, slug_or_id: str) -> RoutinePublic | None:
        return self.snapshot.routine(slug_or_id)

    def compose(self, request: ComposeRequest) -> ComposedRoutine:
        """The routine for this input (UnknownBaseRoutineError for an unknown base routine)."""
        return compose(request.normalized(), self.snapshot.catalogue)

    def save(self, request: ComposeRequest, composition: ComposedRoutine) -> SavedComposition:
        with session_scope(self.sessions) as session:
            stored = saved.save_composition(
                session, request, composition, retention_days=self.retention_days
            )
        return SavedComposition.model_validate(
            {
                **dict(composition),
                "id": stored.id,
                "deletion_token": stored.token,
                "expires_at": stored.expires_at,
            }
        )

    def saved_body(self, slug_or_id: str) -> bytes | None:
        """A saved composition as it was served (None: no such id, or expired)."""
        routine_id = saved_id(slug_or_id)
        if routine_id is None:
            return None
        with self.sessions() as session:
            return saved.get_saved(session, routine_id, retention_days=self.retention_days)

    def delete_saved(self, slug_or_id: str, token: str) -> bool:
        """True when `token` deleted it; False for any failure, whatever the reason."""
        with session_scope(self.sessions) as session:
            deleted = saved.delete_saved(
                session, saved_id(slug_or_id), token, retention_days=self.retention_days
            )
        if deleted:
            with self.sessions() as session:
                saved.scrub(session)
        return deleted


def composition_key(request: ComposeRequest) -> str:
    """What a composition depends on: the request, normalised (order and repeats gone)."""
    return request.normalized().model_dump_json()


def project_saved(body: bytes, fields: tuple[str, ...]) -> dict[str, Any]:
    """The named fields of a saved body, taken from it as stored (not revalidated: a saved
    routine reads back as it was served, even after the schema grows)."""
    stored = pydantic_core.from_json(body)
    return {name: stored[name] for name in fields if name in stored}

"""Saved compositions: stored as `composed` routines, one row each, in one transaction."""

import uuid
from datetime import UTC
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from models.composition import ComposedRoutine, ComposeRequest
from models.routine import Composition, Routine, RoutinePublic, RoutineSummary
from models.vocabulary import RoutineKind

COMPOSED_ORIGIN = "api"


def _describe(request: ComposeRequest, result: ComposedRoutine) -> str:
    limits = ", ".join(request.mobility_limits) or "none"
    flags = ", ".join(request.red_flags) or "none"
    return (
        f"Adapted from {request.base_routine} for pain {request.pain_level}/10 "
        f"({result.pain_band}); mobility limits: {limits}; red flags: {flags}."
    )


def save_composition(
    session: Session, request: ComposeRequest, result: ComposedRoutine
) -> uuid.UUID:
    normalized = request.normalized()
    row = Routine(
        name="Composed routine" if result.outcome == "routine" else "Referral",
        description=_describe(normalized, result),
        kind=RoutineKind.composed.value,
        request=normalized.model_dump(mode="json", exclude={"save"}),
        composition=result.model_dump(mode="json"),
        content_version=result.content_version,
        origin=COMPOSED_ORIGIN,
    )
    session.add(row)
    session.flush()
    return row.id


def _links(routine_id: uuid.UUID) -> dict[str, str]:
    return {"self": f"/v1/routines/{routine_id}"}


def composed_routine(row: Routine) -> dict[str, Any]:
    assert row.composition is not None and row.request is not None
    result = ComposedRoutine.model_validate(row.composition)
    return RoutinePublic(
        id=row.id,
        slug=None,
        name=row.name,
        description=row.description,
        kind=RoutineKind.composed,
        items=result.items,
        total_seconds=result.total_seconds,
        source=None,
        composition=Composition(
            **result.model_dump(exclude={"items", "total_seconds"}),
            request=ComposeRequest.model_validate(row.request),
            # SQLite hands back naive datetimes; they were written in UTC
            created_at=row.created_at.replace(tzinfo=row.created_at.tzinfo or UTC),
        ),
        links=_links(row.id),
    ).model_dump(mode="json")


def get_composed(session: Session, routine_id: uuid.UUID) -> dict[str, Any] | None:
    row = session.get(Routine, routine_id)
    if row is None or row.kind != RoutineKind.composed:
        return None
    return composed_routine(row)


def count_composed(session: Session) -> int:
    query = select(func.count()).select_from(Routine).where(Routine.kind == RoutineKind.composed)
    return session.exec(query).one()


def list_composed(session: Session, offset: int, limit: int) -> list[dict[str, Any]]:
    """Composed routines, oldest first (a stable order: new ones are appended)."""
    rows = session.exec(
        select(Routine)
        .where(Routine.kind == RoutineKind.composed)
        .order_by(Routine.created_at, Routine.id)
        .offset(offset)
        .limit(limit)
    ).all()
    return [
        RoutineSummary(
            id=row.id,
            slug=None,
            name=row.name,
            description=row.description,
            kind=RoutineKind.composed,
            item_count=len((row.composition or {}).get("items", [])),
            total_seconds=(row.composition or {}).get("total_seconds", 0),
            links=_links(row.id),
        ).model_dump(mode="json")
        for row in rows
    ]

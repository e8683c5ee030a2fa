"""Routines: seeded and saved ones, and the rules endpoint that composes one for a person."""

import json
import uuid
from enum import StrEnum
from typing import Annotated

import pydantic_core
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from api import compositions
from api.compose import UnknownBaseRoutineError, compose
from api.content.queries import page_dict
from api.content.snapshot import ContentSnapshot
from api.db import SessionFactory, session_scope
from api.deps import AppSettings, Snapshot, public_cache_control
from api.http.caching import Rendered, cached_response
from api.http.fields import accepted_fields, fields_query, parse_fields, project, with_fields
from api.http.openapi import problem_responses
from api.http.pagination import Page, PageQuery, link_header
from api.http.problems import (
    FieldError,
    ProblemError,
    echo,
    reject_duplicate_keys,
    validation_problem,
    without_duplicate_keys,
)
from api.http.strict_query import QueryInt, no_query, strict_query
from models.composition import (
    DEFAULT_BASE_ROUTINE,
    MAX_DAYS_WITH_PAIN,
    MAX_MINUTES,
    ComposedRoutine,
    ComposeRequest,
)
from models.routine import RoutinePublic, RoutineSummary, SavedComposition
from models.values import Slug
from models.vocabulary import MobilityLimit, RedFlag, Region

router = APIRouter(prefix="/v1/routines", tags=["routines"])

SUMMARY_FIELDS = accepted_fields(RoutineSummary)
DETAIL_FIELDS = accepted_fields(RoutinePublic)
SummaryFields = fields_query(RoutineSummary)
DetailFields = fields_query(RoutinePublic)
SAVED_CACHE_CONTROL = "private, no-cache"  # health data: no shared cache; revalidate
DeletionToken = Annotated[
    HTTPAuthorizationCredentials | None,
    Depends(HTTPBearer(auto_error=False, description="A saved routine's deletion token.")),
]


def _composed(snapshot: ContentSnapshot, body: ComposeRequest, location: str) -> Rendered:
    """The composition for this input, memoised per content version."""
    normalized = body.normalized()
    key = ("compose", normalized.model_dump_json())
    try:
        return snapshot.renders.get_or_render(
            key, lambda: compose(normalized, snapshot.catalogue).model_dump(mode="json")
        )
    except UnknownBaseRoutineError as exc:
        raise validation_problem(
            [
                FieldError(
                    location=location,
                    field="base_routine",
                    message=f"unknown routine {exc.slug!r}",
                    value=exc.slug,
                    accepted=exc.accepted,
                )
            ]
        ) from exc


def compose_cache_key(body: bytes) -> bytes | None:
    """The response cache's key for a compose POST: the normalised request, or None (not
    replayed) for a body FastAPI must answer itself — invalid, or a save."""
    try:
        json.loads(body, object_pairs_hook=without_duplicate_keys)
        request = ComposeRequest.model_validate_json(body)
    except (ValueError, RecursionError, ValidationError):
        return None
    if request.save:
        return None
    return request.normalized().model_dump_json().encode()


def _save(
    sessions: SessionFactory, body: ComposeRequest, rendered: Rendered, retention_days: int
) -> compositions.Saved:
    """Store exactly the composition served (parsed back from its body, not composed again)."""
    result = ComposedRoutine.model_validate_json(rendered.body)
    with session_scope(sessions) as session:
        return compositions.save_composition(session, body, result, retention_days=retention_days)


class ListedKind(StrEnum):
    """Saved compositions are never listed: the list holds the curated routines."""

    seeded = "seeded"


@router.get(
    "",
    operation_id="list_routines",
    summary="List routines",
    description="The curated routines, in their order. Saved compositions are private and "
    "never listed: each is reachable only by the id its save returned.",
    response_model=Page[with_fields(RoutineSummary)],
    responses=problem_responses(422, 503),
)
async def list_routines(
    request: Request,
    snapshot: Snapshot,
    settings: AppSettings,
    page: PageQuery,
    kind: Annotated[
        ListedKind | None,
        Query(description="Only `seeded`: saved compositions are never listed."),
    ] = None,
    fields: SummaryFields = None,
) -> Response:
    selected = parse_fields(fields, SUMMARY_FIELDS)
    seeded = snapshot.routine_summaries
    rendered = snapshot.renders.get_or_render(
        ("routines", page.limit, page.offset, selected),
        lambda: page_dict(
            [project(item, selected) for item in seeded[page.offset : page.offset + page.limit]],
            len(seeded),
            page,
        ),
    )
    params = [("kind", kind.value)] if kind else []
    params += [("fields", ",".join(selected))] if selected else []
    return cached_response(
        request,
        rendered,
        cache_control=public_cache_control(settings),
        headers={"Link": link_header(request.url.path, params, len(seeded), page)},
    )


@router.post(
    "/compose",
    operation_id="compose_routine",
    summary="Compose a routine for one person",
    description="Adapts the base routine to the pain level, mobility limits and red flags given. "
    "With `save: true` the composition is stored and the answer is 201 with a `Location`.",
    response_model=ComposedRoutine,
    dependencies=[Depends(no_query), Depends(reject_duplicate_keys)],
    responses={
        201: {
            "model": SavedComposition,
            "description": "Composed and saved; `Location` names the saved routine, and "
            "`deletion_token` (shown only here) deletes it.",
        },
        **problem_responses(413, 415, 422, 503),
    },
)
async def compose_routine(
    request: Request, body: ComposeRequest, snapshot: Snapshot, settings: AppSettings
) -> Response:
    rendered = _composed(snapshot, body, "body")
    if not body.save:  # a pure function of the body: the response cache may replay it
        return cached_response(request, rendered, cache_control="no-store", reusable=True)
    saved = await run_in_threadpool(
        _save, request.app.state.sessions, body, rendered, settings.saved_retention_days
    )
    answer = pydantic_core.from_json(rendered.body)
    answer.update(
        id=str(saved.id), deletion_token=saved.token, expires_at=saved.expires_at.isoformat()
    )
    return cached_response(
        request,
        Rendered.of(answer),
        cache_control="no-store",  # it holds the deletion token
        status_code=201,
        headers={"Location": f"/v1/routines/{saved.id}"},
        etag=False,
    )


@router.get(
    "/compose",
    operation_id="compose_routine_by_query",
    summary="Compose a routine (GET form)",
    description="The same as POST /v1/routines/compose with the same names as query parameters, "
    "for curl and caches; `mobility_limits` and `red_flags` repeat. It never saves. Any other "
    "parameter, or a repeated single-valued one, is a 422: a misspelt red flag must never be "
    "ignored.",
    response_model=ComposedRoutine,
    dependencies=[Depends(strict_query(ComposeRequest, exclude={"save"}))],
    responses=problem_responses(422, 503),
)
async def compose_routine_by_query(
    request: Request,
    snapshot: Snapshot,
    settings: AppSettings,
    pain_level: Annotated[QueryInt, Query(ge=0, le=10, description="Pain now, 0–10.")],
    mobility_limits: Annotated[
        list[MobilityLimit], Query(max_length=100, description="A mobility limit; repeat it.")
    ] = [],  # noqa: B006
    red_flags: Annotated[
        list[RedFlag], Query(max_length=100, description="A red flag; repeat it.")
    ] = [],  # noqa: B006
    days_with_pain: Annotated[QueryInt | None, Query(ge=0, le=MAX_DAYS_WITH_PAIN)] = None,
    minutes: Annotated[QueryInt | None, Query(ge=1, le=MAX_MINUTES)] = None,
    base_routine: Annotated[Slug, Query()] = DEFAULT_BASE_ROUTINE,
    region: Annotated[
        Region | None, Query(description="Adds that region's services to a referral.")
    ] = None,
) -> Response:
    body = ComposeRequest(
        pain_level=pain_level,
        mobility_limits=mobility_limits,
        red_flags=red_flags,
        days_with_pain=days_with_pain,
        minutes=minutes,
        base_routine=base_routine,
        region=region,
    )
    rendered = _composed(snapshot, body, "query")
    return cached_response(request, rendered, cache_control=public_cache_control(settings))


def _saved_id(slug_or_id: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(slug_or_id)
    except ValueError:
        return None


def _read_saved(sessions: SessionFactory, routine_id: uuid.UUID, retention: int) -> bytes | None:
    with sessions() as session:
        return compositions.get_saved(session, routine_id, retention_days=retention)


@router.get(
    "/{slug_or_id}",
    operation_id="get_routine",
    summary="Get one routine",
    description="A curated routine by slug or id, or a saved composition by the id its save "
    "returned (`Cache-Control: private`): ordered items, each with its pose, dose and steps.",
    response_model=with_fields(RoutinePublic),
    responses=problem_responses(404, 422, 503),
)
async def get_routine(
    request: Request,
    slug_or_id: str,
    snapshot: Snapshot,
    settings: AppSettings,
    fields: DetailFields = None,
) -> Response:
    selected = parse_fields(fields, DETAIL_FIELDS)
    seeded = snapshot.routine_by_key.get(slug_or_id)
    if seeded is not None:
        rendered = snapshot.renders.get_or_render(
            ("routine", slug_or_id, selected), lambda: project(seeded, selected)
        )
        return cached_response(request, rendered, cache_control=public_cache_control(settings))
    routine_id = _saved_id(slug_or_id)
    body = None
    if routine_id is not None:
        body = await run_in_threadpool(
            _read_saved, request.app.state.sessions, routine_id, settings.saved_retention_days
        )
    if body is None:
        raise ProblemError(
            404, f"There is no routine {echo(slug_or_id)}; GET /v1/routines lists the curated ones."
        )
    rendered = (
        Rendered(body)
        if selected is None
        else Rendered.of(project(compositions.as_public(body), selected))
    )
    return cached_response(request, rendered, cache_control=SAVED_CACHE_CONTROL)


DELETE_DETAIL = (
    "Deleting a saved routine takes the deletion token its save returned, sent as "
    "`Authorization: Bearer <token>`; this request has none that deletes a routine here."
)


def _delete_saved(
    sessions: SessionFactory, routine_id: uuid.UUID | None, token: str, retention: int
) -> bool:
    with session_scope(sessions) as session:
        return compositions.delete_saved(session, routine_id, token, retention_days=retention)


@router.delete(
    "/{slug_or_id}",
    operation_id="delete_routine",
    summary="Delete a saved routine",
    description="Deletes a saved composition, given the `deletion_token` its save returned as "
    "`Authorization: Bearer <token>`. Any failure — no token, a wrong one, an unknown or "
    "expired id, a curated routine — is the same 401, so it tells nothing about the id.",
    status_code=204,
    response_class=Response,
    responses={
        204: {"description": "Deleted."},
        **problem_responses(401, 503),
    },
)
async def delete_routine(
    request: Request,
    slug_or_id: str,
    settings: AppSettings,
    credentials: DeletionToken,
) -> Response:
    deleted = credentials is not None and await run_in_threadpool(
        _delete_saved,
        request.app.state.sessions,
        _saved_id(slug_or_id),
        credentials.credentials,
        settings.saved_retention_days,
    )
    if not deleted:
        challenge = 'Bearer realm="saved routines"'
        if credentials is not None:
            challenge += ', error="invalid_token"'
        raise ProblemError(401, DELETE_DETAIL, headers={"WWW-Authenticate": challenge})
    return Response(status_code=204)

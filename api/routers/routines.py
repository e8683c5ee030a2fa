"""Routines: seeded and saved ones, and the rules endpoint that composes one for a person."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api import compositions
from api.compose import UnknownBaseRoutineError, compose
from api.content.queries import page_dict
from api.content.snapshot import ContentSnapshot
from api.db import SessionFactory, session_scope
from api.deps import AppSettings, DatabaseSession, Snapshot, public_cache_control
from api.http.caching import Rendered, cached_response
from api.http.fields import accepted_fields, fields_query, parse_fields, project, with_fields
from api.http.openapi import problem_responses
from api.http.pagination import Page, PageQuery, link_header
from api.http.problems import FieldError, ProblemError, reject_duplicate_keys, validation_problem
from api.http.strict_query import QueryInt, no_query, strict_query
from models.composition import (
    DEFAULT_BASE_ROUTINE,
    MAX_DAYS_WITH_PAIN,
    MAX_MINUTES,
    ComposedRoutine,
    ComposeRequest,
)
from models.routine import RoutinePublic, RoutineSummary
from models.values import Slug
from models.vocabulary import MobilityLimit, RedFlag, Region

router = APIRouter(prefix="/v1/routines", tags=["routines"])

SUMMARY_FIELDS = accepted_fields(RoutineSummary)
DETAIL_FIELDS = accepted_fields(RoutinePublic)
SummaryFields = fields_query(RoutineSummary)
DetailFields = fields_query(RoutinePublic)
SAVED_CACHE_CONTROL = "public, max-age=86400, immutable"
LIST_CACHE_CONTROL = "public, no-cache"


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


def _save(sessions: SessionFactory, body: ComposeRequest, rendered: Rendered) -> uuid.UUID:
    """Store exactly the composition served (parsed back from its body, not composed again)."""
    result = ComposedRoutine.model_validate_json(rendered.body)
    with session_scope(sessions) as session:
        return compositions.save_composition(session, body, result)


@router.get(
    "",
    operation_id="list_routines",
    summary="List routines",
    description="Seeded routines first (in their order), then saved compositions, oldest first.",
    response_model=Page[with_fields(RoutineSummary)],
    responses=problem_responses(422, 503),
)
def list_routines(
    request: Request,
    snapshot: Snapshot,
    session: DatabaseSession,
    page: PageQuery,
    fields: SummaryFields = None,
) -> Response:
    selected = parse_fields(fields, SUMMARY_FIELDS)
    seeded = snapshot.routine_summaries
    items = list(seeded[page.offset : page.offset + page.limit])
    if len(items) < page.limit:
        offset = max(0, page.offset - len(seeded))
        items += compositions.list_composed(session, offset, page.limit - len(items))
    total = len(seeded) + compositions.count_composed(session)
    body = page_dict([project(item, selected) for item in items], total, page)
    params = [("fields", ",".join(selected))] if selected else []
    return cached_response(
        request,
        Rendered.of(body),
        cache_control=LIST_CACHE_CONTROL,
        headers={"Link": link_header(request.url.path, params, total, page)},
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
        201: {"description": "Composed and saved; `Location` names the stored routine."},
        **problem_responses(413, 415, 422, 503),
    },
)
async def compose_routine(request: Request, body: ComposeRequest, snapshot: Snapshot) -> Response:
    rendered = _composed(snapshot, body, "body")
    if not body.save:  # a pure function of the body: the response cache may replay it
        return cached_response(request, rendered, cache_control="no-store", reusable=True)
    routine_id = await run_in_threadpool(_save, request.app.state.sessions, body, rendered)
    return cached_response(
        request,
        rendered,
        cache_control="no-store",
        status_code=201,
        headers={"Location": f"/v1/routines/{routine_id}"},
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


@router.get(
    "/{slug_or_id}",
    operation_id="get_routine",
    summary="Get one routine",
    description="A seeded routine by slug or id, or a saved composition by id: ordered items, "
    "each with its pose, dose and steps.",
    response_model=with_fields(RoutinePublic),
    responses=problem_responses(404, 422, 503),
)
def get_routine(
    request: Request,
    slug_or_id: str,
    snapshot: Snapshot,
    settings: AppSettings,
    session: DatabaseSession,
    fields: DetailFields = None,
) -> Response:
    selected = parse_fields(fields, DETAIL_FIELDS)
    seeded = snapshot.routine_by_key.get(slug_or_id)
    if seeded is not None:
        rendered = snapshot.renders.get_or_render(
            ("routine", slug_or_id, selected), lambda: project(seeded, selected)
        )
        return cached_response(request, rendered, cache_control=public_cache_control(settings))
    try:
        routine_id = uuid.UUID(slug_or_id)
    except ValueError:
        routine_id = None
    composed = compositions.get_composed(session, routine_id) if routine_id else None
    if composed is None:
        raise ProblemError(
            404, f"There is no routine {slug_or_id[:80]!r}; GET /v1/routines lists them."
        )
    return cached_response(
        request, Rendered.of(project(composed, selected)), cache_control=SAVED_CACHE_CONTROL
    )

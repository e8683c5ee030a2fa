"""Routines: the curated ones, the rules endpoint that composes one for a person, and saved
compositions. HTTP only: the work is api/services/routines.py's."""

import json
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from api.content.paging import page_of
from api.content.queries import project
from api.content.rendered import Rendered
from api.http.caching import cached_response
from api.http.credentials import single_authorization
from api.http.fields import (
    accepted_fields,
    fields_media_type,
    fields_param,
    parse_fields,
)
from api.http.openapi import problem_responses
from api.http.pagination import PageQuery, link_header, page_type
from api.http.problems import (
    FieldError,
    ProblemError,
    echo,
    reject_duplicate_keys,
    validation_problem,
    without_duplicate_keys,
)
from api.http.strict_query import PLAIN_DIGITS, no_query, strict_query
from api.routers.deps import AppSettings, Routines, public_cache_control
from api.routers.editing import find_editor, retire_routine
from api.services.routines import RoutinesService, composition_key, project_saved
from models.composition import (
    DEFAULT_BASE_ROUTINE,
    MAX_DAYS_WITH_PAIN,
    MAX_MINUTES,
    ComposedRoutine,
    ComposeRequest,
)
from models.links import ROUTINES, routine_href
from models.routine import RoutinePublic, RoutineSummary, SavedComposition
from models.values import Slug
from models.vocabulary import MobilityLimit, RedFlag, Region

router = APIRouter(prefix=ROUTINES, tags=["routines"])

SUMMARY_FIELDS = accepted_fields(RoutineSummary)
DETAIL_FIELDS = accepted_fields(RoutinePublic)
SummaryFields = Annotated[str | None, fields_param(RoutineSummary)]
DetailFields = Annotated[str | None, fields_param(RoutinePublic)]
SAVED_CACHE_CONTROL = "private, no-cache"  # health data: no shared cache; revalidate
DELETE_DETAIL = (
    "Deleting a saved routine takes the deletion token its save returned, sent as "
    "`Authorization: Bearer <token>`; this request has none that deletes a routine here."
)
SAVING_OFF = FieldError(
    location="body",
    field="save",
    message="saving is off on this server (it keeps no saved compositions); compose without "
    "`save`, and keep the routine on your side",
    value=True,
    accepted=["false"],
)
DeletionToken = Annotated[
    HTTPAuthorizationCredentials | None,
    Depends(HTTPBearer(auto_error=False, description="A saved routine's deletion token.")),
]


class ListedKind(StrEnum):
    """Saved compositions are never listed: the list holds the curated routines."""

    seeded = "seeded"


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
    return composition_key(request.normalized()).encode()


def _rendered(routines: RoutinesService, body: ComposeRequest) -> Rendered:
    """The composition's body, cached per content version."""
    key = ("compose", composition_key(body))
    return routines.snapshot.renders.get_or_render(key, lambda: routines.compose(body))


@router.get(
    "",
    operation_id="list_routines",
    summary="List routines",
    description="The curated routines, in their order. Saved compositions are private and "
    "never listed: each is reachable only by the id its save returned.",
    response_model=page_type(RoutineSummary),
    responses=problem_responses(422, 503),
)
async def list_routines(
    request: Request,
    routines: Routines,
    settings: AppSettings,
    page: PageQuery,
    kind: Annotated[
        ListedKind | None,
        Query(description="Only `seeded`: saved compositions are never listed."),
    ] = None,
    fields: SummaryFields = None,
) -> Response:
    selected = parse_fields(fields, SUMMARY_FIELDS)
    curated = routines.curated()
    rendered = routines.snapshot.renders.get_or_render(
        ("routines", page.limit, page.offset, selected),
        lambda: page_of([project(r, selected) for r in page.window(curated)], len(curated), page),
    )
    params = [("kind", kind.value)] if kind else []
    params += [("fields", ",".join(selected))] if selected else []
    return cached_response(
        request,
        rendered,
        media_type=fields_media_type(selected),
        cache_control=public_cache_control(settings),
        headers={"Link": link_header(request.url.path, params, len(curated), page)},
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
        **problem_responses(408, 413, 415, 422, 503),
    },
)
async def compose_from_body(request: Request, body: ComposeRequest, routines: Routines) -> Response:
    if not body.save:  # a pure function of the body: the response cache may replay it
        rendered = _rendered(routines, body)
        return cached_response(request, rendered, cache_control="no-store", reusable=True)
    if not routines.saving:
        raise validation_problem([SAVING_OFF])
    saved = await run_in_threadpool(routines.save, body, routines.compose(body))
    return cached_response(
        request,
        Rendered.of(saved),
        cache_control="no-store",  # it holds the deletion token
        status_code=201,
        headers={"Location": routine_href(saved.id)},
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
async def compose_from_query(
    request: Request,
    routines: Routines,
    settings: AppSettings,
    pain_level: Annotated[int, Query(ge=0, le=10, description="Pain now, 0–10."), PLAIN_DIGITS],
    mobility_limits: Annotated[
        list[MobilityLimit], Query(max_length=100, description="A mobility limit; repeat it.")
    ] = [],  # noqa: B006
    red_flags: Annotated[
        list[RedFlag], Query(max_length=100, description="A red flag; repeat it.")
    ] = [],  # noqa: B006
    days_with_pain: Annotated[int | None, Query(ge=0, le=MAX_DAYS_WITH_PAIN), PLAIN_DIGITS] = None,
    minutes: Annotated[int | None, Query(ge=1, le=MAX_MINUTES), PLAIN_DIGITS] = None,
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
    rendered = _rendered(routines, body)
    return cached_response(request, rendered, cache_control=public_cache_control(settings))


@router.get(
    "/{slug_or_id}",
    operation_id="get_routine",
    summary="Get one routine",
    description="A curated routine by slug or id, or a saved composition by the id its save "
    "returned (`Cache-Control: private`): ordered items, each with its pose, dose and steps.",
    response_model=RoutinePublic,
    responses=problem_responses(404, 422, 503),
)
async def get_routine(
    request: Request,
    slug_or_id: str,
    routines: Routines,
    settings: AppSettings,
    fields: DetailFields = None,
) -> Response:
    selected = parse_fields(fields, DETAIL_FIELDS)
    curated = routines.curated_routine(slug_or_id)
    if curated is not None:
        rendered = routines.snapshot.renders.get_or_render(
            ("routine", str(curated.id), selected), lambda: project(curated, selected)
        )
        return cached_response(
            request,
            rendered,
            cache_control=public_cache_control(settings),
            media_type=fields_media_type(selected),
        )
    body = await run_in_threadpool(routines.saved_body, slug_or_id)
    if body is None:
        raise ProblemError(
            404, f"There is no routine {echo(slug_or_id)}; GET /v1/routines lists the curated ones."
        )
    rendered = Rendered(body) if selected is None else Rendered.of(project_saved(body, selected))
    return cached_response(
        request,
        rendered,
        cache_control=SAVED_CACHE_CONTROL,
        media_type=fields_media_type(selected),
    )


@router.delete(
    "/{slug_or_id}",
    operation_id="delete_routine",
    summary="Delete a saved routine",
    description="Deletes a saved composition, given the `deletion_token` its save returned as "
    "`Authorization: Bearer <token>`. Any failure — no token, a wrong one, an unknown or "
    "expired id, a curated routine — is the same 401, so it tells nothing about the id. With "
    "an editor's API key instead, a curated routine's slug retires that routine (scope "
    "`content:write`, its current ETag in `If-Match`, as every editor's write).",
    status_code=204,
    response_class=Response,
    dependencies=[Depends(single_authorization)],
    responses={
        204: {"description": "Deleted."},
        **problem_responses(400, 401, 403, 412, 422, 428, 503),
    },
)
async def delete_routine(
    request: Request, slug_or_id: str, routines: Routines, credentials: DeletionToken
) -> Response:
    curated = routines.curated_routine(slug_or_id)
    if (
        curated is not None
        and curated.slug == slug_or_id
        and credentials is not None
        and await find_editor(request, credentials.credentials) is not None
    ):  # an editor's key retires a curated routine; anything else is answered as before
        return await retire_routine(request, slug_or_id, credentials)
    deleted = credentials is not None and await run_in_threadpool(
        routines.delete_saved, slug_or_id, credentials.credentials
    )
    if not deleted:
        challenge = 'Bearer realm="saved routines"'
        if credentials is not None:
            challenge += ', error="invalid_token"'
        raise ProblemError(401, DELETE_DETAIL, headers={"WWW-Authenticate": challenge})
    return Response(status_code=204)

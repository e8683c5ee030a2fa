"""The questionnaire vocabulary: every mobility limit and red flag a client can ask about."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.content.questionnaire import editable_vocabulary
from api.http.caching import cached_response
from api.http.openapi import problem_responses
from api.http.pagination import PageQuery, page_type
from api.routers.common import snapshot_page
from api.routers.deps import AppSettings, Snapshot, public_cache_control
from models.links import VOCABULARY
from models.vocabulary_term import MobilityLimitPublic, RedFlagPublic, Vocabulary

router = APIRouter(prefix="/v1", tags=["vocabulary"])


@router.get(
    "/mobility-limits",
    operation_id="list_mobility_limits",
    summary="List mobility limits",
    description="Each limit with a label, a question to ask and help text, for a questionnaire.",
    response_model=page_type(MobilityLimitPublic),
    responses=problem_responses(422, 503),
)
async def list_mobility_limits(
    request: Request, snapshot: Snapshot, settings: AppSettings, page: PageQuery
) -> Response:
    return snapshot_page(
        request, snapshot, settings, "mobility_limits", snapshot.mobility_limits, page
    )


@router.get(
    "/red-flags",
    operation_id="list_red_flags",
    summary="List red flags",
    description="Each red flag with a label, a question, help text and the urgency it refers with "
    "(null for advisory flags, which allow a routine with a notice).",
    response_model=page_type(RedFlagPublic),
    responses=problem_responses(422, 503),
)
async def list_red_flags(
    request: Request, snapshot: Snapshot, settings: AppSettings, page: PageQuery
) -> Response:
    return snapshot_page(request, snapshot, settings, "red_flags", snapshot.red_flags, page)


@router.get(
    VOCABULARY.removeprefix("/v1"),
    operation_id="get_vocabulary",
    summary="Get the vocabulary's texts (as editors change them)",
    description="Every mobility limit and red flag by slug, in the order the questionnaire "
    "asks them, with its label, question, help text and `ask_if`: the form `PUT` and "
    "`PATCH /v1/vocabulary` take. The terms themselves are the rule language's, fixed in "
    "code. There is no path per term: a client fetching one for a person would write what "
    "they reported into access logs.",
    response_model=Vocabulary,
    responses=problem_responses(503),
)
async def get_vocabulary(request: Request, snapshot: Snapshot, settings: AppSettings) -> Response:
    rendered = snapshot.renders.get_or_render(
        ("vocabulary",),
        lambda: editable_vocabulary(snapshot.mobility_limits, snapshot.red_flags),
    )
    return cached_response(request, rendered, cache_control=public_cache_control(settings))

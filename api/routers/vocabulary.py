"""The questionnaire vocabulary: every mobility limit and red flag a client can ask about."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.http.openapi import problem_responses
from api.http.pagination import PageQuery, page_type
from api.routers.common import snapshot_page
from api.routers.deps import AppSettings, Snapshot
from models.vocabulary_term import MobilityLimitPublic, RedFlagPublic

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

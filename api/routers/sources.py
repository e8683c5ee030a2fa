"""Sources: where the content comes from, with attribution and licence."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.http.openapi import problem_responses
from api.http.pagination import PageQuery, page_type
from api.routers.common import snapshot_item, snapshot_page
from api.routers.deps import AppSettings, Snapshot
from models.links import SOURCES
from models.source import SourcePublic

router = APIRouter(prefix=SOURCES, tags=["sources"])


@router.get(
    "",
    operation_id="list_sources",
    summary="List sources",
    description="The article and the guidelines and papers the safety rules cite.",
    response_model=page_type(SourcePublic),
    responses=problem_responses(422, 503),
)
async def list_sources(
    request: Request, snapshot: Snapshot, settings: AppSettings, page: PageQuery
) -> Response:
    return snapshot_page(request, snapshot, settings, "sources", snapshot.sources, page)


@router.get(
    "/{slug}",
    operation_id="get_source",
    summary="Get one source",
    response_model=SourcePublic,
    responses=problem_responses(404, 422, 503),
)
async def get_source(
    request: Request, slug: str, snapshot: Snapshot, settings: AppSettings
) -> Response:
    return snapshot_item(request, snapshot, settings, "source", snapshot.source_by_slug, slug)

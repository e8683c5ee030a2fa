"""Poses: the list (filters, search, sort, pages), one pose, and its steps."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from api.content.paging import page_of
from api.content.queries import PoseFilter, PoseSort, pose_page, project
from api.http.caching import cached_response
from api.http.fields import (
    accepted_fields,
    fields_media_type,
    fields_param,
    parse_fields,
)
from api.http.openapi import problem_responses
from api.http.pagination import PageQuery, link_header, page_type
from api.http.problems import ProblemError, echo
from api.http.strict_query import renamed_query
from api.routers.deps import AppSettings, Snapshot, public_cache_control
from models.links import POSES
from models.pose import PosePublic, PoseSummary
from models.values import StepPublic
from models.vocabulary import Demand, Difficulty, PoseKind, Position, TargetArea

router = APIRouter(prefix=POSES, tags=["poses"])

SUMMARY_FIELDS = accepted_fields(PoseSummary)
DETAIL_FIELDS = accepted_fields(PosePublic)
SummaryFields = Annotated[str | None, fields_param(PoseSummary)]
DetailFields = Annotated[str | None, fields_param(PosePublic)]


def _pose_or_404(snapshot: Snapshot, slug: str) -> PosePublic:
    pose = snapshot.pose(slug)
    if pose is None:
        raise ProblemError(404, f"There is no pose {echo(slug)}; GET /v1/poses lists them.")
    return pose


@router.get(
    "",
    operation_id="list_poses",
    summary="List poses",
    description="Poses in content order (the article's seven first) unless `sort` says "
    "otherwise. Filters combine with AND; `excludes_demand` may repeat and leaves out every "
    "pose with any of those demands, in any of its phases.",
    response_model=page_type(PoseSummary),
    dependencies=[Depends(renamed_query({"position": "body_position"}))],
    responses=problem_responses(422, 503),
)
async def list_poses(
    request: Request,
    snapshot: Snapshot,
    settings: AppSettings,
    page: PageQuery,
    body_position: Position | None = None,
    target_area: TargetArea | None = None,
    kind: PoseKind | None = None,
    difficulty: Difficulty | None = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=100,
            pattern=r"^[^\x00-\x1f\x7f]+$",
            description="Search names and other names (case- and accent-insensitive).",
        ),
    ] = None,
    excludes_demand: Annotated[list[Demand], Query(max_length=len(Demand))] = [],  # noqa: B006
    sort: PoseSort = PoseSort.article,
    fields: SummaryFields = None,
) -> Response:
    selected = parse_fields(fields, SUMMARY_FIELDS)
    pose_filter = PoseFilter(
        body_position, target_area, kind, difficulty, q, frozenset(excludes_demand)
    )
    key = ("poses", pose_filter, sort, page.limit, page.offset, selected)
    rendered = snapshot.renders.get_or_render(
        key, lambda: pose_page(snapshot, pose_filter, sort, page, selected)
    )
    params = pose_filter.query_params()
    if sort != PoseSort.article:
        params.append(("sort", sort.value))
    if selected is not None:
        params.append(("fields", ",".join(selected)))
    return cached_response(
        request,
        rendered,
        media_type=fields_media_type(selected),
        cache_control=public_cache_control(settings),
        headers={"Link": link_header(request.url.path, params, rendered.total or 0, page)},
    )


@router.get(
    "/{slug}",
    operation_id="get_pose",
    summary="Get one pose",
    description="The pose with its steps and modifications inline.",
    response_model=PosePublic,
    responses=problem_responses(404, 422, 503),
)
async def get_pose(
    request: Request,
    slug: str,
    snapshot: Snapshot,
    settings: AppSettings,
    fields: DetailFields = None,
) -> Response:
    selected = parse_fields(fields, DETAIL_FIELDS)
    pose = _pose_or_404(snapshot, slug)
    rendered = snapshot.renders.get_or_render(
        ("pose", slug, selected), lambda: project(pose, selected)
    )
    return cached_response(
        request,
        rendered,
        cache_control=public_cache_control(settings),
        media_type=fields_media_type(selected),
    )


@router.get(
    "/{slug}/steps",
    operation_id="list_pose_steps",
    summary="List a pose's steps",
    description="The pose's steps in order; every bullet of the article's instructions is one.",
    response_model=page_type(StepPublic),
    responses=problem_responses(404, 422, 503),
)
async def list_pose_steps(
    request: Request, slug: str, snapshot: Snapshot, settings: AppSettings, page: PageQuery
) -> Response:
    steps = _pose_or_404(snapshot, slug).steps
    rendered = snapshot.renders.get_or_render(
        ("steps", slug, page.limit, page.offset),
        lambda: page_of(page.window(steps), len(steps), page),
    )
    return cached_response(
        request,
        rendered,
        cache_control=public_cache_control(settings),
        headers={"Link": link_header(request.url.path, [], len(steps), page)},
    )

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.demand import Demand
from ...models.difficulty import Difficulty
from ...models.pose_kind import PoseKind
from ...models.pose_sort import PoseSort
from ...models.pose_summary_page import PoseSummaryPage
from ...models.position import Position
from ...models.problem import Problem
from ...models.target_area import TargetArea
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body_position: None | Position | Unset = UNSET,
    target_area: None | TargetArea | Unset = UNSET,
    kind: None | PoseKind | Unset = UNSET,
    difficulty: Difficulty | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    excludes_demand: list[Demand] | Unset = UNSET,
    sort: PoseSort | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_body_position: None | str | Unset
    if isinstance(body_position, Unset):
        json_body_position = UNSET
    elif isinstance(body_position, str):
        json_body_position = body_position
    else:
        json_body_position = body_position
    params["body_position"] = json_body_position

    json_target_area: None | str | Unset
    if isinstance(target_area, Unset):
        json_target_area = UNSET
    elif isinstance(target_area, str):
        json_target_area = target_area
    else:
        json_target_area = target_area
    params["target_area"] = json_target_area

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, str):
        json_kind = kind
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_difficulty: None | str | Unset
    if isinstance(difficulty, Unset):
        json_difficulty = UNSET
    elif isinstance(difficulty, str):
        json_difficulty = difficulty
    else:
        json_difficulty = difficulty
    params["difficulty"] = json_difficulty

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_excludes_demand: list[str] | Unset = UNSET
    if not isinstance(excludes_demand, Unset):
        json_excludes_demand = []
        for excludes_demand_item_data in excludes_demand:
            excludes_demand_item: str = excludes_demand_item_data
            json_excludes_demand.append(excludes_demand_item)

    params["excludes_demand"] = json_excludes_demand

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_fields: None | str | Unset
    if isinstance(fields, Unset):
        json_fields = UNSET
    else:
        json_fields = fields
    params["fields"] = json_fields

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/poses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PoseSummaryPage | Problem | None:
    if response.status_code == 200:
        response_200 = PoseSummaryPage.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PoseSummaryPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body_position: None | Position | Unset = UNSET,
    target_area: None | TargetArea | Unset = UNSET,
    kind: None | PoseKind | Unset = UNSET,
    difficulty: Difficulty | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    excludes_demand: list[Demand] | Unset = UNSET,
    sort: PoseSort | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[Any | PoseSummaryPage | Problem]:
    """List poses

     Poses in content order (the article's seven first) unless `sort` says otherwise. Filters combine
    with AND; `excludes_demand` may repeat and leaves out every pose with any of those demands, in any
    of its phases.

    Args:
        body_position (None | Position | Unset):
        target_area (None | TargetArea | Unset):
        kind (None | PoseKind | Unset):
        difficulty (Difficulty | None | Unset):
        q (None | str | Unset): Search names and other names (case- and accent-insensitive).
        excludes_demand (list[Demand] | Unset):
        sort (PoseSort | Unset):
        fields (None | str | Unset): Comma-separated fields to return (sparse fieldset); all when
            absent. With it, the response is `application/vnd.stretchbase.fields+json`: the same JSON,
            only those fields. Accepted: slug, name, other_names, summary, benefits, kind,
            body_position, difficulty, target_areas, demands, dose, props, tips, media, phases,
            alternatives, cautions, source, links.
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PoseSummaryPage | Problem]
    """

    kwargs = _get_kwargs(
        body_position=body_position,
        target_area=target_area,
        kind=kind,
        difficulty=difficulty,
        q=q,
        excludes_demand=excludes_demand,
        sort=sort,
        fields=fields,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body_position: None | Position | Unset = UNSET,
    target_area: None | TargetArea | Unset = UNSET,
    kind: None | PoseKind | Unset = UNSET,
    difficulty: Difficulty | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    excludes_demand: list[Demand] | Unset = UNSET,
    sort: PoseSort | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Any | PoseSummaryPage | Problem | None:
    """List poses

     Poses in content order (the article's seven first) unless `sort` says otherwise. Filters combine
    with AND; `excludes_demand` may repeat and leaves out every pose with any of those demands, in any
    of its phases.

    Args:
        body_position (None | Position | Unset):
        target_area (None | TargetArea | Unset):
        kind (None | PoseKind | Unset):
        difficulty (Difficulty | None | Unset):
        q (None | str | Unset): Search names and other names (case- and accent-insensitive).
        excludes_demand (list[Demand] | Unset):
        sort (PoseSort | Unset):
        fields (None | str | Unset): Comma-separated fields to return (sparse fieldset); all when
            absent. With it, the response is `application/vnd.stretchbase.fields+json`: the same JSON,
            only those fields. Accepted: slug, name, other_names, summary, benefits, kind,
            body_position, difficulty, target_areas, demands, dose, props, tips, media, phases,
            alternatives, cautions, source, links.
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PoseSummaryPage | Problem
    """

    return sync_detailed(
        client=client,
        body_position=body_position,
        target_area=target_area,
        kind=kind,
        difficulty=difficulty,
        q=q,
        excludes_demand=excludes_demand,
        sort=sort,
        fields=fields,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body_position: None | Position | Unset = UNSET,
    target_area: None | TargetArea | Unset = UNSET,
    kind: None | PoseKind | Unset = UNSET,
    difficulty: Difficulty | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    excludes_demand: list[Demand] | Unset = UNSET,
    sort: PoseSort | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[Any | PoseSummaryPage | Problem]:
    """List poses

     Poses in content order (the article's seven first) unless `sort` says otherwise. Filters combine
    with AND; `excludes_demand` may repeat and leaves out every pose with any of those demands, in any
    of its phases.

    Args:
        body_position (None | Position | Unset):
        target_area (None | TargetArea | Unset):
        kind (None | PoseKind | Unset):
        difficulty (Difficulty | None | Unset):
        q (None | str | Unset): Search names and other names (case- and accent-insensitive).
        excludes_demand (list[Demand] | Unset):
        sort (PoseSort | Unset):
        fields (None | str | Unset): Comma-separated fields to return (sparse fieldset); all when
            absent. With it, the response is `application/vnd.stretchbase.fields+json`: the same JSON,
            only those fields. Accepted: slug, name, other_names, summary, benefits, kind,
            body_position, difficulty, target_areas, demands, dose, props, tips, media, phases,
            alternatives, cautions, source, links.
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PoseSummaryPage | Problem]
    """

    kwargs = _get_kwargs(
        body_position=body_position,
        target_area=target_area,
        kind=kind,
        difficulty=difficulty,
        q=q,
        excludes_demand=excludes_demand,
        sort=sort,
        fields=fields,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body_position: None | Position | Unset = UNSET,
    target_area: None | TargetArea | Unset = UNSET,
    kind: None | PoseKind | Unset = UNSET,
    difficulty: Difficulty | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    excludes_demand: list[Demand] | Unset = UNSET,
    sort: PoseSort | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Any | PoseSummaryPage | Problem | None:
    """List poses

     Poses in content order (the article's seven first) unless `sort` says otherwise. Filters combine
    with AND; `excludes_demand` may repeat and leaves out every pose with any of those demands, in any
    of its phases.

    Args:
        body_position (None | Position | Unset):
        target_area (None | TargetArea | Unset):
        kind (None | PoseKind | Unset):
        difficulty (Difficulty | None | Unset):
        q (None | str | Unset): Search names and other names (case- and accent-insensitive).
        excludes_demand (list[Demand] | Unset):
        sort (PoseSort | Unset):
        fields (None | str | Unset): Comma-separated fields to return (sparse fieldset); all when
            absent. With it, the response is `application/vnd.stretchbase.fields+json`: the same JSON,
            only those fields. Accepted: slug, name, other_names, summary, benefits, kind,
            body_position, difficulty, target_areas, demands, dose, props, tips, media, phases,
            alternatives, cautions, source, links.
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PoseSummaryPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body_position=body_position,
            target_area=target_area,
            kind=kind,
            difficulty=difficulty,
            q=q,
            excludes_demand=excludes_demand,
            sort=sort,
            fields=fields,
            limit=limit,
            offset=offset,
        )
    ).parsed

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.listed_kind import ListedKind
from ...models.problem import Problem
from ...models.routine_summary_page import RoutineSummaryPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: ListedKind | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, str):
        json_kind = kind
    else:
        json_kind = kind
    params["kind"] = json_kind

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
        "url": "/v1/routines",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | RoutineSummaryPage | None:
    if response.status_code == 200:
        response_200 = RoutineSummaryPage.from_dict(response.json())

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
) -> Response[Any | Problem | RoutineSummaryPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: ListedKind | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[Any | Problem | RoutineSummaryPage]:
    """List routines

     The curated routines, in their order. Saved compositions are private and never listed: each is
    reachable only by the id its save returned.

    Args:
        kind (ListedKind | None | Unset): Only `seeded`: saved compositions are never listed.
        fields (None | str | Unset): Comma-separated fields to return (sparse fieldset); all when
            absent. With it, the response is `application/vnd.stretchbase.fields+json`: the same JSON,
            only those fields. Accepted: id, slug, name, description, kind, item_count, total_seconds,
            links.
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RoutineSummaryPage]
    """

    kwargs = _get_kwargs(
        kind=kind,
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
    kind: ListedKind | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Any | Problem | RoutineSummaryPage | None:
    """List routines

     The curated routines, in their order. Saved compositions are private and never listed: each is
    reachable only by the id its save returned.

    Args:
        kind (ListedKind | None | Unset): Only `seeded`: saved compositions are never listed.
        fields (None | str | Unset): Comma-separated fields to return (sparse fieldset); all when
            absent. With it, the response is `application/vnd.stretchbase.fields+json`: the same JSON,
            only those fields. Accepted: id, slug, name, description, kind, item_count, total_seconds,
            links.
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | RoutineSummaryPage
    """

    return sync_detailed(
        client=client,
        kind=kind,
        fields=fields,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: ListedKind | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[Any | Problem | RoutineSummaryPage]:
    """List routines

     The curated routines, in their order. Saved compositions are private and never listed: each is
    reachable only by the id its save returned.

    Args:
        kind (ListedKind | None | Unset): Only `seeded`: saved compositions are never listed.
        fields (None | str | Unset): Comma-separated fields to return (sparse fieldset); all when
            absent. With it, the response is `application/vnd.stretchbase.fields+json`: the same JSON,
            only those fields. Accepted: id, slug, name, description, kind, item_count, total_seconds,
            links.
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RoutineSummaryPage]
    """

    kwargs = _get_kwargs(
        kind=kind,
        fields=fields,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    kind: ListedKind | None | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Any | Problem | RoutineSummaryPage | None:
    """List routines

     The curated routines, in their order. Saved compositions are private and never listed: each is
    reachable only by the id its save returned.

    Args:
        kind (ListedKind | None | Unset): Only `seeded`: saved compositions are never listed.
        fields (None | str | Unset): Comma-separated fields to return (sparse fieldset); all when
            absent. With it, the response is `application/vnd.stretchbase.fields+json`: the same JSON,
            only those fields. Accepted: id, slug, name, description, kind, item_count, total_seconds,
            links.
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | RoutineSummaryPage
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            fields=fields,
            limit=limit,
            offset=offset,
        )
    ).parsed

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection import Collection
from ...models.problem import Problem
from ...models.revision_summary_page import RevisionSummaryPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    resource: Collection | None | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource: None | str | Unset
    if isinstance(resource, Unset):
        json_resource = UNSET
    elif isinstance(resource, str):
        json_resource = resource
    else:
        json_resource = resource
    params["resource"] = json_resource

    json_author: None | str | Unset
    if isinstance(author, Unset):
        json_author = UNSET
    else:
        json_author = author
    params["author"] = json_author

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/revisions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | RevisionSummaryPage | None:
    if response.status_code == 200:
        response_200 = RevisionSummaryPage.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[Any | Problem | RevisionSummaryPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    resource: Collection | None | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[Any | Problem | RevisionSummaryPage]:
    """The audit list: every write

     Every change made through the editors' API, to any resource, oldest first (a page's offset stays put
    as writes are added; `Link: rel=last` is the newest page): who, when, the content version it made,
    its RFC 6902 patch and message (the bodies are at each revision's `self` link). Needs a key with the
    `audit:read` scope.

    Args:
        resource (Collection | None | Unset): Only the writes to this collection.
        author (None | str | Unset): Only the writes made with this key.
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RevisionSummaryPage]
    """

    kwargs = _get_kwargs(
        resource=resource,
        author=author,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    resource: Collection | None | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Any | Problem | RevisionSummaryPage | None:
    """The audit list: every write

     Every change made through the editors' API, to any resource, oldest first (a page's offset stays put
    as writes are added; `Link: rel=last` is the newest page): who, when, the content version it made,
    its RFC 6902 patch and message (the bodies are at each revision's `self` link). Needs a key with the
    `audit:read` scope.

    Args:
        resource (Collection | None | Unset): Only the writes to this collection.
        author (None | str | Unset): Only the writes made with this key.
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | RevisionSummaryPage
    """

    return sync_detailed(
        client=client,
        resource=resource,
        author=author,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    resource: Collection | None | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[Any | Problem | RevisionSummaryPage]:
    """The audit list: every write

     Every change made through the editors' API, to any resource, oldest first (a page's offset stays put
    as writes are added; `Link: rel=last` is the newest page): who, when, the content version it made,
    its RFC 6902 patch and message (the bodies are at each revision's `self` link). Needs a key with the
    `audit:read` scope.

    Args:
        resource (Collection | None | Unset): Only the writes to this collection.
        author (None | str | Unset): Only the writes made with this key.
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RevisionSummaryPage]
    """

    kwargs = _get_kwargs(
        resource=resource,
        author=author,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    resource: Collection | None | Unset = UNSET,
    author: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Any | Problem | RevisionSummaryPage | None:
    """The audit list: every write

     Every change made through the editors' API, to any resource, oldest first (a page's offset stays put
    as writes are added; `Link: rel=last` is the newest page): who, when, the content version it made,
    its RFC 6902 patch and message (the bodies are at each revision's `self` link). Needs a key with the
    `audit:read` scope.

    Args:
        resource (Collection | None | Unset): Only the writes to this collection.
        author (None | str | Unset): Only the writes made with this key.
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | RevisionSummaryPage
    """

    return (
        await asyncio_detailed(
            client=client,
            resource=resource,
            author=author,
            limit=limit,
            offset=offset,
        )
    ).parsed

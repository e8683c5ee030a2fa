from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bundle_delta import BundleDelta
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    since: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/bundle/changes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BundleDelta | Problem | None:
    if response.status_code == 200:
        response_200 = BundleDelta.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

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
) -> Response[Any | BundleDelta | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: int,
) -> Response[Any | BundleDelta | Problem]:
    """Get what changed in the bundle since a version

     For a client holding the bundle (or the result of earlier changes) at `since`: the resources created
    or changed since, the keys of those retired, and a collection's new order where it changed. Applied
    as `BundleDelta` says, it gives exactly the current `GET /v1/bundle`. A version older than the
    server keeps (or one whose rule language differs) answers 410: take the full bundle. A version this
    replica has not reached yet answers 409 with `Retry-After`.

    Args:
        since (int): The content_version of what you hold.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BundleDelta | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    since: int,
) -> Any | BundleDelta | Problem | None:
    """Get what changed in the bundle since a version

     For a client holding the bundle (or the result of earlier changes) at `since`: the resources created
    or changed since, the keys of those retired, and a collection's new order where it changed. Applied
    as `BundleDelta` says, it gives exactly the current `GET /v1/bundle`. A version older than the
    server keeps (or one whose rule language differs) answers 410: take the full bundle. A version this
    replica has not reached yet answers 409 with `Retry-After`.

    Args:
        since (int): The content_version of what you hold.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BundleDelta | Problem
    """

    return sync_detailed(
        client=client,
        since=since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: int,
) -> Response[Any | BundleDelta | Problem]:
    """Get what changed in the bundle since a version

     For a client holding the bundle (or the result of earlier changes) at `since`: the resources created
    or changed since, the keys of those retired, and a collection's new order where it changed. Applied
    as `BundleDelta` says, it gives exactly the current `GET /v1/bundle`. A version older than the
    server keeps (or one whose rule language differs) answers 410: take the full bundle. A version this
    replica has not reached yet answers 409 with `Retry-After`.

    Args:
        since (int): The content_version of what you hold.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BundleDelta | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: int,
) -> Any | BundleDelta | Problem | None:
    """Get what changed in the bundle since a version

     For a client holding the bundle (or the result of earlier changes) at `since`: the resources created
    or changed since, the keys of those retired, and a collection's new order where it changed. Applied
    as `BundleDelta` says, it gives exactly the current `GET /v1/bundle`. A version older than the
    server keeps (or one whose rule language differs) answers 410: take the full bundle. A version this
    replica has not reached yet answers 409 with `Retry-After`.

    Args:
        since (int): The content_version of what you hold.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BundleDelta | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
        )
    ).parsed

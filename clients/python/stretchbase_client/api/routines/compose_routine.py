from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compose_request import ComposeRequest
from ...models.composed_routine import ComposedRoutine
from ...models.problem import Problem
from ...models.saved_composition import SavedComposition
from ...types import Response


def _get_kwargs(
    *,
    body: ComposeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/routines/compose",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComposedRoutine | Problem | SavedComposition | None:
    if response.status_code == 200:
        response_200 = ComposedRoutine.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = SavedComposition.from_dict(response.json())

        return response_201

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[ComposedRoutine | Problem | SavedComposition]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ComposeRequest,
) -> Response[ComposedRoutine | Problem | SavedComposition]:
    """Compose a routine for one person

     Adapts the base routine to the pain level, mobility limits and red flags given. With `save: true`
    the composition is stored and the answer is 201 with a `Location`.

    Args:
        body (ComposeRequest): What a person reports. Lists are sets: duplicates are ignored,
            order does not matter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComposedRoutine | Problem | SavedComposition]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ComposeRequest,
) -> ComposedRoutine | Problem | SavedComposition | None:
    """Compose a routine for one person

     Adapts the base routine to the pain level, mobility limits and red flags given. With `save: true`
    the composition is stored and the answer is 201 with a `Location`.

    Args:
        body (ComposeRequest): What a person reports. Lists are sets: duplicates are ignored,
            order does not matter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComposedRoutine | Problem | SavedComposition
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ComposeRequest,
) -> Response[ComposedRoutine | Problem | SavedComposition]:
    """Compose a routine for one person

     Adapts the base routine to the pain level, mobility limits and red flags given. With `save: true`
    the composition is stored and the answer is 201 with a `Location`.

    Args:
        body (ComposeRequest): What a person reports. Lists are sets: duplicates are ignored,
            order does not matter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComposedRoutine | Problem | SavedComposition]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ComposeRequest,
) -> ComposedRoutine | Problem | SavedComposition | None:
    """Compose a routine for one person

     Adapts the base routine to the pain level, mobility limits and red flags given. With `save: true`
    the composition is stored and the answer is 201 with a `Location`.

    Args:
        body (ComposeRequest): What a person reports. Lists are sets: duplicates are ignored,
            order does not matter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComposedRoutine | Problem | SavedComposition
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

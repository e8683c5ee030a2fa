from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    slug_or_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/routines/{slug_or_id}".format(
            slug_or_id=quote(str(slug_or_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug_or_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Delete a saved routine

     Deletes a saved composition, given the `deletion_token` its save returned as `Authorization: Bearer
    <token>`. Any failure — no token, a wrong one, an unknown or expired id, a curated routine — is the
    same 401, so it tells nothing about the id. With an editor's API key instead, a curated routine's
    slug retires that routine (scope `content:write`, its current ETag in `If-Match`, as every editor's
    write).

    Args:
        slug_or_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        slug_or_id=slug_or_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug_or_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Delete a saved routine

     Deletes a saved composition, given the `deletion_token` its save returned as `Authorization: Bearer
    <token>`. Any failure — no token, a wrong one, an unknown or expired id, a curated routine — is the
    same 401, so it tells nothing about the id. With an editor's API key instead, a curated routine's
    slug retires that routine (scope `content:write`, its current ETag in `If-Match`, as every editor's
    write).

    Args:
        slug_or_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        slug_or_id=slug_or_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    slug_or_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Delete a saved routine

     Deletes a saved composition, given the `deletion_token` its save returned as `Authorization: Bearer
    <token>`. Any failure — no token, a wrong one, an unknown or expired id, a curated routine — is the
    same 401, so it tells nothing about the id. With an editor's API key instead, a curated routine's
    slug retires that routine (scope `content:write`, its current ETag in `If-Match`, as every editor's
    write).

    Args:
        slug_or_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        slug_or_id=slug_or_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug_or_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Delete a saved routine

     Deletes a saved composition, given the `deletion_token` its save returned as `Authorization: Bearer
    <token>`. Any failure — no token, a wrong one, an unknown or expired id, a curated routine — is the
    same 401, so it tells nothing about the id. With an editor's API key instead, a curated routine's
    slug retires that routine (scope `content:write`, its current ETag in `If-Match`, as every editor's
    write).

    Args:
        slug_or_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            slug_or_id=slug_or_id,
            client=client,
        )
    ).parsed

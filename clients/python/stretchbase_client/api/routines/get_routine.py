from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.routine_public import RoutinePublic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slug_or_id: str,
    *,
    fields: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_fields: None | str | Unset
    if isinstance(fields, Unset):
        json_fields = UNSET
    else:
        json_fields = fields
    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/routines/{slug_or_id}".format(
            slug_or_id=quote(str(slug_or_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | RoutinePublic | None:
    if response.status_code == 200:
        response_200 = RoutinePublic.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Any | Problem | RoutinePublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: None | str | Unset = UNSET,
) -> Response[Any | Problem | RoutinePublic]:
    """Get one routine

     A curated routine by slug or id, or a saved composition by the id its save returned (`Cache-Control:
    private`): ordered items, each with its pose, dose and steps.

    Args:
        slug_or_id (str):
        fields (None | str | Unset): Comma-separated fields to return (sparse fieldset); all when
            absent. With it, the response is `application/vnd.stretchbase.fields+json`: the same JSON,
            only those fields. Accepted: id, slug, name, description, kind, items, total_seconds,
            source, cautions, composition, links.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RoutinePublic]
    """

    kwargs = _get_kwargs(
        slug_or_id=slug_or_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: None | str | Unset = UNSET,
) -> Any | Problem | RoutinePublic | None:
    """Get one routine

     A curated routine by slug or id, or a saved composition by the id its save returned (`Cache-Control:
    private`): ordered items, each with its pose, dose and steps.

    Args:
        slug_or_id (str):
        fields (None | str | Unset): Comma-separated fields to return (sparse fieldset); all when
            absent. With it, the response is `application/vnd.stretchbase.fields+json`: the same JSON,
            only those fields. Accepted: id, slug, name, description, kind, items, total_seconds,
            source, cautions, composition, links.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | RoutinePublic
    """

    return sync_detailed(
        slug_or_id=slug_or_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    slug_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: None | str | Unset = UNSET,
) -> Response[Any | Problem | RoutinePublic]:
    """Get one routine

     A curated routine by slug or id, or a saved composition by the id its save returned (`Cache-Control:
    private`): ordered items, each with its pose, dose and steps.

    Args:
        slug_or_id (str):
        fields (None | str | Unset): Comma-separated fields to return (sparse fieldset); all when
            absent. With it, the response is `application/vnd.stretchbase.fields+json`: the same JSON,
            only those fields. Accepted: id, slug, name, description, kind, items, total_seconds,
            source, cautions, composition, links.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RoutinePublic]
    """

    kwargs = _get_kwargs(
        slug_or_id=slug_or_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug_or_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: None | str | Unset = UNSET,
) -> Any | Problem | RoutinePublic | None:
    """Get one routine

     A curated routine by slug or id, or a saved composition by the id its save returned (`Cache-Control:
    private`): ordered items, each with its pose, dose and steps.

    Args:
        slug_or_id (str):
        fields (None | str | Unset): Comma-separated fields to return (sparse fieldset); all when
            absent. With it, the response is `application/vnd.stretchbase.fields+json`: the same JSON,
            only those fields. Accepted: id, slug, name, description, kind, items, total_seconds,
            source, cautions, composition, links.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | RoutinePublic
    """

    return (
        await asyncio_detailed(
            slug_or_id=slug_or_id,
            client=client,
            fields=fields,
        )
    ).parsed

from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bundle import Bundle
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since: int | None | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    else:
        json_since = since
    params["since"] = json_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/bundle",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Bundle | Problem | None:
    if response.status_code == 200:
        response_200 = Bundle.from_dict(response.json())

        return response_200

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

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
) -> Response[Any | Bundle | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: int | None | Unset = UNSET,
) -> Response[Any | Bundle | Problem]:
    """Get every public resource at once

     Poses (with steps and modifications), routines, safety rules, the vocabulary, sources with their
    licences and the questionnaire, at one `content_version`, each as its own endpoint serves it;
    figures are linked from `media`. For apps that work offline and partners that mirror the content:
    keep it with its `ETag` and revalidate (`If-None-Match` → 304). Built once per content version; sent
    gzipped when accepted. What changed since a version you hold: `GET /v1/bundle/changes?since=`.

    Args:
        since (int | None | Unset): Redirects (303) to `/v1/bundle/changes?since=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Bundle | Problem]
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
    since: int | None | Unset = UNSET,
) -> Any | Bundle | Problem | None:
    """Get every public resource at once

     Poses (with steps and modifications), routines, safety rules, the vocabulary, sources with their
    licences and the questionnaire, at one `content_version`, each as its own endpoint serves it;
    figures are linked from `media`. For apps that work offline and partners that mirror the content:
    keep it with its `ETag` and revalidate (`If-None-Match` → 304). Built once per content version; sent
    gzipped when accepted. What changed since a version you hold: `GET /v1/bundle/changes?since=`.

    Args:
        since (int | None | Unset): Redirects (303) to `/v1/bundle/changes?since=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Bundle | Problem
    """

    return sync_detailed(
        client=client,
        since=since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: int | None | Unset = UNSET,
) -> Response[Any | Bundle | Problem]:
    """Get every public resource at once

     Poses (with steps and modifications), routines, safety rules, the vocabulary, sources with their
    licences and the questionnaire, at one `content_version`, each as its own endpoint serves it;
    figures are linked from `media`. For apps that work offline and partners that mirror the content:
    keep it with its `ETag` and revalidate (`If-None-Match` → 304). Built once per content version; sent
    gzipped when accepted. What changed since a version you hold: `GET /v1/bundle/changes?since=`.

    Args:
        since (int | None | Unset): Redirects (303) to `/v1/bundle/changes?since=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Bundle | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: int | None | Unset = UNSET,
) -> Any | Bundle | Problem | None:
    """Get every public resource at once

     Poses (with steps and modifications), routines, safety rules, the vocabulary, sources with their
    licences and the questionnaire, at one `content_version`, each as its own endpoint serves it;
    figures are linked from `media`. For apps that work offline and partners that mirror the content:
    keep it with its `ETag` and revalidate (`If-None-Match` → 304). Built once per content version; sent
    gzipped when accepted. What changed since a version you hold: `GET /v1/bundle/changes?since=`.

    Args:
        since (int | None | Unset): Redirects (303) to `/v1/bundle/changes?since=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Bundle | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
        )
    ).parsed

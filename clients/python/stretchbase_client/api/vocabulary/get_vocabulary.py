from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.vocabulary_document import VocabularyDocument
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/vocabulary",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | VocabularyDocument | None:
    if response.status_code == 200:
        response_200 = VocabularyDocument.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

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
) -> Response[Any | Problem | VocabularyDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem | VocabularyDocument]:
    """Get the vocabulary's texts

     Every mobility limit's and red flag's label, question, help text and `ask_if`, by slug, in the order
    a client asks them: the vocabulary as one resource, which editors change with `PUT` or `PATCH`
    (docs/editing.md). A term is never part of a URL, where a log could keep what a person answered.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | VocabularyDocument]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | VocabularyDocument | None:
    """Get the vocabulary's texts

     Every mobility limit's and red flag's label, question, help text and `ask_if`, by slug, in the order
    a client asks them: the vocabulary as one resource, which editors change with `PUT` or `PATCH`
    (docs/editing.md). A term is never part of a URL, where a log could keep what a person answered.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | VocabularyDocument
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem | VocabularyDocument]:
    """Get the vocabulary's texts

     Every mobility limit's and red flag's label, question, help text and `ask_if`, by slug, in the order
    a client asks them: the vocabulary as one resource, which editors change with `PUT` or `PATCH`
    (docs/editing.md). A term is never part of a URL, where a log could keep what a person answered.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | VocabularyDocument]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | VocabularyDocument | None:
    """Get the vocabulary's texts

     Every mobility limit's and red flag's label, question, help text and `ask_if`, by slug, in the order
    a client asks them: the vocabulary as one resource, which editors change with `PUT` or `PATCH`
    (docs/editing.md). A term is never part of a URL, where a log could keep what a person answered.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | VocabularyDocument
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

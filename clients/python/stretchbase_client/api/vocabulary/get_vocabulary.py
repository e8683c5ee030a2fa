from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.vocabulary import Vocabulary
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/vocabulary",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | Vocabulary | None:
    if response.status_code == 200:
        response_200 = Vocabulary.from_dict(response.json())

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
) -> Response[Any | Problem | Vocabulary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem | Vocabulary]:
    """Get the vocabulary's texts (as editors change them)

     Every mobility limit and red flag by slug, in the order the questionnaire asks them, with its label,
    question, help text and `ask_if`: the form `PUT` and `PATCH /v1/vocabulary` take. The terms
    themselves are the rule language's, fixed in code. There is no path per term: a client fetching one
    for a person would write what they reported into access logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | Vocabulary]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | Vocabulary | None:
    """Get the vocabulary's texts (as editors change them)

     Every mobility limit and red flag by slug, in the order the questionnaire asks them, with its label,
    question, help text and `ask_if`: the form `PUT` and `PATCH /v1/vocabulary` take. The terms
    themselves are the rule language's, fixed in code. There is no path per term: a client fetching one
    for a person would write what they reported into access logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | Vocabulary
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem | Vocabulary]:
    """Get the vocabulary's texts (as editors change them)

     Every mobility limit and red flag by slug, in the order the questionnaire asks them, with its label,
    question, help text and `ask_if`: the form `PUT` and `PATCH /v1/vocabulary` take. The terms
    themselves are the rule language's, fixed in code. There is no path per term: a client fetching one
    for a person would write what they reported into access logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | Vocabulary]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | Vocabulary | None:
    """Get the vocabulary's texts (as editors change them)

     Every mobility limit and red flag by slug, in the order the questionnaire asks them, with its label,
    question, help text and `ask_if`: the form `PUT` and `PATCH /v1/vocabulary` take. The terms
    themselves are the rule language's, fixed in code. There is no path per term: a client fetching one
    for a person would write what they reported into access logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | Vocabulary
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed

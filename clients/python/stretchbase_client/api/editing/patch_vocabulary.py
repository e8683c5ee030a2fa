from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.vocabulary import Vocabulary
from ...models.vocabulary_patch import VocabularyPatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: VocabularyPatch,
    if_match: None | str | Unset = UNSET,
    revision_message: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    if not isinstance(revision_message, Unset):
        headers["Revision-Message"] = revision_message

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/vocabulary",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Vocabulary | None:
    if response.status_code == 200:
        response_200 = Vocabulary.from_dict(response.json())

        return response_200

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

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[Problem | Vocabulary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VocabularyPatch,
    if_match: None | str | Unset = UNSET,
    revision_message: None | str | Unset = UNSET,
) -> Response[Problem | Vocabulary]:
    """Change part of the vocabulary

     Applies a JSON Merge Patch (RFC 7396, `application/merge-patch+json`) to the vocabulary as `GET`
    serves it, given its current ETag in `If-Match`: `{"red_flags": {"saddle_numbness": {"question":
    "…"}}}` changes one question. `ask_if: null` asks a question of everyone; a term cannot be added or
    removed (422).

    Args:
        if_match (None | str | Unset): The resource's current strong ETag (GET it): required to
            change or retire an existing resource (none → 428, a stale one → 412).
        revision_message (None | str | Unset): An optional note kept with the revision (why the
            change was made): UTF-8, at most 500 characters, one line.
        body (VocabularyPatch): A JSON Merge Patch (RFC 7396) of Vocabulary: the members sent
            replace the current ones, `null` removes an optional one, a list is replaced whole.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Vocabulary]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
        revision_message=revision_message,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: VocabularyPatch,
    if_match: None | str | Unset = UNSET,
    revision_message: None | str | Unset = UNSET,
) -> Problem | Vocabulary | None:
    """Change part of the vocabulary

     Applies a JSON Merge Patch (RFC 7396, `application/merge-patch+json`) to the vocabulary as `GET`
    serves it, given its current ETag in `If-Match`: `{"red_flags": {"saddle_numbness": {"question":
    "…"}}}` changes one question. `ask_if: null` asks a question of everyone; a term cannot be added or
    removed (422).

    Args:
        if_match (None | str | Unset): The resource's current strong ETag (GET it): required to
            change or retire an existing resource (none → 428, a stale one → 412).
        revision_message (None | str | Unset): An optional note kept with the revision (why the
            change was made): UTF-8, at most 500 characters, one line.
        body (VocabularyPatch): A JSON Merge Patch (RFC 7396) of Vocabulary: the members sent
            replace the current ones, `null` removes an optional one, a list is replaced whole.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Vocabulary
    """

    return sync_detailed(
        client=client,
        body=body,
        if_match=if_match,
        revision_message=revision_message,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VocabularyPatch,
    if_match: None | str | Unset = UNSET,
    revision_message: None | str | Unset = UNSET,
) -> Response[Problem | Vocabulary]:
    """Change part of the vocabulary

     Applies a JSON Merge Patch (RFC 7396, `application/merge-patch+json`) to the vocabulary as `GET`
    serves it, given its current ETag in `If-Match`: `{"red_flags": {"saddle_numbness": {"question":
    "…"}}}` changes one question. `ask_if: null` asks a question of everyone; a term cannot be added or
    removed (422).

    Args:
        if_match (None | str | Unset): The resource's current strong ETag (GET it): required to
            change or retire an existing resource (none → 428, a stale one → 412).
        revision_message (None | str | Unset): An optional note kept with the revision (why the
            change was made): UTF-8, at most 500 characters, one line.
        body (VocabularyPatch): A JSON Merge Patch (RFC 7396) of Vocabulary: the members sent
            replace the current ones, `null` removes an optional one, a list is replaced whole.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Vocabulary]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
        revision_message=revision_message,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VocabularyPatch,
    if_match: None | str | Unset = UNSET,
    revision_message: None | str | Unset = UNSET,
) -> Problem | Vocabulary | None:
    """Change part of the vocabulary

     Applies a JSON Merge Patch (RFC 7396, `application/merge-patch+json`) to the vocabulary as `GET`
    serves it, given its current ETag in `If-Match`: `{"red_flags": {"saddle_numbness": {"question":
    "…"}}}` changes one question. `ask_if: null` asks a question of everyone; a term cannot be added or
    removed (422).

    Args:
        if_match (None | str | Unset): The resource's current strong ETag (GET it): required to
            change or retire an existing resource (none → 428, a stale one → 412).
        revision_message (None | str | Unset): An optional note kept with the revision (why the
            change was made): UTF-8, at most 500 characters, one line.
        body (VocabularyPatch): A JSON Merge Patch (RFC 7396) of Vocabulary: the members sent
            replace the current ones, `null` removes an optional one, a list is replaced whole.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Vocabulary
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            if_match=if_match,
            revision_message=revision_message,
        )
    ).parsed

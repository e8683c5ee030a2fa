from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.safety_rule_public import SafetyRulePublic
from ...models.safety_rule_spec import SafetyRuleSpec
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SafetyRuleSpec,
    revision_message: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(revision_message, Unset):
        headers["Revision-Message"] = revision_message

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/safety-rules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SafetyRulePublic | None:
    if response.status_code == 201:
        response_201 = SafetyRulePublic.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[Problem | SafetyRulePublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SafetyRuleSpec,
    revision_message: None | str | Unset = UNSET,
) -> Response[Problem | SafetyRulePublic]:
    """Create a safety rule

     Creates a safety rule (scope `rules:write`). Validated as the seed is; the safety gate checks the
    content it would make. Answers 201 with `Location` and the new `ETag`.

    Args:
        revision_message (None | str | Unset): An optional note kept with the revision (why the
            change was made): UTF-8, at most 500 characters, one line.
        body (SafetyRuleSpec): One rule of the rule base, as seeded, stored and served.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SafetyRulePublic]
    """

    kwargs = _get_kwargs(
        body=body,
        revision_message=revision_message,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SafetyRuleSpec,
    revision_message: None | str | Unset = UNSET,
) -> Problem | SafetyRulePublic | None:
    """Create a safety rule

     Creates a safety rule (scope `rules:write`). Validated as the seed is; the safety gate checks the
    content it would make. Answers 201 with `Location` and the new `ETag`.

    Args:
        revision_message (None | str | Unset): An optional note kept with the revision (why the
            change was made): UTF-8, at most 500 characters, one line.
        body (SafetyRuleSpec): One rule of the rule base, as seeded, stored and served.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SafetyRulePublic
    """

    return sync_detailed(
        client=client,
        body=body,
        revision_message=revision_message,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SafetyRuleSpec,
    revision_message: None | str | Unset = UNSET,
) -> Response[Problem | SafetyRulePublic]:
    """Create a safety rule

     Creates a safety rule (scope `rules:write`). Validated as the seed is; the safety gate checks the
    content it would make. Answers 201 with `Location` and the new `ETag`.

    Args:
        revision_message (None | str | Unset): An optional note kept with the revision (why the
            change was made): UTF-8, at most 500 characters, one line.
        body (SafetyRuleSpec): One rule of the rule base, as seeded, stored and served.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SafetyRulePublic]
    """

    kwargs = _get_kwargs(
        body=body,
        revision_message=revision_message,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SafetyRuleSpec,
    revision_message: None | str | Unset = UNSET,
) -> Problem | SafetyRulePublic | None:
    """Create a safety rule

     Creates a safety rule (scope `rules:write`). Validated as the seed is; the safety gate checks the
    content it would make. Answers 201 with `Location` and the new `ETag`.

    Args:
        revision_message (None | str | Unset): An optional note kept with the revision (why the
            change was made): UTF-8, at most 500 characters, one line.
        body (SafetyRuleSpec): One rule of the rule base, as seeded, stored and served.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SafetyRulePublic
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            revision_message=revision_message,
        )
    ).parsed

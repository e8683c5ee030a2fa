from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rule_kind import RuleKind
from ...models.safety_rule_public_page import SafetyRulePublicPage
from ...models.severity import Severity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: None | RuleKind | Unset = UNSET,
    severity: None | Severity | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, str):
        json_kind = kind
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_severity: None | str | Unset
    if isinstance(severity, Unset):
        json_severity = UNSET
    elif isinstance(severity, str):
        json_severity = severity
    else:
        json_severity = severity
    params["severity"] = json_severity

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/safety-rules",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | SafetyRulePublicPage | None:
    if response.status_code == 200:
        response_200 = SafetyRulePublicPage.from_dict(response.json())

        return response_200

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
) -> Response[Any | Problem | SafetyRulePublicPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: None | RuleKind | Unset = UNSET,
    severity: None | Severity | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[Any | Problem | SafetyRulePublicPage]:
    """List safety rules

     In evaluation order: red flags, pain bands, mobility limits, duration, session.

    Args:
        kind (None | RuleKind | Unset):
        severity (None | Severity | Unset):
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SafetyRulePublicPage]
    """

    kwargs = _get_kwargs(
        kind=kind,
        severity=severity,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    kind: None | RuleKind | Unset = UNSET,
    severity: None | Severity | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Any | Problem | SafetyRulePublicPage | None:
    """List safety rules

     In evaluation order: red flags, pain bands, mobility limits, duration, session.

    Args:
        kind (None | RuleKind | Unset):
        severity (None | Severity | Unset):
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SafetyRulePublicPage
    """

    return sync_detailed(
        client=client,
        kind=kind,
        severity=severity,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    kind: None | RuleKind | Unset = UNSET,
    severity: None | Severity | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[Any | Problem | SafetyRulePublicPage]:
    """List safety rules

     In evaluation order: red flags, pain bands, mobility limits, duration, session.

    Args:
        kind (None | RuleKind | Unset):
        severity (None | Severity | Unset):
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SafetyRulePublicPage]
    """

    kwargs = _get_kwargs(
        kind=kind,
        severity=severity,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    kind: None | RuleKind | Unset = UNSET,
    severity: None | Severity | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Any | Problem | SafetyRulePublicPage | None:
    """List safety rules

     In evaluation order: red flags, pain bands, mobility limits, duration, session.

    Args:
        kind (None | RuleKind | Unset):
        severity (None | Severity | Unset):
        limit (int | Unset): Items per page (1–100). Default: 20.
        offset (int | Unset): Items to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SafetyRulePublicPage
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            severity=severity,
            limit=limit,
            offset=offset,
        )
    ).parsed

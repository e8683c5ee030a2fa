from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.composed_routine import ComposedRoutine
from ...models.mobility_limit import MobilityLimit
from ...models.problem import Problem
from ...models.red_flag import RedFlag
from ...models.region import Region
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pain_level: int,
    mobility_limits: list[MobilityLimit] | Unset = UNSET,
    red_flags: list[RedFlag] | Unset = UNSET,
    days_with_pain: int | None | Unset = UNSET,
    minutes: int | None | Unset = UNSET,
    base_routine: str | Unset = "seven-best-hip-stretches",
    region: None | Region | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pain_level"] = pain_level

    json_mobility_limits: list[str] | Unset = UNSET
    if not isinstance(mobility_limits, Unset):
        json_mobility_limits = []
        for mobility_limits_item_data in mobility_limits:
            mobility_limits_item: str = mobility_limits_item_data
            json_mobility_limits.append(mobility_limits_item)

    params["mobility_limits"] = json_mobility_limits

    json_red_flags: list[str] | Unset = UNSET
    if not isinstance(red_flags, Unset):
        json_red_flags = []
        for red_flags_item_data in red_flags:
            red_flags_item: str = red_flags_item_data
            json_red_flags.append(red_flags_item)

    params["red_flags"] = json_red_flags

    json_days_with_pain: int | None | Unset
    if isinstance(days_with_pain, Unset):
        json_days_with_pain = UNSET
    else:
        json_days_with_pain = days_with_pain
    params["days_with_pain"] = json_days_with_pain

    json_minutes: int | None | Unset
    if isinstance(minutes, Unset):
        json_minutes = UNSET
    else:
        json_minutes = minutes
    params["minutes"] = json_minutes

    params["base_routine"] = base_routine

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    elif isinstance(region, str):
        json_region = region
    else:
        json_region = region
    params["region"] = json_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/routines/compose",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ComposedRoutine | Problem | None:
    if response.status_code == 200:
        response_200 = ComposedRoutine.from_dict(response.json())

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
) -> Response[Any | ComposedRoutine | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    pain_level: int,
    mobility_limits: list[MobilityLimit] | Unset = UNSET,
    red_flags: list[RedFlag] | Unset = UNSET,
    days_with_pain: int | None | Unset = UNSET,
    minutes: int | None | Unset = UNSET,
    base_routine: str | Unset = "seven-best-hip-stretches",
    region: None | Region | Unset = UNSET,
) -> Response[Any | ComposedRoutine | Problem]:
    """Compose a routine (GET form)

     The same as POST /v1/routines/compose with the same names as query parameters, for curl and caches;
    `mobility_limits` and `red_flags` repeat. It never saves. Any other parameter, or a repeated single-
    valued one, is a 422: a misspelt red flag must never be ignored.

    Args:
        pain_level (int): Pain now, 0–10.
        mobility_limits (list[MobilityLimit] | Unset): A mobility limit; repeat it.
        red_flags (list[RedFlag] | Unset): A red flag; repeat it.
        days_with_pain (int | None | Unset):
        minutes (int | None | Unset):
        base_routine (str | Unset):  Default: 'seven-best-hip-stretches'.
        region (None | Region | Unset): Adds that region's services to a referral.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ComposedRoutine | Problem]
    """

    kwargs = _get_kwargs(
        pain_level=pain_level,
        mobility_limits=mobility_limits,
        red_flags=red_flags,
        days_with_pain=days_with_pain,
        minutes=minutes,
        base_routine=base_routine,
        region=region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    pain_level: int,
    mobility_limits: list[MobilityLimit] | Unset = UNSET,
    red_flags: list[RedFlag] | Unset = UNSET,
    days_with_pain: int | None | Unset = UNSET,
    minutes: int | None | Unset = UNSET,
    base_routine: str | Unset = "seven-best-hip-stretches",
    region: None | Region | Unset = UNSET,
) -> Any | ComposedRoutine | Problem | None:
    """Compose a routine (GET form)

     The same as POST /v1/routines/compose with the same names as query parameters, for curl and caches;
    `mobility_limits` and `red_flags` repeat. It never saves. Any other parameter, or a repeated single-
    valued one, is a 422: a misspelt red flag must never be ignored.

    Args:
        pain_level (int): Pain now, 0–10.
        mobility_limits (list[MobilityLimit] | Unset): A mobility limit; repeat it.
        red_flags (list[RedFlag] | Unset): A red flag; repeat it.
        days_with_pain (int | None | Unset):
        minutes (int | None | Unset):
        base_routine (str | Unset):  Default: 'seven-best-hip-stretches'.
        region (None | Region | Unset): Adds that region's services to a referral.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ComposedRoutine | Problem
    """

    return sync_detailed(
        client=client,
        pain_level=pain_level,
        mobility_limits=mobility_limits,
        red_flags=red_flags,
        days_with_pain=days_with_pain,
        minutes=minutes,
        base_routine=base_routine,
        region=region,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pain_level: int,
    mobility_limits: list[MobilityLimit] | Unset = UNSET,
    red_flags: list[RedFlag] | Unset = UNSET,
    days_with_pain: int | None | Unset = UNSET,
    minutes: int | None | Unset = UNSET,
    base_routine: str | Unset = "seven-best-hip-stretches",
    region: None | Region | Unset = UNSET,
) -> Response[Any | ComposedRoutine | Problem]:
    """Compose a routine (GET form)

     The same as POST /v1/routines/compose with the same names as query parameters, for curl and caches;
    `mobility_limits` and `red_flags` repeat. It never saves. Any other parameter, or a repeated single-
    valued one, is a 422: a misspelt red flag must never be ignored.

    Args:
        pain_level (int): Pain now, 0–10.
        mobility_limits (list[MobilityLimit] | Unset): A mobility limit; repeat it.
        red_flags (list[RedFlag] | Unset): A red flag; repeat it.
        days_with_pain (int | None | Unset):
        minutes (int | None | Unset):
        base_routine (str | Unset):  Default: 'seven-best-hip-stretches'.
        region (None | Region | Unset): Adds that region's services to a referral.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ComposedRoutine | Problem]
    """

    kwargs = _get_kwargs(
        pain_level=pain_level,
        mobility_limits=mobility_limits,
        red_flags=red_flags,
        days_with_pain=days_with_pain,
        minutes=minutes,
        base_routine=base_routine,
        region=region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    pain_level: int,
    mobility_limits: list[MobilityLimit] | Unset = UNSET,
    red_flags: list[RedFlag] | Unset = UNSET,
    days_with_pain: int | None | Unset = UNSET,
    minutes: int | None | Unset = UNSET,
    base_routine: str | Unset = "seven-best-hip-stretches",
    region: None | Region | Unset = UNSET,
) -> Any | ComposedRoutine | Problem | None:
    """Compose a routine (GET form)

     The same as POST /v1/routines/compose with the same names as query parameters, for curl and caches;
    `mobility_limits` and `red_flags` repeat. It never saves. Any other parameter, or a repeated single-
    valued one, is a 422: a misspelt red flag must never be ignored.

    Args:
        pain_level (int): Pain now, 0–10.
        mobility_limits (list[MobilityLimit] | Unset): A mobility limit; repeat it.
        red_flags (list[RedFlag] | Unset): A red flag; repeat it.
        days_with_pain (int | None | Unset):
        minutes (int | None | Unset):
        base_routine (str | Unset):  Default: 'seven-best-hip-stretches'.
        region (None | Region | Unset): Adds that region's services to a referral.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ComposedRoutine | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            pain_level=pain_level,
            mobility_limits=mobility_limits,
            red_flags=red_flags,
            days_with_pain=days_with_pain,
            minutes=minutes,
            base_routine=base_routine,
            region=region,
        )
    ).parsed

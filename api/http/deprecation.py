"""Deprecation and sunset: how `/v1` retires an operation, a query parameter or a response
field without breaking a client that has not moved yet (docs/partners.md, "Versioning and
deprecation").

A route declares what it deprecates with `@deprecated(...)` under its `@router.<method>(...)`;
from then on:

- every response of that operation (for a parameter: every request that sends it) carries
  `Deprecation: @<unix seconds>` (RFC 9745), `Sunset: <HTTP-date>` (RFC 8594) when a removal
  date is set, and `Link: <notice>; rel="deprecation"` to the notice that says what to use
  instead (RFC 9745 §3; with a sunset, the same link as `rel="sunset"`, RFC 8594 §3);
- the spec marks the operation or the parameter `deprecated: true` and says in its
  description since when, until when, and what replaces it.

The edge middleware adds the headers (`headers_for`), so they are on every response of the
route — problems, 304s and responses replayed from the response cache included (the cache
restores the route it replays).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any, Literal, TypeVar
from urllib.parse import parse_qsl

from fastapi.routing import iter_route_contexts
from starlette.routing import BaseRoute

NOTICES_ATTRIBUTE = "__deprecations__"
Headers = list[tuple[bytes, bytes]]
Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])


@dataclass(frozen=True)
class Deprecation:
    """One deprecated thing: the operation itself (neither `parameter` nor `field`), one of its
    query parameters, or one field of its responses."""

    since: datetime
    link: str
    instead: str
    sunset: datetime | None = None
    parameter: str | None = None
    field: str | None = None

    def __post_init__(self) -> None:
        for moment in (self.since, self.sunset):
            if moment is not None and moment.utcoffset() is None:
                raise ValueError("deprecation dates are timezone-aware (UTC)")
        if self.sunset is not None and self.sunset <= self.since:
            raise ValueError("a sunset comes after the deprecation")
        if self.parameter is not None and self.field is not None:
            raise ValueError("a notice deprecates one parameter or one field, not both")

    @property
    def kind(self) -> Literal["operation", "parameter", "field"]:
        if self.parameter is not None:
            return "parameter"
        return "field" if self.field is not None else "operation"

    def headers(self) -> Headers:
        headers = [
            (b"deprecation", f"@{int(self.since.timestamp())}".encode()),
            (b"link", f'<{self.link}>; rel="deprecation"'.encode()),
        ]
        if self.sunset is not None:
            sunset = format_datetime(self.sunset.astimezone(UTC), usegmt=True)
            headers += [
                (b"sunset", sunset.encode()),
                (b"link", f'<{self.link}>; rel="sunset"'.encode()),
            ]
        return headers

    def description(self) -> str:
        """The sentence the spec adds to what is deprecated."""
        when = f"Deprecated since {self.since.date().isoformat()}"
        if self.sunset is not None:
            when += f"; removed after {self.sunset.date().isoformat()} (`Sunset`)"
        return f"**{when}.** {self.instead} Notice: {self.link}"


def deprecated(notice: Deprecation) -> Callable[[Endpoint], Endpoint]:
    """Declare `notice` on the route's endpoint (put it under the `@router.<method>` line)."""

    def declare(endpoint: Endpoint) -> Endpoint:
        notices = (*getattr(endpoint, NOTICES_ATTRIBUTE, ()), notice)
        kinds = [n.kind for n in notices]
        if kinds.count("operation") > 1:
            raise ValueError(f"{endpoint.__name__}: the operation is deprecated twice")
        setattr(endpoint, NOTICES_ATTRIBUTE, notices)
        return endpoint

    return declare


def notices_of(route: object) -> tuple[Deprecation, ...]:
    return getattr(getattr(route, "endpoint", None), NOTICES_ATTRIBUTE, ())


def headers_for(route: object, query_string: bytes) -> Headers:
    """The headers a response of `route` carries for this request: the operation's and its
    fields' notices always, a parameter's when the request sends it."""
    notices = notices_of(route)
    if not notices:
        return []
    sent: set[str] | None = None
    headers: Headers = []
    for notice in notices:
        if notice.parameter is not None:
            if sent is None:
                query = query_string.decode("latin-1")
                sent = {name for name, _ in parse_qsl(query, keep_blank_values=True)}
            if notice.parameter not in sent:
                continue
        headers += [h for h in notice.headers() if h not in headers]
    return _one_deprecation(headers)


def _one_deprecation(headers: Headers) -> Headers:
    """`Deprecation` and `Sunset` are single values: with several notices in play, the
    earliest deprecation and the earliest sunset."""
    single: dict[bytes, tuple[float, bytes]] = {}
    rest = []
    for name, value in headers:
        if name == b"deprecation":
            moment = float(value[1:])
        elif name == b"sunset":
            moment = datetime.strptime(value.decode(), "%a, %d %b %Y %H:%M:%S GMT").timestamp()
        else:
            rest.append((name, value))
            continue
        if name not in single or moment < single[name][0]:
            single[name] = (moment, value)
    return [(name, value) for name, (_, value) in single.items()] + rest


DEPRECATION_HEADERS = {
    "Deprecation": {
        "description": "RFC 9745: when this was deprecated, as `@<unix seconds>`.",
        "schema": {"type": "string"},
    },
    "Sunset": {
        "description": "RFC 8594: when it will be removed (an HTTP-date).",
        "schema": {"type": "string"},
    },
}


def mark_deprecations(spec: dict[str, Any], routes: Iterable[BaseRoute]) -> None:
    """Mark in the spec what the routes deprecate: `deprecated: true` on the operation or the
    parameter, a sentence in its description, and the headers on its responses."""
    for route in iter_route_contexts(list(routes)):
        notices = notices_of(route)
        if not notices or not getattr(route, "include_in_schema", False):
            continue
        for method in route.methods or ():
            operation = spec["paths"].get(route.path_format, {}).get(method.lower())
            if operation is None:
                continue
            for notice in notices:
                if notice.kind == "parameter":
                    parameter = next(
                        p for p in operation.get("parameters", []) if p["name"] == notice.parameter
                    )
                    parameter["deprecated"] = True
                    parameter["description"] = _append(
                        parameter.get("description"), notice.description()
                    )
                    continue
                sentence = notice.description()
                if notice.kind == "operation":
                    operation["deprecated"] = True
                else:  # a field: its schema marks it; the operation says since when
                    sentence = f"Field `{notice.field}`: {sentence}"
                operation["description"] = _append(operation.get("description"), sentence)
            operation["responses"] = {  # copies: some responses are shared (the 304)
                status: response | {"headers": response.get("headers", {}) | DEPRECATION_HEADERS}
                for status, response in operation["responses"].items()
            }


def _append(text: str | None, sentence: str) -> str:
    return sentence if not text else f"{text}\n\n{sentence}"

"""The edge of every request, in one pure ASGI middleware: the request id, CORS, negotiation
(406, 415), the body cap (413) and deadline (408), unexpected errors (500), security headers,
default caching, the access log and the request metrics.

One layer rather than five (asgi-correlation-id, Starlette's CORS and GZip middleware, a
body limit, an instrumentator): each layer costs on every request, and these are a few
comparisons over the raw headers. Measured in bench/RESULTS.md.
"""

import asyncio
import re
import time
import uuid
from contextvars import ContextVar

import structlog
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.http.cors import CorsPolicy
from api.http.deprecation import headers_for
from api.http.problems import UNEXPECTED_DETAIL, public_path, send_problem
from api.observability import Metrics

access_log = structlog.get_logger("stretchbase.access")
error_log = structlog.get_logger("stretchbase.errors")
request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)

REQUEST_ID = re.compile(rb"^[A-Za-z0-9._:-]{1,128}$")
JSON_MEDIA_RANGES = {b"*/*", b"application/*", b"application/json", b"application/problem+json"}
SVG_MEDIA_RANGES = {b"*/*", b"image/*", b"image/svg+xml"}
SVG_SUFFIX = ".svg"  # the pose figures: /v1/poses/{slug}/figure.svg, …/figures/{name}.svg
NEGOTIATED_PREFIXES = ("/v1/", "/healthz", "/readyz")
BODY_METHODS = {"POST", "PUT", "PATCH"}
CHECKED_METHODS = BODY_METHODS | {"DELETE"}  # GET and HEAD go straight on: the hot path
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"cross-origin"),
]
JSON_CSP = (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")
# A figure styles itself with an inline <style>; nothing else may load or run.
SVG_CSP = (
    b"content-security-policy",
    b"default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
)
DEFAULT_CACHE_CONTROL = (b"cache-control", b"no-store")
UNROUTED = {"/docs", "/openapi.json", "/metrics"}


Headers = list[tuple[bytes, bytes]]


class BodyTooLargeError(HTTPException):
    """Raised while the body streams in; an HTTPException so FastAPI passes it through."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The body is over {limit} bytes.")


CLOSE = (b"connection", b"close")


class BodyTimeoutError(HTTPException):
    """The body did not arrive in time (a client trickling it holds a worker and a socket).
    Answered 408 with `Connection: close`: the rest of the body is never read."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            408,
            f"The request body did not arrive within {seconds:g} s; send it at once.",
            headers={"Connection": "close"},
        )


READ_HEADERS = {
    b"accept": "accept",
    b"content-type": "content_type",
    b"content-length": "content_length",
    b"transfer-encoding": "transfer_encoding",
    b"origin": "origin",
    b"access-control-request-method": "preflight",
    b"access-control-request-headers": "preflight_headers",
    b"x-request-id": "request_id",
}


class _Request:
    """What the edge reads from the request headers, in one pass."""

    __slots__ = tuple(READ_HEADERS.values())
    accept: bytes | None
    content_type: bytes | None
    content_length: bytes | None
    transfer_encoding: bytes | None
    origin: bytes | None
    preflight: bytes | None
    preflight_headers: bytes | None
    request_id: bytes | None

    def __init__(self, headers: list[tuple[bytes, bytes]]) -> None:
        for attribute in READ_HEADERS.values():
            setattr(self, attribute, None)
        for name, value in headers:
            read_as = READ_HEADERS.get(name)
            if read_as is not None:
                setattr(self, read_as, value)


def _accepts_json(accept: bytes) -> bool:
    for media_range in accept.split(b","):
        media_type = media_range.split(b";", 1)[0].strip().lower()
        if media_type in JSON_MEDIA_RANGES or media_type.endswith(b"+json"):
            return True
    return False


def _accepts_svg(accept: bytes) -> bool:
    return any(
        media_range.split(b";", 1)[0].strip().lower() in SVG_MEDIA_RANGES
        for media_range in accept.split(b",")
    )


def _bodiless(request: _Request) -> bool:
    """A request with no body and no type (a revert's POST): nothing to refuse as not JSON;
    a route that needs a body says so."""
    return (
        request.content_type is None
        and request.transfer_encoding is None
        and request.content_length in (None, b"0")
    )


def _is_json(content_type: bytes | None) -> bool:
    media_type = (content_type or b"").split(b";", 1)[0].strip().lower()
    return media_type == b"application/json" or media_type.endswith(b"+json")


SAVED_PREFIX = "/v1/routines/"


def _is_id(segment: str) -> bool:
    try:
        uuid.UUID(segment)  # the forms a saved routine's id is read in (api/services/routines)
    except ValueError:
        return False
    return True


def logged_path(scope: Scope, status: int) -> str:
    """The path as the access log holds it: nothing a client chose that could identify a
    person or hold what they reported. A saved routine's id (a bearer secret for health
    data) is `{id}`; a path that was not served (a status of 400 or more) is its route's
    template (`/v1/poses/{slug}`), or, unrouted, cut at its first segment that no route has
    (`/v1/…`) — so neither an answer written into a path nor a query smuggled into it
    (`compose%3Fred_flags=…`, however often encoded) is logged."""
    if status >= 400:
        route = scope.get("route")
        if route is not None and isinstance(template := getattr(route, "path", None), str):
            return template
        routes = getattr(scope.get("app"), "state", None)
        table = getattr(routes, "routes", None)
        return table.known_prefix(scope["path"]) if table is not None else "(not served)"
    path: str = scope["path"]
    if path.startswith(SAVED_PREFIX) and _is_id(path[len(SAVED_PREFIX) :]):
        return SAVED_PREFIX + "{id}"
    return public_path(path)


def _route_label(scope: Scope) -> str:
    route = scope.get("route")
    if route is not None and isinstance(path := getattr(route, "path", None), str):
        return path
    return scope["path"] if scope["path"] in UNROUTED else "(not routed)"


class EdgeMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        metrics: Metrics,
        cors: CorsPolicy,
        body_timeout_seconds: float = 10,
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout_seconds
        self.metrics = metrics
        self.cors = cors

    def _refusal(self, scope: Scope, request: _Request) -> tuple[int, str, Headers] | None:
        """405, 406, 415 or 413, decided from the request line and headers alone."""
        method = scope["method"]
        if request.accept and scope["path"].startswith(NEGOTIATED_PREFIXES):
            if scope["path"].endswith(SVG_SUFFIX):
                if not _accepts_svg(request.accept):
                    detail = "This figure is image/svg+xml (errors application/problem+json)."
                    return 406, detail, []
            elif not _accepts_json(request.accept):
                detail = "This API answers application/json (errors application/problem+json)."
                return 406, detail, []
        if method in CHECKED_METHODS:
            methods = scope["app"].state.routes.methods_for(scope["path"])
            if methods is not None and method not in methods:
                # as FastAPI's 405 (api/http/problems.py), for a path whose routes differ
                allow = ", ".join(sorted(methods))
                detail = f"{method} is not allowed here; allowed: {allow}."
                return 405, detail, [(b"allow", allow.encode())]
            if method in BODY_METHODS and methods is not None and not _bodiless(request):
                if not _is_json(request.content_type):
                    return 415, "Send the body as JSON, with Content-Type: application/json.", []
                length = request.content_length
                if length is not None and (
                    not length.isdigit() or int(length) > self.max_body_bytes
                ):
                    return 413, f"The body is over {self.max_body_bytes} bytes.", []
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started_at = time.perf_counter()
        request = _Request(scope["headers"])
        request_id = request.request_id
        if request_id is None or not REQUEST_ID.match(request_id):
            request_id = uuid.uuid4().hex.encode()
        request_id_var.set(request_id.decode())
        extra = [
            (b"x-request-id", request_id),
            *SECURITY_HEADERS,
            *self.cors.response_headers(request.origin),
        ]
        status = 500
        response_started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                status, response_started = message["status"], True
                headers = message.setdefault("headers", [])
                csp = svg = False
                cache_control = False
                for name, value in headers:
                    if name == b"content-security-policy":
                        csp = True  # the docs page brings its own
                    elif name == b"content-type":
                        svg = value.startswith(b"image/svg+xml")
                    elif name == b"cache-control":
                        cache_control = True
                headers += extra
                headers += headers_for(scope.get("route"), scope["query_string"])
                if not csp:
                    headers.append(SVG_CSP if svg else JSON_CSP)
                if not cache_control:
                    headers.append(DEFAULT_CACHE_CONTROL)
            await send(message)

        try:
            if (
                scope["method"] == "OPTIONS"
                and request.origin is not None
                and request.preflight is not None
            ):
                await self._preflight(scope, send_with_headers, request)
            elif (refusal := self._refusal(scope, request)) is not None:
                status, detail, headers = refusal
                await send_problem(send_with_headers, status, detail, scope["path"], headers)
            else:
                await self.app(scope, self._capped(receive), send_with_headers)
        except BodyTooLargeError as exc:
            if response_started:
                raise
            await send_problem(send_with_headers, 413, exc.detail, scope["path"])
        except BodyTimeoutError as exc:
            if response_started:
                raise
            await send_problem(send_with_headers, 408, exc.detail, scope["path"], [CLOSE])
        except Exception:
            error_log.exception(
                "unhandled error", method=scope["method"], path=logged_path(scope, 500)
            )
            if response_started:
                raise
            await send_problem(send_with_headers, 500, UNEXPECTED_DETAIL, scope["path"])
        finally:
            elapsed = time.perf_counter() - started_at
            route = _route_label(scope)
            self.metrics.observe(scope["method"], route, status, elapsed)
            access_log.info(
                "request",
                request_id=request_id_var.get(),
                method=scope["method"],
                path=logged_path(scope, status),  # never an id, an answer or a query
                route=route,
                status=status,
                duration_ms=round(elapsed * 1000, 3),
            )

    async def _preflight(self, scope: Scope, send: Send, request: _Request) -> None:
        assert request.origin is not None and request.preflight is not None
        allowances, refused = self.cors.preflight(
            request.origin, request.preflight, request.preflight_headers
        )
        if refused:
            detail = f"CORS preflight refused: {', '.join(refused)} not allowed."
            await send_problem(send, 400, detail, scope["path"])
            return
        await send({"type": "http.response.start", "status": 204, "headers": allowances})
        await send({"type": "http.response.body", "body": b""})

    def _capped(self, receive: Receive) -> Receive:
        """The body, at most `max_body_bytes` of it (413), all of it within `body_timeout`
        seconds of the app first asking for it (408). Once the body is complete, a receive
        (waiting for a disconnect, as a streamed response does) is not bounded."""
        received = 0
        deadline: float | None = None
        complete = False

        async def capped_receive() -> Message:
            nonlocal received, deadline, complete
            if complete:
                return await receive()
            if deadline is None:
                deadline = asyncio.get_running_loop().time() + self.body_timeout
            try:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                raise BodyTimeoutError(self.body_timeout) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise BodyTooLargeError(self.max_body_bytes)
                complete = not message.get("more_body", False)
            else:
                complete = True  # disconnected
            return message

        return capped_receive

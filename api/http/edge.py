"""The edge of every request: negotiation (406, 415), body cap (413), unexpected errors (500),
security headers, default caching, the access log and the request metrics.

One pure ASGI middleware rather than several: each layer costs on every request, and these
checks are a few header comparisons.
"""

import logging
import time
from collections.abc import Awaitable, Callable

import structlog
from asgi_correlation_id import correlation_id
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.http.problems import UNEXPECTED_DETAIL, send_problem
from api.observability import Metrics

access_log = structlog.get_logger("stretchbase.access")
error_log = logging.getLogger("stretchbase.errors")

JSON_MEDIA_RANGES = {b"*/*", b"application/*", b"application/json", b"application/problem+json"}
NEGOTIATED_PREFIXES = ("/v1/", "/healthz", "/readyz")
BODY_METHODS = {"POST", "PUT", "PATCH"}
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"cross-origin"),
]
JSON_CSP = (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")
DEFAULT_CACHE_CONTROL = (b"cache-control", b"no-store")
UNROUTED = {"/docs", "/openapi.json", "/metrics", "/redoc", "/docs/oauth2-redirect"}


class BodyTooLargeError(HTTPException):
    """Raised while the body streams in; an HTTPException so FastAPI passes it through."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The body is over {limit} bytes.")


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    for key, value in headers:
        if key == name:
            return value
    return None


def _accepts_json(accept: bytes) -> bool:
    for media_range in accept.split(b","):
        media_type = media_range.split(b";", 1)[0].strip().lower()
        if media_type in JSON_MEDIA_RANGES or media_type.endswith(b"+json"):
            return True
    return False


def _is_json(content_type: bytes | None) -> bool:
    media_type = (content_type or b"").split(b";", 1)[0].strip().lower()
    return media_type == b"application/json" or media_type.endswith(b"+json")


def _route_label(scope: Scope) -> str:
    route = scope.get("route")
    if route is not None and hasattr(route, "path"):
        return route.path
    return scope["path"] if scope["path"] in UNROUTED else "unmatched"


class EdgeMiddleware:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int, metrics: Metrics) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.metrics = metrics

    def _refusal(self, scope: Scope, headers: list[tuple[bytes, bytes]]) -> tuple[int, str] | None:
        """406, 415 or 413 decided from the request line and headers alone."""
        method, path = scope["method"], scope["path"]
        accept = _header(headers, b"accept")
        if accept and path.startswith(NEGOTIATED_PREFIXES) and not _accepts_json(accept):
            return 406, "This API answers application/json (errors application/problem+json)."
        if method in BODY_METHODS:
            if not _is_json(_header(headers, b"content-type")):
                return 415, "Send the body as JSON, with Content-Type: application/json."
            length = _header(headers, b"content-length")
            if length is not None and (not length.isdigit() or int(length) > self.max_body_bytes):
                return 413, f"The body is over {self.max_body_bytes} bytes."
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started_at = time.perf_counter()
        status = 500
        response_started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                status, response_started = message["status"], True
                headers = message.setdefault("headers", [])
                headers += SECURITY_HEADERS
                content_type = _header(headers, b"content-type") or b""
                if not content_type.startswith(b"text/html"):
                    headers.append(JSON_CSP)
                if _header(headers, b"cache-control") is None:
                    headers.append(DEFAULT_CACHE_CONTROL)
            await send(message)

        refusal = self._refusal(scope, scope["headers"])
        try:
            if refusal is not None:
                await send_problem(send_with_headers, *refusal, scope["path"])
            else:
                await self.app(scope, self._capped(receive), send_with_headers)
        except BodyTooLargeError as exc:
            if response_started:
                raise
            await send_problem(send_with_headers, 413, exc.detail, scope["path"])
        except Exception:
            error_log.exception("unhandled error on %s %s", scope["method"], scope["path"])
            if response_started:
                raise
            await send_problem(send_with_headers, 500, UNEXPECTED_DETAIL, scope["path"])
        finally:
            elapsed = time.perf_counter() - started_at
            route = _route_label(scope)
            self.metrics.observe(scope["method"], route, status, elapsed)
            access_log.info(
                "request",
                request_id=correlation_id.get(),
                method=scope["method"],
                path=scope["path"],  # never the query: it can hold what a person reported
                route=route,
                status=status,
                duration_ms=round(elapsed * 1000, 3),
            )

    def _capped(self, receive: Receive) -> Callable[[], Awaitable[Message]]:
        received = 0

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise BodyTooLargeError(self.max_body_bytes)
            return message

        return capped_receive

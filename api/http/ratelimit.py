"""Per-client rate limits for anonymous use, with the IETF RateLimit headers.

Counting is the `limits` library's (fixed window; in memory, or in Redis when REDIS_URL is
set so replicas share counters). What it does not do — the middleware, the
`RateLimit`/`RateLimit-Policy` headers (draft-ietf-httpapi-ratelimit-headers), `Retry-After`,
free revalidations — is here. A conditional request answered 304 is not counted (as GitHub
does): revalidating a cached copy should never cost a client its quota. If the counter store
fails, requests are served without a limit (fail open) and the failure is logged.
"""

import logging
import math
import time

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import FixedWindowRateLimiter
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.http.problems import send_problem

logger = logging.getLogger("stretchbase.ratelimit")

POLICY = "default"
EXEMPT_PATHS = ("/healthz", "/readyz", "/metrics")


def make_storage(redis_url: str | None) -> Storage:
    if redis_url:
        return RedisStorage(f"async+{redis_url}", implementation="redispy")
    return MemoryStorage()


def parse_limit(value: str) -> RateLimitItem | None:
    """`300/minute` → the limit; `off` → None."""
    return None if value.strip().lower() == "off" else parse(value)


class RateLimitMiddleware:
    def __init__(self, app: ASGIApp, *, limit: RateLimitItem, storage: Storage) -> None:
        self.app = app
        self.limit = limit
        self.limiter = FixedWindowRateLimiter(storage)
        self.policy_header = (
            b"ratelimit-policy",
            f'"{POLICY}";q={limit.amount};w={limit.get_expiry()}'.encode(),
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(EXEMPT_PATHS):
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        conditional = any(key == b"if-none-match" for key, _ in scope["headers"])
        try:
            allowed = await (self.limiter.test if conditional else self.limiter.hit)(
                self.limit, client
            )
        except Exception as exc:  # fail open: a broken counter store must not take the API down
            logger.warning("rate limit store unavailable: %s", type(exc).__name__)
            await self.app(scope, receive, send)
            return
        if not allowed:
            await self._too_many(scope, send, client)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                if conditional and message["status"] != 304:
                    await self._count(client)
                message.setdefault("headers", []).extend(await self._headers(client))
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _count(self, client: str) -> None:
        try:
            await self.limiter.hit(self.limit, client)
        except Exception as exc:
            logger.warning("rate limit store unavailable: %s", type(exc).__name__)

    async def _window(self, client: str) -> tuple[int, int] | None:
        """(remaining, seconds until the window resets), or None if the store is down."""
        try:
            stats = await self.limiter.get_window_stats(self.limit, client)
        except Exception as exc:
            logger.warning("rate limit store unavailable: %s", type(exc).__name__)
            return None
        return stats.remaining, max(0, math.ceil(stats.reset_time - time.time()))

    async def _headers(self, client: str) -> list[tuple[bytes, bytes]]:
        window = await self._window(client)
        if window is None:
            return [self.policy_header]
        remaining, reset = window
        return [self.policy_header, (b"ratelimit", f'"{POLICY}";r={remaining};t={reset}'.encode())]

    async def _too_many(self, scope: Scope, send: Send, client: str) -> None:
        window = await self._window(client)
        retry_after = str(window[1] if window else self.limit.get_expiry())
        detail = (
            f"Rate limit of {self.limit.amount} requests per {self.limit.get_expiry()} s exceeded; "
            f"retry after {retry_after} s."
        )
        headers = [*await self._headers(client), (b"retry-after", retry_after.encode())]
        await send_problem(send, 429, detail, scope["path"], headers)

"""Per-client rate limits for anonymous use, with the IETF RateLimit headers.

Counters live in a `limits` storage: in memory, or in Redis when REDIS_URL is set so that
replicas share them. Windows are fixed and aligned to the clock (a 60 s window resets on
the minute), which makes each request a single counter increment — one Redis round trip —
instead of the three that `limits`' fixed-window strategy spends on a hit and its stats.

What `limits` does not do is here: the middleware, the `RateLimit` and `RateLimit-Policy`
headers (draft-ietf-httpapi-ratelimit-headers), `Retry-After` on 429, and free
revalidations — a conditional request answered 304 is not counted (as GitHub does). If the
counter store fails, requests are served without a limit (fail open) and it is logged.
"""

import math
import time

import structlog
from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.http.problems import send_problem

logger = structlog.get_logger("stretchbase.ratelimit")

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
        self.quota = limit.amount
        self.window = limit.get_expiry()
        self.storage = storage
        self.policy_header = (
            b"ratelimit-policy",
            f'"{POLICY}";q={self.quota};w={self.window}'.encode(),
        )

    async def _counter(self, key: str, *, count: bool) -> int | None:
        """The window's count after counting this request (or before, when `count` is False)."""
        try:
            if count:
                return await self.storage.incr(key, self.window)
            return await self.storage.get(key)
        except Exception as exc:  # fail open: a broken counter store must not take the API down
            logger.warning("rate limit store unavailable", error=type(exc).__name__)
            return None

    def _headers(self, used: int, reset: int) -> list[tuple[bytes, bytes]]:
        remaining = max(0, self.quota - used)
        return [self.policy_header, (b"ratelimit", f'"{POLICY}";r={remaining};t={reset}'.encode())]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(EXEMPT_PATHS):
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        now = time.time()
        window_index = int(now // self.window)
        reset = max(1, math.ceil((window_index + 1) * self.window - now))
        key = f"stretchbase:ratelimit:{client}:{window_index}"
        conditional = any(name == b"if-none-match" for name, _ in scope["headers"])
        used = await self._counter(key, count=not conditional)
        if used is None:
            await self.app(scope, receive, send)
            return
        over = used >= self.quota if conditional else used > self.quota
        if over:
            headers = [*self._headers(used, reset), (b"retry-after", str(reset).encode())]
            detail = (
                f"Rate limit of {self.quota} requests per {self.window} s exceeded; "
                f"retry after {reset} s."
            )
            await send_problem(send, 429, detail, scope["path"], headers)
            return

        async def send_with_headers(message: Message) -> None:
            nonlocal used
            if message["type"] == "http.response.start":
                if conditional and message["status"] != 304:
                    used = await self._counter(key, count=True) or used
                message.setdefault("headers", []).extend(self._headers(used, reset))
            await send(message)

        await self.app(scope, receive, send_with_headers)

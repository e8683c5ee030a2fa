"""Per-client rate limits for anonymous use, with the IETF RateLimit headers.

Counters live in a `limits` storage: in memory, or in Redis when REDIS_URL is set so that
replicas share them. Windows are fixed and aligned to the clock (a 60 s window resets on
the minute), which makes each request a single counter increment — one Redis round trip —
instead of the three that `limits`' fixed-window strategy spends on a hit and its stats.

Every request is counted before it is served, so concurrent requests cannot race past the
limit. Revalidations stay free: a request answered 304 gives its unit back afterwards (as
GitHub does not count them). Each Redis call is bounded (`redis_timeout_ms`, 50 ms by
default); after a failure a circuit breaker (the `circuitbreaker` package) keeps Redis out
of the way for `redis_retry_seconds` and this process counts in its own memory meanwhile —
a per-process limit rather than none. The memory count of a client starts from the last count
Redis gave this process for it in the window (not from zero, which would give a client its
quota twice when Redis fails mid-window), and when Redis answers again it is given the units
counted in memory meanwhile.

What `limits` does not do is here: the middleware, the `RateLimit` and `RateLimit-Policy`
headers (draft-ietf-httpapi-ratelimit-headers), `Retry-After` on 429, and the give-back.
"""

import asyncio
import math
import time

import structlog
from circuitbreaker import CircuitBreaker
from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.http.problems import send_problem

logger = structlog.get_logger("stretchbase.ratelimit")

POLICY = "default"
EXEMPT_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})  # exactly these paths


class Counters:
    """Window counters: shared in Redis when it answers in time, in memory when it does not."""

    def __init__(
        self, redis_url: str | None, *, timeout_ms: int = 50, retry_seconds: float = 30
    ) -> None:
        self.local: Storage = MemoryStorage()
        self.shared: Storage | None = None
        self.timeout = seconds = timeout_ms / 1000
        if redis_url:
            self.shared = RedisStorage(
                f"async+{redis_url}",
                implementation="redispy",
                socket_timeout=seconds,
                socket_connect_timeout=seconds,
                retry=Retry(NoBackoff(), 0),  # type: ignore[arg-type]  # one try, then memory
            )
        self.breaker = CircuitBreaker(
            failure_threshold=1, recovery_timeout=retry_seconds, expected_exception=Exception
        )
        # Both for the current window only (`epoch`), so they hold one entry per client at most:
        self.epoch = -1
        self.last_shared: dict[str, int] = {}  # the last count Redis gave, per key
        self.unshared: dict[str, int] = {}  # units counted in memory only (Redis was out)

    async def incr(self, key: str, window: int, amount: int = 1, *, epoch: int = 0) -> int:
        """The window's count after adding `amount` (negative to give units back); `epoch`
        numbers the window `key` belongs to."""
        if self.shared is None:
            return await self.local.incr(key, window, amount)
        if epoch != self.epoch:
            self.epoch, self.last_shared, self.unshared = epoch, {}, {}
        if not self.breaker.opened:
            unshared = self.unshared.pop(key, 0) if self.unshared else 0
            try:
                count: int = await self.breaker.call_async(
                    self._shared_incr, key, window, amount + unshared
                )
                # Answers can come back out of order, and after others fell back to memory:
                # keep the highest count Redis gave, and add what memory counted that Redis
                # has not been told (else both counters would let a quota through).
                self.last_shared[key] = max(count, self.last_shared.get(key, 0))
                return count + self.unshared.get(key, 0)
            except Exception as exc:
                if unshared:
                    self.unshared[key] = unshared
                logger.warning(
                    "rate limit store unavailable; counting in memory",
                    error=type(exc).__name__,
                    retry_seconds=self.breaker.open_remaining,
                )
        return await self._local_incr(key, window, amount)

    async def _local_incr(self, key: str, window: int, amount: int) -> int:
        """Count in memory, from the last count Redis gave for this key (when it is higher)."""
        behind = self.last_shared.pop(key, 0) - await self.local.get(key)
        self.unshared[key] = self.unshared.get(key, 0) + amount
        return await self.local.incr(key, window, max(0, behind) + amount)

    async def _shared_incr(self, key: str, window: int, amount: int) -> int:
        assert self.shared is not None
        async with asyncio.timeout(self.timeout):  # the whole call, connecting included
            return await self.shared.incr(key, window, amount)


def parse_limit(value: str) -> RateLimitItem | None:
    """`300/minute` → the limit; `off` → None."""
    return None if value.strip().lower() == "off" else parse(value)


class RateLimitMiddleware:
    def __init__(self, app: ASGIApp, *, limit: RateLimitItem, counters: Counters) -> None:
        self.app = app
        self.quota = limit.amount
        self.window = limit.get_expiry()
        self.counters = counters
        self.policy_header = (
            b"ratelimit-policy",
            f'"{POLICY}";q={self.quota};w={self.window}'.encode(),
        )

    def _headers(self, used: int, reset: int) -> list[tuple[bytes, bytes]]:
        remaining = max(0, self.quota - used)
        return [self.policy_header, (b"ratelimit", f'"{POLICY}";r={remaining};t={reset}'.encode())]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in EXEMPT_PATHS:
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        now = time.time()
        window_index = int(now // self.window)
        reset = max(1, math.ceil((window_index + 1) * self.window - now))
        key = f"stretchbase:ratelimit:{client}:{window_index}"
        used = await self.counters.incr(key, self.window, epoch=window_index)
        if used > self.quota:
            headers = [*self._headers(used, reset), (b"retry-after", str(reset).encode())]
            detail = (
                f"Rate limit of {self.quota} requests per {self.window} s exceeded; "
                f"retry after {reset} s."
            )
            await send_problem(send, 429, detail, scope["path"], headers)
            return
        conditional = any(name == b"if-none-match" for name, _ in scope["headers"])

        async def send_with_headers(message: Message) -> None:
            nonlocal used
            if message["type"] == "http.response.start":
                if conditional and message["status"] == 304:  # revalidations are free
                    used = await self.counters.incr(key, self.window, -1, epoch=window_index)
                message.setdefault("headers", []).extend(self._headers(used, reset))
            await send(message)

        await self.app(scope, receive, send_with_headers)


class KeyRateLimit:
    """Writes per API key: a window counter of its own (`writes:<key name>`) in the same
    storage as the per-client limit, so replicas share it when Redis is set. The per-client
    limit still counts every request first: a stream of made-up keys is limited by address."""

    def __init__(self, limit: RateLimitItem | None, counters: Counters) -> None:
        self.limit = limit
        self.counters = counters

    async def hit(self, key_name: str) -> tuple[bool, dict[str, str]]:
        """Count one write; (allowed, the headers to send)."""
        if self.limit is None:
            return True, {}
        quota, window = self.limit.amount, self.limit.get_expiry()
        now = time.time()
        window_index = int(now // window)
        reset = max(1, math.ceil((window_index + 1) * window - now))
        used = await self.counters.incr(f"stretchbase:writes:{key_name}:{window_index}", window)
        headers = {
            "RateLimit-Policy": f'"writes";q={quota};w={window}',
            "RateLimit": f'"writes";r={max(0, quota - used)};t={reset}',
        }
        if used > quota:
            headers["Retry-After"] = str(reset)
            return False, headers
        return True, headers

"""A bound on failed attempts at a secret (the metrics token), per client address.

The rate limit does not apply to `/metrics` (a scraper must never be refused), so wrong
tokens are counted here instead: after `limit` failures in a window, an address is refused
(429) until the window ends, whatever token it sends. Per process, in memory: counts for the
current window only, at most `max_clients` addresses (then it starts over), so neither time
nor many addresses grow it.
"""

import math
import time


class FailedAttempts:
    def __init__(self, limit: int = 10, window_seconds: int = 60, max_clients: int = 10_000):
        self.limit = limit
        self.window = window_seconds
        self.max_clients = max_clients
        self.epoch = -1
        self.failures: dict[str, int] = {}

    def _current(self) -> dict[str, int]:
        epoch = int(time.time() // self.window)
        if epoch != self.epoch or len(self.failures) >= self.max_clients:
            self.epoch, self.failures = epoch, {}
        return self.failures

    def retry_after(self, client: str) -> int | None:
        """Seconds until `client` may try again, or None when it may now."""
        if self._current().get(client, 0) < self.limit:
            return None
        return max(1, math.ceil((self.epoch + 1) * self.window - time.time()))

    def failed(self, client: str) -> None:
        failures = self._current()
        failures[client] = failures.get(client, 0) + 1

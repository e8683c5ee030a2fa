"""Answers repeated GETs of public content from memory, without routing.

A response is kept when its handler marked it reusable (`cached_response` with public
caching): it is then a pure function of the path, the query string, whether the client
takes gzip, and the content version — the same thing a CDN in front of us would keep. The
first request for a URL goes through FastAPI (validation, handler); later ones are a
dictionary lookup. Entries die with their content version, and the cache holds at most
`max_entries` URLs (least recently used go first), so unusual query strings cannot grow it.
While the content cannot be verified against the database, every request goes through
FastAPI, which answers 503.
"""

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.content.store import ContentStore
from api.http.caching import GZIP_SUFFIX, REUSABLE_SCOPE_KEY, not_modified

NOT_MODIFIED_HEADERS = {b"etag", b"cache-control", b"vary", b"link"}


@dataclass(frozen=True, slots=True)
class _Entry:
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: str
    route: Any


class ResponseCacheMiddleware:
    def __init__(self, app: ASGIApp, *, store: ContentStore, max_entries: int = 10_000) -> None:
        self.app = app
        self.store = store
        self.max_entries = max_entries
        self.version: int | None = None
        self.entries: OrderedDict[tuple[str, bytes, bool], _Entry] = OrderedDict()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        snapshot = self.store.snapshot
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or snapshot is None
            or not self.store.is_fresh()
        ):
            await self.app(scope, receive, send)
            return
        if snapshot.version != self.version:
            self.entries.clear()
            self.version = snapshot.version
        gzip_ok, if_none_match = False, None
        for name, value in scope["headers"]:
            if name == b"accept-encoding":
                gzip_ok = b"gzip" in value
            elif name == b"if-none-match":
                if_none_match = value.decode("latin-1")
        key = (scope["path"], scope["query_string"], gzip_ok)
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
            scope["route"] = entry.route  # for the metrics' route label
            await self._replay(scope, send, entry, if_none_match)
            return
        await self._remember(scope, receive, send, key, snapshot.version)

    async def _replay(
        self, scope: Scope, send: Send, entry: _Entry, if_none_match: str | None
    ) -> None:
        if if_none_match is not None and not_modified(if_none_match, entry.etag):
            headers = [(k, v) for k, v in entry.headers if k in NOT_MODIFIED_HEADERS]
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200, "headers": list(entry.headers)})
        await send(
            {"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else entry.body}
        )

    async def _remember(
        self, scope: Scope, receive: Receive, send: Send, key: tuple[str, bytes, bool], version: int
    ) -> None:
        status: int | None = None
        headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                # copied now: the outer middleware append per-request headers to this list
                status, headers = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, capture)
        if (
            status != 200
            or not scope.get(REUSABLE_SCOPE_KEY)
            or scope["method"] != "GET"
            or version != self.version
        ):
            return
        etag = dict(headers).get(b"etag", b"").decode("latin-1").replace(GZIP_SUFFIX, '"')
        self.entries[key] = _Entry(headers, b"".join(chunks), etag, scope.get("route"))
        if len(self.entries) > self.max_entries:
            self.entries.popitem(last=False)

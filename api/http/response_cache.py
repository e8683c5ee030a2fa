"""Answers repeated requests for public content from memory, without routing.

A response is kept when its handler marked it reusable (`cached_response`): public GETs, and
compositions that were not saved. It is then a pure function of the method, path, query
string, body, whether the client takes gzip, and the content version — what a CDN would key
a GET on, plus the body for the compose POST. The first request goes through FastAPI
(validation, handler); later identical ones are a dictionary lookup. Entries die with their
content version, and at most `max_entries` are kept (least recently used go first), so
unusual requests cannot grow it. While the content cannot be verified against the database,
every request goes through FastAPI, which answers 503.
"""

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.content.store import ContentStore
from api.http.caching import GZIP_SUFFIX, REUSABLE_SCOPE_KEY, not_modified

NOT_MODIFIED_HEADERS = {b"etag", b"cache-control", b"vary", b"link"}
CACHED_METHODS = {"GET", "HEAD", "POST"}

Key = tuple[str, str, bytes, bytes, bool]


@dataclass(frozen=True, slots=True)
class _Entry:
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: str
    route: Any


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replaying(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


class ResponseCacheMiddleware:
    def __init__(self, app: ASGIApp, *, store: ContentStore, max_entries: int = 10_000) -> None:
        self.app = app
        self.store = store
        self.max_entries = max_entries
        self.version: int | None = None
        self.entries: OrderedDict[Key, _Entry] = OrderedDict()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        snapshot = self.store.snapshot
        method = scope.get("method")
        if (
            scope["type"] != "http"
            or method not in CACHED_METHODS
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
        body = b""
        if method == "POST":  # bodies are capped by the edge (64 KiB by default)
            body = await _read_body(receive)
            receive = _replaying(body)
        key = (
            "GET" if method == "HEAD" else method,
            scope["path"],
            scope["query_string"],
            body,
            gzip_ok,
        )
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
            scope["route"] = entry.route  # for the metrics' route label
            await self._replay(scope, send, entry, if_none_match if method != "POST" else None)
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
        body = b"" if scope["method"] == "HEAD" else entry.body
        await send({"type": "http.response.start", "status": 200, "headers": list(entry.headers)})
        await send({"type": "http.response.body", "body": body})

    async def _remember(
        self, scope: Scope, receive: Receive, send: Send, key: Key, version: int
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
        reusable = status == 200 and scope.get(REUSABLE_SCOPE_KEY) and version == self.version
        if not reusable or scope["method"] == "HEAD":
            return
        etag = dict(headers).get(b"etag", b"").decode("latin-1").replace(GZIP_SUFFIX, '"')
        self.entries[key] = _Entry(headers, b"".join(chunks), etag, scope.get("route"))
        if len(self.entries) > self.max_entries:
            self.entries.popitem(last=False)

"""Answers repeated requests for public content from memory, without routing.

A response is kept when its handler marked it reusable (`cached_response`): public GETs, and
compositions that were not saved. It is then a pure function of what the key holds: the
method, the path, the query string (GET) or the *parsed, normalised* body (POST, through a
normaliser registered for the path — whitespace, key order and duplicates in a list make no
new entry; a body the normaliser cannot read is not cached and FastAPI answers it; a POST
with a query string is never replayed, since its key does not hold the query: it reaches the
router, whose strict validation refuses it), the
content coding negotiated from every `Accept-Encoding` line (RFC 9110), and the content
version. Saved compositions (`Cache-Control: private`) are never kept.

Memory is bounded in bytes (`max_bytes`: bodies, headers and keys), least recently used
first out, so unusual requests cannot grow it. Entries die with their content version.
While the content cannot be verified against the database, every request goes through
FastAPI, which answers 503.

HEAD is answered as GET is, from the cache or by running the GET without sending its body.
"""

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.content.store import ContentStore
from api.http.caching import GZIP_SCOPE_KEY, GZIP_SUFFIX, REUSABLE_SCOPE_KEY, not_modified
from api.http.negotiation import prefers_gzip

NOT_MODIFIED_HEADERS = {b"etag", b"cache-control", b"vary", b"link"}
ENTRY_OVERHEAD_BYTES = 400  # the entry, its key tuple and the dictionary slot, roughly
MEMO_BODY_LIMIT = 512  # bodies up to this are remembered with their normalised key…
MEMO_ENTRIES = 1024  # …this many of them (under 1 MiB), then the memo starts over
_UNSEEN = object()

Key = tuple[str, str, bytes, bool]
Normaliser = Callable[[bytes], bytes | None]
"""A POST body → a canonical key for it, or None when it must not be replayed."""


@dataclass(frozen=True, slots=True)
class _Entry:
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: str
    route: Any
    size: int


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


def _without_body(send: Send) -> Send:
    """For HEAD: the GET's status and headers (Content-Length included), no body."""

    async def send_head(message: Message) -> None:
        if message["type"] == "http.response.body":
            if message.get("more_body", False):
                return
            message = {"type": "http.response.body", "body": b""}
        await send(message)

    return send_head


class ResponseCacheMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        store: ContentStore,
        max_bytes: int,
        normalisers: dict[str, Normaliser] | None = None,
    ) -> None:
        self.app = app
        self.store = store
        self.max_bytes = max_bytes
        self.normalisers = normalisers or {}
        self.version: int | None = None
        self.entries: OrderedDict[Key, _Entry] = OrderedDict()
        self.size_bytes = 0
        self.memo: dict[tuple[str, bytes], bytes | None] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        gzip_lines, if_none_match = [], None
        for name, value in scope["headers"]:
            if name == b"accept-encoding":
                gzip_lines.append(value)
            elif name == b"if-none-match":
                if_none_match = value.decode("latin-1")
        gzip = scope[GZIP_SCOPE_KEY] = prefers_gzip(gzip_lines)
        target, send_to = scope, send
        if method == "HEAD":
            target, send_to = {**scope, "method": "GET"}, _without_body(send)
        snapshot = self.store.snapshot
        # A POST is keyed by its body alone, so one with a query string goes to the router,
        # which refuses it (the compose POST takes no query parameters): replaying the
        # body's answer would silently ignore `?red_flags=…`.
        cacheable = method in ("GET", "HEAD") or (
            method == "POST" and scope["path"] in self.normalisers and not scope["query_string"]
        )
        if not cacheable or snapshot is None or not self.store.is_fresh():
            await self._pass(scope, target, receive, send_to)
            return
        if snapshot.version != self.version:
            self.entries.clear()
            self.size_bytes = 0
            self.version = snapshot.version
        request_key: bytes = scope["query_string"]
        if method == "POST":  # bodies are capped by the edge (64 KiB by default)
            body = await _read_body(receive)
            receive = _replaying(body)
            normalised = self._normalised(scope["path"], body)
            if normalised is None:
                await self.app(scope, receive, send)
                return
            request_key = normalised
        path: str = scope["path"]
        key = ("POST" if method == "POST" else "GET", path, request_key, gzip)
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
            scope["route"] = entry.route  # for the metrics' route label
            await self._replay(scope, send, entry, if_none_match if method != "POST" else None)
            return
        await self._remember(scope, target, receive, send_to, key, snapshot.version)

    def _normalised(self, path: str, body: bytes) -> bytes | None:
        """The normaliser's key for a body; remembered for small bodies (a client repeating
        itself sends the same bytes), in a memo bounded in entries and so in bytes."""
        if len(body) > MEMO_BODY_LIMIT:
            return self.normalisers[path](body)
        memo_key = (path, body)
        key = self.memo.get(memo_key, _UNSEEN)
        if key is _UNSEEN:
            key = self.normalisers[path](body)
            if len(self.memo) >= MEMO_ENTRIES:
                self.memo.clear()
            self.memo[memo_key] = key
        return key  # type: ignore[return-value]

    async def _pass(self, scope: Scope, target: Scope, receive: Receive, send: Send) -> None:
        await self.app(target, receive, send)
        if target is not scope and "route" in target:
            scope["route"] = target["route"]

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
        self, scope: Scope, target: Scope, receive: Receive, send: Send, key: Key, version: int
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

        await self._pass(scope, target, receive, capture)
        reusable = status == 200 and target.get(REUSABLE_SCOPE_KEY) and version == self.version
        if not reusable:
            return
        body = b"".join(chunks)
        size = (
            len(body)
            + sum(len(name) + len(value) for name, value in headers)
            + len(key[1])
            + len(key[2])
            + ENTRY_OVERHEAD_BYTES
        )
        if size > self.max_bytes // 2:
            return  # it would push out most of the rest
        etag = dict(headers).get(b"etag", b"").decode("latin-1").replace(GZIP_SUFFIX, '"')
        previous = self.entries.pop(key, None)
        if previous is not None:
            self.size_bytes -= previous.size
        self.entries[key] = _Entry(headers, body, etag, scope.get("route"), size)
        self.size_bytes += size
        while self.size_bytes > self.max_bytes:
            _, evicted = self.entries.popitem(last=False)
            self.size_bytes -= evicted.size

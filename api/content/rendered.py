"""Rendered bodies: a representation's bytes with its strong ETag, made once per content
version and kept in a cache bounded in bytes (the precomputed responses of docs/design.md).

A body's ETag is a hash of its bytes, so it is the same on every replica and after restarts.
Rendering is pydantic's serializer (typed models in, JSON bytes out).
"""

import gzip
import hashlib
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import pydantic_core


class Rendered:
    """A response body with its strong ETag; the gzip form is made once, on first need."""

    __slots__ = ("_gzipped", "body", "etag", "total")

    def __init__(self, body: bytes, total: int | None = None) -> None:
        self.body = body
        self.etag = f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'
        self.total = total
        self._gzipped: bytes | None = None

    @classmethod
    def of(cls, content: Any) -> "Rendered":
        """Render JSON; for a page envelope, remember its total (for the Link header)."""
        total = content.get("total") if isinstance(content, dict) else None
        return cls(pydantic_core.to_json(content), total if isinstance(total, int) else None)

    def gzipped(self) -> bytes:
        if self._gzipped is None:
            self._gzipped = gzip.compress(self.body, compresslevel=6, mtime=0)
        return self._gzipped


ENTRY_OVERHEAD_BYTES = 200  # the key, the Rendered object and the dictionary slot, roughly


def rendered_size(rendered: Rendered) -> int:
    """What a rendered body may hold in memory: the body, and its gzip form when made (JSON
    compresses to well under a third)."""
    return len(rendered.body) * 4 // 3 + ENTRY_OVERHEAD_BYTES


class RenderCache:
    """An LRU of rendered bodies bounded in bytes, thrown away with its snapshot."""

    def __init__(self, max_bytes: int = 8 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self.size_bytes = 0
        self._entries: OrderedDict[Any, Rendered] = OrderedDict()

    def get_or_render(self, key: Any, render: Callable[[], Any]) -> Rendered:
        rendered = self._entries.get(key)
        if rendered is not None:
            self._entries.move_to_end(key)
            return rendered
        rendered = Rendered.of(render())
        size = rendered_size(rendered)
        if size > self.max_bytes:
            return rendered  # served, not kept
        self._entries[key] = rendered
        self.size_bytes += size
        while self.size_bytes > self.max_bytes:
            _, evicted = self._entries.popitem(last=False)
            self.size_bytes -= rendered_size(evicted)
        return rendered

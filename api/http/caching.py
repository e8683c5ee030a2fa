"""Strong ETags and conditional GETs (304) over rendered bodies (api/content/rendered.py).

No maintained library does this well for precomputed bodies, so it is written here: a
body's ETag is a hash of its bytes, so it is the same on every replica and after restarts.
A gzip-encoded representation gets its own strong tag (suffix `-gzip`); `If-None-Match`
uses the weak comparison of RFC 9110 §13.1.2, so either tag revalidates.
"""

from starlette.requests import Request
from starlette.responses import Response

from api.content.rendered import Rendered
from api.http.negotiation import prefers_gzip

GZIP_MINIMUM_BYTES = 1024
REUSABLE_SCOPE_KEY = "stretchbase.reusable"
GZIP_SCOPE_KEY = "stretchbase.gzip"
GZIP_SUFFIX = '-gzip"'


def _opaque_tags(header: str) -> set[str]:
    """The entity tags of an If-None-Match list, weak prefix and gzip suffix removed."""
    tags = set()
    for raw in header.split(","):
        tag = raw.strip().removeprefix("W/")
        if tag.endswith(GZIP_SUFFIX):
            tag = tag[: -len(GZIP_SUFFIX)] + '"'
        tags.add(tag)
    return tags


def if_none_match(request: Request) -> str | None:
    """Every `If-None-Match` line as one list (RFC 9110 §5.3: repeated lines of a list field
    are one field), so a tag on a second line still revalidates."""
    return ", ".join(request.headers.getlist("if-none-match")) or None


def not_modified(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    tags = _opaque_tags(if_none_match)
    return "*" in tags or etag in tags


def accepts_gzip(request: Request) -> bool:
    """Negotiated once per request (by the response cache, which keys on it), else here."""
    negotiated = request.scope.get(GZIP_SCOPE_KEY)
    if negotiated is None:
        negotiated = prefers_gzip(v for k, v in request.scope["headers"] if k == b"accept-encoding")
    return negotiated


def cached_response(
    request: Request,
    rendered: Rendered,
    *,
    cache_control: str,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
    media_type: str = "application/json",
    etag: bool = True,
    reusable: bool | None = None,
) -> Response:
    """The body (gzipped when asked and worth it) with ETag, Cache-Control and Vary; a GET
    whose `If-None-Match` holds the current tag gets a 304 instead. `reusable` says whether the
    in-process response cache may replay it (by default: public GETs)."""
    compress = len(rendered.body) >= GZIP_MINIMUM_BYTES and accepts_gzip(request)
    all_headers = {"Cache-Control": cache_control, "Vary": "Accept-Encoding", **(headers or {})}
    if etag:
        all_headers["ETag"] = rendered.etag[:-1] + GZIP_SUFFIX if compress else rendered.etag
    conditional = status_code == 200 and request.method in ("GET", "HEAD")
    if reusable is None:
        reusable = conditional and cache_control.startswith("public, max-age=")
    if reusable and status_code == 200:
        request.scope[REUSABLE_SCOPE_KEY] = True
    if conditional and not_modified(if_none_match(request), rendered.etag):
        return Response(status_code=304, headers=all_headers)
    if compress:
        all_headers["Content-Encoding"] = "gzip"
        return Response(rendered.gzipped(), status_code, all_headers, media_type)
    return Response(rendered.body, status_code, all_headers, media_type)

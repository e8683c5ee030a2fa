"""CORS as a policy the edge middleware applies, not another middleware layer.

With the default `*`, the CORS headers are the same on every response, whatever the request's
`Origin`, so shared caches need no `Vary: Origin` and keep one copy (Starlette's CORS
middleware varies every response by Origin). With a list of origins, an allowed origin is
echoed back and responses vary by `Origin`. No credentials are ever allowed: the API is
public and anonymous.
"""

METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
# authorization: a saved routine's deletion token or an editor's API key (bearer tokens, not
# cookies: credentials mode stays off, so a page can only send what it was given);
# if-match and revision-message: an editing tool's writes
REQUEST_HEADERS = (
    "accept",
    "authorization",
    "content-type",
    "if-match",
    "if-none-match",
    "revision-message",
    "x-request-id",
)
EXPOSED_HEADERS = (
    "Content-Version",
    "Deprecation",
    "ETag",
    "Link",
    "Location",
    "Retry-After",
    "RateLimit",
    "RateLimit-Policy",
    "Revision",
    "Sunset",
    "WWW-Authenticate",
    "X-Request-ID",
)
PREFLIGHT_MAX_AGE = 86400

Headers = list[tuple[bytes, bytes]]


class CorsPolicy:
    def __init__(self, origins: list[str]) -> None:
        self.any_origin = "*" in origins
        self.origins = frozenset(o.encode() for o in origins)
        self.exposed = (b"access-control-expose-headers", ", ".join(EXPOSED_HEADERS).encode())
        self.static = [(b"access-control-allow-origin", b"*"), self.exposed]

    def allows(self, origin: bytes) -> bool:
        return self.any_origin or origin in self.origins

    def response_headers(self, origin: bytes | None) -> Headers:
        if self.any_origin:
            return self.static
        if origin is not None and origin in self.origins:
            return [(b"access-control-allow-origin", origin), self.exposed, (b"vary", b"Origin")]
        return [(b"vary", b"Origin")]

    def preflight(
        self, origin: bytes, method: bytes, headers: bytes | None
    ) -> tuple[Headers, list[str]]:
        """The allowances for an OPTIONS preflight, and what was refused (empty when allowed)."""
        requested = {h.strip().lower() for h in (headers or b"").decode("latin-1").split(",")}
        requested.discard("")
        refused = [
            what
            for what, ok in (
                ("origin", self.allows(origin)),
                ("method", method.decode("latin-1") in METHODS),
                ("headers", requested <= set(REQUEST_HEADERS)),
            )
            if not ok
        ]
        allowances = [  # the origin itself is allowed by response_headers, on every response
            (b"access-control-allow-methods", ", ".join(METHODS).encode()),
            (b"access-control-allow-headers", ", ".join(REQUEST_HEADERS).encode()),
            (b"access-control-max-age", str(PREFLIGHT_MAX_AGE).encode()),
        ]
        return allowances, refused

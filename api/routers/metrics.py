"""Prometheus metrics (not in the OpenAPI spec: it is for operators, not clients).

Not public: without STRETCHBASE_METRICS_TOKEN, /metrics is not served at all (404); with it,
a scraper sends `Authorization: Bearer <token>`. The rate limit never applies to /metrics;
wrong tokens are limited instead (`FAILED_ATTEMPTS` per address per minute, then 429), and
tokens are compared by their SHA-256 digests in constant time (neither the time nor a
length difference tells anything of the token).
"""

import hashlib
import hmac

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.http.caching import Rendered, cached_response
from api.http.credentials import single_authorization
from api.http.problems import GENERIC_DETAILS, ProblemError
from api.http.throttle import FailedAttempts
from api.routers.deps import AppSettings

router = APIRouter()
bearer = HTTPBearer(auto_error=False)
FAILED_ATTEMPTS = 10  # wrong tokens per client address per minute, then 429 until the minute ends


@router.get("/metrics", include_in_schema=False, dependencies=[Depends(single_authorization)])
async def get_metrics(
    request: Request,
    settings: AppSettings,
    credentials: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> Response:
    if settings.metrics_token is None:
        raise ProblemError(404, GENERIC_DETAILS[404])
    attempts = _failed_attempts(request)
    client = request.client.host if request.client else "unknown"
    retry_after = attempts.retry_after(client)
    if retry_after is not None:
        raise ProblemError(
            429,
            f"Too many wrong metrics tokens from this address; retry after {retry_after} s.",
            headers={"Retry-After": str(retry_after)},
        )
    expected = hashlib.sha256(settings.metrics_token.encode()).digest()
    given = hashlib.sha256(credentials.credentials.encode() if credentials else b"").digest()
    if credentials is None or not hmac.compare_digest(given, expected):
        attempts.failed(client)
        raise ProblemError(
            401,
            "Metrics take the operator's token, as `Authorization: Bearer <token>`.",
            headers={"WWW-Authenticate": 'Bearer realm="metrics"'},
        )
    metrics = request.app.state.metrics
    snapshot = request.app.state.content.snapshot
    if snapshot is not None:
        metrics.content_version.set(snapshot.version)
    return cached_response(
        request,
        Rendered(generate_latest(metrics.registry)),
        cache_control="no-store",
        media_type=CONTENT_TYPE_LATEST,
        etag=False,
    )


def _failed_attempts(request: Request) -> FailedAttempts:
    state = request.app.state
    attempts: FailedAttempts | None = getattr(state, "metrics_failed_attempts", None)
    if attempts is None:
        attempts = state.metrics_failed_attempts = FailedAttempts(limit=FAILED_ATTEMPTS)
    return attempts

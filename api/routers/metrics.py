"""Prometheus metrics (not in the OpenAPI spec: it is for operators, not clients).

Not public: without STRETCHBASE_METRICS_TOKEN, /metrics is not served at all (404); with it,
a scraper sends `Authorization: Bearer <token>`. The rate limit never applies to /metrics.
"""

import hmac

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.http.caching import Rendered, cached_response
from api.http.problems import GENERIC_DETAILS, ProblemError
from api.routers.deps import AppSettings

router = APIRouter()
bearer = HTTPBearer(auto_error=False)


@router.get("/metrics", include_in_schema=False)
async def get_metrics(
    request: Request,
    settings: AppSettings,
    credentials: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> Response:
    if settings.metrics_token is None:
        raise ProblemError(404, GENERIC_DETAILS[404])
    expected = settings.metrics_token.encode()
    if credentials is None or not hmac.compare_digest(credentials.credentials.encode(), expected):
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

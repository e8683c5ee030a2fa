"""Prometheus metrics (not in the OpenAPI spec: it is for operators, not clients)."""

from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.http.caching import Rendered, cached_response

router = APIRouter()


@router.get("/metrics", include_in_schema=False)
async def get_metrics(request: Request) -> Response:
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

"""The bundle: every public resource at one content version, in one request."""

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from api.content.bundle import BundleCache
from api.http.caching import GZIP_SUFFIX, accepts_gzip, not_modified
from api.http.openapi import problem_responses
from api.routers.deps import AppSettings, Snapshot, public_cache_control
from models.bundle import Bundle
from models.links import BUNDLE

router = APIRouter(tags=["bundle"])
JSON = "application/json"


@router.get(
    BUNDLE,
    operation_id="get_bundle",
    summary="Get every public resource at once",
    description="Poses (with steps and modifications), routines, safety rules, the "
    "vocabulary, sources with their licences and the questionnaire, at one `content_version`, "
    "each as its own endpoint serves it; figures are linked from `media`. For apps that work "
    "offline and partners that mirror the content: keep it with its `ETag` and revalidate "
    "(`If-None-Match` → 304). Built once per content version; sent gzipped when accepted.",
    response_model=Bundle,
    responses=problem_responses(503),
)
async def get_bundle(request: Request, snapshot: Snapshot, settings: AppSettings) -> Response:
    cache: BundleCache = request.app.state.bundles
    bundle = await run_in_threadpool(cache.get, snapshot)
    gzip = accepts_gzip(request)
    etag = bundle.etag[:-1] + GZIP_SUFFIX if gzip else bundle.etag
    headers = {
        "ETag": etag,
        "Cache-Control": public_cache_control(settings),
        "Vary": "Accept-Encoding",
    }
    if not_modified(request.headers.get("if-none-match"), bundle.etag):
        return Response(status_code=304, headers=headers)
    if request.method == "HEAD":
        return Response(headers=headers, media_type=JSON)
    if gzip:
        headers["Content-Encoding"] = "gzip"
        headers["Content-Length"] = str(len(bundle.gzipped))
        return StreamingResponse(
            bundle.gzip_chunks(), headers=headers, media_type="application/json"
        )
    headers["Content-Length"] = str(bundle.size)
    return StreamingResponse(bundle.json_chunks(), headers=headers, media_type="application/json")

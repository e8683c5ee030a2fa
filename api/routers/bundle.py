"""The bundle, and what changed in it since a version the client holds."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from api.content.rendered import Rendered
from api.http.caching import GZIP_SUFFIX, accepts_gzip, cached_response, not_modified
from api.http.openapi import problem_responses
from api.http.problems import ProblemError
from api.http.strict_query import PLAIN_DIGITS
from api.routers.deps import AppSettings, Snapshot, public_cache_control
from api.services.bundles import BundleService, DeltaRefusal, DeltaUnavailableError
from models.bundle import Bundle, BundleDelta
from models.links import BUNDLE, BUNDLE_CHANGES, bundle_changes_href

router = APIRouter(tags=["bundle"])
JSON = "application/json"
MAX_VERSION = 2**62


def _since(description: str) -> object:
    return Query(ge=0, le=MAX_VERSION, description=description)


@router.get(
    BUNDLE,
    operation_id="get_bundle",
    summary="Get every public resource at once",
    description="Poses (with steps and modifications), routines, safety rules, the "
    "vocabulary, sources with their licences and the questionnaire, at one `content_version`, "
    "each as its own endpoint serves it; figures are linked from `media`. For apps that work "
    "offline and partners that mirror the content: keep it with its `ETag` and revalidate "
    "(`If-None-Match` → 304). Built once per content version; sent gzipped when accepted. "
    f"What changed since a version you hold: `GET {BUNDLE_CHANGES}?since=`.",
    response_model=Bundle,
    responses={
        303: {
            "description": f"With `since`: the changes are at `{BUNDLE_CHANGES}?since=` "
            "(`Location`), an operation of their own so that each has one response type.",
            "headers": {"Location": {"schema": {"type": "string"}}},
        },
        **problem_responses(422, 503),
    },
)
async def get_bundle(
    request: Request,
    snapshot: Snapshot,
    settings: AppSettings,
    since: Annotated[
        int | None, _since(f"Redirects (303) to `{BUNDLE_CHANGES}?since=`."), PLAIN_DIGITS
    ] = None,
) -> Response:
    if since is not None:
        return Response(status_code=303, headers={"Location": bundle_changes_href(since)})
    bundles: BundleService = request.app.state.bundles
    bundle = await run_in_threadpool(bundles.full, snapshot)
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
        return StreamingResponse(bundle.gzip_chunks(), headers=headers, media_type=JSON)
    headers["Content-Length"] = str(bundle.size)
    return StreamingResponse(bundle.json_chunks(), headers=headers, media_type=JSON)


@router.get(
    BUNDLE_CHANGES,
    operation_id="get_bundle_changes",
    summary="Get what changed in the bundle since a version",
    description="For a client holding the bundle (or the result of earlier changes) at "
    "`since`: the resources created or changed since, the keys of those retired, and a "
    "collection's new order where it changed. Applied as `BundleDelta` says, it gives exactly "
    f"the current `GET {BUNDLE}`. A version older than the server keeps (or one whose rule "
    "language differs) answers 410: take the full bundle. A version this replica has not "
    "reached yet answers 409 with `Retry-After`.",
    response_model=BundleDelta,
    responses=problem_responses(409, 410, 422, 503),
)
async def get_bundle_changes(
    request: Request,
    snapshot: Snapshot,
    settings: AppSettings,
    since: Annotated[int, _since("The content_version of what you hold."), PLAIN_DIGITS],
) -> Response:
    bundles: BundleService = request.app.state.bundles
    try:
        delta = await run_in_threadpool(bundles.delta, snapshot, since)
    except DeltaUnavailableError as error:
        raise _refusal(error, since) from error
    return cached_response(
        request, Rendered(delta.body), cache_control=public_cache_control(settings)
    )


def _refusal(error: DeltaUnavailableError, since: int) -> ProblemError:
    current = error.current
    if error.refusal is DeltaRefusal.AHEAD:
        return ProblemError(
            409,
            f"This server is at content version {current} and has not reached version {since} "
            "yet (another replica has); retry in a moment.",
            headers={"Retry-After": "1"},
        )
    why = (
        "the rule language changed since, so the rules must be loaded afresh"
        if error.refusal is DeltaRefusal.RULE_LANGUAGE
        else "the server keeps the changes of its last versions only, or never served that one"
    )
    return ProblemError(
        410,
        f"No changes from content version {since} to {current}: {why}. Take the full bundle, "
        f"GET {BUNDLE}, then ask for changes since its content_version.",
    )

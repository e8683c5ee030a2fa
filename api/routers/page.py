"""The web page at `/` and its static assets (not in the OpenAPI spec: they are not the API)."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.http.caching import cached_response
from api.http.problems import ProblemError
from api.web import ASSET_CACHE_CONTROL, PAGE_CACHE_CONTROL, PAGE_CSP, WebAssets

router = APIRouter(include_in_schema=False)


def _assets(request: Request) -> WebAssets:
    assets: WebAssets = request.app.state.web
    return assets


@router.get("/")
async def get_page(request: Request) -> Response:
    """The routine builder and player (HTML); revalidated on every load."""
    return cached_response(
        request,
        _assets(request).page,
        cache_control=PAGE_CACHE_CONTROL,
        media_type="text/html",
        headers={"Content-Security-Policy": PAGE_CSP},
    )


@router.get("/static/{version}/{name:path}")
async def get_asset(request: Request, version: str, name: str) -> Response:
    """A script, style sheet or icon of the page; its URL changes whenever any asset does."""
    asset = _assets(request).asset(version, name)
    if asset is None:
        raise ProblemError(404, "No such asset in this version of the page.")
    return cached_response(
        request, asset.rendered, cache_control=ASSET_CACHE_CONTROL, media_type=asset.media_type
    )

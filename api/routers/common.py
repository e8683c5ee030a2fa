"""The response shapes the routers share: a page of snapshot items, one snapshot item."""

from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from pydantic import BaseModel

from api.content.queries import filtered_page
from api.content.snapshot import ContentSnapshot
from api.http.caching import cached_response
from api.http.pagination import PageParams, link_header
from api.http.problems import ProblemError, echo
from api.routers.deps import public_cache_control
from api.settings import Settings


def snapshot_page(
    request: Request,
    snapshot: ContentSnapshot,
    settings: Settings,
    collection: str,
    items: Sequence[BaseModel],
    page: PageParams,
    **equals: Any,
) -> Response:
    """A cached page of `items` whose fields equal the non-null values of `equals`."""
    filters = {name: value for name, value in equals.items() if value is not None}
    key = (collection, tuple(sorted(filters.items())), page.limit, page.offset)
    rendered = snapshot.renders.get_or_render(key, lambda: filtered_page(items, page, **filters))
    params = [(name, str(value)) for name, value in filters.items()]
    return cached_response(
        request,
        rendered,
        cache_control=public_cache_control(settings),
        headers={"Link": link_header(request.url.path, params, rendered.total or 0, page)},
    )


def snapshot_item(
    request: Request,
    snapshot: ContentSnapshot,
    settings: Settings,
    collection: str,
    index: Mapping[str, BaseModel],
    slug: str,
) -> Response:
    item = index.get(slug)
    if item is None:
        raise ProblemError(
            404,
            f"There is no {collection.replace('_', ' ')} {echo(slug)}; list them to see the slugs.",
        )
    rendered = snapshot.renders.get_or_render((collection, slug), lambda: item)
    return cached_response(request, rendered, cache_control=public_cache_control(settings))

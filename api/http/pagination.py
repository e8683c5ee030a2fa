"""Limit/offset pagination: the `{items, total, limit, offset}` envelope and RFC 8288 links.

Lists are served from the in-memory snapshot, so fastapi-pagination's value (paginating
database queries) does not apply; what remains is the envelope and the `Link` header.
"""

import functools
from typing import Annotated, Any, Generic, TypeVar
from urllib.parse import urlencode

from fastapi import Depends, Query
from pydantic import BaseModel, Field

from api.content.paging import DEFAULT_LIMIT, PageParams
from models.values import Schema

T = TypeVar("T")

MAX_LIMIT = 100
MAX_OFFSET = 1_000_000


class Page(Schema, Generic[T]):
    """A page of a list: `Link` headers name the first, previous, next and last pages."""

    items: list[T]
    total: int = Field(description="How many items match, across all pages.")
    limit: int
    offset: int


@functools.cache
def page_type(model: type[BaseModel]) -> type[Page[Any]]:
    """The page type of `model`'s list, named as generated clients will call it:
    `PoseSummaryPage`, not `Page_PoseSummary_`."""
    name = f"{model.__name__}Page"
    page: type[Page[Any]] = type(name, (Page[model],), {"__doc__": f"A page of {name[:-4]}s."})  # type: ignore[valid-type]
    return page


async def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page (1–100).")] = (
        DEFAULT_LIMIT
    ),
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


PageQuery = Annotated[PageParams, Depends(page_params)]


def link_header(path: str, params: list[tuple[str, str]], total: int, page: PageParams) -> str:
    """`first`, `prev`, `next` and `last` links; `params` are the other query parameters."""

    def link(offset: int, rel: str) -> str:
        query = urlencode([*params, ("limit", str(page.limit)), ("offset", str(offset))])
        return f'<{path}?{query}>; rel="{rel}"'

    last = max(0, (total - 1) // page.limit * page.limit)
    links = [link(0, "first")]
    if page.offset > 0:
        links.append(link(max(0, min(page.offset - page.limit, last)), "prev"))
    if page.offset + page.limit < total:
        links.append(link(page.offset + page.limit, "next"))
    links.append(link(last, "last"))
    return ", ".join(links)

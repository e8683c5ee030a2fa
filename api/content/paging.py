"""Pages over the snapshot's lists: which window, and the `{items, total, limit, offset}`
envelope (the HTTP side — query parameters and `Link` headers — is api/http/pagination.py)."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

DEFAULT_LIMIT = 20


@dataclass(frozen=True, slots=True)
class PageParams:
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def window(self, items: Sequence[Any]) -> Sequence[Any]:
        return items[self.offset : self.offset + self.limit]


def page_of(items: Sequence[Any], total: int, page: PageParams) -> dict[str, Any]:
    """The envelope; its items stay typed until rendered."""
    return {"items": list(items), "total": total, "limit": page.limit, "offset": page.offset}

"""Reads over the snapshot: filtering, sorting and paging lists."""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from api.content.build import search_text
from api.content.paging import PageParams, page_of
from api.content.pose_index import PoseIndex
from api.content.snapshot import ContentSnapshot
from models.vocabulary import Demand, Difficulty, PoseKind, Position, TargetArea


class PoseSort(StrEnum):
    article = "article"
    name = "name"
    name_desc = "-name"
    difficulty = "difficulty"
    difficulty_desc = "-difficulty"


@dataclass(frozen=True)
class PoseFilter:
    body_position: Position | None = None
    target_area: TargetArea | None = None
    kind: PoseKind | None = None
    difficulty: Difficulty | None = None
    q: str | None = None
    excludes_demand: frozenset[Demand] = frozenset()

    def query_params(self) -> list[tuple[str, str]]:
        """The filter as query parameters, in a canonical order (for links and cache keys)."""
        params = [
            (name, str(value))
            for name in ("body_position", "target_area", "kind", "difficulty", "q")
            if (value := getattr(self, name)) is not None
        ]
        return params + [("excludes_demand", d.value) for d in sorted(self.excludes_demand)]


def project(item: BaseModel, fields: tuple[str, ...] | None) -> BaseModel | dict[str, Any]:
    """The item, or only the named fields of it (`fields=`), in the model's order."""
    if fields is None:
        return item
    return item.model_dump(mode="json", include=set(fields))


def _matching(index: PoseIndex, f: PoseFilter) -> list[int] | None:
    """The poses matching every filter, in served order; None when nothing filters."""
    postings = [
        index.equal(name, value)
        for name, value in (
            ("body_position", f.body_position),
            ("kind", f.kind),
            ("difficulty", f.difficulty),
            ("target_area", f.target_area),
        )
        if value is not None
    ]
    if f.q:
        postings.append(index.containing(search_text(f.q)))
    matching: list[int] | None = None
    if postings:
        postings.sort(key=len)
        others = [set(p) for p in postings[1:]]
        matching = [n for n in postings[0] if all(n in other for other in others)]
    if f.excludes_demand:
        candidates = range(index.size) if matching is None else matching
        demands = index.demands
        matching = [n for n in candidates if f.excludes_demand.isdisjoint(demands[n])]
    return matching


def pose_page(
    snapshot: ContentSnapshot,
    pose_filter: PoseFilter,
    sort: PoseSort,
    page: PageParams,
    fields: tuple[str, ...] | None,
) -> dict[str, Any]:
    index = snapshot.pose_index
    ordered = index.ordered(sort.value, _matching(index, pose_filter))
    summary = snapshot.poses.summary
    return page_of([project(summary(n), fields) for n in page.window(ordered)], len(ordered), page)


def filtered_page(items: Sequence[BaseModel], page: PageParams, **equals: Any) -> dict[str, Any]:
    """A page of `items` whose fields equal the given values (None matches anything)."""
    matching = [
        item for item in items if all(v is None or getattr(item, k) == v for k, v in equals.items())
    ]
    return page_of(page.window(matching), len(matching), page)

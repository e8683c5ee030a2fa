"""Reads over the snapshot: filtering, sorting and paging lists."""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from api.content.build import search_text
from api.content.pose_index import PoseIndex
from api.content.snapshot import ContentSnapshot, JSONDict
from api.http.fields import project
from api.http.pagination import PageParams
from models.vocabulary import Demand, Difficulty, PoseKind, Position, TargetArea

POSE_DETAIL_ONLY = ("steps", "modifications")


class PoseSort(StrEnum):
    article = "article"
    name = "name"
    name_desc = "-name"
    difficulty = "difficulty"
    difficulty_desc = "-difficulty"


@dataclass(frozen=True)
class PoseFilter:
    position: Position | None = None
    target_area: TargetArea | None = None
    kind: PoseKind | None = None
    difficulty: Difficulty | None = None
    q: str | None = None
    excludes_demand: frozenset[Demand] = frozenset()

    def query_params(self) -> list[tuple[str, str]]:
        """The filter as query parameters, in a canonical order (for links and cache keys)."""
        params = [
            (name, str(value))
            for name in ("position", "target_area", "kind", "difficulty", "q")
            if (value := getattr(self, name)) is not None
        ]
        return params + [("excludes_demand", d.value) for d in sorted(self.excludes_demand)]


def page_dict(items: Sequence[Any], total: int, page: PageParams) -> JSONDict:
    return {"items": list(items), "total": total, "limit": page.limit, "offset": page.offset}


def pose_summary(pose: JSONDict) -> JSONDict:
    return {key: value for key, value in pose.items() if key not in POSE_DETAIL_ONLY}


def _matching(index: PoseIndex, poses: Sequence[JSONDict], f: PoseFilter) -> list[int] | None:
    """The poses matching every filter, in served order; None when nothing filters."""
    postings = [
        index.equal(name, value)
        for name, value in (
            ("position", f.position),
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
        candidates = range(len(poses)) if matching is None else matching
        demands = index.demands
        matching = [n for n in candidates if f.excludes_demand.isdisjoint(demands[n])]
    return matching


def pose_page(
    snapshot: ContentSnapshot,
    pose_filter: PoseFilter,
    sort: PoseSort,
    page: PageParams,
    fields: tuple[str, ...] | None,
) -> JSONDict:
    index = snapshot.pose_index
    ordered = index.ordered(sort.value, _matching(index, snapshot.poses, pose_filter))
    window = ordered[page.offset : page.offset + page.limit]
    items = [project(pose_summary(snapshot.poses[n]), fields) for n in window]
    return page_dict(items, len(ordered), page)


def filtered_page(items: Sequence[JSONDict], page: PageParams, **equals: str | None) -> JSONDict:
    """A page of `items` whose fields equal the given values (None matches anything)."""
    matching = [item for item in items if all(v is None or item[k] == v for k, v in equals.items())]
    return page_dict(matching[page.offset : page.offset + page.limit], len(matching), page)

"""Reads over the snapshot: filtering, sorting and paging lists."""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from api.content.build import search_text
from api.content.snapshot import ContentSnapshot, JSONDict
from api.http.fields import project
from api.http.pagination import PageParams
from models.vocabulary import Demand, Difficulty, PoseKind, Position, TargetArea

DIFFICULTY_RANK = {level.value: rank for rank, level in enumerate(Difficulty)}
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


def _matches(pose: JSONDict, text: str, f: PoseFilter, needle: str | None) -> bool:
    return (
        (f.position is None or pose["position"] == f.position)
        and (f.kind is None or pose["kind"] == f.kind)
        and (f.difficulty is None or pose["difficulty"] == f.difficulty)
        and (f.target_area is None or f.target_area in pose["target_areas"])
        and f.excludes_demand.isdisjoint(pose["demands"])
        and (needle is None or needle in text)
    )


SORT_KEYS = {
    PoseSort.name: lambda p: p["name"].casefold(),
    PoseSort.difficulty: lambda p: DIFFICULTY_RANK[p["difficulty"]],
}


def _sorted(poses: list[JSONDict], sort: PoseSort) -> list[JSONDict]:
    """Sorting is stable (also when reversed), so ties keep the article's order."""
    if sort == PoseSort.article:
        return poses
    descending = sort.value.startswith("-")
    return sorted(poses, key=SORT_KEYS[PoseSort(sort.value.lstrip("-"))], reverse=descending)


def pose_page(
    snapshot: ContentSnapshot,
    pose_filter: PoseFilter,
    sort: PoseSort,
    page: PageParams,
    fields: tuple[str, ...] | None,
) -> JSONDict:
    needle = search_text(pose_filter.q) if pose_filter.q else None
    matching = [
        pose
        for pose, text in zip(snapshot.poses, snapshot.pose_search_text, strict=True)
        if _matches(pose, text, pose_filter, needle)
    ]
    ordered = _sorted(matching, sort)
    window = ordered[page.offset : page.offset + page.limit]
    return page_dict([project(pose_summary(p), fields) for p in window], len(ordered), page)


def filtered_page(items: Sequence[JSONDict], page: PageParams, **equals: str | None) -> JSONDict:
    """A page of `items` whose fields equal the given values (None matches anything)."""
    matching = [item for item in items if all(v is None or item[k] == v for k, v in equals.items())]
    return page_dict(matching[page.offset : page.offset + page.limit], len(matching), page)

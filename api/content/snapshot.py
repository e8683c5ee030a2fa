"""An immutable snapshot of the content, with lookups and a cache of rendered responses."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from api.compose import Catalogue
from api.content.pose_index import PoseIndex
from api.http.caching import RenderCache
from models.vocabulary import Difficulty

JSONDict = dict[str, Any]


def index_by(items: tuple[JSONDict, ...], *keys: str) -> dict[str, JSONDict]:
    return {item[key]: item for key in keys for item in items}


@dataclass(frozen=True)
class ContentSnapshot:
    """Every public representation as JSON-ready dicts, in served order, with lookups."""

    version: int
    catalogue: Catalogue
    poses: tuple[JSONDict, ...]
    pose_search_text: tuple[str, ...]
    routines: tuple[JSONDict, ...]
    routine_summaries: tuple[JSONDict, ...]
    sources: tuple[JSONDict, ...]
    safety_rules: tuple[JSONDict, ...]
    mobility_limits: tuple[JSONDict, ...]
    red_flags: tuple[JSONDict, ...]
    questionnaire: JSONDict
    renders: RenderCache = field(default_factory=RenderCache, compare=False, repr=False)
    pose_by_slug: Mapping[str, JSONDict] = field(init=False, repr=False)
    routine_by_key: Mapping[str, JSONDict] = field(init=False, repr=False)
    rule_by_slug: Mapping[str, JSONDict] = field(init=False, repr=False)
    source_by_slug: Mapping[str, JSONDict] = field(init=False, repr=False)
    pose_index: PoseIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pose_by_slug", index_by(self.poses, "slug"))
        object.__setattr__(self, "routine_by_key", index_by(self.routines, "slug", "id"))
        object.__setattr__(self, "rule_by_slug", index_by(self.safety_rules, "slug"))
        object.__setattr__(self, "source_by_slug", index_by(self.sources, "slug"))
        ranks = {level.value: rank for rank, level in enumerate(Difficulty)}
        object.__setattr__(self, "pose_index", PoseIndex(self.poses, self.pose_search_text, ranks))

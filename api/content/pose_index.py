"""Indexes over the snapshot's poses, built once per content version, so that a list query
touches only the poses it could match (docs/design.md, "Targets": a list page on 10,000 poses
within 1.5× of the seeded seven).

- Equality filters (body position, kind, difficulty, target area) are posting lists of pose
  numbers, in served order.
- Text search (`q`) is a substring search over one string holding every pose's folded names,
  done by `str.find` in C and mapped back to poses by bisection: a few hundred microseconds on
  10,000 poses, with no index to keep in step.
- Each sort is a precomputed order.
"""

from bisect import bisect_right
from collections.abc import Sequence

from models.pose import PoseSummary
from models.vocabulary import Difficulty

DIFFICULTY_RANK = {level: rank for rank, level in enumerate(Difficulty)}
SEPARATOR = "\x00"  # never in a folded name, and refused in `q`
FILTERED_FIELDS = ("body_position", "kind", "difficulty")


class PoseIndex:
    def __init__(self, poses: Sequence[PoseSummary], texts: Sequence[str]) -> None:
        self.size = len(poses)
        self.postings: dict[str, dict[str, list[int]]] = {
            name: {} for name in (*FILTERED_FIELDS, "target_area")
        }
        for number, pose in enumerate(poses):
            for field in FILTERED_FIELDS:
                self.postings[field].setdefault(getattr(pose, field), []).append(number)
            for area in dict.fromkeys(pose.target_areas):  # once, even if listed twice
                self.postings["target_area"].setdefault(area, []).append(number)
        # every demand a pose can place, its phases' included
        self.demands: list[frozenset[str]] = [
            frozenset(pose.demands).union(*(phase.demands for phase in pose.phases))
            for pose in poses
        ]
        self.starts: list[int] = []
        offset = 0
        for text in texts:
            self.starts.append(offset)
            offset += len(text) + 1
        self.text = SEPARATOR.join(texts) + SEPARATOR

        def name(n: int) -> str:
            return poses[n].name.casefold()

        def difficulty(n: int) -> int:
            return DIFFICULTY_RANK[poses[n].difficulty]

        numbers = range(self.size)
        self.orders: dict[str, list[int]] = {
            "name": sorted(numbers, key=name),
            "-name": sorted(numbers, key=name, reverse=True),
            "difficulty": sorted(numbers, key=difficulty),
            "-difficulty": sorted(numbers, key=difficulty, reverse=True),
        }

    def equal(self, field: str, value: str) -> list[int]:
        return self.postings[field].get(value, [])

    def containing(self, needle: str) -> list[int]:
        """Poses whose folded names contain `needle`, in served order."""
        if not needle or SEPARATOR in needle:
            return []
        found: list[int] = []
        position = self.text.find(needle)
        while position != -1:
            number = bisect_right(self.starts, position) - 1
            found.append(number)
            next_start = self.starts[number + 1] if number + 1 < self.size else len(self.text)
            position = self.text.find(needle, next_start)
        return found

    def ordered(self, sort: str, matching: Sequence[int] | None) -> Sequence[int]:
        """`matching` (served order, or every pose when None) in the order `sort` asks for."""
        if sort == "article":
            return range(self.size) if matching is None else matching
        order = self.orders[sort]
        if matching is None:
            return order
        wanted = set(matching)
        return [number for number in order if number in wanted]

"""The list indexes answer exactly what a plain scan of the poses answers."""

from hypothesis import given, settings
from hypothesis import strategies as st

from api.content.build import search_text
from api.content.pose_index import PoseIndex
from api.content.queries import PoseFilter, PoseSort, _matching
from models.pose import PoseSummary
from models.vocabulary import Demand, Difficulty, PoseKind, Position, TargetArea

NAMES = ["Child's Pose", "Cat-Cow", "Pelvic Tilt", "Happy Baby", "Twist", "Goddess", "Bálasana"]

poses_strategy = st.lists(
    st.fixed_dictionaries(
        {
            "name": st.sampled_from(NAMES),
            "other_names": st.lists(st.sampled_from(NAMES), max_size=2),
            "body_position": st.sampled_from([p.value for p in Position]),
            "kind": st.sampled_from([k.value for k in PoseKind]),
            "difficulty": st.sampled_from([d.value for d in Difficulty]),
            "target_areas": st.lists(
                st.sampled_from([a.value for a in TargetArea]), min_size=1, max_size=3
            ),
            "demands": st.lists(st.sampled_from([d.value for d in Demand]), max_size=4),
        }
    ),
    max_size=40,
)
filters = st.builds(
    PoseFilter,
    body_position=st.none() | st.sampled_from(list(Position)),
    target_area=st.none() | st.sampled_from(list(TargetArea)),
    kind=st.none() | st.sampled_from(list(PoseKind)),
    difficulty=st.none() | st.sampled_from(list(Difficulty)),
    q=st.none() | st.sampled_from(["pose", "CAT", "asana", "x", "a", "tilt", "'s p"]),
    excludes_demand=st.frozensets(st.sampled_from(list(Demand)), max_size=3),
)


def summaries(poses: list[dict]) -> list[PoseSummary]:
    """Poses with only the fields the index reads (no slugs, doses or sources needed)."""
    return [PoseSummary.model_construct(**pose, phases=[]) for pose in poses]


def brute_force(poses: list[dict], f: PoseFilter) -> list[int]:
    needle = search_text(f.q) if f.q else None
    return [
        n
        for n, p in enumerate(poses)
        if (f.body_position is None or p["body_position"] == f.body_position)
        and (f.kind is None or p["kind"] == f.kind)
        and (f.difficulty is None or p["difficulty"] == f.difficulty)
        and (f.target_area is None or f.target_area in p["target_areas"])
        and f.excludes_demand.isdisjoint(p["demands"])
        and (needle is None or needle in search_text(p["name"], *p["other_names"]))
    ]


@settings(max_examples=300)
@given(poses=poses_strategy, pose_filter=filters, sort=st.sampled_from(list(PoseSort)))
def test_index_matches_a_plain_scan(
    poses: list[dict], pose_filter: PoseFilter, sort: PoseSort
) -> None:
    texts = [search_text(p["name"], *p["other_names"]) for p in poses]
    index = PoseIndex(summaries(poses), texts)
    expected = brute_force(poses, pose_filter)
    matching = _matching(index, pose_filter)
    assert list(range(len(poses)) if matching is None else matching) == expected
    ordered = list(index.ordered(sort.value, matching))
    assert sorted(ordered) == expected
    if sort == PoseSort.name:
        assert [poses[n]["name"].casefold() for n in ordered] == sorted(
            poses[n]["name"].casefold() for n in expected
        )


def test_search_is_accent_and_case_insensitive() -> None:
    poses = [
        {
            "name": "Bálasana",
            "other_names": [],
            "body_position": "kneeling",
            "kind": "static",
            "difficulty": "beginner",
            "target_areas": ["hips"],
            "demands": [],
        }
    ]
    index = PoseIndex(summaries(poses), [search_text("Bálasana")])
    assert index.containing(search_text("BALAS")) == [0]
    assert index.containing("\x00") == []

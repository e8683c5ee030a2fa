"""GET /v1/poses, /v1/poses/{slug}, /v1/poses/{slug}/steps."""

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from models.pose import PoseCreate
from models.vocabulary import Difficulty
from seed.schema import SeedContent


def slugs(response) -> list[str]:
    return [item["slug"] for item in response.json()["items"]]


def test_list_is_every_pose_in_content_order(client: TestClient, seed_content: SeedContent) -> None:
    response = client.get("/v1/poses")
    assert response.status_code == 200
    body = response.json()
    order = [pose.slug for pose in seed_content.poses]
    assert slugs(response) == order[:20]
    assert (body["total"], body["limit"], body["offset"]) == (len(order), 20, 0)
    assert "steps" not in body["items"][0]  # the list carries summaries


def names(pose: PoseCreate) -> str:
    return " ".join([pose.name, *pose.other_names]).casefold()


def demands(pose: PoseCreate) -> set[str]:
    return {*pose.demands, *(d for phase in pose.phases for d in phase.demands)}


FILTERS: list[tuple[str, Callable[[PoseCreate], bool]]] = [
    ("body_position=supine", lambda p: p.body_position == "supine"),
    ("body_position=standing", lambda p: p.body_position == "standing"),
    ("target_area=groin", lambda p: "groin" in p.target_areas),
    ("kind=dynamic", lambda p: p.kind == "dynamic"),
    ("difficulty=intermediate", lambda p: p.difficulty == "intermediate"),
    ("q=balasana", lambda p: "balasana" in names(p)),
    ("q=CHILD", lambda p: "child" in names(p)),
    ("q=marjaryasana", lambda p: "marjaryasana" in names(p)),
    ("q=nothing-like-this", lambda p: False),
    ("excludes_demand=floor", lambda p: "floor" not in demands(p)),
    (
        "excludes_demand=kneeling&excludes_demand=supine",
        lambda p: not {"kneeling", "supine"} & demands(p),
    ),
    (
        "excludes_demand=spinal_rotation&body_position=supine",
        lambda p: "spinal_rotation" not in demands(p) and p.body_position == "supine",
    ),
    (
        "kind=static&body_position=supine&target_area=thighs",
        lambda p: p.kind == "static" and p.body_position == "supine" and "thighs" in p.target_areas,
    ),
]


@pytest.mark.parametrize(("query", "matches"), FILTERS, ids=[q for q, _ in FILTERS])
def test_filters(
    client: TestClient,
    seed_content: SeedContent,
    query: str,
    matches: Callable[[PoseCreate], bool],
) -> None:
    expected = [pose.slug for pose in seed_content.poses if matches(pose)]
    response = client.get(f"/v1/poses?{query}&limit=100")
    assert response.status_code == 200
    assert slugs(response) == expected
    assert response.json()["total"] == len(expected)


def test_excluding_a_demand_looks_at_every_phase(client: TestClient) -> None:
    """`excludes_demand` looks at the pose's own demands and those of every phase."""
    flexible = slugs(client.get("/v1/poses?excludes_demand=spinal_extension&limit=100"))
    assert "cat-cow" not in flexible  # its cow phase arches the back
    assert "childs-pose" in flexible


@pytest.mark.parametrize(
    ("sort", "key", "reverse"),
    [
        ("name", lambda p: p.name.casefold(), False),
        ("-name", lambda p: p.name.casefold(), True),
        ("difficulty", lambda p: list(Difficulty).index(p.difficulty), False),
        ("-difficulty", lambda p: list(Difficulty).index(p.difficulty), True),
    ],
)
def test_sort(
    client: TestClient,
    seed_content: SeedContent,
    sort: str,
    key: Callable[[PoseCreate], object],
    reverse: bool,
) -> None:
    order = slugs(client.get(f"/v1/poses?sort={sort}&limit=100"))
    poses = {pose.slug: pose for pose in seed_content.poses}
    keys = [key(poses[slug]) for slug in order]
    assert keys == sorted(keys, reverse=reverse)
    assert sorted(order) == sorted(poses)


def test_sort_ties_keep_content_order(client: TestClient, seed_content: SeedContent) -> None:
    beginners = [p.slug for p in seed_content.poses if p.difficulty == "beginner"]
    by_difficulty = slugs(client.get("/v1/poses?sort=difficulty&limit=100"))
    assert by_difficulty[: len(beginners)] == beginners


def test_pages(client: TestClient, seed_content: SeedContent) -> None:
    order = [pose.slug for pose in seed_content.poses]
    pages = [client.get(f"/v1/poses?limit=3&offset={offset}") for offset in range(0, len(order), 3)]
    assert [slug for page in pages for slug in slugs(page)] == order
    last = pages[-1].json()
    assert (last["total"], last["limit"], last["offset"]) == (len(order), 3, 3 * (len(pages) - 1))


def without_media(pose: dict) -> dict:
    return {
        **{key: value for key, value in pose.items() if key != "media"},
        "steps": [{k: v for k, v in step.items() if k != "media"} for step in pose["steps"]],
    }


def test_every_pose_is_served_as_the_content_has_it(
    client: TestClient, seed_content: SeedContent
) -> None:
    """Steps and modifications inline, every field as the content file has it (figures are
    checked below: the content file does not hold them)."""
    for expected in seed_content.public_poses():
        response = client.get(f"/v1/poses/{expected.slug}")
        assert response.status_code == 200
        pose = response.json()
        assert without_media(pose) == without_media(expected.model_dump(mode="json"))
        assert [s["position"] for s in pose["steps"]] == list(range(1, len(pose["steps"]) + 1))
        assert pose["links"] == {
            "self": f"/v1/poses/{expected.slug}",
            "steps": f"/v1/poses/{expected.slug}/steps",
        }


def test_a_pose_links_its_figures(client: TestClient) -> None:
    pose = client.get("/v1/poses/childs-pose").json()
    assert pose["media"]["image_url"] == "/v1/poses/childs-pose/figure.svg"
    assert pose["media"]["figures"]["childs-pose-knees-wide"] == (
        "/v1/poses/childs-pose/figures/childs-pose-knees-wide.svg"
    )
    cat_cow = client.get("/v1/poses/cat-cow").json()
    for step in cat_cow["steps"]:
        if step["phase"]:
            assert step["media"]["image_url"] == cat_cow["media"]["figures"][step["phase"]]


def test_steps_endpoint(client: TestClient, seed_content: SeedContent) -> None:
    expected = next(pose for pose in seed_content.public_poses() if pose.slug == "cat-cow")
    response = client.get("/v1/poses/cat-cow/steps")
    assert response.status_code == 200
    steps = response.json()["items"]
    assert response.json()["total"] == len(expected.steps)
    assert [(s["text"], s["phase"], s["cue"]) for s in steps] == [
        (s.text, s.phase, s.cue) for s in expected.steps
    ]


def test_unknown_pose_is_a_404_problem(client: TestClient) -> None:
    for path in ("/v1/poses/no-such-pose", "/v1/poses/no-such-pose/steps"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["instance"] == path
        assert "no-such-pose" in response.json()["detail"]


@pytest.mark.parametrize(
    "query",
    [
        "body_position=flying",
        "kind=fast",
        "excludes_demand=jumping",
        "sort=random",
        "limit=0",
        "limit=101",
        "offset=-1",
        "limit=abc",
        "q=",
    ],
)
def test_bad_filters_are_422_problems(client: TestClient, query: str) -> None:
    response = client.get(f"/v1/poses?{query}")
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    error = response.json()["errors"][0]
    assert error["location"] == "query"
    assert error["field"].split("[")[0] == query.split("=")[0]  # repeatable ones carry [index]


def test_the_old_position_filter_is_refused_not_ignored(client: TestClient) -> None:
    """`position` became `body_position`: ignored, it would return every pose unfiltered."""
    response = client.get("/v1/poses?position=supine")
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert (error["field"], error["accepted"]) == ("position", ["body_position"])


def test_enum_errors_list_the_accepted_values(client: TestClient) -> None:
    error = client.get("/v1/poses?body_position=flying").json()["errors"][0]
    assert error["value"] == "flying"
    assert "supine" in error["accepted"] and "standing" in error["accepted"]


def test_control_characters_in_a_search_are_refused(client: TestClient) -> None:
    for q in ("%00", "a%0Ab", "%1F"):
        response = client.get(f"/v1/poses?q={q}")
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == "q"


def test_every_pose_links_its_figures_and_they_are_served(
    client: TestClient, seed_content: SeedContent
) -> None:
    for pose in seed_content.poses:
        media = client.get(f"/v1/poses/{pose.slug}").json()["media"]
        assert media["image_url"] == f"/v1/poses/{pose.slug}/figure.svg"
        for url in [media["image_url"], *media["figures"].values()]:
            response = client.get(url)
            assert response.status_code == 200, url
            assert response.headers["content-type"].startswith("image/svg+xml")


def test_a_phase_step_links_its_phase_figure(client: TestClient) -> None:
    steps = client.get("/v1/poses/cat-cow").json()["steps"]
    cat = next(step for step in steps if step["phase"] == "cat")
    assert cat["media"] == {"image_url": "/v1/poses/cat-cow/figures/cat.svg"}
    assert steps[0]["media"] is None  # the setup is not a phase

"""GET /v1/poses, /v1/poses/{slug}, /v1/poses/{slug}/steps."""

import pytest
from fastapi.testclient import TestClient

from tests.seed.test_content import ARTICLE_ORDER


def slugs(response) -> list[str]:
    return [item["slug"] for item in response.json()["items"]]


def test_list_is_the_seven_in_article_order(client: TestClient) -> None:
    response = client.get("/v1/poses")
    assert response.status_code == 200
    body = response.json()
    assert slugs(response) == ARTICLE_ORDER
    assert (body["total"], body["limit"], body["offset"]) == (7, 20, 0)
    assert "steps" not in body["items"][0]  # the list carries summaries


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("position=supine", ["lower-back-twist", "knee-to-chest", "pelvic-tilt", "happy-baby"]),
        ("position=standing", ["goddess-pose"]),
        ("target_area=groin", ["goddess-pose", "happy-baby"]),
        ("kind=dynamic", ["cat-cow", "pelvic-tilt"]),
        ("difficulty=intermediate", ["happy-baby"]),
        ("q=balasana", ["childs-pose", "happy-baby"]),
        ("q=CHILD", ["childs-pose"]),
        ("q=marjaryasana", ["cat-cow"]),
        ("q=nothing-like-this", []),
        ("excludes_demand=floor", ["goddess-pose"]),
        ("excludes_demand=kneeling&excludes_demand=supine", ["goddess-pose"]),
        (
            "excludes_demand=spinal_rotation&position=supine",
            ["knee-to-chest", "pelvic-tilt", "happy-baby"],
        ),
        ("kind=static&position=supine&target_area=thighs", ["knee-to-chest"]),
    ],
)
def test_filters(client: TestClient, query: str, expected: list[str]) -> None:
    response = client.get(f"/v1/poses?{query}")
    assert response.status_code == 200
    assert slugs(response) == expected
    assert response.json()["total"] == len(expected)


@pytest.mark.parametrize(
    ("sort", "expected_first", "expected_last"),
    [
        ("name", "cat-cow", "pelvic-tilt"),  # Cat-Cow … The Pelvic Tilt
        ("-name", "pelvic-tilt", "cat-cow"),
        ("difficulty", "goddess-pose", "happy-baby"),
        ("-difficulty", "happy-baby", "pelvic-tilt"),
    ],
)
def test_sort(client: TestClient, sort: str, expected_first: str, expected_last: str) -> None:
    order = slugs(client.get(f"/v1/poses?sort={sort}"))
    assert (order[0], order[-1]) == (expected_first, expected_last)


def test_sort_ties_keep_article_order(client: TestClient) -> None:
    beginners = [s for s in slugs(client.get("/v1/poses?sort=difficulty")) if s != "happy-baby"]
    assert beginners == [s for s in ARTICLE_ORDER if s != "happy-baby"]


def test_pages(client: TestClient) -> None:
    first = client.get("/v1/poses?limit=3")
    second = client.get("/v1/poses?limit=3&offset=3")
    last = client.get("/v1/poses?limit=3&offset=6")
    assert slugs(first) + slugs(second) + slugs(last) == ARTICLE_ORDER
    assert last.json() | {"items": None} == {"items": None, "total": 7, "limit": 3, "offset": 6}


def test_one_pose_has_steps_and_modifications_inline(client: TestClient) -> None:
    response = client.get("/v1/poses/childs-pose")
    assert response.status_code == 200
    pose = response.json()
    assert pose["name"] == "Child's Pose" and pose["other_names"] == ["Balasana"]
    assert [s["position"] for s in pose["steps"]] == [1, 2, 3, 4, 5]
    assert pose["steps"][4]["cue"] == "hold"
    assert pose["steps"][4]["hold_seconds"] == {"min": 30, "max": None}
    assert pose["dose"]["hold_seconds"] == {"min": 30, "max": None}
    assert "childs-pose-pillow-under-belly" in [m["slug"] for m in pose["modifications"]]
    assert pose["source"] == {"source": "hip-stretches-article", "section": "2. Child's Pose"}
    assert pose["links"] == {
        "self": "/v1/poses/childs-pose",
        "steps": "/v1/poses/childs-pose/steps",
    }
    assert pose["media"] == {"image_url": None, "video_url": None}


def test_steps_endpoint(client: TestClient) -> None:
    response = client.get("/v1/poses/cat-cow/steps")
    assert response.status_code == 200
    steps = response.json()["items"]
    assert len(steps) == 9 and response.json()["total"] == 9
    assert [s["phase"] for s in steps].count("cat") == 3
    assert steps[-1]["cue"] == "repeat"


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
        "position=flying",
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


def test_enum_errors_list_the_accepted_values(client: TestClient) -> None:
    error = client.get("/v1/poses?position=flying").json()["errors"][0]
    assert error["value"] == "flying"
    assert "supine" in error["accepted"] and "standing" in error["accepted"]


def test_control_characters_in_a_search_are_refused(client: TestClient) -> None:
    for q in ("%00", "a%0Ab", "%1F"):
        response = client.get(f"/v1/poses?q={q}")
        assert response.status_code == 422
        assert response.json()["errors"][0]["field"] == "q"

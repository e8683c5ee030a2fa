"""POST and GET /v1/routines/compose: the rules endpoint over HTTP."""

import pytest
from fastapi.testclient import TestClient


def compose(client: TestClient, **body):
    return client.post("/v1/routines/compose", json=body)


def test_post_and_get_give_the_same_body(client: TestClient) -> None:
    posted = compose(client, pain_level=5, mobility_limits=["cannot_kneel"], red_flags=[])
    got = client.get("/v1/routines/compose?pain_level=5&limit=cannot_kneel")
    assert posted.status_code == got.status_code == 200
    assert posted.content == got.content
    assert posted.headers["etag"] == got.headers["etag"]
    body = posted.json()
    assert body["outcome"] == "routine" and body["pain_band"] == "moderate"
    assert [i["pose"]["slug"] for i in body["items"]] == [
        "lower-back-twist",
        "knee-to-chest",
        "pelvic-tilt",
    ]


def test_order_and_duplicates_do_not_change_the_answer(client: TestClient) -> None:
    one = compose(client, pain_level=3, mobility_limits=["knee_pain", "wrist_pain"])
    two = compose(client, pain_level=3, mobility_limits=["wrist_pain", "knee_pain", "wrist_pain"])
    assert one.content == two.content and one.headers["etag"] == two.headers["etag"]


def test_get_form_repeats_limits_and_flags(client: TestClient) -> None:
    response = client.get(
        "/v1/routines/compose?pain_level=2&limit=pregnancy&limit=cannot_kneel&red_flag=age_under_20"
    )
    assert response.status_code == 200
    assert [i["pose"]["slug"] for i in response.json()["items"]] == ["goddess-pose"]
    assert response.json()["notices"][0]["rule"] == "red-flag-age-under-20"


def test_a_red_flag_gives_a_referral(client: TestClient) -> None:
    body = compose(client, pain_level=4, red_flags=["saddle_numbness"]).json()
    assert body["outcome"] == "referral" and body["items"] == []
    assert body["referral"]["urgency"] == "emergency"
    assert body["referral"]["rules"] == ["red-flag-saddle-numbness"]


@pytest.mark.parametrize(
    ("body", "field", "accepted"),
    [
        (
            {"pain_level": 3, "mobility_limits": ["cannot_fly"]},
            "mobility_limits[0]",
            "cannot_kneel",
        ),
        ({"pain_level": 3, "red_flags": ["itchy"]}, "red_flags[0]", "saddle_numbness"),
        (
            {"pain_level": 3, "base_routine": "no-such-routine"},
            "base_routine",
            "seven-best-hip-stretches",
        ),
        ({"pain_level": 3, "colour": "red"}, "colour", "pain_level"),
    ],
)
def test_unknown_vocabulary_is_a_422_naming_it_and_the_accepted(
    client: TestClient, body: dict, field: str, accepted: str
) -> None:
    response = client.post("/v1/routines/compose", json=body)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    (error,) = response.json()["errors"]
    assert error["field"] == field
    assert accepted in error["accepted"]
    assert field.split("[")[0] in response.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"pain_level": 11},
        {"pain_level": -1},
        {"pain_level": "5"},
        {"pain_level": 5.0},
        {"pain_level": True},
        {"pain_level": 10**30},
        {"pain_level": 5, "minutes": 0},
        {"pain_level": 5, "days_with_pain": -3},
        {"pain_level": 5, "save": "yes"},
        {"pain_level": 5, "mobility_limits": "cannot_kneel"},
        [],
    ],
)
def test_invalid_bodies_are_422(client: TestClient, body) -> None:
    response = client.post("/v1/routines/compose", json=body)
    assert response.status_code == 422, response.text
    assert response.json()["errors"]


def test_invalid_json_is_422(client: TestClient) -> None:
    response = client.post(
        "/v1/routines/compose",
        content=b'{"pain_level": 5,',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    assert "invalid JSON" in response.json()["errors"][0]["message"]


def test_get_form_rejects_unknown_vocabulary(client: TestClient) -> None:
    response = client.get("/v1/routines/compose?pain_level=2&limit=cannot_fly")
    assert response.status_code == 422
    assert "cannot_kneel" in response.json()["errors"][0]["accepted"]
    assert client.get("/v1/routines/compose").status_code == 422  # pain_level is required


def test_save_stores_the_composition(client: TestClient) -> None:
    response = compose(
        client, pain_level=5, mobility_limits=["cannot_kneel", "cannot_kneel"], save=True
    )
    assert response.status_code == 201
    location = response.headers["location"]
    assert location.startswith("/v1/routines/")
    stored = client.get(location)
    assert stored.status_code == 200
    routine = stored.json()
    assert routine["kind"] == "composed" and routine["slug"] is None
    assert routine["items"] == response.json()["items"]
    assert routine["total_seconds"] == response.json()["total_seconds"]
    composition = routine["composition"]
    assert composition["request"]["mobility_limits"] == ["cannot_kneel"]  # normalised
    assert composition["request"]["pain_level"] == 5
    assert composition["excluded"] == response.json()["excluded"]
    assert composition["content_version"] == 1 and composition["created_at"]


def test_saving_twice_makes_two_routines(client: TestClient) -> None:
    first = compose(client, pain_level=1, save=True).headers["location"]
    second = compose(client, pain_level=1, save=True).headers["location"]
    assert first != second
    assert client.get(first).status_code == client.get(second).status_code == 200

"""POST and GET /v1/routines/compose: the rules endpoint over HTTP."""

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.composition import ComposeRequest


def compose(client: TestClient, **body):
    return client.post("/v1/routines/compose", json=body)


def test_post_and_get_give_the_same_body(client: TestClient) -> None:
    posted = compose(client, pain_level=5, mobility_limits=["cannot_kneel"], red_flags=[])
    got = client.get("/v1/routines/compose?pain_level=5&mobility_limits=cannot_kneel")
    assert posted.status_code == got.status_code == 200
    assert posted.content == got.content
    assert posted.headers["etag"] == got.headers["etag"]
    body = posted.json()
    assert body["outcome"] == "routine" and body["pain_band"] == "moderate"
    assert "childs-pose" not in [i["pose"]["slug"] for i in body["items"]]


def test_order_and_duplicates_do_not_change_the_answer(client: TestClient) -> None:
    one = compose(client, pain_level=3, mobility_limits=["knee_pain", "wrist_pain"])
    two = compose(client, pain_level=3, mobility_limits=["wrist_pain", "knee_pain", "wrist_pain"])
    assert one.content == two.content and one.headers["etag"] == two.headers["etag"]


def test_get_form_repeats_limits_and_flags(client: TestClient) -> None:
    query = "pain_level=2&mobility_limits=pregnancy&mobility_limits=cannot_kneel"
    posted = compose(
        client,
        pain_level=2,
        mobility_limits=["pregnancy", "cannot_kneel"],
        red_flags=["age_under_20", "age_over_50_new_pain"],
    )
    got = client.get(
        f"/v1/routines/compose?{query}&red_flags=age_under_20&red_flags=age_over_50_new_pain"
    )
    assert got.status_code == 200
    assert got.content == posted.content


def test_the_get_form_takes_the_post_field_names_so_a_red_flag_refers(client: TestClient) -> None:
    """The typo found in review: POST names in the GET form once gave seven poses."""
    response = client.get("/v1/routines/compose?pain_level=3&red_flags=saddle_numbness")
    assert response.status_code == 200
    body = response.json()
    assert body["outcome"] == "referral" and body["items"] == []
    assert body["referral"]["action"] == "emergency_services"


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("pain_level=3&red_flag=saddle_numbness", "red_flag"),  # the old name
        ("pain_level=3&limit=cannot_kneel", "limit"),  # `limit` is a page size elsewhere
        ("pain_level=3&save=true", "save"),  # the GET form never saves
        ("pain_level=3&painlevel=9", "painlevel"),
        ("pain_level=3&utm_source=newsletter", "utm_source"),
    ],
)
def test_the_get_form_refuses_any_other_parameter(
    client: TestClient, query: str, field: str
) -> None:
    response = client.get(f"/v1/routines/compose?{query}")
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    (error,) = response.json()["errors"]
    assert (error["location"], error["field"], error["message"]) == (
        "query",
        field,
        "unknown parameter",
    )
    accepted = [
        "pain_level",
        "mobility_limits",
        "red_flags",
        "days_with_pain",
        "minutes",
        "base_routine",
        "region",
    ]
    assert error["accepted"] == accepted
    assert f"query.{field}: unknown parameter" in response.json()["detail"]


@pytest.mark.parametrize(
    "query",
    [
        "pain_level=9&pain_level=2",
        "pain_level=2&minutes=5&minutes=50",
        "pain_level=2&days_with_pain=1&days_with_pain=100",
        "pain_level=2&base_routine=seven-best-hip-stretches&base_routine=seven-best-hip-stretches",
        "pain_level=2&region=GB&region=GB",
    ],
)
def test_a_repeated_single_value_is_a_422(client: TestClient, query: str) -> None:
    response = client.get(f"/v1/routines/compose?{query}")
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert error["message"] == "given 2 times; give it once"
    assert error["field"] == query.split("&")[-1].split("=")[0]


ACCEPTED = {"pain_level", "mobility_limits", "red_flags", "days_with_pain", "minutes"}
ACCEPTED |= {"base_routine", "region"}


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.text(
        alphabet=st.characters(codec="ascii", exclude_characters="&=#%+"), min_size=1, max_size=30
    ).filter(lambda n: n.strip() == n and n not in ACCEPTED),
    value=st.text(alphabet="abcdefghij_0123456789", max_size=10),
)
def test_any_unknown_parameter_is_a_422_naming_it(
    client: TestClient, name: str, value: str
) -> None:
    response = client.get("/v1/routines/compose", params=[("pain_level", "2"), (name, value)])
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == name


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    field=st.sampled_from(["pain_level", "days_with_pain", "minutes"]),
    values=st.lists(st.integers(min_value=1, max_value=10), min_size=2, max_size=4),
)
def test_any_repeated_scalar_is_a_422(client: TestClient, field: str, values: list[int]) -> None:
    params = [("pain_level", "2")] if field != "pain_level" else []
    params += [(field, str(value)) for value in values]
    response = client.get("/v1/routines/compose", params=params)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == field


def test_the_get_form_takes_every_post_field_but_save(client: TestClient) -> None:
    """The GET form's parameters are the POST body's fields, but `save`."""
    spec = client.get("/openapi.json").json()
    parameters = spec["paths"]["/v1/routines/compose"]["get"]["parameters"]
    assert {p["name"] for p in parameters} == set(ComposeRequest.model_fields) - {"save"}


def test_a_red_flag_gives_a_referral(client: TestClient) -> None:
    body = compose(client, pain_level=4, red_flags=["saddle_numbness"]).json()
    assert body["outcome"] == "referral" and body["items"] == []
    assert body["referral"]["urgency"] == "emergency"
    assert [r["slug"] for r in body["referral"]["rules"]] == ["red-flag-saddle-numbness"]
    assert body["referral"]["action"] == "emergency_services"
    assert body["excluded"] == [] and body["notices"] == []


def test_a_region_adds_its_services_to_a_referral(client: TestClient) -> None:
    query = "pain_level=3&red_flags=fever"
    plain = client.get(f"/v1/routines/compose?{query}").json()["referral"]
    uk = client.get(f"/v1/routines/compose?{query}&region=GB").json()["referral"]
    assert plain["contact"] is None
    assert uk["contact"] == "In the UK, ask for an urgent GP appointment or call 111."
    assert client.get(f"/v1/routines/compose?{query}&region=FR").status_code == 422


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
    response = client.get("/v1/routines/compose?pain_level=2&mobility_limits=cannot_fly")
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


def test_the_post_form_refuses_query_parameters(client: TestClient) -> None:
    """Half the answers in the query string must not be dropped: a 422 says where they go."""
    answer = client.post("/v1/routines/compose?red_flags=saddle_numbness", json={"pain_level": 3})
    assert answer.status_code == 422
    (error,) = answer.json()["errors"]
    assert (error["location"], error["field"]) == ("query", "red_flags")
    assert "send it in the JSON body" in error["message"]


@pytest.mark.parametrize("value", ["3.0", "+3", "%203", "1_0", "03x", "３"])
def test_the_get_form_takes_whole_numbers_in_plain_digits(client: TestClient, value: str) -> None:
    response = client.get(f"/v1/routines/compose?pain_level={value}")
    assert response.status_code == 422
    assert response.json()["errors"][0]["message"] == "a whole number, in digits only (e.g. 3)"


def test_type_errors_say_what_is_accepted(client: TestClient) -> None:
    missing = client.post("/v1/routines/compose", json={}).json()["errors"][0]
    assert (missing["field"], missing["message"]) == ("pain_level", "required")
    wrong = client.post("/v1/routines/compose", json={"pain_level": 2, "red_flags": None})
    assert wrong.json()["errors"][0]["message"] == "must be a list (leave it out for none)"

"""Hostile input: every answer is a 4xx problem, the service stays up, the data is unchanged."""

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func
from sqlmodel import Session, select

from models.modification import Modification
from models.pose import Pose
from models.routine import Routine
from models.safety_rule import SafetyRule
from models.source import Source
from models.step import Step

INJECTIONS = [
    "' OR '1'='1",
    "childs-pose'; DROP TABLE pose; --",
    "1; DELETE FROM routine",
    '" UNION SELECT * FROM safety_rule --',
    "../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "%2e%2e%2f%2e%2e%2f",
    "%00",
    "%FF%FE",
    "%C0%AF",
    "<script>alert(1)</script>",
    "${jndi:ldap://127.0.0.1/x}",
]
PATHS = [
    "/v1/poses/{x}",
    "/v1/poses/{x}/steps",
    "/v1/routines/{x}",
    "/v1/safety-rules/{x}",
    "/v1/sources/{x}",
    "/v1/poses/{x}/figure.svg",
    "/v1/poses/{x}/figures/cat.svg",
    "/v1/poses/cat-cow/figures/{x}.svg",
]
QUERIES = [
    "/v1/poses?body_position={x}",
    "/v1/poses?target_area={x}",
    "/v1/poses?kind={x}",
    "/v1/poses?difficulty={x}",
    "/v1/poses?excludes_demand={x}",
    "/v1/poses?sort={x}",
    "/v1/poses?fields={x}",
    "/v1/poses?limit={x}",
    "/v1/poses?offset={x}",
    "/v1/routines?fields={x}",
    "/v1/safety-rules?kind={x}",
    "/v1/safety-rules?severity={x}",
    "/v1/routines/compose?pain_level={x}",
    "/v1/routines/compose?pain_level=3&mobility_limits={x}",
    "/v1/routines/compose?pain_level=3&red_flags={x}",
    "/v1/routines/compose?pain_level=3&base_routine={x}",
    "/v1/routines/compose?pain_level=3&minutes={x}",
    "/v1/routines/compose?pain_level=3&days_with_pain={x}",
]
MODELS = (Pose, Step, Modification, Routine, SafetyRule, Source)


def census(session: Session) -> dict[str, int]:
    return {
        m.__tablename__: session.exec(select(func.count()).select_from(m)).one() for m in MODELS
    }


@pytest.fixture
def unchanged(session: Session, client: TestClient):
    before = census(session)
    before_bodies = (
        client.get("/v1/poses?limit=100").content,
        client.get("/v1/safety-rules?limit=100").content,
    )
    yield
    assert census(session) == before
    after_bodies = (
        client.get("/v1/poses?limit=100").content,
        client.get("/v1/safety-rules?limit=100").content,
    )
    assert after_bodies == before_bodies
    assert client.get("/readyz").status_code == 200


def assert_client_error(response) -> None:
    assert 400 <= response.status_code < 500, (
        response.request.url,
        response.status_code,
        response.text,
    )
    assert response.headers["content-type"] == "application/problem+json"
    assert "Traceback" not in response.text


@pytest.mark.usefixtures("unchanged")
def test_injection_and_traversal_in_every_path_and_query_parameter(client: TestClient) -> None:
    for template in PATHS + QUERIES:
        for attempt in INJECTIONS:
            assert_client_error(client.get(template.replace("{x}", attempt)))


@pytest.mark.usefixtures("unchanged")
def test_free_text_search_treats_injection_as_text(client: TestClient) -> None:
    """`q` is free text: an injection string is a search that finds nothing, not an error.
    Control characters (NUL and the like) are refused."""
    for attempt in INJECTIONS:
        response = client.get(f"/v1/poses?q={attempt}")
        if attempt in ("%00",):
            assert_client_error(response)
        else:
            assert response.status_code == 200, (attempt, response.text)
            assert response.json()["total"] == 0


@pytest.mark.usefixtures("unchanged")
def test_huge_and_odd_numbers(client: TestClient) -> None:
    for value in ("9" * 400, "-1", "1e9", "0x10", "NaN", "Infinity", "1.5", ""):
        assert_client_error(client.get(f"/v1/poses?limit={value}"))
        assert_client_error(client.get(f"/v1/routines/compose?pain_level={value}"))
    for body in (
        '{"pain_level": ' + "9" * 5000 + "}",
        '{"pain_level": 1e400}',
        '{"pain_level": -0.0}',
    ):
        assert_client_error(
            client.post(
                "/v1/routines/compose", content=body, headers={"content-type": "application/json"}
            )
        )


@pytest.mark.usefixtures("unchanged")
def test_ten_kilobyte_query_strings(client: TestClient) -> None:
    long = "a" * 10_000
    for template in (
        "/v1/poses?q={x}",
        "/v1/poses?fields={x}",
        "/v1/routines/compose?pain_level=2&base_routine={x}",
    ):
        assert_client_error(client.get(template.replace("{x}", long)))
    many = "&".join(["limit=cannot_kneel"] * 1000)
    assert_client_error(client.get(f"/v1/routines/compose?pain_level=2&{many}"))
    assert_client_error(client.get("/v1/poses?" + "&".join(["excludes_demand=floor"] * 600)))


@pytest.mark.usefixtures("unchanged")
def test_hostile_bodies(client: TestClient) -> None:
    json_headers = {"content-type": "application/json"}
    bodies = [
        b"[" * 30_000 + b"]" * 30_000,  # deep nesting
        b'{"pain_level": 2, "mobility_limits": '
        + json.dumps(["cannot_kneel"] * 5000).encode()
        + b"}",
        b'{"pain_level": 2, "pain_level": 9}',  # duplicate keys
        b'{"pain_level": 2, "red_flags": [], "red_flags": ["fever"]}',
        b'{"pain_level": 2, "mobility_limits": ["\x00"]}',
        b"\xff\xfe\x00{",  # invalid UTF-8
        b'{"pain_level": "2; DROP TABLE routine"}',
        b'{"pain_level": 2, "save": true, "base_routine": "../../etc"}',
        b"null",
        b"",
    ]
    for body in bodies:
        assert_client_error(client.post("/v1/routines/compose", content=body, headers=json_headers))
    for content_type in (
        "text/plain",
        "application/xml",
        "multipart/form-data; boundary=x",
        "application/json-patch",
    ):
        response = client.post(
            "/v1/routines/compose",
            content=b'{"pain_level": 2}',
            headers={"content-type": content_type},
        )
        assert_client_error(response)


def test_duplicate_keys_name_the_key(client: TestClient) -> None:
    response = client.post(
        "/v1/routines/compose",
        content=b'{"pain_level": 2, "pain_level": 9}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "pain_level"

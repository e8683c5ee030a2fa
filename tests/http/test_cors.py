"""CORS: open for reads by default; configurable origins; the useful headers exposed."""

from fastapi.testclient import TestClient

from api.db import SessionFactory
from api.main import create_app
from tests.support.settings import make_settings

ORIGIN = "https://partner.example"
PREFLIGHT = {
    "origin": ORIGIN,
    "access-control-request-method": "POST",
    "access-control-request-headers": "content-type, if-none-match",
}


def test_preflight_is_answered(client: TestClient) -> None:
    response = client.options("/v1/routines/compose", headers=PREFLIGHT)
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == "*"
    assert "POST" in response.headers["access-control-allow-methods"]
    assert "DELETE" in response.headers["access-control-allow-methods"]  # a saved routine
    assert "authorization" in response.headers["access-control-allow-headers"]
    assert "content-type" in response.headers["access-control-allow-headers"]
    assert int(response.headers["access-control-max-age"]) > 0


def test_an_editing_tool_in_a_browser_may_write_with_its_key(client: TestClient) -> None:
    preflight = {
        "origin": ORIGIN,
        "access-control-request-method": "PATCH",
        "access-control-request-headers": "authorization, content-type, if-match, revision-message",
    }
    response = client.options("/v1/safety-rules/cauda-equina", headers=preflight)
    assert response.status_code == 204
    assert "PATCH" in response.headers["access-control-allow-methods"]
    assert "PUT" in response.headers["access-control-allow-methods"]
    allowed = response.headers["access-control-allow-headers"]
    assert "if-match" in allowed and "revision-message" in allowed
    assert "access-control-allow-credentials" not in response.headers  # keys, never cookies


def test_a_write_exposes_its_new_version_and_revision(client: TestClient) -> None:
    response = client.get("/v1/poses", headers={"origin": ORIGIN})
    exposed = {
        h.strip().lower() for h in response.headers["access-control-expose-headers"].split(",")
    }
    assert {"content-version", "revision", "etag", "location"} <= exposed


def test_a_preflight_asking_too_much_is_refused(client: TestClient) -> None:
    response = client.options(
        "/v1/poses", headers=PREFLIGHT | {"access-control-request-method": "TRACE"}
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert "method" in response.json()["detail"]


def test_reads_expose_etag_link_rate_limit_and_request_id(client: TestClient) -> None:
    response = client.get("/v1/poses", headers={"origin": ORIGIN})
    assert response.headers["access-control-allow-origin"] == "*"
    exposed = {
        h.strip().lower() for h in response.headers["access-control-expose-headers"].split(",")
    }
    assert {
        "etag",
        "link",
        "ratelimit",
        "ratelimit-policy",
        "x-request-id",
        "retry-after",
    } <= exposed


def test_open_cors_does_not_split_shared_caches_by_origin(client: TestClient) -> None:
    without_origin = client.get("/v1/poses/cat-cow")
    assert without_origin.headers["access-control-allow-origin"] == "*"
    assert "origin" not in without_origin.headers["vary"].lower()


def test_problems_carry_cors_headers_too(client: TestClient) -> None:
    response = client.get("/v1/poses/nope", headers={"origin": ORIGIN})
    assert response.status_code == 404
    assert response.headers["access-control-allow-origin"] == "*"


def test_configured_origins(sessions: SessionFactory) -> None:
    app = create_app(
        make_settings(cors_origins=f"{ORIGIN}, https://other.example"), sessions=sessions
    )
    with TestClient(app) as client:
        allowed = client.get("/v1/poses", headers={"origin": ORIGIN})
        assert allowed.headers["access-control-allow-origin"] == ORIGIN
        assert "Origin" in allowed.headers["vary"]
        refused = client.get("/v1/poses", headers={"origin": "https://stranger.example"})
        assert "access-control-allow-origin" not in refused.headers
        assert "Origin" in refused.headers["vary"]
        preflight = client.options(
            "/v1/poses", headers=PREFLIGHT | {"origin": "https://stranger.example"}
        )
        assert preflight.status_code == 400

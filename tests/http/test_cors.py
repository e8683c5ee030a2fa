"""CORS: open for reads by default; configurable origins; the useful headers exposed."""

from fastapi.testclient import TestClient

from api.db import SessionFactory
from api.main import create_app
from tests.conftest import make_settings

ORIGIN = "https://partner.example"


def test_preflight_is_answered(client: TestClient) -> None:
    response = client.options(
        "/v1/routines/compose",
        headers={
            "origin": ORIGIN,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
        },
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"
    assert "POST" in response.headers["access-control-allow-methods"]
    assert "content-type" in response.headers["access-control-allow-headers"].lower()


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

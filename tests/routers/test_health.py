"""/healthz is liveness; /readyz answers 503 when the database cannot be reached."""

from fastapi.testclient import TestClient

from api.db import make_engine, session_factory
from api.main import create_app
from tests.support.settings import make_settings


def test_liveness(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_ready_with_the_content_version(client: TestClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "content_version": 1}


def test_not_ready_without_a_database(tmp_path) -> None:
    unreachable = make_engine(f"sqlite:///{tmp_path}/missing-dir/db.sqlite")
    app = create_app(make_settings(), sessions=session_factory(unreachable))
    with TestClient(app) as client:
        response = client.get("/readyz")
        assert response.status_code == 503
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["retry-after"]
        # with no content loaded, reads are 503 problems too, never 500s
        assert client.get("/v1/poses").status_code == 503
        assert client.get("/healthz").status_code == 200

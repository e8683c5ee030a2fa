"""gzip for responses over 1 KiB, when the client accepts it."""

import gzip

from fastapi.testclient import TestClient


def raw_get(client: TestClient, path: str, encoding: str):
    return client.get(path, headers={"accept-encoding": encoding})


def test_large_responses_are_gzipped(client: TestClient) -> None:
    for path in (
        "/v1/poses",
        "/v1/poses/childs-pose",
        "/openapi.json",
        "/v1/routines/seven-best-hip-stretches",
    ):
        response = raw_get(client, path, "gzip")
        assert response.headers.get("content-encoding") == "gzip", path
        assert "Accept-Encoding" in response.headers["vary"]
        assert response.json()  # httpx decoded it


def test_the_gzipped_bytes_are_the_identity_body(client: TestClient) -> None:
    identity = raw_get(client, "/v1/poses/childs-pose", "identity")
    with client.stream(
        "GET", "/v1/poses/childs-pose", headers={"accept-encoding": "gzip"}
    ) as streamed:
        compressed = b"".join(streamed.iter_raw())
    assert gzip.decompress(compressed) == identity.content
    assert len(compressed) < len(identity.content) / 2


def test_small_responses_and_identity_clients_are_not_compressed(client: TestClient) -> None:
    assert "content-encoding" not in raw_get(client, "/healthz", "gzip").headers
    assert "content-encoding" not in raw_get(client, "/v1/poses", "identity").headers

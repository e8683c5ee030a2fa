"""The conformance vectors: current with the content, covering every rule, and what the server
answers (a client-side composer that passes them composes as we do)."""

import json

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.compose.vectors import body_hash, make_vectors
from models.rule_language import RULE_LANGUAGE_VERSION
from seed import VECTORS_FILE

COMMITTED = json.loads(VECTORS_FILE.read_text(encoding="utf-8"))


def test_the_committed_vectors_are_the_contents(app: FastAPI, client: TestClient) -> None:
    """Made from the content as the server holds it (figures linked): `make vectors`."""
    catalogue = app.state.content.current().catalogue
    assert make_vectors(catalogue) == COMMITTED, "seed/vectors.json is stale: `make vectors`"


def test_there_are_at_least_500_for_this_rule_language() -> None:
    assert len(COMMITTED["vectors"]) >= 500
    assert COMMITTED["rule_language_version"] == RULE_LANGUAGE_VERSION


@pytest.mark.parametrize("chunk", range(8))
def test_the_server_answers_every_vector(client: TestClient, chunk: int) -> None:
    """Replayed through the HTTP API, byte for byte (in eight chunks, for readable failures)."""
    vectors = COMMITTED["vectors"][chunk::8]
    for vector in vectors:
        response = client.post("/v1/routines/compose", json=vector["request"])
        assert response.status_code == 200, vector["request"]
        assert body_hash(response.content) == vector["body_sha256"], vector["request"]

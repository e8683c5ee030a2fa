"""The conformance vectors: current with the content, covering every rule, and what the server
answers (a client-side composer that passes them composes as we do)."""

import json

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.compose.vectors import body_hash, make_vectors_and_bodies, read_bodies
from models.rule_language import RULE_LANGUAGE_VERSION
from seed import VECTOR_BODIES_FILE, VECTORS_FILE

COMMITTED = json.loads(VECTORS_FILE.read_text(encoding="utf-8"))
BODIES = read_bodies(VECTOR_BODIES_FILE)


def test_the_committed_vectors_are_the_contents(app: FastAPI, client: TestClient) -> None:
    """Made from the content as the server holds it (figures linked): `make vectors`."""
    catalogue = app.state.content.current().catalogue
    vectors, bodies = make_vectors_and_bodies(catalogue)
    assert vectors == COMMITTED, "seed/vectors.json is stale: `make vectors`"
    assert bodies == BODIES, "seed/vectors-bodies.jsonl.gz is stale: `make vectors`"


def test_each_expected_body_is_the_one_its_vector_hashes() -> None:
    assert len(BODIES) == len(COMMITTED["vectors"])
    for vector, body in zip(COMMITTED["vectors"], BODIES, strict=True):
        assert body_hash(body) == vector["body_sha256"], vector["request"]
        assert json.loads(body)["outcome"] == vector["expected"]["outcome"]


def test_there_are_at_least_500_for_this_rule_language() -> None:
    assert len(COMMITTED["vectors"]) >= 500
    assert COMMITTED["rule_language_version"] == RULE_LANGUAGE_VERSION


@pytest.mark.parametrize("chunk", range(8))
def test_the_server_answers_every_vector(client: TestClient, chunk: int) -> None:
    """Replayed through the HTTP API, byte for byte (in eight chunks, for readable failures)."""
    for vector, body in zip(COMMITTED["vectors"][chunk::8], BODIES[chunk::8], strict=True):
        response = client.post("/v1/routines/compose", json=vector["request"])
        assert response.status_code == 200, vector["request"]
        assert response.content == body, vector["request"]

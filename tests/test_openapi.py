"""The committed spec is the app's spec, and it is one a client can be generated from."""

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from api.http.fields import SPARSE_MEDIA_TYPE
from api.http.openapi_examples import load_examples, without_saved_keys
from api.http.pagination import Page
from api.main import create_app
from models.bundle import BundleDelta
from models.composition import ComposedRoutine
from models.pose import PosePublic, PoseSummary
from models.questionnaire import QuestionnairePublic
from models.routine import RoutinePublic, RoutineSummary, SavedComposition
from models.safety_rule import SafetyRulePublic
from models.source import SourcePublic
from models.values import StepPublic
from models.vocabulary_term import MobilityLimitPublic, RedFlagPublic, Vocabulary
from tests.support.settings import make_settings

SPEC_FILE = Path(__file__).parents[1] / "openapi" / "openapi.json"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    app: FastAPI = create_app(make_settings())
    return app.openapi()


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in spec["paths"].values() for op in item.values()]


def success(op: dict[str, Any]) -> dict[str, Any]:
    """The operation's main success response: 200, else 201 (a create) or 204 (a delete)."""
    return op["responses"][min(s for s in op["responses"] if s.startswith("2"))]


def test_committed_spec_matches_the_app(spec: dict[str, Any]) -> None:
    committed = json.loads(SPEC_FILE.read_text(encoding="utf-8"))
    assert committed == spec, "openapi/openapi.json is stale: run `make openapi`"


def test_operation_ids_are_the_contracts(spec: dict[str, Any]) -> None:
    ids = {op["operationId"] for op in operations(spec)}
    assert {"list_poses", "get_pose", "compose_routine"} <= ids
    assert all(op_id.replace("_", "").isalpha() and op_id.islower() for op_id in ids)


def test_every_operation_has_a_tag_summary_example_and_problem_errors(spec: dict[str, Any]) -> None:
    for op in operations(spec):
        assert op["tags"] and op["summary"], op["operationId"]
        if "content" in success(op):  # a 204 has none
            # one media type per success, and the sparse one for a read that takes `fields`
            content, *sparse = success(op)["content"].items()
            if op["operationId"] not in WITHOUT_EXAMPLE:
                assert "example" in content[1], op["operationId"]
            takes_fields = any(p["name"] == "fields" for p in op.get("parameters", []))
            assert [media_type for media_type, _ in sparse] == (
                [SPARSE_MEDIA_TYPE] if takes_fields else []
            ), op["operationId"]
        for status, response in op["responses"].items():
            if status[0] in "45":
                assert list(response["content"]) == ["application/problem+json"], (
                    op["operationId"],
                    status,
                )


def test_read_operations_document_their_errors(spec: dict[str, Any]) -> None:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if path.startswith("/v1"):
                assert "503" in op["responses"], op["operationId"]
            if "{" in path and method == "get":
                assert "404" in op["responses"], op["operationId"]
    delete = spec["paths"]["/v1/routines/{slug_or_id}"]["delete"]["responses"]
    assert "401" in delete and "404" not in delete  # one answer for every failure


RESPONSE_MODELS = {
    "list_poses": Page[PoseSummary],
    "get_pose": PosePublic,
    "list_pose_steps": Page[StepPublic],
    "list_routines": Page[RoutineSummary],
    "get_routine": RoutinePublic,
    "compose_routine": ComposedRoutine,
    "compose_routine:201": SavedComposition,
    "compose_routine_by_query": ComposedRoutine,
    "list_safety_rules": Page[SafetyRulePublic],
    "get_safety_rule": SafetyRulePublic,
    "list_mobility_limits": Page[MobilityLimitPublic],
    "list_red_flags": Page[RedFlagPublic],
    "list_sources": Page[SourcePublic],
    "get_source": SourcePublic,
    "get_questionnaire": QuestionnairePublic,
    "get_vocabulary": Vocabulary,
    "get_bundle_changes": BundleDelta,
}
EXAMPLES = load_examples()
WITHOUT_EXAMPLE = {
    "get_bundle",  # its example would be the whole content (~200 KB)
    # Editors' writes and revisions: recording them takes a key and a write on the example
    # database; docs/editing.md shows each with real output instead.
    *(
        f"{verb}_{kind}{status}"
        for verb in ("create", "replace", "patch", "revert")
        for kind in ("safety_rule", "pose", "source", "routine", "vocabulary")
        for status in ("", ":201")
    ),
    "list_revisions",  # the audit list takes a key with audit:read
    *(
        f"{verb}_{kind}_{what}"
        for verb, what in (("list", "revisions"), ("get", "revision"))
        for kind in ("safety_rule", "pose", "source", "routine", "vocabulary")
    ),
}


def test_every_operation_has_a_recorded_example(spec: dict[str, Any]) -> None:
    for item in spec["paths"].values():
        for op in item.values():
            for status, response in op["responses"].items():
                if status[0] == "2" and response.get("content"):
                    key = op["operationId"] + ("" if status == "200" else f":{status}")
                    assert key in EXAMPLES or key in WITHOUT_EXAMPLE, (
                        f"{key}: add it to EXAMPLE_REQUESTS, `make openapi`"
                    )


@pytest.mark.parametrize("key", sorted(EXAMPLES))
def test_every_example_is_what_the_app_answers(client: TestClient, key: str) -> None:
    """The spec's examples were recorded from the app: asked again, it answers the same."""
    example = EXAMPLES[key]
    request = example.request
    response = client.request(request.method, request.path, json=request.json)
    assert response.status_code == example.status == request.status
    assert response.headers["content-type"].split(";")[0] == example.media_type
    body = response.json() if example.media_type.endswith("json") else response.text
    if example.status == 201:  # a new id, token and day for each save
        body, expected = without_saved_keys(body), without_saved_keys(example.body)
    else:
        expected = example.body
    assert body == expected, f"{key}: the example is stale; run `make openapi`"


@pytest.mark.parametrize("key", sorted(RESPONSE_MODELS))
def test_examples_are_valid_responses(key: str) -> None:
    TypeAdapter(RESPONSE_MODELS[key]).validate_python(EXAMPLES[key].body)


def test_the_http_contract_is_documented(spec: dict[str, Any]) -> None:
    for item in spec["paths"].values():
        for method, op in item.items():
            responses = op["responses"]
            assert {"406", "429", "500"} <= set(responses), op["operationId"]
            assert "X-Request-ID" in success(op)["headers"]
            assert "RateLimit" in success(op)["headers"]
            if method == "get":
                assert "304" in responses, op["operationId"]
                assert "ETag" in responses["200"]["headers"]
                if op["operationId"].startswith("list_"):
                    assert "Link" in responses["200"]["headers"]
    figure = spec["paths"]["/v1/poses/{slug}/figures/{name}.svg"]["get"]["responses"]
    assert list(figure["200"]["content"]) == ["image/svg+xml"]
    assert "image/svg+xml" in figure["406"]["description"]
    compose = spec["paths"]["/v1/routines/compose"]["post"]["responses"]
    assert {"201", "413", "415", "422"} <= set(compose)
    saved = compose["201"]["content"]["application/json"]["schema"]["$ref"]
    assert saved == "#/components/schemas/SavedComposition"


def test_the_spec_lints_clean_with_redocly() -> None:
    """Redocly's recommended rules: no error and no warning (openapi/redocly.yaml)."""
    openapi_dir = SPEC_FILE.parent
    redocly = openapi_dir / "node_modules" / ".bin" / "redocly"
    assert redocly.exists(), "Redocly is not installed: `make test` runs `npm ci --prefix openapi`"
    result = subprocess.run(
        [redocly, "lint", "openapi.json", "--format=summary"],
        capture_output=True,
        text=True,
        cwd=openapi_dir,
        timeout=300,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "warning" not in report.replace("Deprecation warning", ""), report


def test_the_vocabulary_patch_is_typed_term_by_term(spec: dict[str, Any]) -> None:
    """A generated client can send `{"red_flags": {"fever": {"question": …}}}`: in the PATCH
    body, each term is a patch of its own (no member required); the PUT body stays whole."""
    schemas = spec["components"]["schemas"]
    operations = spec["paths"]["/v1/vocabulary"]
    body = operations["patch"]["requestBody"]["content"]["application/merge-patch+json"]
    patch = schemas[body["schema"]["$ref"].rsplit("/", 1)[1]]
    assert "required" not in patch
    term_patch = patch["properties"]["red_flags"]["additionalProperties"]["$ref"]
    assert "required" not in schemas[term_patch.rsplit("/", 1)[1]]
    assert schemas["TermCreate"]["required"] == ["label", "question", "help_text"]
    assert operations["put"]["security"] == operations["patch"]["security"]
    assert operations["put"]["security"] == [{"editor_key": []}]
    assert "security" not in operations["get"]

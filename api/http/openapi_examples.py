"""The spec's examples, recorded from the app itself: each operation's example is the body a
real request answered with (`make openapi` records them on a freshly seeded database; a test
runs every request again and checks the answer is still the example)."""

import asyncio
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx
from fastapi import FastAPI

EXAMPLES_FILE = Path(__file__).with_name("openapi_examples.json")
SAVED_ROUTINE_KEYS = ("id", "deletion_token", "expires_at")
"""What differs between two saves of the same body (their composition's day aside)."""


@dataclass(frozen=True)
class ExampleRequest:
    method: str
    path: str
    json: dict[str, Any] | None = None
    status: int = 200


@dataclass(frozen=True)
class Example:
    request: ExampleRequest
    status: int
    media_type: str
    body: Any = field(repr=False)


EXAMPLE_REQUESTS = {
    "list_poses": ExampleRequest("GET", "/v1/poses?limit=2"),
    "get_pose": ExampleRequest("GET", "/v1/poses/childs-pose"),
    "list_pose_steps": ExampleRequest("GET", "/v1/poses/childs-pose/steps?limit=2"),
    "get_pose_figure": ExampleRequest("GET", "/v1/poses/childs-pose/figure.svg"),
    "get_pose_figure_by_name": ExampleRequest("GET", "/v1/poses/cat-cow/figures/cat.svg"),
    "list_routines": ExampleRequest("GET", "/v1/routines"),
    "get_routine": ExampleRequest("GET", "/v1/routines/seven-best-hip-stretches"),
    "compose_routine": ExampleRequest(
        "POST", "/v1/routines/compose", {"pain_level": 5, "mobility_limits": ["cannot_kneel"]}
    ),
    "compose_routine:201": ExampleRequest(
        "POST", "/v1/routines/compose", {"pain_level": 2, "save": True}, status=201
    ),
    "compose_routine_by_query": ExampleRequest(
        "GET", "/v1/routines/compose?pain_level=3&red_flags=saddle_numbness&region=GB"
    ),
    "list_safety_rules": ExampleRequest("GET", "/v1/safety-rules?limit=2"),
    "get_safety_rule": ExampleRequest("GET", "/v1/safety-rules/pain-band-moderate"),
    "list_mobility_limits": ExampleRequest("GET", "/v1/mobility-limits?limit=2"),
    "list_red_flags": ExampleRequest("GET", "/v1/red-flags?limit=2"),
    "list_sources": ExampleRequest("GET", "/v1/sources?limit=2"),
    "get_source": ExampleRequest("GET", "/v1/sources/hip-stretches-article"),
    "get_questionnaire": ExampleRequest("GET", "/v1/questionnaire"),
    "get_vocabulary": ExampleRequest("GET", "/v1/vocabulary"),
    "get_bundle_changes": ExampleRequest("GET", "/v1/bundle/changes?since=1"),
    "get_liveness": ExampleRequest("GET", "/healthz"),
    "get_readiness": ExampleRequest("GET", "/readyz"),
}
"""Operation id (with `:status` for a response other than the 200) → the request whose answer
is its example."""


EXAMPLE_SAVED_ROUTINE = {
    "id": "5b0e7a2c-9d41-4c6e-8f3a-1e2d7c9b4a60",
    "deletion_token": "dT9v2mQx7LkR4wYz8NcB3hFs6JpE1uGa0iVoXqWt5Z",
    "expires_at": "2026-12-26",
}
"""What a save answers that differs each time, fixed in the example (`make openapi` gives the
same file twice)."""


def _stable(body: Any) -> Any:
    if not isinstance(body, dict) or "deletion_token" not in body:
        return body
    return body | EXAMPLE_SAVED_ROUTINE


def _example(request: ExampleRequest, response: "httpx.Response") -> Example:
    media_type = response.headers["content-type"].split(";")[0]
    body = response.json() if media_type.endswith("json") else response.text
    return Example(request, response.status_code, media_type, _stable(body))


async def _record(app: FastAPI) -> dict[str, Example]:
    import httpx  # a development dependency: the served app only loads recorded examples

    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as client,
    ):
        answers = {
            key: await client.request(request.method, request.path, json=request.json)
            for key, request in EXAMPLE_REQUESTS.items()
        }
    return {key: _example(EXAMPLE_REQUESTS[key], answer) for key, answer in answers.items()}


def record_examples(app: FastAPI) -> dict[str, Example]:
    """Every example, answered by `app` on its (seeded) database."""
    return asyncio.run(_record(app))


def write_examples(examples: dict[str, Example], path: Path = EXAMPLES_FILE) -> None:
    data = {key: asdict(example) for key, example in examples.items()}
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def load_examples(path: Path = EXAMPLES_FILE) -> dict[str, Example]:
    """The committed examples (none before the first `make openapi`)."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        key: Example(ExampleRequest(**value.pop("request")), **value) for key, value in data.items()
    }


def without_saved_keys(body: Any) -> Any:
    """A saved routine's body without what differs from one save to the next."""
    if not isinstance(body, dict):
        return body
    kept = {key: value for key, value in body.items() if key not in SAVED_ROUTINE_KEYS}
    if isinstance(kept.get("composition"), dict):
        kept["composition"] = {k: v for k, v in kept["composition"].items() if k != "created_at"}
    kept.pop("links", None)
    return kept

"""Both generated clients against a real server: each example script (clients/*/example*) lists
poses following the `Link` header, reads a pose and revalidates it (304), composes (GET and
POST), saves, reads the save back by its `Location`, deletes it with its token, and reads a 422
and a 404 as problems. What they print is checked against what the server itself answers."""

import math
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.support.clients import CLIENTS, NO_CASTS

pytestmark = pytest.mark.server

TYPESCRIPT_SOURCES = [
    "src/index.ts",
    "src/sync.ts",
    "examples/example.ts",
    "examples/quickstart.ts",
    "examples/sync.ts",
]
COMPOSE = {"pain_level": 5, "mobility_limits": ["cannot_kneel"]}


def run(command: list[str | Path], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)


def check_flow(output: str, base_url: str) -> None:
    """The example's lines are what the server says, read directly with httpx."""
    lines = dict(line.split(": ", 1) for line in output.splitlines() if ": " in line)
    with httpx.Client(base_url=base_url, timeout=10) as api:
        poses = api.get("/v1/poses", params={"limit": 100}).json()
        names = ", ".join(pose["name"] for pose in poses["items"])
        pages = math.ceil(poses["total"] / 5)
        assert pages > 1  # the example had a Link to follow
        assert (
            lines["list"] == f'{poses["total"]} poses in {pages} pages (Link rel="next"): {names}'
        )

        pose = api.get("/v1/poses/childs-pose").json()
        assert lines["pose"] == (
            f"Child's Pose (childs-pose), {len(pose['steps'])} steps, "
            f"{len(pose['modifications'])} modifications; step 1: {pose['steps'][0]['text']}"
        )
        assert re.fullmatch(r'304 for If-None-Match "[0-9a-f]{32}(-gzip)?"', lines["revalidate"])

        composed = api.get("/v1/routines/compose", params=COMPOSE).json()
        left_out = "; ".join(
            f"{e['pose']['name']} ({', '.join(r['slug'] for r in e['rules'])}"
            + (f", replaced by {e['substituted_by']['name']}" if e["substituted_by"] else "")
            + ")"
            for e in composed["excluded"]
        )
        assert "Child's Pose (limit-cannot-kneel, replaced by Seated Round and Arch)" in left_out
        size = f"{len(composed['items'])} poses, {composed['total_seconds']} s"
        assert lines["compose (GET)"] == (
            f"routine, pain band {composed['pain_band']}, {size}; left out: {left_out}"
        )
        assert lines["compose (POST)"] == (
            f"routine, {len(composed['items'])} poses, the same items as the GET"
        )

        save = re.fullmatch(
            r"201, Location /v1/routines/(?P<id>[0-9a-f-]{36}), id (?P=id), "
            r"expires \d{4}-\d\d-\d\d",
            lines["save"],
        )
        assert save, lines["save"]
        saved_id = save["id"]
        assert lines["read back"] == f"Composed routine (composed), id {saved_id}, {size}"
        assert lines["delete"] == "204"
        assert lines["read after delete"].startswith("404 Not Found: There is no routine")
        assert api.get(f"/v1/routines/{saved_id}").status_code == 404  # deleted for real

    assert lines["422"].startswith("422 Unprocessable Entity [query.limit]: ")
    assert lines["404"].startswith("404 Not Found: There is no pose 'no-such-pose'")


@pytest.fixture(scope="module")
def typescript_build(typescript_tools: Path) -> subprocess.CompletedProcess[str]:
    """tsc over the wrapper and the example, strict whatever tsconfig.json says."""
    return run(
        [
            "node_modules/.bin/tsc",
            "-p",
            "tsconfig.json",
            "--strict",
            "--noUncheckedIndexedAccess",
            "--exactOptionalPropertyTypes",
        ],
        cwd=typescript_tools,
    )


def test_typescript_client_compiles_under_strict(
    typescript_build: subprocess.CompletedProcess[str],
) -> None:
    assert typescript_build.returncode == 0, typescript_build.stdout + typescript_build.stderr


def test_typescript_client_has_no_casts_or_non_null_assertions(typescript_tools: Path) -> None:
    result = run(["node", NO_CASTS, *TYPESCRIPT_SOURCES], cwd=typescript_tools)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_cast_check_finds_casts(typescript_tools: Path, tmp_path: Path) -> None:
    sample = tmp_path / "casts.ts"
    sample.write_text(
        'const a = [1] as const;\nconst b = JSON.parse("1") as number;\nconst c = a[0]!;\n'
    )
    result = run(["node", NO_CASTS, sample])
    assert result.returncode == 1
    assert [line.split(": ", 1)[1] for line in result.stdout.splitlines()] == [
        'JSON.parse("1") as number',
        "a[0]!",
    ]


def test_typescript_example_against_a_live_server(
    typescript_build: subprocess.CompletedProcess[str], typescript_tools: Path, client_server: str
) -> None:
    assert typescript_build.returncode == 0, typescript_build.stdout + typescript_build.stderr
    result = run(["node", "dist/examples/example.js", client_server], cwd=typescript_tools)
    assert result.returncode == 0, result.stdout + result.stderr
    check_flow(result.stdout, client_server)


def test_typescript_quickstart_against_a_live_server(
    typescript_build: subprocess.CompletedProcess[str], typescript_tools: Path, client_server: str
) -> None:
    """The README's quickstart: a pose's steps and a composition, typed without a cast."""
    assert typescript_build.returncode == 0, typescript_build.stdout + typescript_build.stderr
    result = run(["node", "dist/examples/quickstart.js", client_server], cwd=typescript_tools)
    assert result.returncode == 0, result.stdout + result.stderr
    with httpx.Client(base_url=client_server, timeout=10) as api:
        pose = api.get("/v1/poses/childs-pose").json()
        composed = api.post("/v1/routines/compose", json=COMPOSE).json()
    names = ", ".join(item["pose"]["name"] for item in composed["items"])
    assert result.stdout.splitlines() == [
        f"Child's Pose: {len(pose['steps'])} steps",
        f"routine: {names} ({composed['total_seconds']} s)",
    ]


def test_typescript_offline_sync_against_a_live_server(
    typescript_build: subprocess.CompletedProcess[str],
    typescript_tools: Path,
    client_server: str,
    editor_key: str,
) -> None:
    """Issue 15's round trip: the full bundle, a write through the editors' API, the changes
    since the bundle's version applied to the copy, which then equals the new full bundle."""
    assert typescript_build.returncode == 0, typescript_build.stdout + typescript_build.stderr
    before = httpx.get(f"{client_server}/v1/bundle", timeout=30).json()
    result = subprocess.run(
        ["node", "dist/examples/sync.js", client_server],
        cwd=typescript_tools,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin", "STRETCHBASE_KEY": editor_key},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    after = httpx.get(f"{client_server}/v1/bundle", timeout=30).json()
    old, new = before["content_version"], after["content_version"]
    assert new > old  # the write went through the API
    assert lines["full"].startswith(f"version {old}, {len(before['poses'])} poses")
    assert lines["write"].startswith("PATCH /v1/safety-rules/session-breathe-slowly → 200")
    assert lines["changes"].startswith(f"{old} → {new}, changed safety_rules 1")
    assert lines[f"local copy equals the full bundle at version {new}"] == "true"
    rule = next(r for r in after["safety_rules"] if r["slug"] == "session-breathe-slowly")
    assert rule != next(r for r in before["safety_rules"] if r["slug"] == rule["slug"])


def test_python_example_against_a_live_server(client_server: str) -> None:
    result = run([sys.executable, CLIENTS / "python" / "example.py", client_server])
    assert result.returncode == 0, result.stdout + result.stderr
    check_flow(result.stdout, client_server)

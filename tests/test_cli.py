"""The `stretchbase` command: migrate and seed from nothing, idempotently; compose like the API."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.support.databases import fresh_database_url

PROJECT_ROOT = Path(__file__).parents[1]


def stretchbase(*args: str, database_url: str) -> subprocess.CompletedProcess[str]:
    executable = Path(sys.executable).parent / "stretchbase"
    return subprocess.run(
        [executable, *args],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env={"DATABASE_URL": database_url, "PATH": "/usr/bin:/bin"},
        timeout=120,
    )


@pytest.fixture
def database_url(backend: str, tmp_path: Path) -> str:
    return fresh_database_url(backend, tmp_path)


def test_migrate_then_seed_twice(database_url: str) -> None:
    assert stretchbase("migrate", database_url=database_url).returncode == 0
    first = stretchbase("seed", database_url=database_url)
    assert first.returncode == 0, first.stderr
    assert "inserted 2 content_document, " in first.stdout and " pose, " in first.stdout
    second = stretchbase("seed", database_url=database_url)
    assert second.stdout.startswith("inserted nothing; updated nothing; deleted nothing")
    assert "content version 1" in second.stdout


def test_compose_prints_the_apis_body(client: TestClient, database_url: str) -> None:
    stretchbase("migrate", database_url=database_url)
    stretchbase("seed", database_url=database_url)
    printed = stretchbase(
        "compose", "--pain", "5", "--limit", "cannot_kneel", database_url=database_url
    )
    assert printed.returncode == 0, printed.stderr
    served = client.get("/v1/routines/compose?pain_level=5&mobility_limits=cannot_kneel")
    assert printed.stdout.strip().encode() == served.content


def test_compose_prints_a_referral_with_a_regions_services(database_url: str) -> None:
    stretchbase("migrate", database_url=database_url)
    stretchbase("seed", database_url=database_url)
    printed = stretchbase(
        "compose",
        "--pain",
        "3",
        "--red-flag",
        "saddle_numbness",
        "--region",
        "GB",
        database_url=database_url,
    )
    assert printed.returncode == 0, printed.stderr
    referral = json.loads(printed.stdout)["referral"]
    assert referral["action"] == "emergency_services"
    assert referral["contact"] == "In the UK, call 999 or go to A&E."


def test_compose_rejects_unknown_vocabulary(database_url: str) -> None:
    result = stretchbase(
        "compose", "--pain", "5", "--limit", "cannot_fly", database_url=database_url
    )
    assert result.returncode == 2
    assert "cannot_kneel" in result.stderr  # says what is accepted

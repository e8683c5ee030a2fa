"""The generated clients (clients/): what they need installed, and a real server for them."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.clients import PYTHON_GENERATOR, TYPESCRIPT
from tests.support.server import running_server

STRETCHBASE = Path(sys.executable).parent / "stretchbase"


@pytest.fixture(scope="session")
def typescript_tools() -> Path:
    """clients/typescript with its pinned packages (openapi-typescript, openapi-fetch, tsc)."""
    if not (TYPESCRIPT / "node_modules" / ".bin" / "tsc").exists():
        pytest.fail(f"{TYPESCRIPT}/node_modules is missing: `make test` runs npm ci there")
    return TYPESCRIPT


@pytest.fixture(scope="session")
def python_generator() -> Path:
    if not PYTHON_GENERATOR.exists():
        pytest.fail(f"{PYTHON_GENERATOR} is missing: `make test` installs the pinned generator")
    return PYTHON_GENERATOR


@pytest.fixture(scope="session")
def client_database(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('clients') / 'clients.db'}"


@pytest.fixture(scope="session")
def client_server(client_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`stretchbase serve` on a fresh SQLite database (migrated and seeded as it starts), run
    once: the clients speak HTTP, and the API's own tests cover both databases."""
    log = tmp_path_factory.mktemp("clients-log") / "server.log"
    with running_server(client_database, log) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def editor_key(client_database: str, client_server: str) -> str:
    """A key with the rules:write scope on the clients' server, made as an operator would."""
    created = subprocess.run(
        [STRETCHBASE, "keys", "create", "--name", "sync", "--scope", "rules:write"],
        capture_output=True,
        text=True,
        env={"DATABASE_URL": client_database, "PATH": "/usr/bin:/bin"},
        timeout=60,
        check=True,
    )
    return next(line for line in created.stdout.splitlines() if line.startswith("sb_"))

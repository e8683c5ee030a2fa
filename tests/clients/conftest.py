"""The generated clients (clients/): what they need installed, and a real server for them."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.clients import PYTHON_GENERATOR, TYPESCRIPT
from tests.support.server import running_server


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
def client_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`stretchbase serve` on a fresh SQLite database (migrated and seeded as it starts), run
    once: the clients speak HTTP, and the API's own tests cover both databases."""
    directory = tmp_path_factory.mktemp("clients")
    database = f"sqlite:///{directory / 'clients.db'}"
    with running_server(database, directory / "server.log") as base_url:
        yield base_url

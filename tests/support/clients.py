"""Where the generated clients and their tools are (clients/; `make clients`, `make test`)."""

from tests.support.server import PROJECT_ROOT

CLIENTS = PROJECT_ROOT / "clients"
TYPESCRIPT = CLIENTS / "typescript"
PYTHON_GENERATOR = PROJECT_ROOT / ".venv-clients" / "bin" / "openapi-python-client"
NO_CASTS = PROJECT_ROOT / "tests" / "clients" / "no_casts.mjs"

"""The committed clients are exactly what the committed spec generates (`make clients`)."""

import subprocess
from pathlib import Path

from tests.support.clients import CLIENTS

GENERATED = ["typescript/src/schema.ts", "python/stretchbase_client"]


def generated_files(root: Path) -> dict[str, bytes]:
    """Every generated file under `root`, by its path relative to it."""
    files: dict[str, bytes] = {}
    for name in GENERATED:
        path = root / name
        found = [path] if path.is_file() else sorted(path.rglob("*"))
        for file in found:
            if file.is_file() and "__pycache__" not in file.parts:
                files[file.relative_to(root).as_posix()] = file.read_bytes()
    return files


def test_committed_clients_are_what_the_spec_generates(
    tmp_path: Path, typescript_tools: Path, python_generator: Path
) -> None:
    subprocess.run(
        [CLIENTS / "generate.sh", tmp_path], check=True, capture_output=True, timeout=120
    )
    fresh, committed = generated_files(tmp_path), generated_files(CLIENTS)
    assert len(fresh) > 100  # both clients were generated: the schema and the Python package
    stale = sorted(
        name for name in fresh.keys() & committed.keys() if fresh[name] != committed[name]
    )
    missing = sorted(fresh.keys() - committed.keys())
    extra = sorted(committed.keys() - fresh.keys())
    assert not (stale or missing or extra), (
        f"the clients no longer match openapi/openapi.json: run `make clients` "
        f"(changed: {stale}; not committed: {missing}; no longer generated: {extra})"
    )

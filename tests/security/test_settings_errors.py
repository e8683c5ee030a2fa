"""A bad setting stops the CLI with a message naming the variable, the value and what it
takes — never a traceback. (A retention of 0 days is valid: saving is off.)"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.server import free_port

STRETCHBASE = Path(sys.executable).parent / "stretchbase"


def serve(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.db'}",
        **env,
    }
    return subprocess.run(
        [STRETCHBASE, "serve", "--port", str(free_port())],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("value", ["-1", "thirty", "1.5", ""])
def test_a_bad_retention_is_a_clear_message(tmp_path: Path, value: str) -> None:
    result = serve(tmp_path, STRETCHBASE_SAVED_RETENTION_DAYS=value)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    assert f"STRETCHBASE_SAVED_RETENTION_DAYS={value!r}" in result.stderr
    assert "0: nothing is saved" in result.stderr  # says what the setting takes
    assert not (tmp_path / "unused.db").exists()  # stopped before touching the database


def test_every_bad_setting_is_named(tmp_path: Path) -> None:
    result = serve(
        tmp_path, STRETCHBASE_BODY_TIMEOUT_SECONDS="soon", STRETCHBASE_MAX_CONNECTIONS="0"
    )
    assert result.returncode == 2
    assert "STRETCHBASE_BODY_TIMEOUT_SECONDS='soon'" in result.stderr
    assert "STRETCHBASE_MAX_CONNECTIONS='0'" in result.stderr
    assert "Traceback" not in result.stderr

"""The layering DESIGN.md asks for, checked at run time as well as by import-linter."""

import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).parents[1]
FORBIDDEN_IN_COMPOSER = ("fastapi", "starlette", "sqlalchemy", "sqlmodel")


def test_importing_the_composer_loads_no_web_or_sql_code() -> None:
    probe = (
        "import sys, api.compose\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN_IN_COMPOSER!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=PROJECT_ROOT
    )
    assert result.stdout.strip() == "[]"


def test_import_linter_contracts_hold() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([lint_imports], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr

"""The layering docs/architecture.md describes, checked at run time as well as by import-linter."""

import ast
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


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    names |= {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    return names


def test_tests_share_code_only_through_tests_support() -> None:
    """No test module (or conftest) imports another: what tests share is in tests/support."""
    offending = {
        str(path.relative_to(PROJECT_ROOT)): sorted(
            name
            for name in _imported_modules(path)
            if name.split(".")[0] == "tests" and not name.startswith("tests.support")
        )
        for path in (PROJECT_ROOT / "tests").rglob("*.py")
    }
    assert {path: names for path, names in offending.items() if names} == {}

"""The `stretchbase` command: migrate and seed from nothing, idempotently; compose like the API."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from api.db import make_engine
from models.content_state import ContentState
from models.rule_language import NoticeEffect
from models.safety_rule import SafetyRule
from seed import CONTENT_FILE
from tests.support.databases import fresh_database_url

PROJECT_ROOT = Path(__file__).parents[1]


def stretchbase(*args: str, database_url: str) -> subprocess.CompletedProcess[str]:
    executable = Path(sys.executable).parent / "stretchbase"
    return subprocess.run(
        [executable, *args],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env={
            "DATABASE_URL": database_url,
            "PATH": "/usr/bin:/bin",
            "STRETCHBASE_SAFETY_GATE_BUDGET": "600",  # the gate's depth is tested elsewhere
        },
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


def test_export_writes_a_file_seed_takes_back_unchanged(database_url: str, tmp_path: Path) -> None:
    nothing = stretchbase("export", database_url=database_url)
    assert nothing.returncode == 1 and "Traceback" not in nothing.stderr
    assert "no content to export: run `stretchbase migrate` and `stretchbase seed`" in (
        nothing.stderr
    )
    stretchbase("migrate", database_url=database_url)
    stretchbase("seed", database_url=database_url)
    printed = stretchbase("export", database_url=database_url)  # stdout by default
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.startswith("# Exported by `stretchbase export` from content version 1")
    dash = stretchbase("export", "--output", "-", database_url=database_url)
    assert dash.stdout == printed.stdout
    written = tmp_path / "exported.yaml"
    to_file = stretchbase("export", "--output", str(written), database_url=database_url)
    assert to_file.stdout == "" and f"wrote {written} (content version 1)" in to_file.stderr
    assert written.read_text(encoding="utf-8") == printed.stdout
    again = stretchbase("seed", "--path", str(written), database_url=database_url)
    assert again.stdout.startswith("inserted nothing; updated nothing; deleted nothing"), (
        again.stdout + again.stderr
    )


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


def unsafe_content(tmp_path: Path) -> Path:
    """The seed file, edited so that saddle numbness (cauda equina) only gets a notice."""
    content = tmp_path / "content.yaml"
    content.write_text(
        CONTENT_FILE.read_text(encoding="utf-8").replace(
            "effect: [{type: refer, urgency: emergency, action: emergency_services}]",
            "effect: [{type: notice, without_routine: true}]",
            1,
        ),
        encoding="utf-8",
    )
    return content


def test_seeding_an_edited_file_that_breaks_an_invariant_writes_nothing(
    database_url: str, tmp_path: Path
) -> None:
    stretchbase("migrate", database_url=database_url)
    assert stretchbase("seed", database_url=database_url).returncode == 0
    engine = make_engine(database_url)

    def state() -> tuple[int, list, list]:
        with Session(engine) as session:
            version = session.exec(select(ContentState.version)).one()
            rule = session.exec(
                select(SafetyRule).where(SafetyRule.slug == "red-flag-saddle-numbness")
            ).one()
            rules = session.exec(select(SafetyRule).order_by(col(SafetyRule.id))).all()
            rows = [r.model_dump() for r in rules]
            return version, rule.effect, rows

    before = state()
    refused = stretchbase(
        "seed", "--path", str(unsafe_content(tmp_path)), database_url=database_url
    )
    assert refused.returncode == 1, refused.stdout
    assert "safety gate refuses this content (red_flag_refers)" in refused.stderr
    assert "nothing was written" in refused.stderr
    assert '"red_flags": ["saddle_numbness"]' in refused.stderr  # the counterexample
    assert "Traceback" not in refused.stderr
    assert state() == before
    engine.dispose()
    # on an empty database too: the first seed of an edited file is gated
    (tmp_path / "fresh").mkdir()
    fresh = fresh_database_url("sqlite", tmp_path / "fresh")
    stretchbase("migrate", database_url=fresh)
    first = stretchbase("seed", "--path", str(unsafe_content(tmp_path)), database_url=fresh)
    assert first.returncode == 1 and "red_flag_refers" in first.stderr


def test_check_safety_passes_the_seeded_content_and_refuses_a_dropped_referral(
    database_url: str, tmp_path: Path
) -> None:
    stretchbase("migrate", database_url=database_url)
    stretchbase("seed", database_url=database_url)
    passed = stretchbase("check-safety", "--budget", "600", database_url=database_url)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert passed.stderr.startswith("0 violations; 600 compositions")
    # An editor's change lands in the database: saddle numbness only gets a notice.
    engine = make_engine(database_url)
    with Session(engine) as session:
        rule = session.exec(
            select(SafetyRule).where(SafetyRule.slug == "red-flag-saddle-numbness")
        ).one()
        rule.effect = [NoticeEffect(type="notice", without_routine=True)]
        session.add(rule)
        session.commit()
    engine.dispose()
    refused = stretchbase("check-safety", "--budget", "600", database_url=database_url)
    assert refused.returncode == 1
    [line] = refused.stdout.splitlines()
    violation = json.loads(line)
    assert violation["invariant"] == "red_flag_refers"
    assert "saddle_numbness" in violation["request"]["red_flags"]
    assert refused.stderr.startswith("1 violation; ")
    # The same content as a file, checked before it is seeded.
    content = unsafe_content(tmp_path)
    from_file = stretchbase(
        "check-safety", "--content", str(content), "--budget", "600", database_url=database_url
    )
    assert from_file.returncode == 1
    assert json.loads(from_file.stdout.splitlines()[0])["invariant"] == "red_flag_refers"


def dev_only_modules() -> set[str]:
    """Top-level modules of the `dev` extra: what the image (no extras) does not install."""
    import tomllib
    from importlib.metadata import packages_distributions

    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    name = lambda requirement: requirement.split(">")[0].split("[")[0].split("=")[0].strip()  # noqa: E731
    dev = {name(r).lower().replace("_", "-") for r in project["optional-dependencies"]["dev"]}
    runtime = {name(r).lower().replace("_", "-") for r in project["dependencies"]}
    modules = set()
    for module, distributions in packages_distributions().items():
        names = {d.lower().replace("_", "-") for d in distributions}
        if names & dev and not names & runtime:
            modules.add(module)
    return modules


def test_the_cli_and_the_app_start_without_the_development_extras() -> None:
    # The image installs the project without extras: the CLI once imported httpx at start-up
    # (to record the spec's examples) and the deployed `migrate` service died on it.
    blocked = sorted(dev_only_modules())
    assert "httpx" in blocked and "pytest" in blocked
    program = f"""
import importlib.abc, sys
BLOCKED = set({blocked!r})
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"{{name}} is a development dependency")
sys.meta_path.insert(0, Block())
import api.cli
from api.main import create_app
from api.settings import Settings
create_app(Settings(database_url="sqlite://", rate_limit="off", redis_url=None))
"""
    result = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]

"""The `stretchbase` command: serve, migrate, seed, purge, keys, openapi, compose,
check-safety."""

import json
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import structlog
import typer
import uvicorn
from pydantic import ValidationError
from pydantic_core import to_json
from sqlalchemy import Engine, inspect
from sqlmodel import Session

from api.bootstrap import PROJECT_ROOT, is_seeded, run_migrations, run_seed
from api.compose import CatalogueError, UnknownBaseRoutineError, compose
from api.compose.invariants import DEFAULT_BUDGET, DEFAULT_SEED, run_gate
from api.compose.vectors import make_vectors_and_bodies, write_bodies
from api.content.build import build_snapshot
from api.db import make_engine, session_factory
from api.http.protocol import PROTOCOL
from api.observability import configure_logging
from api.services.export import export_content, to_yaml
from api.services.figures import FigureStore, load_figure_library
from api.services.keys import KeyNameTakenError, create_key, list_keys, revoke_key
from api.services.saved import purge_expired
from api.settings import Settings, describe_invalid, get_settings
from models.api_key import Scope
from models.composition import DEFAULT_BASE_ROUTINE, ComposeRequest
from seed import CONTENT_FILE, VECTOR_BODIES_FILE, VECTORS_FILE
from seed.loader import UnsafeSeedError
from seed.schema import read_seed

DEFAULT_SPEC = PROJECT_ROOT / "openapi" / "openapi.json"

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


def _settings() -> Settings:
    """The settings from the environment; an invalid one is a message and exit status 2."""
    try:
        return get_settings()
    except ValidationError as exc:
        typer.echo(describe_invalid(exc), err=True)
        raise typer.Exit(2) from None


def _engine() -> Engine:
    return make_engine(_settings().database_url)


@app.command()
def migrate() -> None:
    """Upgrade the database to the latest schema."""
    run_migrations(_engine())
    typer.echo("database is at the latest revision")


@app.command()
def seed(
    path: Annotated[Path, typer.Option(help="The content file.")] = CONTENT_FILE,
) -> None:
    """Load the seed content (idempotent: a second run changes nothing). Content it changes
    must pass the safety gate (STRETCHBASE_SAFETY_GATE_BUDGET compositions), or nothing is
    written and it exits 1."""
    try:
        summary = run_seed(_engine(), path, gate_budget=_settings().safety_gate_budget)
    except UnsafeSeedError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    typer.echo(summary)


@app.command()
def export(
    output: Annotated[
        str, typer.Option(help="Where to write the file; `-` (the default) is stdout.")
    ] = "-",
) -> None:
    """Write the database's current content as a seed file (content.yaml's form): `stretchbase
    seed --path FILE` on a fresh database serves it with the same bodies and ETags."""
    engine = _engine()
    if not inspect(engine).has_table("content_state") or not is_seeded(engine):
        typer.echo(
            "no content to export: run `stretchbase migrate` and `stretchbase seed`", err=True
        )
        raise typer.Exit(1)
    with Session(engine) as session:
        snapshot = build_snapshot(session)
        text = to_yaml(export_content(session, snapshot), snapshot.version)
    engine.dispose()
    if output == "-":
        typer.echo(text, nl=False)
    else:
        Path(output).write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output} (content version {snapshot.version})", err=True)


@app.command()
def purge() -> None:
    """Delete the saved routines past STRETCHBASE_SAVED_RETENTION_DAYS (the server also does
    it every STRETCHBASE_PURGE_INTERVAL_SECONDS)."""
    settings = _settings()
    with session_factory(_engine())() as session:
        deleted = purge_expired(session, retention_days=settings.saved_retention_days)
    typer.echo(f"purged {deleted} expired saved routine{'s' if deleted != 1 else ''}")


def uvicorn_options(settings: Settings) -> dict[str, object]:
    """How `serve` runs uvicorn: bounded header reads and connections (README, Settings)."""
    return {
        "log_level": settings.log_level,
        "server_header": False,
        "proxy_headers": True,  # FORWARDED_ALLOW_IPS names the proxies trusted
        "log_config": None,  # the app logs JSON itself (api/observability.py)
        "http": PROTOCOL,
        "limit_concurrency": settings.max_connections,
    }


@app.command()
def serve(
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
    workers: Annotated[int, typer.Option(min=1)] = 1,
) -> None:
    """Migrate, seed an empty database, then serve the API."""
    settings = _settings()
    configure_logging(settings.log_level)  # every line a server prints is JSON
    engine = _engine()
    run_migrations(engine)
    if not is_seeded(engine):
        structlog.get_logger("stretchbase.seed").info("seeded", summary=run_seed(engine))
    engine.dispose()
    uvicorn.run(
        "api.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        **uvicorn_options(settings),  # type: ignore[arg-type]
    )


keys = typer.Typer(no_args_is_help=True, help="Editors' API keys: create, list, revoke.")
app.add_typer(keys, name="keys")


@keys.command("create")
def keys_create(
    name: Annotated[str, typer.Option(help="Who holds it; recorded with each of its writes.")],
    scope: Annotated[list[Scope], typer.Option(help="What it may write; repeat it for several.")],
) -> None:
    """Create a key and print its secret — once: only its hash is stored."""
    if not 1 <= len(name) <= 80:
        typer.echo("the name takes 1 to 80 characters", err=True)
        raise typer.Exit(2)
    with session_factory(_engine())() as session:
        try:
            key, secret = create_key(session, name, scope)
        except KeyNameTakenError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(1) from exc
    typer.echo(f"created key {key.name!r} with scopes {', '.join(key.scopes)}")
    typer.echo("its secret (shown once, not stored; send it as `Authorization: Bearer <secret>`):")
    typer.echo(secret)


@keys.command("list")
def keys_list() -> None:
    """Every key: name, the secret's first characters, scopes, created, revoked."""
    with session_factory(_engine())() as session:
        rows = list_keys(session)
    for key in rows:
        revoked = f"revoked {key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "active"
        typer.echo(
            f"{key.name}\t{key.prefix}…\t{','.join(key.scopes)}\t"
            f"created {key.created_at:%Y-%m-%d %H:%M}\t{revoked}"
        )
    if not rows:
        typer.echo("no keys")


@keys.command("revoke")
def keys_revoke(name: Annotated[str, typer.Argument(help="The key's name.")]) -> None:
    """Revoke a key: it authenticates nothing from now on (its revisions keep its name)."""
    with session_factory(_engine())() as session:
        revoked = revoke_key(session, name)
    if not revoked:
        typer.echo(f"no active key named {name!r}", err=True)
        raise typer.Exit(1)
    typer.echo(f"revoked key {name!r}")


@app.command()
def openapi(
    output: Annotated[Path, typer.Option(help="Where to write the spec.")] = DEFAULT_SPEC,
) -> None:
    """Record the spec's examples on a freshly seeded database, then write the spec (what
    `make openapi` commits: openapi/openapi.json and api/http/openapi_examples.json)."""
    # Recording examples drives the app through httpx, a development dependency: imported here
    # so the CLI in the image (no dev extras) starts without it.
    from api.http.openapi_examples import EXAMPLES_FILE, record_examples, write_examples
    from api.main import create_app

    with tempfile.TemporaryDirectory() as directory:
        settings = Settings(
            database_url=f"sqlite:///{directory}/examples.db",
            rate_limit="off",
            redis_url=None,
        )
        engine = make_engine(settings.database_url)
        run_migrations(engine)
        run_seed(engine)
        write_examples(record_examples(create_app(settings)))
        engine.dispose()
        spec = create_app(settings).openapi()
    output.write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    typer.echo(f"wrote {output} and {EXAMPLES_FILE.relative_to(PROJECT_ROOT)}")


@app.command()
def vectors(
    output: Annotated[Path, typer.Option(help="Where to write them.")] = VECTORS_FILE,
) -> None:
    """Write the conformance vectors for client-side composers (what `make vectors` commits),
    from the content as a freshly seeded database serves it (content version 1, figures
    linked, exactly what the bundle holds)."""
    with tempfile.TemporaryDirectory() as directory:
        engine = make_engine(f"sqlite:///{directory}/vectors.db")
        run_migrations(engine)
        run_seed(engine)
        figures = FigureStore(load_figure_library())
        with Session(engine) as session:
            catalogue = build_snapshot(session, figure_links=figures.links).catalogue
        engine.dispose()
    made, bodies = make_vectors_and_bodies(catalogue)
    output.write_text(json.dumps(made, ensure_ascii=False) + "\n", encoding="utf-8")
    bodies_file = output.with_name(VECTOR_BODIES_FILE.name)
    write_bodies(bodies_file, bodies)
    typer.echo(
        f"wrote {len(made['vectors'])} vectors to {output} and their bodies to {bodies_file}"
    )


@app.command("compose")
def compose_command(
    pain: Annotated[int, typer.Option(help="Pain now, 0–10.")],
    limit: Annotated[list[str] | None, typer.Option(help="A mobility limit; repeat it.")] = None,
    red_flag: Annotated[list[str] | None, typer.Option(help="A red flag; repeat it.")] = None,
    days_with_pain: Annotated[int | None, typer.Option()] = None,
    minutes: Annotated[int | None, typer.Option()] = None,
    base_routine: Annotated[str, typer.Option()] = DEFAULT_BASE_ROUTINE,
    region: Annotated[
        str | None, typer.Option(help="Add a region's services to a referral, e.g. GB.")
    ] = None,
    pretty: Annotated[bool, typer.Option(help="Indent the JSON.")] = False,
) -> None:
    """Compose a routine and print it as JSON (byte for byte the API's body, unless --pretty)."""
    try:
        request = ComposeRequest.model_validate(
            {
                "pain_level": pain,
                "mobility_limits": limit or [],
                "red_flags": red_flag or [],
                "days_with_pain": days_with_pain,
                "minutes": minutes,
                "base_routine": base_routine,
                "region": region,
            }
        )
        with Session(_engine()) as session:
            snapshot = build_snapshot(session, load_figure_library().links)
            result = compose(request, snapshot.catalogue)
    except ValidationError as exc:
        typer.echo(f"invalid input:\n{exc}", err=True)
        raise typer.Exit(2) from exc
    except UnknownBaseRoutineError as exc:
        typer.echo(f"{exc}; accepted: {', '.join(exc.accepted)}", err=True)
        raise typer.Exit(2) from exc
    body = result.model_dump(mode="json")
    sys.stdout.write(
        json.dumps(body, indent=2, ensure_ascii=False) if pretty else to_json(body).decode()
    )
    sys.stdout.write("\n")


@app.command("check-safety")
def check_safety_command(
    content: Annotated[
        Path | None,
        typer.Option(help="Check this content file instead of the database's content."),
    ] = None,
    budget: Annotated[int, typer.Option(min=1, help="Compositions to spend.")] = DEFAULT_BUDGET,
    seed: Annotated[int, typer.Option(help="Seed of the random search.")] = DEFAULT_SEED,
) -> None:
    """Check the composer's safety invariants over the current content (docs/safety-gate.md):
    print each violation with a counterexample request; exit 1 if there is one."""
    if content is not None:
        catalogue = read_seed(content).to_catalogue()
    else:
        engine = _engine()
        with Session(engine) as session:
            catalogue = build_snapshot(session).catalogue
        engine.dispose()
    try:
        catalogue.check()  # the gate composes: references must resolve first
    except CatalogueError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    result = run_gate(catalogue, budget=budget, seed=seed)
    for violation in result.violations:
        typer.echo(to_json(violation.model_dump(mode="json", exclude_defaults=True)).decode())
    covered = result.coverage
    exhaustive = (
        "the whole reduced input space"
        if covered.exhaustive_complete
        else f"every combination of up to {covered.exhaustive_up_to} of {covered.answers} answers"
    )
    typer.echo(
        f"{len(result.violations)} violation{'s' if len(result.violations) != 1 else ''}; "
        f"{covered.compositions} compositions: {exhaustive} at {len(covered.pain_classes)} pain "
        f"classes, and {covered.random_requests} random requests (seed {seed})",
        err=True,
    )
    if result.violations:
        raise typer.Exit(1)

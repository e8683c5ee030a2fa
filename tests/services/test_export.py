"""`stretchbase export`: the content as a seed file that, seeded on a fresh database, serves
the same bodies with the same ETags — the seeded content, and content editors changed (on
both databases)."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlmodel import Session

from api.bootstrap import run_migrations, run_seed
from api.content.build import build_snapshot
from api.db import make_engine, session_factory
from api.main import create_app
from api.services.export import export_content, to_yaml
from seed import CONTENT_FILE
from seed.schema import read_seed
from tests.support.databases import fresh_database_url
from tests.support.editors import MERGE, NEW_SOURCE, bearer, make_key
from tests.support.settings import make_settings

COMPOSE = [
    "/v1/routines/compose?pain_level=3",
    "/v1/routines/compose?pain_level=6&mobility_limits=cannot_kneel&mobility_limits=knee_pain",
    "/v1/routines/compose?pain_level=2&red_flags=saddle_numbness",
]


def served(client: TestClient, *, same_version: bool = False) -> dict[str, tuple[Any, str | None]]:
    """Every content read the API serves: URL → (body, ETag). Where the two databases'
    content versions differ (a fresh database counts anew), bodies without their content
    versions, and no ETag where the body names the content version."""
    urls = [
        "/v1/poses?limit=100",
        "/v1/routines?limit=100",
        "/v1/safety-rules?limit=100",
        "/v1/sources?limit=100",
        "/v1/mobility-limits?limit=100",
        "/v1/red-flags?limit=100",
        "/v1/vocabulary",
        "/v1/questionnaire",
        "/v1/bundle",
        *COMPOSE,
    ]
    items = {url: client.get(url).json()["items"] for url in urls[:4]}
    for pose in items["/v1/poses?limit=100"]:
        urls += [f"/v1/poses/{pose['slug']}", f"/v1/poses/{pose['slug']}/steps?limit=100"]
        urls.append(f"/v1/poses/{pose['slug']}/figure.svg")
    urls += [f"/v1/routines/{r['slug']}" for r in items["/v1/routines?limit=100"]]
    urls += [f"/v1/safety-rules/{r['slug']}" for r in items["/v1/safety-rules?limit=100"]]
    urls += [f"/v1/sources/{s['slug']}" for s in items["/v1/sources?limit=100"]]
    answers = {}
    for url in urls:
        response = client.get(url)
        if url.endswith(".svg"):  # a pose editors created has none yet (404 on both)
            answers[url] = (response.text, response.headers.get("etag"))
            continue
        assert response.status_code == 200, (url, response.text)
        body = response.json()
        if same_version:
            answers[url] = (body, response.headers["etag"])
            continue
        versioned = "content_version" in response.text
        answers[url] = (without_versions(body), None if versioned else response.headers["etag"])
    return answers


def without_versions(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_versions(v) for k, v in value.items() if k != "content_version"}
    if isinstance(value, list):
        return [without_versions(v) for v in value]
    return value


@pytest.fixture
def reseeded(backend: str, tmp_path: Path) -> Iterator[Any]:
    """Seed a fresh database of this backend from a file; a client of it."""
    engines = []

    def seed_from(path: Path) -> TestClient:
        engine = make_engine(fresh_database_url(backend, tmp_path))
        engines.append(engine)
        run_migrations(engine)
        run_seed(engine, path)
        return TestClient(create_app(make_settings(), sessions=session_factory(engine)))

    yield seed_from
    for engine in engines:
        engine.dispose()


def export(session: Session, path: Path) -> Path:
    session.expire_all()
    snapshot = build_snapshot(session)
    path.write_text(to_yaml(export_content(session, snapshot), snapshot.version), "utf-8")
    return path


def test_the_seeded_content_round_trips(
    client: TestClient, session: Session, reseeded: Any, tmp_path: Path
) -> None:
    exported = export(session, tmp_path / "content.yaml")
    with reseeded(exported) as copy:
        # both at content version 1: every body and every ETag, content versions included
        assert copy.get("/v1/bundle").json()["content_version"] == 1
        assert served(copy, same_version=True) == served(client, same_version=True)
    # the file holds the seed file's content — all of it, in its order — written as that
    # file is: references as `{slug, section}` (no links), the general cautions once
    assert read_seed(exported) == read_seed(CONTENT_FILE)
    original = yaml.safe_load(CONTENT_FILE.read_text("utf-8"))
    written = yaml.safe_load(exported.read_text("utf-8"))
    assert list(written) == list(original)
    for kind in ("sources", "poses", "routines", "mobility_limits", "red_flags", "safety_rules"):
        mine, theirs = written[kind][0], original[kind][0]  # keys in the file's order
        assert [k for k in mine if k in theirs] == [k for k in theirs if k in mine], kind
    text = exported.read_text("utf-8")
    assert "href" not in text and "/v1/" not in text
    assert "general_cautions: &general_cautions\n" in text
    assert "  cautions: *general_cautions\n" in text
    assert "Numbness around your genitals or buttocks" in text  # block style, not escaped


def test_content_editors_changed_round_trips(
    client: TestClient, session: Session, sessions: Any, reseeded: Any, tmp_path: Path
) -> None:
    key = bearer(make_key(sessions, "physio-anna"))

    def write(method: str, url: str, body: dict, *, merge: bool = False) -> None:
        etag = client.get(url).headers.get("etag") if method != "POST" else None
        headers = {
            **key,
            **(MERGE if merge else {"Content-Type": "application/json"}),
            **({"If-Match": etag} if etag else {}),
        }
        response = client.request(method, url, content=json.dumps(body), headers=headers)
        assert response.status_code in (200, 201, 204), (url, response.text)

    rule = "/v1/safety-rules/limit-cannot-kneel"
    write("PATCH", rule, {"message": "Kneeling poses are left out (é, ü)."}, merge=True)
    write("PATCH", "/v1/poses/cat-cow", {"name": "Cat-Cow Flow"}, merge=True)
    question = {"red_flags": {"saddle_numbness": {"question": "Numb around the bottom?"}}}
    write("PATCH", "/v1/vocabulary", question, merge=True)
    write("POST", "/v1/sources", NEW_SOURCE)
    seven = "/v1/routines/seven-best-hip-stretches"
    write("PATCH", seven, {}, merge=True)  # rewritten as it was: revision 1 is its editable form
    template = client.get(f"{seven}/revisions/1").json()["body"]
    body = {
        **template,
        "slug": "three-for-the-morning",
        "name": "Three for the morning",
        "source": {"slug": "physio-notes", "section": None},
        "items": template["items"][:3],
    }
    write("POST", "/v1/routines", body)
    evening = {**body, "slug": "two-for-the-evening", "name": "Two", "items": body["items"][:2]}
    write("POST", "/v1/routines", evening)
    write("DELETE", "/v1/routines/two-for-the-evening", {})  # retired
    pose = client.get("/v1/poses/cat-cow/revisions/1").json()["body"]  # the seed's form
    pose |= {"slug": "seated-cat-cow", "name": "Seated Cat-Cow", "modifications": []}
    pose["source"] = {"slug": "physio-notes", "section": "Chair work"}
    write("POST", "/v1/poses", pose)
    extra = client.get(rule).json()
    extra = {k: v for k, v in extra.items() if k != "links"} | {"slug": "limit-extra"}
    extra["sources"] = [{"slug": s["slug"], "section": s["section"]} for s in extra["sources"]]
    write("POST", "/v1/safety-rules", extra)
    write("DELETE", "/v1/safety-rules/limit-extra", {})

    exported = export(session, tmp_path / "content.yaml")
    with reseeded(exported) as copy:
        assert served(copy) == served(client)
        assert copy.get("/v1/poses/cat-cow").json()["name"] == "Cat-Cow Flow"
        assert copy.get("/v1/safety-rules/limit-extra").status_code == 404
        assert copy.get("/v1/routines/two-for-the-evening").status_code == 404
        slugs = [p["slug"] for p in copy.get("/v1/poses?limit=100").json()["items"]]
        assert slugs[-1] == "seated-cat-cow"  # in the order editors left them

"""Editing the vocabulary's texts as one resource, `/v1/vocabulary`: no term in a URL, the
set of terms closed, a question never asked less often than before (on both databases)."""

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from api.db import SessionFactory
from models.api_key import Scope
from seed.loader import apply_seed
from seed.schema import SeedContent
from tests.support.editors import bearer, make_key
from tests.support.problems import assert_problem

URL = "/v1/vocabulary"
MERGE = {"Content-Type": "application/merge-patch+json"}
QUESTION = "Is the skin around your genitals or bottom numb, or does it tingle?"


@pytest.fixture
def key(sessions: SessionFactory) -> str:
    return make_key(sessions, "physio-anna", Scope.content_write)


def patch(client: TestClient, key: str, body: dict, etag: str | None):
    headers = {**bearer(key), **MERGE, **({"If-Match": etag} if etag else {})}
    return client.patch(URL, json=body, headers=headers)


def flag_question(client: TestClient, url: str = "/v1/red-flags?limit=100") -> str:
    flags = client.get(url).json()["items"]
    return next(f["question"] for f in flags if f["slug"] == "saddle_numbness")


def test_the_vocabulary_is_one_resource_read_anonymously(client: TestClient) -> None:
    response = client.get(URL)
    assert response.status_code == 200 and response.headers["etag"].startswith('"')
    body = response.json()
    assert list(body) == ["mobility_limits", "red_flags"]
    assert next(iter(body["red_flags"])) == "saddle_numbness"  # in the order a client asks
    pelvic = body["mobility_limits"]["pelvic_girdle_pain"]
    assert pelvic["ask_if"] == {"mobility_limit": "pregnancy"}
    revalidated = client.get(URL, headers={"If-None-Match": response.headers["etag"]})
    assert revalidated.status_code == 304


def test_no_term_is_ever_part_of_a_url(client: TestClient) -> None:
    for url in ("/v1/red-flags/saddle_numbness", "/v1/vocabulary/saddle_numbness"):
        assert_problem(client.get(url), 404)


def test_a_patch_changes_a_question_everywhere_it_is_served(client: TestClient, key: str) -> None:
    before = {url: client.get(url) for url in (URL, "/v1/red-flags", "/v1/questionnaire")}
    changed = patch(
        client,
        key,
        {"red_flags": {"saddle_numbness": {"question": QUESTION}}},
        before[URL].headers["etag"],
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["red_flags"]["saddle_numbness"]["question"] == QUESTION
    assert changed.headers["etag"] == client.get(URL).headers["etag"] != before[URL].headers["etag"]
    assert flag_question(client) == QUESTION
    assert QUESTION in client.get("/v1/questionnaire").text
    assert QUESTION in client.get("/v1/bundle").text
    for url, old in before.items():  # an old tag never revalidates changed content
        again = client.get(url, headers={"If-None-Match": old.headers["etag"]})
        assert again.status_code == 200, url
    history = client.get(f"{URL}/revisions").json()["items"]
    assert [(r["number"], r["origin"]) for r in history] == [(1, "seed"), (2, "editor")]
    assert history[1]["patch"] == [
        {"op": "replace", "path": "/red_flags/saddle_numbness/question", "value": QUESTION}
    ]
    assert history[1]["links"]["resource"] == URL


def test_writes_need_the_content_scope_and_the_current_etag(
    client: TestClient, key: str, sessions: SessionFactory
) -> None:
    body = {"red_flags": {"saddle_numbness": {"question": QUESTION}}}
    assert_problem(client.patch(URL, json=body, headers=MERGE), 401)
    rules_only = make_key(sessions, "rules-only", Scope.rules_write)
    assert_problem(patch(client, rules_only, body, client.get(URL).headers["etag"]), 403)
    assert_problem(patch(client, key, body, None), 428)
    stale = patch(client, key, body, '"0123456789abcdef0123456789abcdef"')
    assert_problem(stale, 412)
    identity = client.get(URL, headers={"Accept-Encoding": "identity"})
    assert stale.headers["etag"] == identity.headers["etag"]
    assert_problem(client.delete(URL, headers=bearer(key)), 405)
    assert_problem(client.post(URL, json={}, headers=bearer(key)), 405)


def test_the_set_of_terms_is_closed(client: TestClient, key: str, session: Session) -> None:
    etag = client.get(URL).headers["etag"]
    text = {"label": "x", "question": "x?", "help_text": "x"}
    unknown = patch(client, key, {"red_flags": {"levitation": text}}, etag)
    assert "levitation" in str(assert_problem(unknown, 422))
    removed = patch(client, key, {"red_flags": {"saddle_numbness": None}}, etag)
    body = assert_problem(removed, 422)
    assert "saddle_numbness" in str(body)
    empty = patch(client, key, {"red_flags": {"saddle_numbness": {"question": ""}}}, etag)
    assert_problem(empty, 422)
    assert client.get(URL).headers["etag"] == etag  # nothing written
    assert flag_question(client) != QUESTION


def test_a_question_can_be_asked_more_often_never_less(client: TestClient, key: str) -> None:
    etag = client.get(URL).headers["etag"]
    gated = {"red_flags": {"saddle_numbness": {"ask_if": {"mobility_limit": "pregnancy"}}}}
    refused = patch(client, key, gated, etag)
    assert "less often" in assert_problem(refused, 422)["detail"]
    limit = {"mobility_limits": {"cannot_kneel": {"ask_if": {"mobility_limit": "pregnancy"}}}}
    assert_problem(patch(client, key, limit, etag), 422)
    widened = {"mobility_limits": {"pelvic_girdle_pain": {"ask_if": None}}}
    asked_more = patch(client, key, widened, etag)
    assert asked_more.status_code == 200, asked_more.text
    assert asked_more.json()["mobility_limits"]["pelvic_girdle_pain"]["ask_if"] is None


def test_the_seed_leaves_an_edited_vocabulary_alone(
    client: TestClient, key: str, session: Session, seed_content: SeedContent
) -> None:
    etag = client.get(URL).headers["etag"]
    body = {"red_flags": {"saddle_numbness": {"question": QUESTION}}}
    assert patch(client, key, body, etag).status_code == 200
    report = apply_seed(session, seed_content)
    session.commit()
    assert report.kept_edits["vocabulary"] > 0
    assert flag_question(client) == QUESTION

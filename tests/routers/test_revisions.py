"""The editors' history: each revision's RFC 6902 patch and message, the seed's version kept
with a resource's first edit, reverting, and the audit list of every write (on both
databases)."""

import jsonpatch
import pytest
from fastapi import Request
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.db import SessionFactory
from api.http.problems import ProblemError
from api.routers.editing import revision_message
from models.api_key import Scope
from models.content_state import ContentState
from models.revision import ContentRevision
from tests.support.editors import MERGE, NEW_RULE, bearer, make_key
from tests.support.problems import assert_problem
from tests.support.server import run_async

RULE = "/v1/safety-rules/limit-cannot-kneel"

EXTRA = {**NEW_RULE, "slug": "limit-cannot-kneel-extra"}
EXTRA_URL = f"/v1/safety-rules/{EXTRA['slug']}"


@pytest.fixture
def key(sessions: SessionFactory) -> str:
    return make_key(sessions, "physio-anna")


def version(session: Session) -> int:
    session.expire_all()
    return session.exec(select(ContentState.version)).one()


def patch(
    client: TestClient, key: str, body: dict, etag: str | None, url: str = RULE, **headers: bytes
):
    extra = {name.replace("_", "-"): value for name, value in headers.items()}
    sent = {**bearer(key), **MERGE, **({"If-Match": etag} if etag else {}), **extra}
    return client.patch(url, json=body, headers=sent)


def revisions(client: TestClient, url: str = RULE) -> list[dict]:
    return client.get(f"{url}/revisions").json()["items"]


def editable(served: dict) -> dict:
    """A rule as its revisions hold it: as served, without links, sources by slug and section."""
    body = {k: v for k, v in served.items() if k != "links"}
    body["sources"] = [{"slug": s["slug"], "section": s["section"]} for s in body["sources"]]
    return body


# -- patches and messages ------------------------------------------------------------------------


def test_the_first_edit_of_a_seeded_rule_keeps_the_seeds_version_and_a_patch_from_it(
    client: TestClient, key: str
) -> None:
    seeded = client.get(RULE)
    note = "Physio review: wording for people who kneel with pain (é, ü).".encode()
    changed = patch(
        client,
        key,
        {"message": "Kneeling poses are left out."},
        seeded.headers["etag"],
        Revision_Message=note,
    )
    assert changed.status_code == 200, changed.text
    assert changed.headers["revision"] == "2"
    seed, edit = revisions(client)
    assert (seed["number"], seed["origin"], seed["author"]) == (1, "seed", "seed")
    assert seed["body"] == editable(seeded.json())
    assert seed["content_version"] < edit["content_version"]
    assert (edit["number"], edit["origin"], edit["author"]) == (2, "editor", "physio-anna")
    assert edit["message"] == note.decode()
    assert edit["patch"] == [
        {"op": "replace", "path": "/message", "value": "Kneeling poses are left out."}
    ]
    assert jsonpatch.apply_patch(seed["body"], edit["patch"]) == edit["body"]


def test_every_patch_turns_the_previous_body_into_its_own(client: TestClient, key: str) -> None:
    rule, url = EXTRA, EXTRA_URL
    etag = client.post("/v1/safety-rules", json=rule, headers=bearer(key)).headers["etag"]
    etag = patch(client, key, {"severity": "warning", "rationale": "Why."}, etag, url).headers[
        "etag"
    ]
    etag = client.put(
        url, json={**rule, "message": "Replaced."}, headers={**bearer(key), "If-Match": etag}
    ).headers["etag"]
    client.delete(url, headers={**bearer(key), "If-Match": etag})
    assert client.post("/v1/safety-rules", json=rule, headers=bearer(key)).status_code == 201

    history = revisions(client, url)
    assert [(r["number"], r["retired"]) for r in history] == [
        (1, False),
        (2, False),
        (3, False),
        (4, True),
        (5, False),
    ]
    body: dict | None = None
    for revision in history:
        if revision["retired"]:
            assert revision["patch"] == [] and revision["body"] == body
            body = None
            continue
        if body is None:  # a creation: the whole body, added at the root
            assert revision["patch"] == [{"op": "add", "path": "", "value": revision["body"]}]
        assert jsonpatch.apply_patch(body or {}, revision["patch"]) == revision["body"]
        body = revision["body"]


@pytest.mark.parametrize(
    ("note", "complaint"),
    [
        (b"line one\nline two", "control"),
        (b"x" * 501, "at most 500"),
    ],
)
def test_a_bad_message_is_a_422_and_nothing_is_written(
    client: TestClient, key: str, session: Session, note: bytes, complaint: str
) -> None:
    start, before = version(session), client.get(RULE)
    response = patch(
        client, key, {"message": "Changed."}, before.headers["etag"], Revision_Message=note
    )
    body = assert_problem(response, 422)
    assert body["errors"][0]["field"] == "Revision-Message" and complaint in body["detail"]
    assert client.get(RULE).content == before.content and version(session) == start


def test_a_message_that_is_not_utf8_is_refused() -> None:
    """(Through a real server: the test client re-encodes header bytes it cannot decode.)"""
    raw = b"\xff\xfe not utf-8"
    scope = {"type": "http", "method": "PATCH", "headers": [(b"revision-message", raw)]}
    with pytest.raises(ProblemError) as refused:
        run_async(revision_message(Request(scope), raw.decode("latin-1")))
    assert refused.value.status == 422 and "UTF-8" in refused.value.detail


def test_two_messages_are_refused(client: TestClient, key: str) -> None:
    etag = client.get(RULE).headers["etag"]
    headers = [
        *bearer(key).items(),
        *MERGE.items(),
        ("If-Match", etag),
        ("Revision-Message", "one"),
        ("Revision-Message", "two"),
    ]
    response = client.patch(RULE, content=b'{"message": "Changed."}', headers=headers)
    assert "more than once" in assert_problem(response, 422)["detail"]
    assert client.get(RULE).headers["etag"] == etag


# -- revert --------------------------------------------------------------------------------------


def test_revert_restores_a_revision_as_a_new_one_with_the_same_preconditions(
    client: TestClient, key: str, session: Session
) -> None:
    seeded = client.get(RULE)
    first = patch(client, key, {"message": "First."}, seeded.headers["etag"])
    second = patch(client, key, {"severity": "warning"}, first.headers["etag"])
    revert = f"{RULE}/revisions/1/revert"

    assert_problem(client.post(revert), 401)
    assert_problem(client.post(revert, headers=bearer(key)), 428)
    stale = client.post(revert, headers={**bearer(key), "If-Match": first.headers["etag"]})
    assert stale.status_code == 412 and stale.headers["etag"] == second.headers["etag"]
    start = version(session)

    reverted = client.post(revert, headers={**bearer(key), "If-Match": second.headers["etag"]})
    assert reverted.status_code == 200, reverted.text
    served = client.get(RULE)
    assert served.content == seeded.content  # the seed's rule, byte for byte
    assert served.headers["etag"] == seeded.headers["etag"] == reverted.headers["etag"]
    assert version(session) == start + 1
    last = revisions(client)[-1]
    assert (last["number"], last["restores"], last["author"]) == (4, 1, "physio-anna")
    assert last["message"] == "Revert to revision 1."
    history = revisions(client)
    assert jsonpatch.apply_patch(history[2]["body"], last["patch"]) == history[0]["body"]
    assert {op["path"] for op in last["patch"]} == {"/message", "/severity"}


def created_edited_retired(client: TestClient, key: str) -> None:
    """EXTRA created (1), edited (2) and retired (3)."""
    created = client.post("/v1/safety-rules", json=EXTRA, headers=bearer(key))
    assert created.status_code == 201, created.text
    edited = patch(client, key, {"message": "Edited."}, created.headers["etag"], EXTRA_URL)
    retired = client.delete(EXTRA_URL, headers={**bearer(key), "If-Match": edited.headers["etag"]})
    assert retired.status_code == 204
    assert_problem(client.get(EXTRA_URL), 404)


def test_revert_brings_a_retired_rule_back(client: TestClient, key: str) -> None:
    created_edited_retired(client, key)
    back = client.post(
        f"{EXTRA_URL}/revisions/2/revert",
        headers={**bearer(key), "Revision-Message": "Retired by mistake."},
    )
    assert back.status_code == 201, back.text
    assert back.headers["location"] == EXTRA_URL
    assert client.get(EXTRA_URL).json()["message"] == "Edited."
    last = revisions(client, EXTRA_URL)[-1]
    assert (last["number"], last["restores"], last["message"]) == (4, 2, "Retired by mistake.")
    composed = client.get("/v1/routines/compose?pain_level=2&mobility_limits=cannot_kneel")
    assert "Edited." in composed.text  # the composer has the rule again


def test_revert_to_a_retirement_or_to_no_revision_is_refused(client: TestClient, key: str) -> None:
    created_edited_retired(client, key)
    body = assert_problem(client.post(f"{EXTRA_URL}/revisions/3/revert", headers=bearer(key)), 422)
    assert "retired" in body["detail"]
    assert_problem(client.post(f"{EXTRA_URL}/revisions/9/revert", headers=bearer(key)), 404)
    never_edited = "/v1/safety-rules/red-flag-saddle-numbness/revisions/1/revert"
    assert_problem(client.post(never_edited, headers=bearer(key)), 404)


def test_revert_goes_through_the_safety_gate(
    client: TestClient, key: str, session: Session
) -> None:
    """A revert is checked as any write: a revision that would break an invariant (here one
    altered in the database, standing in for content that changed around it) is refused
    with the counterexample, and nothing is written."""
    url = "/v1/safety-rules/red-flag-saddle-numbness"
    seeded = client.get(url)
    calmer = patch(client, key, {"message": "Call 999 now."}, seeded.headers["etag"], url)
    assert calmer.status_code == 200, calmer.text
    start = version(session)
    row = session.exec(
        select(ContentRevision).where(
            ContentRevision.slug == "red-flag-saddle-numbness", ContentRevision.number == 1
        )
    ).one()
    row.body = {**row.body, "effect": [{"type": "notice"}]}
    session.add(row)
    session.commit()
    refused = client.post(
        f"{url}/revisions/1/revert", headers={**bearer(key), "If-Match": calmer.headers["etag"]}
    )
    assert "red_flag_refers" in assert_problem(refused, 422)["detail"]
    assert client.get(url).content == calmer.content and version(session) == start


# -- the audit list ------------------------------------------------------------------------------


def test_the_audit_list_needs_a_key_with_the_audit_scope(
    client: TestClient, sessions: SessionFactory
) -> None:
    writer = make_key(sessions, "writer")
    assert_problem(client.get("/v1/revisions"), 401)
    denied = client.get("/v1/revisions", headers=bearer(writer))
    assert "audit:read" in assert_problem(denied, 403)["detail"]
    auditor = make_key(sessions, "auditor", Scope.audit_read)
    assert client.get("/v1/revisions", headers=bearer(auditor)).status_code == 200
    # and an auditor's key writes nothing
    etag = client.get(RULE).headers["etag"]
    assert_problem(patch(client, auditor, {"message": "x"}, etag), 403)


def test_the_audit_list_shows_every_write_oldest_first(
    client: TestClient, key: str, sessions: SessionFactory
) -> None:
    other = make_key(sessions, "partner-bo")
    auditor = bearer(make_key(sessions, "auditor", Scope.audit_read))
    etag = client.get(RULE).headers["etag"]
    patch(client, key, {"message": "One."}, etag, Revision_Message=b"first pass")
    pose = client.get("/v1/poses/cat-cow")
    client.patch(
        "/v1/poses/cat-cow",
        json={"name": "Cat-Cow Flow"},
        headers={**bearer(other), **MERGE, "If-Match": pose.headers["etag"]},
    )
    page = client.get("/v1/revisions", headers=auditor)
    assert page.headers["cache-control"] == "no-store"
    listed = page.json()
    assert [(i["resource"], i["slug"], i["number"], i["author"]) for i in listed["items"]] == [
        ("safety-rules", "limit-cannot-kneel", 1, "seed"),
        ("safety-rules", "limit-cannot-kneel", 2, "physio-anna"),
        ("poses", "cat-cow", 1, "seed"),
        ("poses", "cat-cow", 2, "partner-bo"),
    ]
    assert listed["total"] == 4 and "body" not in listed["items"][0]
    assert listed["items"][1]["message"] == "first pass"
    assert listed["items"][3]["links"]["resource"] == "/v1/poses/cat-cow"
    assert listed["items"][3]["patch"] == [
        {"op": "replace", "path": "/name", "value": "Cat-Cow Flow"}
    ]
    mine = client.get("/v1/revisions?author=partner-bo&limit=1", headers=auditor).json()
    assert [(i["slug"], i["number"]) for i in mine["items"]] == [("cat-cow", 2)]
    poses = client.get("/v1/revisions?resource=poses&limit=1&offset=1", headers=auditor)
    assert [i["number"] for i in poses.json()["items"]] == [2]
    assert 'rel="prev"' in poses.headers["link"] and "resource=poses" in poses.headers["link"]
    wrong = client.get("/v1/revisions?resource=red-flags", headers=auditor)
    assert "safety-rules" in str(assert_problem(wrong, 422)["errors"])

"""The editors' API on safety rules: keys, scopes, preconditions, validation, the safety gate,
retiring and revisions (on both databases)."""

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.db import SessionFactory
from api.services.editing import changes_since
from api.services.keys import revoke_key
from models.api_key import Scope
from models.content_state import ContentState
from models.safety_rule import SafetyRule
from seed.loader import apply_seed
from seed.schema import SeedContent
from tests.support.editors import MERGE, NEW_RULE, NEW_SOURCE, bearer, make_key
from tests.support.problems import assert_problem

RULE = "/v1/safety-rules/limit-cannot-kneel"


@pytest.fixture
def key(sessions: SessionFactory) -> str:
    return make_key(sessions, "physio-anna")


def version(session: Session) -> int:
    session.expire_all()
    return session.exec(select(ContentState.version)).one()


def patch(client: TestClient, key: str, body: dict, etag: str | None, url: str = RULE):
    headers = {**bearer(key), **MERGE, **({"If-Match": etag} if etag else {})}
    return client.patch(url, json=body, headers=headers)


def _lower(headers: object) -> set[str]:
    return {name.lower() for name in headers}  # type: ignore[attr-defined]


# -- keys and scopes ---------------------------------------------------------------------------


def test_a_write_without_a_key_is_a_401_that_names_bearer(client: TestClient) -> None:
    response = client.patch(RULE, json={"message": "x"}, headers=MERGE)
    assert_problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer ")


def test_a_wrong_or_revoked_key_is_a_401(client: TestClient, key: str, session: Session) -> None:
    wrong = patch(client, "sb_" + "x" * 43, {"message": "x"}, None)
    assert_problem(wrong, 401)
    assert 'error="invalid_token"' in wrong.headers["www-authenticate"]
    assert revoke_key(session, "physio-anna")
    revoked = patch(client, key, {"message": "x"}, None)
    assert_problem(revoked, 401)


def test_a_key_without_the_rules_scope_cannot_change_a_rule(
    client: TestClient, sessions: SessionFactory
) -> None:
    partner = make_key(sessions, "partner", Scope.content_write)
    response = patch(client, partner, {"message": "x"}, '"anything"')
    body = assert_problem(response, 403)
    assert "rules:write" in body["detail"]
    assert 'error="insufficient_scope"' in response.headers["www-authenticate"]


def test_reads_stay_anonymous(client: TestClient) -> None:
    assert client.get(RULE).status_code == 200


# -- preconditions -----------------------------------------------------------------------------


def test_a_change_without_if_match_is_a_428(client: TestClient, key: str) -> None:
    before = client.get(RULE)
    body = assert_problem(patch(client, key, {"message": "Changed."}, None), 428)
    assert client.get(RULE).content == before.content
    # it does not hand out the ETag to send blindly: that would defeat the precondition
    assert before.headers["etag"].strip('"') not in str(body) and "etag" not in _lower(
        patch(client, key, {"message": "Changed."}, None).headers
    )


def test_a_stale_etag_is_a_412_naming_the_current_one(client: TestClient, key: str) -> None:
    etag = client.get(RULE).headers["etag"]
    assert patch(client, key, {"message": "First."}, etag).status_code == 200
    stale = patch(client, key, {"message": "Second."}, etag)
    body = assert_problem(stale, 412)
    current = client.get(RULE)
    assert stale.headers["etag"] == current.headers["etag"] != etag
    assert current.headers["etag"] in body["detail"]
    assert current.json()["message"] == "First."


def test_a_patch_changes_the_rule_and_answers_its_new_etag(
    client: TestClient, key: str, session: Session
) -> None:
    start = version(session)
    etag = client.get(RULE).headers["etag"]
    response = patch(client, key, {"message": "Kneeling poses are left out."}, etag)
    assert response.status_code == 200
    assert response.json()["message"] == "Kneeling poses are left out."
    served = client.get(RULE)
    assert served.json() == response.json()
    assert served.headers["etag"] == response.headers["etag"] != etag
    assert version(session) == start + 1
    # and the composer uses it at once
    composed = client.get("/v1/routines/compose?pain_level=2&mobility_limits=cannot_kneel")
    messages = [e["rule"]["message"] for e in composed.json()["excluded"] if "rule" in e]
    assert "Kneeling poses are left out." in str(composed.json()), messages


def test_a_put_replaces_the_rule(client: TestClient, key: str) -> None:
    current = client.get(RULE)
    body = {k: v for k, v in current.json().items() if k != "links"}
    body["severity"] = "warning"
    response = client.put(
        RULE, json=body, headers={**bearer(key), "If-Match": current.headers["etag"]}
    )
    assert response.status_code == 200
    assert client.get(RULE).json()["severity"] == "warning"


def test_a_patch_must_be_a_merge_patch(client: TestClient, key: str) -> None:
    etag = client.get(RULE).headers["etag"]
    response = client.patch(RULE, json={"message": "x"}, headers={**bearer(key), "If-Match": etag})
    assert_problem(response, 415)
    assert response.headers["accept-patch"] == "application/merge-patch+json"


# -- validation --------------------------------------------------------------------------------


def test_a_rule_naming_an_unknown_pose_is_a_422_naming_it_and_nothing_is_written(
    client: TestClient, key: str, session: Session
) -> None:
    start, before = version(session), client.get(RULE)
    effect = [{"type": "exclude", "poses": ["flying-unicorn"], "offer_alternatives": True}]
    response = patch(client, key, {"effect": effect}, before.headers["etag"])
    body = assert_problem(response, 422)
    assert "flying-unicorn" in body["detail"]
    assert client.get(RULE).content == before.content
    assert version(session) == start


def test_a_rule_naming_an_unknown_demand_is_a_422_naming_it(client: TestClient, key: str) -> None:
    etag = client.get(RULE).headers["etag"]
    effect = [{"type": "exclude", "demands": ["levitation"], "offer_alternatives": True}]
    body = assert_problem(patch(client, key, {"effect": effect}, etag), 422)
    assert "levitation" in str(body["errors"])
    assert any("kneeling" in (e.get("accepted") or []) for e in body["errors"])


def test_the_slug_cannot_change(client: TestClient, key: str) -> None:
    etag = client.get(RULE).headers["etag"]
    body = assert_problem(patch(client, key, {"slug": "limit-renamed"}, etag), 422)
    assert "cannot change" in body["detail"]
    assert client.get("/v1/safety-rules/limit-renamed").status_code == 404


# -- the safety gate ---------------------------------------------------------------------------


def test_the_gate_refuses_a_rule_that_lets_saddle_numbness_through(
    client: TestClient, key: str, session: Session
) -> None:
    url = "/v1/safety-rules/red-flag-saddle-numbness"
    start, before = version(session), client.get(url)
    effect = [{"type": "notice"}]
    response = patch(client, key, {"effect": effect}, before.headers["etag"], url)
    body = assert_problem(response, 422)
    assert "safety gate" in body["detail"] and "red_flag_refers" in body["detail"]
    assert any(
        error["field"] == "(safety gate: red_flag_refers)"
        and '"red_flags": ["saddle_numbness"]' in error["value"]
        for error in body["errors"]
    ), body
    assert client.get(url).content == before.content
    assert version(session) == start
    referral = client.get("/v1/routines/compose?pain_level=3&red_flags=saddle_numbness")
    assert referral.json()["outcome"] == "referral"


# -- create, retire, revisions -----------------------------------------------------------------


def test_create_retire_and_the_revisions(client: TestClient, key: str, session: Session) -> None:
    start = version(session)
    created = client.post("/v1/safety-rules", json=NEW_RULE, headers=bearer(key))
    assert created.status_code == 201, created.text
    url = "/v1/safety-rules/limit-cannot-kneel-notice"
    assert created.headers["location"] == url
    assert client.get(url).headers["etag"] == created.headers["etag"]
    again = client.post("/v1/safety-rules", json=NEW_RULE, headers=bearer(key))
    assert_problem(again, 409)

    changed = patch(client, key, {"severity": "warning"}, created.headers["etag"], url)
    assert changed.status_code == 200
    retired = client.delete(url, headers={**bearer(key), "If-Match": changed.headers["etag"]})
    assert retired.status_code == 204
    assert_problem(client.get(url), 404)
    listed = [r["slug"] for r in client.get("/v1/safety-rules?limit=100").json()["items"]]
    assert "limit-cannot-kneel-notice" not in listed

    revisions = client.get(f"{url}/revisions").json()["items"]
    assert [(r["number"], r["retired"], r["author"]) for r in revisions] == [
        (1, False, "physio-anna"),
        (2, False, "physio-anna"),
        (3, True, "physio-anna"),
    ]
    assert [r["content_version"] for r in revisions] == [start + 1, start + 2, start + 3]
    first = revisions[0]["body"]  # the full editable form: defaults filled in
    assert {k: first[k] for k in NEW_RULE if k != "effect"} == {
        k: v for k, v in NEW_RULE.items() if k != "effect"
    }
    assert first["effect"][0]["demands"] == ["kneeling"]
    assert revisions[1]["body"]["severity"] == "warning"
    assert client.get(f"{url}/revisions/2").json() == revisions[1]
    assert_problem(client.get(f"{url}/revisions/4"), 404)
    assert "sb_" not in str(revisions)  # the author is the key's name, never its secret

    since = changes_since(session, start + 1)
    assert [(r.slug, r.number, r.retired) for r in since] == [
        ("limit-cannot-kneel-notice", 2, False),
        ("limit-cannot-kneel-notice", 3, True),
    ]


def test_retiring_needs_the_current_etag(client: TestClient, key: str) -> None:
    assert_problem(client.delete(RULE, headers=bearer(key)), 428)
    assert_problem(client.delete(RULE, headers={**bearer(key), "If-Match": '"old"'}), 412)
    assert client.get(RULE).status_code == 200


def test_writes_have_their_own_limit_per_key(
    sessions: SessionFactory,
) -> None:
    from api.main import create_app
    from tests.support.settings import make_settings

    app = create_app(make_settings(write_rate_limit="2/minute"), sessions=sessions)
    key = make_key(sessions, "busy-editor")
    with TestClient(app) as client:
        statuses = [patch(client, key, {"message": "x"}, None).status_code for _ in range(3)]
    assert statuses == [428, 428, 429]


# -- poses -------------------------------------------------------------------------------------


def all_pose_slugs(client: TestClient) -> list[str]:
    return [p["slug"] for p in client.get("/v1/poses?limit=100&fields=slug").json()["items"]]


def test_an_empty_patch_rewrites_every_pose_exactly_as_it_was(client: TestClient, key: str) -> None:
    """The editable form a PATCH merges into loses nothing: writing it back unchanged serves
    the same pose, byte for byte (steps with their own sections, modifications, cautions)."""
    for slug in all_pose_slugs(client):
        before = client.get(f"/v1/poses/{slug}")
        response = patch(client, key, {}, before.headers["etag"], f"/v1/poses/{slug}")
        assert response.status_code == 200, (slug, response.text)
        assert client.get(f"/v1/poses/{slug}").content == before.content, slug


def test_a_pose_patch_changes_its_steps_and_the_routine_serves_them(
    client: TestClient, key: str
) -> None:
    url = "/v1/poses/childs-pose"
    before = client.get(url)
    assert_problem(client.get(f"{url}/revisions"), 404)  # seeded: no revision yet
    response = patch(client, key, {"summary": "A resting stretch."}, before.headers["etag"], url)
    assert response.status_code == 200
    revision = client.get(f"{url}/revisions/1").json()
    steps = revision["body"]["steps"]
    steps[0]["text"] = "Kneel on the floor, big toes together."
    changed = patch(client, key, {"steps": steps}, response.headers["etag"], url)
    assert changed.status_code == 200, changed.text
    served = client.get(url).json()
    assert served["summary"] == "A resting stretch."
    assert served["steps"][0]["text"] == "Kneel on the floor, big toes together."
    routine = client.get("/v1/routines/seven-best-hip-stretches").json()
    item = next(i for i in routine["items"] if i["pose"]["slug"] == "childs-pose")
    assert item["steps"][0]["text"] == "Kneel on the floor, big toes together."


def test_create_and_retire_a_pose(client: TestClient, key: str) -> None:
    first = patch(
        client,
        key,
        {},
        client.get("/v1/poses/childs-pose").headers["etag"],
        "/v1/poses/childs-pose",
    )
    template = client.get("/v1/poses/childs-pose/revisions/1").json()["body"]
    new = {
        **template,
        "slug": "childs-pose-on-a-bed",
        "name": "Child's Pose on a bed",
        "modifications": [],
        "alternatives": [],
    }
    assert first.status_code == 200
    created = client.post("/v1/poses", json=new, headers=bearer(key))
    assert created.status_code == 201, created.text
    assert created.headers["location"] == "/v1/poses/childs-pose-on-a-bed"
    assert "childs-pose-on-a-bed" in all_pose_slugs(client)
    retired = client.delete(
        "/v1/poses/childs-pose-on-a-bed",
        headers={**bearer(key), "If-Match": created.headers["etag"]},
    )
    assert retired.status_code == 204
    assert_problem(client.get("/v1/poses/childs-pose-on-a-bed"), 404)
    assert "childs-pose-on-a-bed" not in all_pose_slugs(client)


def test_a_pose_in_a_routine_cannot_be_retired(client: TestClient, key: str) -> None:
    url = "/v1/poses/childs-pose"
    etag = client.get(url).headers["etag"]
    body = assert_problem(client.delete(url, headers={**bearer(key), "If-Match": etag}), 422)
    assert "seven-best-hip-stretches" in body["detail"]
    assert client.get(url).status_code == 200


def test_a_modification_slug_of_another_pose_is_refused(client: TestClient, key: str) -> None:
    url = "/v1/poses/cat-cow"
    first = patch(client, key, {}, client.get(url).headers["etag"], url)
    mods = client.get(f"{url}/revisions/1").json()["body"]["modifications"]
    mods[0]["slug"] = "childs-pose-knees-wide"
    body = assert_problem(
        patch(client, key, {"modifications": mods}, first.headers["etag"], url), 422
    )
    assert "childs-pose-knees-wide" in body["detail"] and "childs-pose" in body["detail"]


def test_removing_a_modification_a_rule_names_is_refused(client: TestClient, key: str) -> None:
    url = "/v1/poses/childs-pose"
    etag = client.get(url).headers["etag"]
    body = assert_problem(patch(client, key, {"modifications": []}, etag, url), 422)
    assert "unknown modification" in body["detail"]
    assert client.get(url).headers["etag"] == etag


# -- sources and the vocabulary ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ("hip-stretches-article", "pose childs-pose: cites the source hip-stretches-article"),
        ("nhs-back-pain", "rule red-flag-saddle-numbness: unknown source nhs-back-pain"),
    ],
)
def test_a_source_cited_by_content_cannot_be_retired(
    client: TestClient, key: str, source: str, named: str
) -> None:
    url = f"/v1/sources/{source}"
    etag = client.get(url).headers["etag"]
    body = assert_problem(client.delete(url, headers={**bearer(key), "If-Match": etag}), 422)
    assert named in [error["message"] for error in body["errors"]]
    assert client.get(url).status_code == 200


def test_a_source_patch_reaches_every_reference_to_it(client: TestClient, key: str) -> None:
    url = "/v1/sources/nhs-back-pain"
    etag = client.get(url).headers["etag"]
    response = patch(client, key, {"licence": "OGL-UK-3.0-test"}, etag, url)
    assert response.status_code == 200, response.text
    rule = client.get("/v1/safety-rules/red-flag-saddle-numbness").json()
    licences = {ref["slug"]: ref["licence"] for ref in rule["sources"]}
    assert licences["nhs-back-pain"] == "OGL-UK-3.0-test"


def test_a_new_source_and_a_rule_citing_an_unknown_one(client: TestClient, key: str) -> None:
    created = client.post("/v1/sources", json=NEW_SOURCE, headers=bearer(key))
    assert created.status_code == 201, created.text
    etag = client.get(RULE).headers["etag"]
    cited = patch(client, key, {"sources": [{"slug": "physio-notes", "section": None}]}, etag)
    assert cited.status_code == 200, cited.text
    unknown = patch(client, key, {"sources": [{"slug": "no-such-source"}]}, cited.headers["etag"])
    body = assert_problem(unknown, 422)
    assert "no-such-source" in body["detail"]


# -- routines ----------------------------------------------------------------------------------


def test_a_routine_can_be_reordered_created_and_retired(client: TestClient, key: str) -> None:
    url = "/v1/routines/seven-best-hip-stretches"
    first = patch(client, key, {}, client.get(url).headers["etag"], url)
    assert first.status_code == 200, first.text
    assert client.get(url).content == first.content
    template = client.get(f"{url}/revisions/1").json()["body"]
    reversed_items = list(reversed(template["items"]))
    changed = patch(client, key, {"items": reversed_items}, first.headers["etag"], url)
    assert changed.status_code == 200, changed.text
    served = [item["pose"]["slug"] for item in client.get(url).json()["items"]]
    assert served == [item["pose"] for item in reversed_items]

    short = {
        **template,
        "slug": "three-for-the-morning",
        "name": "Three for the morning",
        "items": template["items"][:3],
    }
    created = client.post("/v1/routines", json=short, headers=bearer(key))
    assert created.status_code == 201, created.text
    new_url = "/v1/routines/three-for-the-morning"
    assert len(client.get(new_url).json()["items"]) == 3
    composed = client.get("/v1/routines/compose?pain_level=2&base_routine=three-for-the-morning")
    assert len(composed.json()["items"]) == 3
    assert_problem(client.delete(new_url, headers=bearer(key)), 428)
    retired = client.delete(new_url, headers={**bearer(key), "If-Match": created.headers["etag"]})
    assert retired.status_code == 204
    assert_problem(client.get(new_url), 404)
    gone = client.get("/v1/routines/compose?pain_level=2&base_routine=three-for-the-morning")
    assert_problem(gone, 422)
    assert client.get(f"{new_url}/revisions").json()["items"][-1]["retired"] is True


def test_the_default_routine_cannot_be_retired(client: TestClient, key: str) -> None:
    url = "/v1/routines/seven-best-hip-stretches"
    etag = client.get(url).headers["etag"]
    assert_problem(client.delete(url, headers={**bearer(key), "If-Match": etag}), 422)


def test_a_routine_naming_an_unknown_pose_is_a_422_naming_it(client: TestClient, key: str) -> None:
    url = "/v1/routines/seven-best-hip-stretches"
    etag = client.get(url).headers["etag"]
    body = assert_problem(
        patch(client, key, {"items": [{"pose": "flying-unicorn", "priority": 1}]}, etag, url), 422
    )
    assert "flying-unicorn" in body["detail"]


# -- the seed and the editors ------------------------------------------------------------------


def test_the_seed_leaves_what_editors_changed_or_retired(
    client: TestClient, key: str, session: Session, seed_content: SeedContent
) -> None:
    etag = client.get(RULE).headers["etag"]
    assert patch(client, key, {"message": "Edited by a physio."}, etag).status_code == 200
    knee = "/v1/safety-rules/session-breathe-slowly"
    retired = client.delete(
        knee, headers={**bearer(key), "If-Match": client.get(knee).headers["etag"]}
    )
    assert retired.status_code == 204, retired.text
    start = version(session)

    report = apply_seed(session, seed_content)
    session.commit()

    assert report.kept_edits == {"safety-rules": 2}
    assert not report.changed and report.version == start
    rules = {r.slug: r for r in session.exec(select(SafetyRule)).all()}
    assert rules["limit-cannot-kneel"].message == "Edited by a physio."
    assert "session-breathe-slowly" not in rules


def test_a_revision_number_out_of_range_is_a_422_not_a_500(client: TestClient) -> None:
    response = client.get(f"{RULE}/revisions/{2**70}")
    body = assert_problem(response, 422)
    assert body["errors"][0]["field"] == "number"


def test_a_pose_caution_citing_an_unknown_source_is_refused(client: TestClient, key: str) -> None:
    url = "/v1/poses/cat-cow"
    etag = client.get(url).headers["etag"]
    caution = {"text": "Go gently.", "source": {"slug": "no-such-source", "section": None}}
    body = assert_problem(patch(client, key, {"cautions": [caution]}, etag, url), 422)
    assert "pose cat-cow: unknown source no-such-source" in [e["message"] for e in body["errors"]]
    assert client.get(url).headers["etag"] == etag


# -- what a careless or hostile client sends ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        (b'{"message": "a\\u0000b"}', "NUL character"),
        (b'{"message": "\\ud800"}', "unicode"),
    ],
)
def test_text_no_database_can_hold_is_a_422_that_names_it(
    client: TestClient, key: str, session: Session, body: bytes, complaint: str
) -> None:
    start, before = version(session), client.get(RULE)
    headers = {**bearer(key), **MERGE, "If-Match": before.headers["etag"]}
    problem = assert_problem(client.patch(RULE, content=body, headers=headers), 422)
    assert complaint in problem["detail"] and "message" in problem["detail"]
    assert client.get(RULE).content == before.content and version(session) == start


def test_a_number_out_of_the_columns_range_is_a_422(client: TestClient, key: str) -> None:
    url = "/v1/routines/seven-best-hip-stretches"
    first = patch(client, key, {}, client.get(url).headers["etag"], url)
    items = client.get(f"{url}/revisions/1").json()["body"]["items"]
    items[0]["priority"] = 2**31
    problem = assert_problem(patch(client, key, {"items": items}, first.headers["etag"], url), 422)
    assert "out of range" in problem["detail"]


def test_an_echoed_lone_surrogate_is_a_422_not_a_500(client: TestClient, key: str) -> None:
    body = (
        b'{"slug": "x\\ud800", "title": "t", "kind": "editorial", "attribution": "a",'
        b' "rights": "r"}'
    )
    response = client.post(
        "/v1/sources", content=body, headers={**bearer(key), "Content-Type": "application/json"}
    )
    assert_problem(response, 422)


def test_a_deeply_nested_patch_is_a_422(client: TestClient, key: str) -> None:
    body = b'{"a":' * 5000 + b"1" + b"}" * 5000
    headers = {**bearer(key), **MERGE, "If-Match": client.get(RULE).headers["etag"]}
    problem = assert_problem(client.patch(RULE, content=body, headers=headers), 422)
    assert "nested too deeply" in problem["detail"]


def test_a_key_named_twice_is_refused_by_every_write(client: TestClient, key: str) -> None:
    etag = client.get(RULE).headers["etag"]
    twice = b'{"message": "a", "message": "b"}'
    headers = {**bearer(key), **MERGE, "If-Match": etag}
    assert (
        "appears twice"
        in assert_problem(client.patch(RULE, content=twice, headers=headers), 422)["detail"]
    )
    source = (
        b'{"slug": "s", "title": "A", "title": "B", "kind": "editorial", "attribution": "a",'
        b' "rights": "r"}'
    )
    posted = client.post(
        "/v1/sources", content=source, headers={**bearer(key), "Content-Type": "application/json"}
    )
    assert "appears twice" in assert_problem(posted, 422)["detail"]
    assert_problem(client.get("/v1/sources/s"), 404)


def test_repeated_if_match_lines_are_one_list_and_two_keys_are_refused(
    client: TestClient, key: str, sessions: SessionFactory
) -> None:
    etag = client.get(RULE).headers["etag"]
    lines = [*bearer(key).items(), *MERGE.items(), ("If-Match", '"stale"'), ("If-Match", etag)]
    changed = client.patch(RULE, content=b'{"message": "Either line."}', headers=lines)
    assert changed.status_code == 200, changed.text
    other = make_key(sessions, "physio-ben")
    two_keys = [
        *bearer(key).items(),
        *bearer(other).items(),
        *MERGE.items(),
        ("If-Match", changed.headers["etag"]),
    ]
    refused = client.patch(RULE, content=b'{"message": "Whose?"}', headers=two_keys)
    assert "one Authorization" in assert_problem(refused, 400)["detail"]


def test_a_referral_rule_cannot_be_made_to_read_as_information(
    client: TestClient, key: str, session: Session
) -> None:
    """The reason shown with "call 999" is told as seriously as the referral: an emergency
    rule's severity stays critical (its wording is the reviewers' to judge)."""
    url = "/v1/safety-rules/red-flag-saddle-numbness"
    start, before = version(session), client.get(url)
    response = patch(client, key, {"severity": "info"}, before.headers["etag"], url)
    problem = assert_problem(response, 422)
    assert "severity info is too mild for a referral (emergency)" in problem["detail"]
    assert client.get(url).content == before.content and version(session) == start

"""GET /v1/bundle: every public resource at one content version, as each endpoint serves it."""

import gzip
from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection
from sqlmodel import Session, select

from api.db import SessionFactory
from api.main import create_app
from models.content_state import ContentState
from models.pose import Pose
from models.safety_rule import SafetyRule
from models.vocabulary_term import VocabularyTerm
from tests.support.settings import make_settings

MAX_GZIPPED_BYTES = 150 * 1024  # the seeded content's budget (issue 15)


def items(client: TestClient, path: str) -> list[dict]:
    return client.get(path, params={"limit": 100}).json()["items"]


def test_every_resource_is_as_its_own_endpoint_serves_it(client: TestClient) -> None:
    bundle = client.get("/v1/bundle").json()
    poses = items(client, "/v1/poses")
    assert [p["slug"] for p in bundle["poses"]] == [p["slug"] for p in poses]
    for pose in bundle["poses"]:
        assert pose == client.get(f"/v1/poses/{pose['slug']}").json()
    routines = items(client, "/v1/routines")
    assert bundle["routines"] == [client.get(r["links"]["self"]).json() for r in routines]
    assert bundle["safety_rules"] == items(client, "/v1/safety-rules")
    assert bundle["mobility_limits"] == items(client, "/v1/mobility-limits")
    assert bundle["red_flags"] == items(client, "/v1/red-flags")
    assert bundle["sources"] == items(client, "/v1/sources")
    assert bundle["questionnaire"] == client.get("/v1/questionnaire").json()
    readiness = client.get("/readyz").json()
    assert bundle["content_version"] == readiness["content_version"]
    assert bundle["rule_language_version"]


def test_gzip_and_identity_are_the_same_json_and_revalidate(client: TestClient) -> None:
    zipped = client.get("/v1/bundle", headers={"accept-encoding": "gzip"})
    plain = client.get("/v1/bundle", headers={"accept-encoding": "identity"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in plain.headers
    assert zipped.json() == plain.json()
    assert int(plain.headers["content-length"]) == len(plain.content)
    for response in (zipped, plain):
        again = client.get("/v1/bundle", headers={"if-none-match": response.headers["etag"]})
        assert again.status_code == 304 and again.content == b""


def test_the_seeded_bundle_is_within_its_size_budget(client: TestClient) -> None:
    body = client.get("/v1/bundle", headers={"accept-encoding": "identity"}).content
    assert len(gzip.compress(body, compresslevel=6)) <= MAX_GZIPPED_BYTES


def test_a_new_content_version_gives_a_new_bundle(
    client: TestClient, app: FastAPI, sessions: SessionFactory
) -> None:
    before = client.get("/v1/bundle")
    with sessions() as session:
        session.exec(select(Pose).where(Pose.slug == "pelvic-tilt")).one().name = "Tilt (new)"
        session.exec(select(ContentState)).one().version += 1
        session.commit()
    app.state.content.refresh()
    after = client.get("/v1/bundle", headers={"if-none-match": before.headers["etag"]})
    assert after.status_code == 200  # never a 304 for changed content
    assert after.headers["etag"] != before.headers["etag"]
    assert "Tilt (new)" in [p["name"] for p in after.json()["poses"]]
    assert after.json()["content_version"] == before.json()["content_version"] + 1


# Changes since a version: a client holding the bundle of v applies the changes and has the
# bundle of the current version, whatever was written in between.

COLLECTIONS = ("poses", "routines", "safety_rules", "mobility_limits", "red_flags", "sources")
KEY = dict.fromkeys(COLLECTIONS, "slug") | {"routines": "id"}


def apply_changes(bundle: dict, delta: dict) -> dict:
    """What a client does with a delta, as BundleDelta's schema describes it."""
    result = dict(bundle)
    for name in COLLECTIONS:
        key = KEY[name]
        retired = set(delta["retired"][name])
        items = {item[key]: item for item in bundle[name] if item[key] not in retired}
        for item in delta["changed"][name]:
            items[item[key]] = item  # a changed one keeps its place; a new one goes last
        order = delta["order"][name]
        result[name] = [items[k] for k in order] if order is not None else list(items.values())
    if delta["questionnaire"] is not None:
        result["questionnaire"] = delta["questionnaire"]
    result["content_version"] = delta["content_version"]
    return result


def publish(app: FastAPI, sessions: SessionFactory, write: Callable[[Session], None]) -> None:
    with sessions() as session:
        write(session)
        session.exec(select(ContentState)).one().version += 1
        session.commit()
    app.state.content.refresh()


def rename_pose(slug: str, name: str) -> Callable[[Session], None]:
    def write(session: Session) -> None:
        session.exec(select(Pose).where(Pose.slug == slug)).one().name = name

    return write


def add_pose(slug: str, like: str, sort_order: int) -> Callable[[Session], None]:
    def write(session: Session) -> None:
        model = session.exec(select(Pose).where(Pose.slug == like)).one()
        values = model.model_dump(exclude={"id"})
        session.add(Pose(**(values | {"slug": slug, "name": slug, "sort_order": sort_order})))

    return write


def remove_pose(slug: str) -> Callable[[Session], None]:
    def write(session: Session) -> None:
        session.delete(session.exec(select(Pose).where(Pose.slug == slug)).one())

    return write


def move_pose(slug: str, sort_order: int) -> Callable[[Session], None]:
    def write(session: Session) -> None:
        session.exec(select(Pose).where(Pose.slug == slug)).one().sort_order = sort_order

    return write


def reword_rule(slug: str, message: str) -> Callable[[Session], None]:
    def write(session: Session) -> None:
        session.exec(select(SafetyRule).where(SafetyRule.slug == slug)).one().message = message

    return write


def relabel_red_flag(slug: str, label: str) -> Callable[[Session], None]:
    def write(session: Session) -> None:
        term = session.exec(
            select(VocabularyTerm).where(
                VocabularyTerm.kind == "red_flag", VocabularyTerm.slug == slug
            )
        ).one()
        term.label = label

    return write


def full_bundle(client: TestClient) -> dict:
    return client.get("/v1/bundle").json()


@st.composite
def writes(draw: st.DrawFn, bundle: dict) -> Callable[[Session], None]:
    poses = [p["slug"] for p in bundle["poses"]]
    added = [slug for slug in poses if slug.startswith("added-")]
    kind = draw(st.sampled_from(["rename", "add", "remove", "move", "rule", "flag"]))
    n = draw(st.integers(0, 10**6))
    if kind == "remove" and added:
        return remove_pose(draw(st.sampled_from(added)))
    if kind == "add" or kind == "remove":
        slug = f"added-{bundle['content_version']}"  # one write per version: a new slug
        return add_pose(slug, draw(st.sampled_from(poses)), draw(st.integers(-5, 50)))
    if kind == "move":
        return move_pose(draw(st.sampled_from(poses)), draw(st.integers(-5, 50)))
    if kind == "rule":
        rule = draw(st.sampled_from([r["slug"] for r in bundle["safety_rules"]]))
        return reword_rule(rule, f"Reworded {n}.")
    if kind == "flag":
        flag = draw(st.sampled_from([f["slug"] for f in bundle["red_flags"]]))
        return relabel_red_flag(flag, f"Relabelled {n}")
    return rename_pose(draw(st.sampled_from(poses)), f"Renamed {n}")


@settings(
    max_examples=12,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), steps=st.integers(1, 5))
def test_any_version_plus_its_changes_is_the_current_bundle(
    connection: Connection, sessions: SessionFactory, data: st.DataObject, steps: int
) -> None:
    example = connection.begin_nested()  # each example starts from the seeded content
    try:
        app = create_app(make_settings(), sessions=sessions)
        with TestClient(app) as client:
            held = [full_bundle(client)]
            for _ in range(steps):
                publish(app, sessions, data.draw(writes(held[-1])))
                held.append(full_bundle(client))
            current = held[-1]
            for old in held:
                since = old["content_version"]
                response = client.get("/v1/bundle/changes", params={"since": since})
                assert response.status_code == 200, response.text
                delta = response.json()
                assert (delta["since"], delta["content_version"]) == (
                    since,
                    current["content_version"],
                )
                assert apply_changes(old, delta) == current
    finally:
        example.rollback()


def test_changes_hold_only_what_changed(
    client: TestClient, app: FastAPI, sessions: SessionFactory
) -> None:
    before = full_bundle(client)
    nothing = client.get("/v1/bundle/changes", params={"since": before["content_version"]})
    assert nothing.json()["changed"] == {name: [] for name in COLLECTIONS}
    assert nothing.json()["order"] == dict.fromkeys(COLLECTIONS)
    publish(app, sessions, rename_pose("pelvic-tilt", "Tilt (new)"))
    full_bundle(client)  # a client takes this version (changes are kept from served versions)
    publish(app, sessions, add_pose("added-pose", "cat-cow", 99))
    delta = client.get("/v1/bundle/changes", params={"since": before["content_version"]}).json()
    assert [p["slug"] for p in delta["changed"]["poses"]] == ["pelvic-tilt", "added-pose"]
    assert delta["changed"]["routines"] == [
        client.get(delta["changed"]["routines"][0]["links"]["self"]).json()
    ]  # its item names the renamed pose
    assert delta["order"]["poses"][-1] == "added-pose"
    # the questionnaire names its content version, so it comes along at every version
    assert delta["questionnaire"] == client.get("/v1/questionnaire").json()
    only_added = client.get("/v1/bundle/changes", params={"since": before["content_version"] + 1})
    assert [p["slug"] for p in only_added.json()["changed"]["poses"]] == ["added-pose"]
    assert all(only_added.json()["changed"][name] == [] for name in COLLECTIONS[1:])
    publish(app, sessions, remove_pose("added-pose"))
    delta = client.get("/v1/bundle/changes", params={"since": before["content_version"] + 2})
    assert delta.json()["retired"]["poses"] == ["added-pose"]
    assert delta.json()["order"]["poses"] is None  # the others kept their order


def test_another_replica_answers_changes_since_a_version_only_the_first_served(
    client: TestClient, app: FastAPI, sessions: SessionFactory
) -> None:
    before = full_bundle(client)
    publish(app, sessions, rename_pose("cat-cow", "Cat and cow"))
    with TestClient(create_app(make_settings(), sessions=sessions)) as other:
        delta = other.get("/v1/bundle/changes", params={"since": before["content_version"]})
        assert delta.status_code == 200
        assert apply_changes(before, delta.json()) == full_bundle(other)


def test_a_version_too_old_or_unknown_is_told_to_take_the_full_bundle(
    sessions: SessionFactory,
) -> None:
    app = create_app(make_settings(bundle_delta_versions=2), sessions=sessions)
    with TestClient(app) as client:
        first = full_bundle(client)["content_version"]
        for n in range(3):
            publish(app, sessions, rename_pose("cat-cow", f"Cat-cow {n}"))
            full_bundle(client)
        for since in (first, 0):  # kept no longer; never served
            gone = client.get("/v1/bundle/changes", params={"since": since})
            assert gone.status_code == 410
            assert gone.headers["content-type"] == "application/problem+json"
            assert "GET /v1/bundle" in gone.json()["detail"]
        assert client.get("/v1/bundle/changes", params={"since": first + 2}).status_code == 200


def test_a_version_this_replica_has_not_reached_is_a_retry(client: TestClient) -> None:
    ahead = full_bundle(client)["content_version"] + 1
    response = client.get("/v1/bundle/changes", params={"since": ahead})
    assert response.status_code == 409 and response.headers["retry-after"] == "1"


@pytest.mark.parametrize("since", ["", "x", "-1", "1.0", " 1", "99999999999999999999999"])
def test_a_since_that_is_not_a_version_is_a_422(client: TestClient, since: str) -> None:
    response = client.get("/v1/bundle/changes", params={"since": since})
    assert response.status_code == 422
    assert "since" in response.text


def test_changes_asked_of_the_bundle_itself_are_redirected(client: TestClient) -> None:
    response = client.get("/v1/bundle?since=3", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/v1/bundle/changes?since=3"

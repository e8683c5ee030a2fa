"""The snapshot is the database's content: same catalogue as the seed, stable bodies, refreshes."""

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.compose import Catalogue
from api.content.build import build_snapshot
from api.content.snapshot import POSE_MEMO, Poses
from api.content.store import ContentStore
from api.db import SessionFactory
from models.content_state import ContentState
from models.pose import Pose


def test_the_database_path_gives_the_seeds_catalogue(
    session: Session, catalogue: Catalogue
) -> None:
    assert build_snapshot(session).catalogue == catalogue


def test_bodies_and_etags_are_the_same_for_a_rebuilt_snapshot(client: TestClient, app) -> None:
    first = client.get("/v1/poses/cat-cow")
    app.state.content.snapshot = None
    app.state.content.refresh()  # as after a restart
    second = client.get("/v1/poses/cat-cow")
    assert first.content == second.content
    assert first.headers["etag"] == second.headers["etag"]


def test_a_new_content_version_is_picked_up(
    client: TestClient, app, sessions: SessionFactory
) -> None:
    store: ContentStore = app.state.content
    before = client.get("/v1/poses/pelvic-tilt")
    with sessions() as session:
        pose = session.exec(select(Pose).where(Pose.slug == "pelvic-tilt")).one()
        pose.name = "The Pelvic Tilt (revised)"
        session.exec(select(ContentState)).one().version += 1
        session.commit()
    assert store.refresh() is True
    after = client.get("/v1/poses/pelvic-tilt")
    assert after.json()["name"] == "The Pelvic Tilt (revised)"
    assert after.headers["etag"] != before.headers["etag"]
    assert client.get("/readyz").json()["content_version"] == 2


def test_unchanged_version_keeps_the_snapshot(client: TestClient, app) -> None:
    store: ContentStore = app.state.content
    snapshot = store.snapshot
    assert store.refresh() is False
    assert store.snapshot is snapshot


def test_walking_every_pose_keeps_a_bounded_number_typed(session: Session) -> None:
    """A crawler asking for every pose in turn must not grow the process: only the last few
    hundred poses stay typed; the rest are kept compact and typed again when asked for."""
    built = build_snapshot(session)
    template = built.poses.summary(0)
    count = POSE_MEMO + 50
    summaries = [
        template.model_copy(update={"slug": f"pose-{n}", "name": f"Pose {n}"}) for n in range(count)
    ]
    poses = Poses(summaries, {}, {})
    for summary in summaries:
        pose = poses.get(summary.slug)
        assert pose is not None and pose.slug == summary.slug
    assert poses.cached_poses() == POSE_MEMO
    assert poses.get("pose-0") == poses.get("pose-0")  # built again, the same


def test_the_old_version_is_served_while_a_new_one_builds(
    sessions: SessionFactory, monkeypatch
) -> None:
    """A build takes seconds at 10,000 poses: reads keep the version held meanwhile, rather
    than turning to 503s when the build outlasts the staleness bound."""
    from api.content import store as store_module

    clock = [1000.0]
    monkeypatch.setattr(store_module.time, "monotonic", lambda: clock[0])
    store = ContentStore(sessions, refresh_seconds=1, render_cache_bytes=1 << 20)
    store.refresh()
    held = store.current()
    clock[0] += 2.5  # the next refresh comes late, as under load
    with sessions() as session:
        session.exec(select(ContentState)).one().version += 1
        session.commit()
    seen = []

    def slow_build(session, figure_links):
        clock[0] += 2.0  # the new version takes 2 s to build: 4.5 s since the last check
        seen.append(store.current())  # a read during the build
        return build_snapshot(session, figure_links)

    monkeypatch.setattr(store_module, "build_snapshot", slow_build)
    assert store.refresh() is True
    assert seen == [held]
    assert store.current().version == held.version + 1

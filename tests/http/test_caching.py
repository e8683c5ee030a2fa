"""Strong ETags, 304s and Cache-Control on every GET."""

import pytest
from fastapi.testclient import TestClient

PUBLIC_GETS = [
    "/v1/poses",
    "/v1/poses?body_position=supine&limit=2",
    "/v1/poses/childs-pose",
    "/v1/poses/childs-pose?fields=slug,name",
    "/v1/poses/cat-cow/steps",
    "/v1/routines/seven-best-hip-stretches",
    "/v1/routines/compose?pain_level=5&mobility_limits=cannot_kneel",
    "/v1/safety-rules",
    "/v1/safety-rules/limit-cannot-kneel",
    "/v1/mobility-limits",
    "/v1/red-flags",
    "/v1/sources",
    "/v1/sources/nhs-back-pain",
]
OTHER_GETS = ["/v1/routines", "/healthz", "/readyz", "/openapi.json", "/docs"]


@pytest.mark.parametrize("path", PUBLIC_GETS + OTHER_GETS)
def test_every_get_has_a_strong_etag_and_revalidates(client: TestClient, path: str) -> None:
    first = client.get(path, headers={"accept-encoding": "identity"})
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    again = client.get(path, headers={"if-none-match": etag, "accept-encoding": "identity"})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    assert again.headers["cache-control"] == first.headers["cache-control"]


@pytest.mark.parametrize("path", PUBLIC_GETS)
def test_public_content_is_cacheable_by_shared_caches(client: TestClient, path: str) -> None:
    cache_control = client.get(path).headers["cache-control"]
    assert cache_control.startswith("public, max-age=300")
    assert "stale-while-revalidate=" in cache_control


def test_what_is_private_or_changes_is_revalidated_or_not_stored(client: TestClient) -> None:
    assert client.get("/v1/routines").headers["cache-control"].startswith("public, max-age=")
    assert client.get("/healthz").headers["cache-control"] == "no-store"
    assert client.get("/readyz").headers["cache-control"] == "no-store"
    saved = client.post("/v1/routines/compose", json={"pain_level": 2, "save": True})
    assert saved.headers["cache-control"] == "no-store"
    assert client.get(saved.headers["location"]).headers["cache-control"] == "private, no-cache"


def test_a_changed_representation_gets_a_new_tag(client: TestClient) -> None:
    full = client.get("/v1/poses/childs-pose").headers["etag"]
    sparse = client.get("/v1/poses/childs-pose?fields=slug").headers["etag"]
    other = client.get("/v1/poses/cat-cow").headers["etag"]
    assert len({full, sparse, other}) == 3
    stale = client.get("/v1/poses/cat-cow", headers={"if-none-match": full})
    assert stale.status_code == 200


@pytest.mark.parametrize("form", ["{tag}", "W/{tag}", '"x", {tag}', "*"])
def test_if_none_match_forms(client: TestClient, form: str) -> None:
    tag = client.get("/v1/poses/cat-cow").headers["etag"]
    response = client.get("/v1/poses/cat-cow", headers={"if-none-match": form.format(tag=tag)})
    assert response.status_code == 304


@pytest.mark.parametrize("path", ["/v1/poses/cat-cow", "/v1/bundle"])
def test_a_tag_on_a_second_if_none_match_line_revalidates(client: TestClient, path: str) -> None:
    """Repeated lines of a list header are one list (RFC 9110 §5.3), as a proxy may send them."""
    tag = client.get(path).headers["etag"]
    for target in (path, f"{path}?unused=1"):  # replayed from the response cache; routed
        for tags in (['"other"', tag], [tag, '"other"']):
            lines = [("if-none-match", value) for value in tags]
            assert client.get(target, headers=lines).status_code == 304, (target, tags)


def test_gzip_and_identity_tags_revalidate_each_other(client: TestClient) -> None:
    gzipped = client.get("/v1/poses/childs-pose", headers={"accept-encoding": "gzip"})
    identity = client.get("/v1/poses/childs-pose", headers={"accept-encoding": "identity"})
    assert gzipped.headers["content-encoding"] == "gzip"
    assert gzipped.headers["etag"] == identity.headers["etag"][:-1] + '-gzip"'
    assert gzipped.content == identity.content  # the client decodes it
    for tag in (gzipped.headers["etag"], identity.headers["etag"]):
        assert (
            client.get("/v1/poses/childs-pose", headers={"if-none-match": tag}).status_code == 304
        )


def test_vary_names_what_the_response_depends_on(client: TestClient) -> None:
    assert "Accept-Encoding" in client.get("/v1/poses").headers["vary"]


def test_the_compose_get_form_is_cacheable(client: TestClient) -> None:
    path = "/v1/routines/compose?pain_level=3&mobility_limits=knee_pain"
    tag = client.get(path).headers["etag"]
    same_input = client.get(
        "/v1/routines/compose?mobility_limits=knee_pain&pain_level=3&mobility_limits=knee_pain"
    )
    assert same_input.headers["etag"] == tag  # order and duplicates do not change the tag

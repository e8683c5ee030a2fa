"""GET /v1/poses/{slug}/figure.svg and /v1/poses/{slug}/figures/{name}.svg."""

import gzip
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from api.services.figures import load_figure_library
from seed.schema import SeedContent
from tests.support.problems import assert_problem

SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
JSON_CSP = "default-src 'none'; frame-ancestors 'none'"


def test_every_published_pose_serves_its_figures(
    client: TestClient, seed_content: SeedContent
) -> None:
    library = load_figure_library()
    for pose in seed_content.poses:
        for name, path in library.links(pose.slug).items():
            response = client.get(path)
            assert response.status_code == 200, (path, response.text[:200])
            assert response.headers["content-type"] == "image/svg+xml", path
            title = ET.fromstring(response.text).find("{http://www.w3.org/2000/svg}title")
            assert title is not None and title.text and title.text.startswith(pose.name), name


def test_a_figure_is_cached_and_revalidated_like_the_rest(client: TestClient) -> None:
    response = client.get("/v1/poses/cat-cow/figure.svg")
    etag = response.headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/")  # strong
    assert response.headers["cache-control"].startswith("public, max-age=")
    assert "accept-encoding" in response.headers["vary"].lower()
    again = client.get("/v1/poses/cat-cow/figure.svg", headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b""
    other = client.get("/v1/poses/cat-cow/figures/cow.svg")
    assert other.headers["etag"] != etag  # each figure is its own representation


def test_a_figure_is_gzipped_when_asked(client: TestClient) -> None:
    response = client.get(
        "/v1/poses/cat-cow/figures/animated.svg", headers={"accept-encoding": "gzip"}
    )
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["etag"].endswith('-gzip"')
    assert response.text.startswith("<svg")  # the client decoded it
    identity = client.get(
        "/v1/poses/cat-cow/figures/animated.svg", headers={"accept-encoding": "identity"}
    )
    assert "content-encoding" not in identity.headers
    assert len(gzip.compress(identity.content)) <= 4096


@pytest.mark.parametrize("accept", ["image/svg+xml", "image/*", "*/*", "text/html, image/*;q=0.8"])
def test_svg_negotiation(client: TestClient, accept: str) -> None:
    response = client.get("/v1/poses/childs-pose/figure.svg", headers={"accept": accept})
    assert response.status_code == 200


@pytest.mark.parametrize("accept", ["application/json", "image/png", "text/html"])
def test_a_figure_refuses_what_it_cannot_be(client: TestClient, accept: str) -> None:
    response = client.get("/v1/poses/childs-pose/figure.svg", headers={"accept": accept})
    body = assert_problem(response, 406)
    assert "image/svg+xml" in body["detail"]


def test_json_routes_still_refuse_an_image_accept(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/poses", headers={"accept": "image/svg+xml"}), 406)
    assert "application/json" in body["detail"]


def test_a_figure_may_style_itself_and_nothing_else(client: TestClient) -> None:
    headers = client.get("/v1/poses/childs-pose/figure.svg").headers
    assert headers["content-security-policy"] == SVG_CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["cross-origin-resource-policy"] == "cross-origin"  # embeddable as <img>
    json_headers = client.get("/v1/poses/childs-pose").headers
    assert json_headers["content-security-policy"] == JSON_CSP
    missing = client.get("/v1/poses/childs-pose/figures/nope.svg").headers
    assert missing["content-security-policy"] == JSON_CSP  # a problem is JSON


def test_an_unknown_pose_is_a_404(client: TestClient) -> None:
    for path in ("/v1/poses/nope/figure.svg", "/v1/poses/nope/figures/cat.svg"):
        body = assert_problem(client.get(path), 404)
        assert "There is no pose 'nope'" in body["detail"]


def test_an_unknown_figure_is_a_404_that_lists_the_names(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/poses/cat-cow/figures/dog.svg"), 404)
    assert "'dog'" in body["detail"]
    for name in ("cat", "cow", "animated", "cat-cow-forearms-or-fists"):
        assert name in body["detail"]
    body = assert_problem(client.get("/v1/poses/childs-pose/figures/main.svg"), 404)
    assert "figure.svg" in body["detail"]  # the main figure has one address


def test_a_modification_of_another_pose_is_not_this_poses_figure(client: TestClient) -> None:
    assert_problem(client.get("/v1/poses/cat-cow/figures/childs-pose-knees-wide.svg"), 404)


def test_figure_text_follows_the_content(client: TestClient, seed_content: SeedContent) -> None:
    pose = next(p for p in seed_content.poses if p.slug == "childs-pose")
    modification = next(m for m in pose.modifications if m.slug == "childs-pose-knees-wide")
    svg = client.get("/v1/poses/childs-pose/figures/childs-pose-knees-wide.svg").text
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.findtext(f"{ns}title") == f"{pose.name}: {modification.label}"
    assert root.findtext(f"{ns}desc") == modification.instruction

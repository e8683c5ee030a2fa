"""GET / (the web page) and GET /static/{version}/{name}: headers, caching and refusals."""

import gzip
import re

from fastapi.testclient import TestClient

from api.web import PAGE_CSP
from tests.support.problems import assert_problem

JSON_CSP = "default-src 'none'; frame-ancestors 'none'"
ASSET = re.compile(r'(?:src|href)="(/static/([0-9a-f]+)/([\w.-]+))"')


def page_assets(client: TestClient) -> list[tuple[str, str, str]]:
    return ASSET.findall(client.get("/").text)


def test_the_page_is_html_under_a_self_only_csp(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers.get_list("content-security-policy") == [PAGE_CSP]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' blob:",  # figures held in the page (see tests/web/test_privacy.py)
        "connect-src 'self'",
        "frame-ancestors 'none'",
    ):
        assert directive in PAGE_CSP
    assert "unsafe" not in PAGE_CSP
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    # no inline script or style for the CSP to refuse
    assert not re.search(r"<script(?![^>]*\bsrc=)", response.text)
    assert "<style" not in response.text
    assert " style=" not in response.text


def test_the_page_is_revalidated_and_its_304_keeps_the_page_csp(client: TestClient) -> None:
    first = client.get("/")
    assert first.headers["cache-control"] == "no-cache"
    again = client.get("/", headers={"if-none-match": first.headers["etag"]})
    assert again.status_code == 304
    # a 304 updates the stored headers: a JSON policy here would stop the page's scripts
    assert again.headers.get_list("content-security-policy") == [PAGE_CSP]


def test_every_asset_the_page_names_is_served_cached_for_a_year(client: TestClient) -> None:
    assets = page_assets(client)
    names = {name for _, _, name in assets}
    assert {"app.js", "app.css", "icon.svg", "questions.js", "result.js", "player.js"} <= names
    versions = {version for _, version, _ in assets}
    assert len(versions) == 1
    types = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}
    for url, _, name in assets:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].split(";")[0] == types[name[name.rindex(".") :]]
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert response.headers["etag"]
        again = client.get(url, headers={"if-none-match": response.headers["etag"]})
        assert again.status_code == 304


def test_modules_import_only_modules_of_the_same_version(client: TestClient) -> None:
    """Relative imports resolve under the versioned URL, so they are served too."""
    for url, _, name in page_assets(client):
        if not name.endswith(".js"):
            continue
        for imported in re.findall(r"from '\./([\w.-]+)'", client.get(url).text):
            assert client.get(url.rsplit("/", 1)[0] + "/" + imported).status_code == 200


def test_large_assets_are_sent_gzipped(client: TestClient) -> None:
    url = next(url for url, _, name in page_assets(client) if name == "app.css")
    plain = client.get(url, headers={"accept-encoding": "identity"})
    zipped = client.get(url, headers={"accept-encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.headers["etag"] != plain.headers["etag"]
    assert len(zipped.content) == len(plain.content)  # httpx decodes it
    assert int(zipped.headers["content-length"]) < len(gzip.compress(plain.content)) * 1.1


def test_unknown_versions_and_names_are_404_problems(client: TestClient) -> None:
    _, version, _ = page_assets(client)[0]
    for path in (
        "/static/000000000000/app.js",
        f"/static/{version}/nope.js",
        f"/static/{version}/../index.html",
        f"/static/{version}/%2e%2e/index.html",
        f"/static/{version}/..%2f..%2fmain.py",
        "/static/app.js",
    ):
        body = assert_problem(client.get(path), 404)
        assert "nope" not in body["detail"]


def test_the_page_is_not_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/" not in spec["paths"]
    assert not any(path.startswith("/static") for path in spec["paths"])
    assert_problem(client.post("/", json={}), 405)
    # the API around it keeps its JSON policy
    assert client.get("/v1/poses").headers["content-security-policy"] == JSON_CSP

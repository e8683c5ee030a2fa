"""GET /v1/sources and /v1/sources/{slug}: attribution and licence for every piece of content."""

from fastapi.testclient import TestClient


def test_sources_list_the_article_first(client: TestClient) -> None:
    body = client.get("/v1/sources?limit=100").json()
    assert body["total"] == 20
    article = body["items"][0]
    assert article["slug"] == "hip-stretches-article" and article["kind"] == "article"
    assert article["attribution"]
    assert {s["slug"] for s in article["sections"]} >= {"causes", "self-care", "stretching-tips"}


def test_every_source_has_attribution(client: TestClient) -> None:
    for source in client.get("/v1/sources?limit=100").json()["items"]:
        assert source["attribution"], source["slug"]
        assert source["links"]["self"] == f"/v1/sources/{source['slug']}"


def test_one_source(client: TestClient) -> None:
    nhs = client.get("/v1/sources/nhs-back-pain")
    assert nhs.status_code == 200
    assert nhs.json()["licence"] == "Open Government Licence v3.0"
    assert client.get("/v1/sources/nope").status_code == 404

"""GET /v1/sources and /v1/sources/{slug}: attribution and licence for every piece of content."""

from fastapi.testclient import TestClient

from seed.schema import SeedContent


def test_sources_list_the_article_first(client: TestClient, seed_content: SeedContent) -> None:
    body = client.get("/v1/sources?limit=100").json()
    assert body["total"] == len(seed_content.sources)
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


def test_the_articles_medicine_advice_carries_the_standard_cautions(client: TestClient) -> None:
    article = client.get("/v1/sources/hip-stretches-article").json()
    self_care = next(s for s in article["sections"] if s["slug"] == "self-care")
    assert any("aspirin" in item for item in self_care["items"])
    caution = self_care["caution"]
    assert "Never give aspirin to anyone under 16" in caution["text"]
    for condition in ("pregnant", "stomach ulcer", "kidney", "asthma"):
        assert condition in caution["text"]
    assert caution["source"]["slug"] == "nhs-ibuprofen"

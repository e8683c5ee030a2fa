"""GET /v1/sources and /v1/sources/{slug}: attribution and licence for every piece of content."""

from pathlib import Path

from fastapi.testclient import TestClient

from seed.schema import SeedContent

ARTICLE = Path(__file__).parents[2] / "seed" / "seed-article.txt"


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
    assert nhs.json()["licence_url"].startswith("https://www.nationalarchives.gov.uk/")
    assert "Open Government Licence v3.0" in nhs.json()["attribution"]
    assert client.get("/v1/sources/nope").status_code == 404


def test_every_source_says_what_a_partner_may_do(
    client: TestClient, seed_content: SeedContent
) -> None:
    """Rights a partner can act on: every source states its terms, and a licence we name
    links its text — including the project's own, which is open."""
    served = client.get("/v1/sources?limit=100").json()["items"]
    assert [s["slug"] for s in served] == [s.slug for s in seed_content.sources]
    for source in served:
        assert len(source["rights"]) > 40, source["slug"]
        if source["licence"] in {"Open Government Licence v3.0", "CC BY 4.0"}:
            assert source["licence_url"].startswith("https://"), source["slug"]
    ours = client.get("/v1/sources/stretchbase-editorial").json()
    assert ours["licence"] == "CC BY 4.0"
    assert ours["licence_url"] == "https://creativecommons.org/licenses/by/4.0/"


def test_the_article_says_what_it_gives_and_nothing_more(client: TestClient) -> None:
    """The article names its title (its own heading) and no author, publisher, URL or
    licence: those are null, not guessed, and its rights say the licence is unknown."""
    article = client.get("/v1/sources/hip-stretches-article").json()
    assert article["title"] in ARTICLE.read_text(encoding="utf-8")
    assert article["publisher"] is None and article["url"] is None
    assert article["licence"] is None and article["licence_url"] is None
    assert article["rights"].startswith("Licence unknown.")
    assert article["title"] in article["attribution"]


def test_the_articles_medicine_advice_carries_the_standard_cautions(client: TestClient) -> None:
    article = client.get("/v1/sources/hip-stretches-article").json()
    self_care = next(s for s in article["sections"] if s["slug"] == "self-care")
    assert any("aspirin" in item for item in self_care["items"])
    caution = self_care["caution"]
    assert "Never give aspirin to anyone under 16" in caution["text"]
    for condition in ("pregnant", "stomach ulcer", "kidney", "asthma"):
        assert condition in caution["text"]
    assert caution["source"]["slug"] == "nhs-ibuprofen"

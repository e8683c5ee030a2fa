"""Lists: the {items, total, limit, offset} envelope and RFC 8288 Link headers."""

import re

import pytest
from fastapi.testclient import TestClient

from seed.schema import SeedContent

LINK = re.compile(r'<([^>]+)>; rel="(\w+)"')


def links(response) -> dict[str, str]:
    return {rel: url for url, rel in LINK.findall(response.headers["link"])}


def last_offset(total: int, limit: int) -> int:
    return (total - 1) // limit * limit


def test_links_on_a_middle_page(client: TestClient, seed_content: SeedContent) -> None:
    total = len(seed_content.poses)
    response = client.get("/v1/poses?limit=2&offset=2")
    assert links(response) == {
        "first": "/v1/poses?limit=2&offset=0",
        "prev": "/v1/poses?limit=2&offset=0",
        "next": "/v1/poses?limit=2&offset=4",
        "last": f"/v1/poses?limit=2&offset={last_offset(total, 2)}",
    }


def test_no_prev_on_the_first_page_no_next_on_the_last(
    client: TestClient, seed_content: SeedContent
) -> None:
    last = last_offset(len(seed_content.poses), 3)
    assert set(links(client.get("/v1/poses?limit=3"))) == {"first", "next", "last"}
    assert set(links(client.get(f"/v1/poses?limit=3&offset={last}"))) == {"first", "prev", "last"}


def test_following_next_walks_the_whole_list_keeping_filters(client: TestClient) -> None:
    url, seen = "/v1/poses?body_position=supine&limit=1", []
    while url:
        response = client.get(url)
        seen += [item["slug"] for item in response.json()["items"]]
        url = links(response).get("next")
        assert url is None or "body_position=supine" in url
    one_page = client.get("/v1/poses?body_position=supine&limit=100").json()["items"]
    assert len(seen) > 1 and seen == [item["slug"] for item in one_page]


def test_every_list_sends_links(client: TestClient) -> None:
    for path in (
        "/v1/poses",
        "/v1/poses/cat-cow/steps",
        "/v1/routines",
        "/v1/safety-rules",
        "/v1/mobility-limits",
        "/v1/red-flags",
        "/v1/sources",
    ):
        response = client.get(path)
        assert set(response.json()) == {"items", "total", "limit", "offset"}
        assert "first" in links(response) and "last" in links(response)


def test_an_offset_past_the_end_is_an_empty_page(
    client: TestClient, seed_content: SeedContent
) -> None:
    total = len(seed_content.poses)
    body = client.get(f"/v1/poses?offset={total + 50}").json()
    assert body == {"items": [], "total": total, "limit": 20, "offset": total + 50}


@pytest.mark.parametrize(
    "query",
    [
        "limit=101",
        "limit=0",
        "limit=-5",
        "offset=-1",
        "limit=ten",
        "offset=1.5",
        "limit=99999999999999999999",
    ],
)
def test_bad_paging_is_a_422(client: TestClient, query: str) -> None:
    for path in ("/v1/poses", "/v1/routines", "/v1/sources"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"

"""Sparse fieldsets on pose and routine reads."""

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize(
    ("path", "fields"),
    [
        ("/v1/poses/childs-pose", ["slug", "name", "steps"]),
        ("/v1/routines/seven-best-hip-stretches", ["slug", "items"]),
    ],
)
def test_one(client: TestClient, path: str, fields: list[str]) -> None:
    body = client.get(f"{path}?fields={','.join(reversed(fields))}").json()
    assert list(body) == fields  # the schema's order, whatever the request's


@pytest.mark.parametrize("path", ["/v1/poses", "/v1/routines"])
def test_lists(client: TestClient, path: str) -> None:
    items = client.get(f"{path}?fields=name,slug").json()["items"]
    assert items and all(list(item) == ["slug", "name"] for item in items)


@pytest.mark.parametrize(
    ("path", "accepted"),
    [
        ("/v1/poses?fields=slug,colour", "benefits"),
        ("/v1/poses?fields=steps", "demands"),  # a list row has no steps
        ("/v1/poses/childs-pose?fields=colour", "steps"),
        ("/v1/routines?fields=colour", "item_count"),
        ("/v1/routines/seven-best-hip-stretches?fields=colour", "items"),
        ("/v1/poses?fields=,", "slug"),
    ],
)
def test_unknown_fields_are_a_422_listing_the_accepted(
    client: TestClient, path: str, accepted: str
) -> None:
    response = client.get(path)
    assert response.status_code == 422
    error = response.json()["errors"][0]
    assert error["field"] == "fields"
    assert accepted in error["accepted"]

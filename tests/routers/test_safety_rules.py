"""GET /v1/safety-rules and /v1/safety-rules/{slug}: the rule base, served as data."""

import pytest
from fastapi.testclient import TestClient

from seed.schema import SeedContent


def all_rules(client: TestClient, query: str = "") -> list[dict]:
    return client.get(f"/v1/safety-rules?limit=100{query}").json()["items"]


def test_the_rule_base(client: TestClient, seed_content: SeedContent) -> None:
    body = client.get("/v1/safety-rules?limit=100").json()
    assert [rule["slug"] for rule in body["items"]] == [r.slug for r in seed_content.safety_rules]
    assert body["total"] == len(seed_content.safety_rules)
    kinds = [rule["kind"] for rule in body["items"]]
    assert kinds == sorted(
        kinds, key=["red_flag", "pain_band", "mobility_limit", "duration", "session"].index
    )


@pytest.mark.parametrize(
    ("query", "kind", "severity"),
    [
        ("&kind=red_flag", "red_flag", None),
        ("&kind=pain_band", "pain_band", None),
        ("&kind=mobility_limit", "mobility_limit", None),
        ("&kind=duration", "duration", None),
        ("&kind=session", "session", None),
        ("&severity=critical", None, "critical"),
        ("&kind=red_flag&severity=warning", "red_flag", "warning"),
    ],
)
def test_filters(
    client: TestClient,
    seed_content: SeedContent,
    query: str,
    kind: str | None,
    severity: str | None,
) -> None:
    expected = [
        rule.slug
        for rule in seed_content.safety_rules
        if kind in (None, rule.kind) and severity in (None, rule.severity)
    ]
    assert [rule["slug"] for rule in all_rules(client, query)] == expected
    assert expected


def test_every_rule_carries_message_rationale_and_sources(client: TestClient) -> None:
    for rule in all_rules(client):
        assert rule["message"] and rule["rationale"], rule["slug"]
        assert rule["sources"] and all(s["slug"] and s["href"] for s in rule["sources"]), rule[
            "slug"
        ]
        assert rule["effect"], rule["slug"]


def test_one_rule_is_served_as_the_rule_base_has_it(
    client: TestClient, seed_content: SeedContent
) -> None:
    for expected in seed_content.public_rules():
        rule = client.get(f"/v1/safety-rules/{expected.slug}").json()
        assert rule["links"] == {"self": f"/v1/safety-rules/{expected.slug}"}
        assert {k: v for k, v in rule.items() if k != "links"} == expected.model_dump(mode="json")
    assert client.get("/v1/safety-rules/no-such-rule").status_code == 404


def test_bad_filter_lists_accepted_kinds(client: TestClient) -> None:
    response = client.get("/v1/safety-rules?kind=whim")
    assert response.status_code == 422
    assert "red_flag" in response.json()["errors"][0]["accepted"]

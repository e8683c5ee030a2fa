"""GET /v1/mobility-limits and /v1/red-flags: enough for a client to render the questionnaire."""

from fastapi.testclient import TestClient

from models.vocabulary import MobilityLimit, RedFlag


def test_mobility_limits(client: TestClient) -> None:
    body = client.get("/v1/mobility-limits").json()
    assert [entry["slug"] for entry in body["items"]] == [limit.value for limit in MobilityLimit]
    for entry in body["items"]:
        assert entry["label"] and entry["question"].endswith("?") and entry["help_text"]
        assert entry["rules"], entry["slug"]


def test_red_flags_with_urgency(client: TestClient) -> None:
    items = client.get("/v1/red-flags").json()["items"]
    assert [entry["slug"] for entry in items] == [flag.value for flag in RedFlag]
    urgency = {entry["slug"]: entry["urgency"] for entry in items}
    assert urgency["saddle_numbness"] == "emergency"
    assert urgency["fever"] == "urgent"
    assert urgency["age_over_50_new_pain"] is None
    saddle = next(e for e in items if e["slug"] == "saddle_numbness")
    assert "genitals or buttocks" in saddle["question"]


def test_every_answer_points_at_real_rules(client: TestClient) -> None:
    rules = {r["slug"] for r in client.get("/v1/safety-rules?limit=100").json()["items"]}
    for path in ("/v1/mobility-limits", "/v1/red-flags"):
        for entry in client.get(path).json()["items"]:
            assert set(entry["rules"]) <= rules

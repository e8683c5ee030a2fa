"""GET /v1/mobility-limits and /v1/red-flags: enough for a client to render the questionnaire."""

from fastapi.testclient import TestClient

from models.vocabulary import MobilityLimit, RedFlag
from seed.schema import SeedContent


def test_mobility_limits(client: TestClient, seed_content: SeedContent) -> None:
    body = client.get("/v1/mobility-limits?limit=100").json()
    served = [entry["slug"] for entry in body["items"]]
    assert served == [term.slug for term in seed_content.mobility_limits]
    assert sorted(served) == sorted(limit.value for limit in MobilityLimit)
    for entry in body["items"]:
        assert entry["label"] and entry["question"].endswith("?") and entry["help_text"]
        assert entry["rules"], entry["slug"]


def test_red_flags_with_urgency(client: TestClient, seed_content: SeedContent) -> None:
    items = client.get("/v1/red-flags?limit=100").json()["items"]
    served = [entry["slug"] for entry in items]
    assert served == [term.slug for term in seed_content.red_flags]
    assert sorted(served) == sorted(flag.value for flag in RedFlag)
    urgency = {entry["slug"]: entry["urgency"] for entry in items}
    assert urgency["saddle_numbness"] == "emergency"
    assert urgency["fever"] == "urgent"
    assert urgency["age_over_50_new_pain"] is None
    assert urgency["age_under_16"] == "soon"
    assert urgency["pregnancy_warning_signs"] == "emergency"
    saddle = next(e for e in items if e["slug"] == "saddle_numbness")
    assert "genitals or buttocks" in saddle["question"]


def test_every_answer_points_at_real_rules(client: TestClient) -> None:
    rules = {r["slug"] for r in client.get("/v1/safety-rules?limit=100").json()["items"]}
    for path in ("/v1/mobility-limits", "/v1/red-flags"):
        for entry in client.get(path).json()["items"]:
            assert {r["slug"] for r in entry["rules"]} <= rules


def test_follow_up_questions_say_which_answer_asks_them(client: TestClient) -> None:
    flags = {e["slug"]: e for e in client.get("/v1/red-flags?limit=100").json()["items"]}
    assert flags["pregnancy_warning_signs"]["ask_if"] == {"mobility_limit": "pregnancy"}
    assert flags["saddle_numbness"]["ask_if"] is None
    limits = {e["slug"]: e for e in client.get("/v1/mobility-limits?limit=100").json()["items"]}
    assert limits["pelvic_girdle_pain"]["ask_if"] == {"mobility_limit": "pregnancy"}

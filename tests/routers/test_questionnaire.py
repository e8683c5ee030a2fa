"""GET /v1/questionnaire: every question a client must ask, in order, ready to render."""

from fastapi.testclient import TestClient
from fhir.resources.questionnaire import Questionnaire

from models.composition import ComposeRequest
from seed.schema import SeedContent


def questionnaire(client: TestClient) -> dict:
    response = client.get("/v1/questionnaire")
    assert response.status_code == 200
    return response.json()


def flatten(items: list[dict]) -> list[dict]:
    return [leaf for item in items for leaf in [item, *flatten(item["items"])]]


def test_red_flags_first_then_pain_days_limits_and_time(client: TestClient) -> None:
    items = questionnaire(client)["items"]
    assert [item["link_id"] for item in items] == [
        "red_flags",
        "pain_level",
        "days_with_pain",
        "mobility_limits",
        "minutes",
    ]
    assert [item["type"] for item in items] == ["group", "integer", "integer", "group", "integer"]


def test_every_answer_of_the_vocabulary_is_asked_once(
    client: TestClient, seed_content: SeedContent
) -> None:
    leaves = flatten(questionnaire(client)["items"])
    asked = [(i["answer"]["field"], i["answer"]["value"]) for i in leaves if i.get("answer")]
    expected = [("red_flags", t.slug) for t in seed_content.red_flags]
    expected += [("mobility_limits", t.slug) for t in seed_content.mobility_limits]
    expected += [("pain_level", None), ("days_with_pain", None), ("minutes", None)]
    assert sorted(asked, key=str) == sorted(expected, key=str)
    fields = {field for field, _ in asked}
    assert fields == set(ComposeRequest.model_fields) - {"base_routine", "region", "save"}


def test_the_pain_scale_has_its_anchors_and_range(client: TestClient) -> None:
    pain = questionnaire(client)["items"][1]
    assert (pain["min_value"], pain["max_value"], pain["required"]) == (0, 10, True)
    assert pain["anchors"] == [
        {"value": 0, "label": "No pain"},
        {"value": 10, "label": "Worst pain imaginable"},
    ]


def test_red_flags_are_plain_yes_no_questions_with_their_urgency(client: TestClient) -> None:
    flags = [
        i for i in questionnaire(client)["items"][0]["items"] if i["answer"]["field"] == "red_flags"
    ]
    assert flags[0]["link_id"] == "red_flags.saddle_numbness"
    assert all(f["type"] == "boolean" and f["required"] for f in flags)
    assert all(f["text"].endswith("?") for f in flags)
    assert flags[0]["urgency"] == "emergency"
    urgencies = [f["urgency"] for f in flags]
    order = {"emergency": 0, "urgent": 1, "soon": 2, None: 3}
    assert urgencies == sorted(urgencies, key=order.get)  # the most urgent are asked first


def test_questions_for_pregnancy_are_asked_only_after_a_yes_with_the_red_flags(
    client: TestClient,
) -> None:
    """Its warning signs are an emergency question: asked with the red flags, before pain."""
    red_flags, _, _, limits, _ = questionnaire(client)["items"]
    pregnancy = red_flags["items"][-1]
    assert pregnancy["link_id"] == "mobility_limits.pregnancy"
    assert pregnancy["answer"] == {"field": "mobility_limits", "value": "pregnancy"}
    follow_ups = {i["link_id"]: i for i in pregnancy["items"]}
    assert set(follow_ups) == {
        "mobility_limits.pelvic_girdle_pain",
        "red_flags.pregnancy_warning_signs",
    }
    for item in follow_ups.values():
        assert item["enable_when"] == [
            {"question": "mobility_limits.pregnancy", "operator": "=", "answer": True}
        ]
    assert follow_ups["red_flags.pregnancy_warning_signs"]["urgency"] == "emergency"
    elsewhere = [i["link_id"] for i in limits["items"]]
    assert "mobility_limits.pregnancy" not in elsewhere
    assert "mobility_limits.pelvic_girdle_pain" not in elsewhere


def test_it_lists_what_each_referral_action_asks_and_is_cacheable(client: TestClient) -> None:
    response = client.get("/v1/questionnaire")
    actions = {a["slug"]: a for a in response.json()["referral_actions"]}
    assert set(actions) == {"emergency_services", "same_day_doctor", "see_gp", "maternity_triage"}
    assert "999" not in actions["emergency_services"]["instruction"]
    assert actions["emergency_services"]["regional"]["GB"] == "In the UK, call 999 or go to A&E."
    assert response.headers["etag"].startswith('"')
    again = client.get("/v1/questionnaire", headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304


COMPOSE_SYSTEM = "urn:stretchbase:compose-request"
URGENCY_SYSTEM = "urn:stretchbase:urgency"
ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"


def display(link_id: str, text: str, control: str) -> dict:
    coding = {"system": ITEM_CONTROL_SYSTEM, "code": control}
    return {
        "linkId": link_id,
        "type": "display",
        "text": text,
        "extension": [{"url": ITEM_CONTROL, "valueCodeableConcept": {"coding": [coding]}}],
    }


def to_fhir_item(item: dict) -> dict:
    """docs/questionnaire.md's mapping, applied."""
    fhir: dict = {"linkId": item["link_id"], "type": item["type"], "text": item["text"]}
    fhir["required"] = item["required"]
    if item["label"]:
        fhir["prefix"] = item["label"]
    codes = []
    if item["answer"]:
        value = item["answer"]["value"]
        field = item["answer"]["field"]
        codes.append({"system": COMPOSE_SYSTEM, "code": f"{field}/{value}" if value else field})
    if item["urgency"]:
        codes.append({"system": URGENCY_SYSTEM, "code": item["urgency"]})
    if codes:
        fhir["code"] = codes
    extensions = [
        {"url": f"http://hl7.org/fhir/StructureDefinition/{name}", "valueInteger": item[key]}
        for name, key in (("minValue", "min_value"), ("maxValue", "max_value"))
        if item[key] is not None
    ]
    if extensions:
        fhir["extension"] = extensions
    if item["enable_when"]:
        fhir["enableWhen"] = [
            {"question": w["question"], "operator": w["operator"], "answerBoolean": w["answer"]}
            for w in item["enable_when"]
        ]
    children = [to_fhir_item(child) for child in item["items"]]
    if item["help_text"]:
        children.insert(0, display(f"{item['link_id']}.help", item["help_text"], "help"))
    for anchor, control in zip(item["anchors"] or [], ("lower", "upper"), strict=False):
        children.append(display(f"{item['link_id']}.{control}", anchor["label"], control))
    if children:
        fhir["item"] = children
    return fhir


def test_it_maps_onto_a_valid_fhir_questionnaire(client: TestClient) -> None:
    served = questionnaire(client)
    resource = Questionnaire.model_validate(
        {
            "resourceType": "Questionnaire",
            "status": "active",
            "title": served["title"],
            "description": served["description"],
            "version": str(served["content_version"]),
            "item": [to_fhir_item(item) for item in served["items"]],
        }
    )
    link_ids = [leaf["link_id"] for leaf in flatten(served["items"])]
    assert len(link_ids) == len(set(link_ids))  # FHIR linkIds are unique
    pregnancy = next(i for i in resource.item[0].item if i.linkId == "mobility_limits.pregnancy")
    asked_after = [i for i in pregnancy.item if i.enableWhen]
    assert {i.linkId for i in asked_after} == {
        "mobility_limits.pelvic_girdle_pain",
        "red_flags.pregnancy_warning_signs",
    }

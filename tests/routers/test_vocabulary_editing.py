"""The editors' API on the vocabulary: one resource (GET, PUT, PATCH /v1/vocabulary) with
keys, preconditions, the closed set of terms, the rule that a red flag that refers is always
asked, revisions, and the seed leaving an edited term alone (on both databases)."""

import copy

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.compose import CatalogueError
from api.db import SessionFactory
from models.api_key import Scope
from models.vocabulary import MobilityLimit
from models.vocabulary_term import AskIf, VocabularyTerm
from seed.loader import apply_seed
from seed.schema import SeedContent
from tests.support.editors import MERGE, bearer, make_key
from tests.support.problems import assert_problem

VOCABULARY = "/v1/vocabulary"
NEW_QUESTION = "Is the skin between your legs or around your bottom numb or tingling?"
SADDLE = {"red_flags": {"saddle_numbness": {"question": NEW_QUESTION}}}


@pytest.fixture
def key(sessions: SessionFactory) -> str:
    return make_key(sessions, "physio-anna", Scope.content_write)


IDENTITY = {"Accept-Encoding": "identity"}


def etag(client: TestClient) -> str:
    """The ETag of the uncompressed vocabulary (a 412 names that one)."""
    return client.get(VOCABULARY, headers=IDENTITY).headers["etag"]


def patch(client: TestClient, key: str, body: dict, if_match: str | None):
    headers = {**bearer(key), **MERGE, **({"If-Match": if_match} if if_match else {})}
    return client.patch(VOCABULARY, json=body, headers=headers)


def put(client: TestClient, key: str, body: dict, if_match: str):
    return client.put(VOCABULARY, json=body, headers={**bearer(key), "If-Match": if_match})


def questionnaire_items(client: TestClient) -> dict[str, dict]:
    """Every question of the questionnaire, nested ones too, by link id."""
    found: dict[str, dict] = {}

    def walk(items: list[dict]) -> None:
        for item in items:
            found[item["link_id"]] = item
            walk(item.get("items", []))

    walk(client.get("/v1/questionnaire").json()["items"])
    return found


def fields(problem: dict) -> dict[str, str]:
    return {error["field"]: error["message"] for error in problem["errors"]}


# -- reading ----------------------------------------------------------------------------------


def test_the_vocabulary_reads_as_the_seed_has_it_with_a_strong_etag(
    client: TestClient, seed_content: SeedContent
) -> None:
    response = client.get(VOCABULARY)
    assert response.status_code == 200
    body = response.json()
    assert list(body["mobility_limits"]) == [t.slug for t in seed_content.mobility_limits]
    assert list(body["red_flags"]) == [t.slug for t in seed_content.red_flags]
    pregnancy_signs = next(t for t in seed_content.red_flags if t.slug == "pregnancy_warning_signs")
    assert body["red_flags"]["pregnancy_warning_signs"] == pregnancy_signs.model_dump(
        mode="json", exclude={"slug"}
    )
    assert response.headers["etag"].startswith('"')  # strong
    assert response.headers["cache-control"].startswith("public")
    again = client.get(VOCABULARY, headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304


def test_no_path_names_a_term(client: TestClient) -> None:
    for path in (
        "/v1/red-flags/saddle_numbness",
        "/v1/vocabulary/saddle_numbness",
        "/v1/vocabulary/red_flags/saddle_numbness",
    ):
        assert_problem(client.get(path), 404)


def test_terms_are_neither_created_nor_retired(client: TestClient, key: str) -> None:
    for method in ("POST", "DELETE"):
        response = client.request(method, VOCABULARY, headers=bearer(key))
        assert_problem(response, 405)
        assert response.headers["allow"] == "GET, HEAD, PATCH, PUT"


# -- keys and preconditions --------------------------------------------------------------------


def test_a_write_without_a_key_is_a_401(client: TestClient) -> None:
    response = client.patch(VOCABULARY, json=SADDLE, headers={**MERGE, "If-Match": etag(client)})
    assert_problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer ")


def test_a_key_without_the_content_scope_is_a_403(
    client: TestClient, sessions: SessionFactory
) -> None:
    rules_only = make_key(sessions, "rules-only", Scope.rules_write)
    body = assert_problem(patch(client, rules_only, SADDLE, etag(client)), 403)
    assert "content:write" in body["detail"]


def test_a_change_without_if_match_is_a_428(client: TestClient, key: str) -> None:
    before = client.get(VOCABULARY)
    body = assert_problem(patch(client, key, SADDLE, None), 428)
    assert "the vocabulary requires If-Match" in body["detail"]
    assert client.get(VOCABULARY).content == before.content


def test_a_stale_etag_is_a_412_naming_the_current_one(client: TestClient, key: str) -> None:
    first = etag(client)
    assert patch(client, key, SADDLE, first).status_code == 200
    other = {"red_flags": {"fever": {"label": "Fever"}}}
    stale = patch(client, key, other, first)
    body = assert_problem(stale, 412)
    current = etag(client)
    assert stale.headers["etag"] == current != first
    assert current in body["detail"]
    assert client.get(VOCABULARY).json()["red_flags"]["fever"]["label"] != "Fever"


# -- a change shows everywhere ------------------------------------------------------------------


def test_a_patch_changes_a_question_in_every_read(client: TestClient, key: str) -> None:
    old = client.get(VOCABULARY)
    old_flags = client.get("/v1/red-flags?limit=100")
    old_questionnaire = client.get("/v1/questionnaire")
    response = patch(client, key, SADDLE, old.headers["etag"])
    assert response.status_code == 200, response.text
    assert response.json()["red_flags"]["saddle_numbness"]["question"] == NEW_QUESTION
    assert response.headers["content-version"] and response.headers["revision"] == "2"
    served = client.get(VOCABULARY)
    assert served.json() == response.json()
    assert served.headers["etag"] == response.headers["etag"] != old.headers["etag"]
    # only that question changed
    expected = copy.deepcopy(old.json())
    expected["red_flags"]["saddle_numbness"]["question"] = NEW_QUESTION
    assert served.json() == expected

    flags = {f["slug"]: f for f in client.get("/v1/red-flags?limit=100").json()["items"]}
    assert flags["saddle_numbness"]["question"] == NEW_QUESTION
    assert flags["saddle_numbness"]["urgency"] == "emergency"
    assert questionnaire_items(client)["red_flags.saddle_numbness"]["text"] == NEW_QUESTION
    bundle = {f["slug"]: f for f in client.get("/v1/bundle").json()["red_flags"]}
    assert bundle["saddle_numbness"]["question"] == NEW_QUESTION

    # no cache is told that what it holds is still current
    for url, before in (
        (VOCABULARY, old),
        ("/v1/red-flags?limit=100", old_flags),
        ("/v1/questionnaire", old_questionnaire),
    ):
        again = client.get(url, headers={"If-None-Match": before.headers["etag"]})
        assert again.status_code == 200, url
        assert NEW_QUESTION in again.text


def test_a_put_replaces_the_texts_and_keeps_the_order(
    client: TestClient, key: str, seed_content: SeedContent
) -> None:
    current = client.get(VOCABULARY)
    body = current.json()
    body["mobility_limits"]["cannot_kneel"]["label"] = "Kneeling is not possible"
    body["red_flags"] = dict(reversed(body["red_flags"].items()))  # order sent does not matter
    response = put(client, key, body, current.headers["etag"])
    assert response.status_code == 200, response.text
    served = client.get(VOCABULARY).json()
    assert served["mobility_limits"]["cannot_kneel"]["label"] == "Kneeling is not possible"
    assert list(served["red_flags"]) == [t.slug for t in seed_content.red_flags]
    limits = client.get("/v1/mobility-limits?limit=100").json()["items"]
    assert limits[0]["slug"] == "cannot_kneel"
    assert limits[0]["label"] == "Kneeling is not possible"


# -- the closed set of terms ----------------------------------------------------------------


def test_an_unknown_term_is_a_422_naming_it(client: TestClient, key: str) -> None:
    before = etag(client)
    term = {"label": "Covid", "question": "Do you have covid?", "help_text": "Stay home."}
    body = assert_problem(patch(client, key, {"red_flags": {"covid": term}}, before), 422)
    message = fields(body)["red_flags"]
    assert "unknown red flag 'covid'" in message
    assert "fixed by the rule language" in message
    assert etag(client) == before


@pytest.mark.parametrize("how", ["null in a PATCH", "left out of a PUT"])
def test_removing_a_term_is_a_422_naming_it(client: TestClient, key: str, how: str) -> None:
    current = client.get(VOCABULARY, headers=IDENTITY)
    if how == "null in a PATCH":
        response = patch(client, key, {"red_flags": {"fever": None}}, current.headers["etag"])
    else:
        body = current.json()
        del body["red_flags"]["fever"]
        response = put(client, key, body, current.headers["etag"])
    message = fields(assert_problem(response, 422))["red_flags"]
    assert "red flag 'fever' is missing" in message
    assert "fixed by the rule language" in message
    assert etag(client) == current.headers["etag"]


@pytest.mark.parametrize(
    ("term", "field"),
    [
        ({"question": ""}, "red_flags.fever.question"),
        ({"question": "x" * 301}, "red_flags.fever.question"),
        ({"label": "x" * 81}, "red_flags.fever.label"),
        ({"help_text": "x" * 501}, "red_flags.fever.help_text"),
        ({"questoin": "Do you have a fever?"}, "red_flags.fever.questoin"),
        ({"ask_if": {"mobility_limit": "flying"}}, "red_flags.fever.ask_if.mobility_limit"),
    ],
)
def test_a_bad_text_is_a_422_naming_the_field(
    client: TestClient, key: str, term: dict, field: str
) -> None:
    before = etag(client)
    body = assert_problem(patch(client, key, {"red_flags": {"fever": term}}, before), 422)
    assert field in fields(body)
    assert etag(client) == before


# -- every red flag that refers is asked ------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"red_flags": {"saddle_numbness": {"ask_if": {"mobility_limit": "knee_pain"}}}},
        {"red_flags": {"age_over_50_new_pain": {"ask_if": {"mobility_limit": "osteoporosis"}}}},
        {"mobility_limits": {"cannot_kneel": {"ask_if": {"mobility_limit": "pregnancy"}}}},
        {"mobility_limits": {"pelvic_girdle_pain": {"ask_if": {"mobility_limit": "knee_pain"}}}},
    ],
)
def test_the_api_never_asks_a_question_of_fewer_people(
    client: TestClient, key: str, change: dict
) -> None:
    """A limit not asked is a limit no one reports, and its poses are kept: an editor can
    ask a question more widely, never more narrowly (the seed file, reviewed, can)."""
    before = etag(client)
    body = assert_problem(patch(client, key, change, before), 422)
    [message] = [e["message"] for e in body["errors"]]
    assert "would ask this question of fewer people" in message
    assert etag(client) == before
    assert "red_flags.saddle_numbness" in questionnaire_items(client)


def test_the_pregnancy_signs_are_asked_of_everyone_or_after_pregnancy(
    client: TestClient, key: str
) -> None:
    elsewhere = {
        "red_flags": {"pregnancy_warning_signs": {"ask_if": {"mobility_limit": "neck_pain"}}}
    }
    assert_problem(patch(client, key, elsewhere, etag(client)), 422)

    everyone = {"red_flags": {"pregnancy_warning_signs": {"ask_if": None}}}
    assert patch(client, key, everyone, etag(client)).status_code == 200
    red_flags = client.get("/v1/questionnaire").json()["items"][0]
    assert "red_flags.pregnancy_warning_signs" in [i["link_id"] for i in red_flags["items"]]

    back = {"red_flags": {"pregnancy_warning_signs": {"ask_if": {"mobility_limit": "pregnancy"}}}}
    assert patch(client, key, back, etag(client)).status_code == 200
    pregnancy = questionnaire_items(client)["mobility_limits.pregnancy"]
    assert "red_flags.pregnancy_warning_signs" in [i["link_id"] for i in pregnancy["items"]]


def test_the_seed_refuses_a_follow_up_to_a_question_not_asked_of_everyone(
    session: Session, seed_content: SeedContent
) -> None:
    # pelvic_girdle_pain is asked only after pregnancy: a question after it would never be asked
    content = seed_content.model_copy(deep=True)
    knee = next(t for t in content.mobility_limits if t.slug == "knee_pain")
    knee.ask_if = AskIf(mobility_limit=MobilityLimit.pelvic_girdle_pain)
    with pytest.raises(CatalogueError, match="mobility limit knee_pain: ask_if names pelvic"):
        apply_seed(session, content)


def test_an_advisory_flag_behind_a_limit_cannot_get_a_rule_that_refers(
    client: TestClient, sessions: SessionFactory, session: Session
) -> None:
    """As the seed file may put an advisory flag behind a limit, a rule then cannot make it
    refer: the flag would not be asked of everyone it must be asked of."""
    key = make_key(sessions, "physio-ben")  # content:write and rules:write
    flag = session.exec(
        select(VocabularyTerm).where(VocabularyTerm.slug == "age_over_50_new_pain")
    ).one()
    flag.ask_if = AskIf(mobility_limit=MobilityLimit.osteoporosis)  # as a seed file could
    session.add(flag)
    session.commit()
    rule = "/v1/safety-rules/red-flag-age-over-50-new-pain"
    refer = {"effect": [{"type": "refer", "urgency": "soon", "action": "see_gp"}]}
    response = client.patch(
        rule,
        json=refer,
        headers={**bearer(key), **MERGE, "If-Match": client.get(rule).headers["etag"]},
    )
    message = assert_problem(response, 422)["errors"][0]["message"]
    assert message.startswith("red flag age_over_50_new_pain: refers (soon)")


# -- revisions ------------------------------------------------------------------------------


def test_revisions_keep_the_seeds_version_and_each_change(client: TestClient, key: str) -> None:
    assert_problem(client.get(f"{VOCABULARY}/revisions"), 404)
    seeded = client.get(VOCABULARY)
    headers = {"Revision-Message": "Plainer words for the numbness question."}
    response = client.patch(
        VOCABULARY,
        json=SADDLE,
        headers={**bearer(key), **MERGE, **headers, "If-Match": seeded.headers["etag"]},
    )
    assert response.status_code == 200, response.text

    items = client.get(f"{VOCABULARY}/revisions").json()["items"]
    assert [(r["number"], r["origin"], r["author"]) for r in items] == [
        (1, "seed", "seed"),
        (2, "editor", "physio-anna"),
    ]
    assert items[0]["body"] == seeded.json()
    assert items[1]["patch"] == [
        {"op": "replace", "path": "/red_flags/saddle_numbness/question", "value": NEW_QUESTION}
    ]
    assert items[1]["message"] == headers["Revision-Message"]
    assert items[1]["resource"] == items[1]["slug"] == "vocabulary"
    assert items[1]["links"] == {"self": f"{VOCABULARY}/revisions/2", "resource": VOCABULARY}
    assert client.get(f"{VOCABULARY}/revisions/2").json() == items[1]
    assert_problem(client.get(f"{VOCABULARY}/revisions/3"), 404)

    reverted = client.post(
        f"{VOCABULARY}/revisions/1/revert",
        headers={**bearer(key), "If-Match": response.headers["etag"]},
    )
    assert reverted.status_code == 200, reverted.text
    assert reverted.headers["etag"] == seeded.headers["etag"]
    assert reverted.headers["revision"] == "3"


def test_the_audit_list_names_the_vocabulary(client: TestClient, sessions: SessionFactory) -> None:
    key = make_key(sessions, "physio-anna", Scope.content_write)
    auditor = make_key(sessions, "auditor", Scope.audit_read)
    assert patch(client, key, SADDLE, etag(client)).status_code == 200
    page = client.get("/v1/revisions?resource=vocabulary", headers=bearer(auditor)).json()
    assert [r["links"]["resource"] for r in page["items"]] == [VOCABULARY, VOCABULARY]


# -- the seed and the editors ---------------------------------------------------------------


def test_the_seed_leaves_an_edited_term_and_keeps_the_others_in_line(
    client: TestClient, key: str, session: Session, seed_content: SeedContent
) -> None:
    assert patch(client, key, SADDLE, etag(client)).status_code == 200
    unchanged_put = client.get(VOCABULARY)  # a PUT of what is there changes no term
    assert put(client, key, unchanged_put.json(), unchanged_put.headers["etag"]).status_code == 200

    content = seed_content.model_copy(deep=True)
    for term in content.red_flags:
        if term.slug in ("saddle_numbness", "fever"):
            term.help_text = "As the file now says."
    report = apply_seed(session, content)
    session.commit()

    assert report.kept_edits == {"vocabulary terms": 1}
    assert report.updated == {"vocabulary_term": 1}
    rows = {
        row.slug: row
        for row in session.exec(select(VocabularyTerm).where(VocabularyTerm.kind == "red_flag"))
    }
    assert rows["saddle_numbness"].question == NEW_QUESTION
    assert rows["saddle_numbness"].help_text != "As the file now says."
    assert rows["fever"].help_text == "As the file now says."
    assert rows["fever"].origin == "seed"


def test_the_seed_refuses_a_red_flag_that_refers_behind_another_answer(
    session: Session, seed_content: SeedContent
) -> None:
    content = seed_content.model_copy(deep=True)
    saddle = next(t for t in content.red_flags if t.slug == "saddle_numbness")
    saddle.ask_if = AskIf(mobility_limit=MobilityLimit.knee_pain)
    with pytest.raises(CatalogueError, match="red flag saddle_numbness: refers"):
        apply_seed(session, content)
